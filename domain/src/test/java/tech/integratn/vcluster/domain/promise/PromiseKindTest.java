package tech.integratn.vcluster.domain.promise;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** Spec 9.1/9.2: which of the four promises serves a document, the problem for any other, and each one's file. */
class PromiseKindTest {

  static final String API = "platform.integratn.tech/v1alpha1";
  static final String KINDS = "VClusterOrchestratorV2, ArgoCDProject, ArgoCDApplication, ArgoCDClusterRegistration";

  static MapNode doc(Node apiVersion, Node kind) {
    return MapNode.of("apiVersion", apiVersion).with("kind", kind);
  }

  static Either<RequestProblem, Option<PromiseKind>> kindRule(String got) {
    return Either.left(new RequestProblem.RuleBroken("kind", "must be one of " + KINDS + " of " + API, got));
  }

  @Test
  void theFourKindsAreListedInTableOrder() {
    assertThat(PromiseKind.kinds()).isEqualTo(KINDS);
  }

  @Test
  void eachKnownPairChoosesItsPromise() {
    assertThat(PromiseKind.of(doc(Node.text(API), Node.text("VClusterOrchestratorV2"))))
        .isEqualTo(Either.right(Option.some(PromiseKind.VCLUSTER_ORCHESTRATOR)));
    assertThat(PromiseKind.of(doc(Node.text(API), Node.text("ArgoCDProject"))))
        .isEqualTo(Either.right(Option.some(PromiseKind.ARGOCD_PROJECT)));
    assertThat(PromiseKind.of(MapNode.of("kind", Node.text("ArgoCDApplication"))))
        .isEqualTo(Either.right(Option.some(PromiseKind.ARGOCD_APPLICATION)));
    assertThat(PromiseKind.of(doc(Node.Null.NULL, Node.text("ArgoCDClusterRegistration"))))
        .isEqualTo(Either.right(Option.some(PromiseKind.ARGOCD_CLUSTER_REGISTRATION)));
  }

  @Test
  void aDocumentThatIsNoMapIsLeftToItsDecoder() {
    assertThat(PromiseKind.of(ListNode.of(Node.text("x")))).isEqualTo(Either.right(Option.none()));
    assertThat(PromiseKind.of(Node.text("x"))).isEqualTo(Either.right(Option.none()));
  }

  @Test
  void aKnownKindOfAnotherVersionBlamesTheApiVersion() {
    assertThat(PromiseKind.of(doc(Node.text("platform.integratn.tech/v1"), Node.text("VClusterOrchestratorV2"))))
        .isEqualTo(Either.left(new RequestProblem.RuleBroken(
            "apiVersion", "must be " + API + " for kind VClusterOrchestratorV2", "\"platform.integratn.tech/v1\"")));
    assertThat(PromiseKind.of(doc(Node.integer(5), Node.text("ArgoCDClusterRegistration"))))
        .isEqualTo(Either.left(new RequestProblem.RuleBroken(
            "apiVersion", "must be " + API + " for kind ArgoCDClusterRegistration", "5")));
  }

  @Test
  void anyOtherPairNamesTheKindAndTheFour() {
    assertThat(PromiseKind.of(doc(Node.text(API), Node.text("Foo")))).isEqualTo(kindRule(API + " \"Foo\""));
    assertThat(PromiseKind.of(doc(Node.text("v1"), Node.text("Foo")))).isEqualTo(kindRule("v1 \"Foo\""));
    assertThat(PromiseKind.of(doc(Node.text(API), Node.integer(3)))).isEqualTo(kindRule(API + " 3"));
    assertThat(PromiseKind.of(doc(Node.text("v1"), Node.Null.NULL))).isEqualTo(kindRule("v1 and no kind"));
    assertThat(PromiseKind.of(MapNode.empty())).isEqualTo(kindRule("no apiVersion and no kind"));
    assertThat(PromiseKind.of(doc(Node.integer(1), Node.integer(2)))).isEqualTo(kindRule("no apiVersion 2"));
    assertThat(PromiseKind.of(MapNode.of("apiVersion", Node.text("v1")))).isEqualTo(kindRule("v1 and no kind"));
  }

  @Test
  void namesAndFilesFollowTheTable() {
    assertThat(PromiseKind.named("vcluster-orchestrator-v2")).contains(PromiseKind.VCLUSTER_ORCHESTRATOR);
    assertThat(PromiseKind.named("argocd-cluster-registration")).contains(PromiseKind.ARGOCD_CLUSTER_REGISTRATION);
    assertThat(PromiseKind.named("argocd")).isEmpty();
    assertThat(PromiseKind.VCLUSTER_ORCHESTRATOR.promiseFile()).isEqualTo("promise.yaml");
    assertThat(PromiseKind.ARGOCD_PROJECT.promiseFile()).isEqualTo("promise-argocd-project.yaml");
    assertThat(PromiseKind.ARGOCD_APPLICATION.promiseFile()).isEqualTo("promise-argocd-application.yaml");
    assertThat(PromiseKind.VCLUSTER_ORCHESTRATOR.isOrchestrator()).isTrue();
    assertThat(PromiseKind.ARGOCD_APPLICATION.isOrchestrator()).isFalse();
    assertThat(PromiseKind.ARGOCD_CLUSTER_REGISTRATION.configurePipeline()).isEqualTo("acr-configure");
    assertThat(PromiseKind.ARGOCD_PROJECT.deletePipeline()).isEqualTo("argocd-project-delete");
    assertThat(PromiseKind.ARGOCD_APPLICATION.singular()).isEqualTo("argocdapplication");
    assertThat(PromiseKind.ARGOCD_CLUSTER_REGISTRATION.plural()).isEqualTo("argocdclusterregistrations");
  }
}
