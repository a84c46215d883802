package tech.integratn.vcluster.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tech.integratn.vcluster.application.port.in.RunFailure;
import tech.integratn.vcluster.application.port.in.RunFailures;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.promise.PromiseKind;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** Spec 9.1: the request's apiVersion/kind selects the promise; the engine's promise name must agree. */
class RequestRoutingTest {

  static Either<RequestProblem, Node> request(String apiVersion, String kind) {
    return Either.right(MapNode.of("apiVersion", Node.text(apiVersion)).with("kind", kind)
        .with("spec", MapNode.of("name", Node.text("demo"))));
  }

  static Either<RequestProblem, Node> request(PromiseKind kind) {
    return request(PromiseKind.API_VERSION, kind.kind());
  }

  @ParameterizedTest
  @EnumSource(PromiseKind.class)
  void theKindSelectsThePromiseAndTheTablesNameWhenTheEngineNamesNone(PromiseKind kind) {
    Either<RunFailure, RequestRouting.Route> route = RequestRouting.route(request(kind), Option.none(), false);
    assertThat(route.get()).isEqualTo(new RequestRouting.Route(kind, kind.promiseName()));
  }

  @ParameterizedTest
  @EnumSource(PromiseKind.class)
  void theEngineNamingTheSamePromiseIsAccepted(PromiseKind kind) {
    assertThat(RequestRouting.route(request(kind), Option.some(kind.promiseName()), false).get())
        .isEqualTo(new RequestRouting.Route(kind, kind.promiseName()));
  }

  @Test
  void anotherOfTheFourNamesIsAnEnvironmentErrorWithTheMessageOf91() {
    Either<RunFailure, RequestRouting.Route> route =
        RequestRouting.route(request(PromiseKind.ARGOCD_APPLICATION), Option.some("argocd-project"), false);
    assertThat(route.getLeft()).isInstanceOf(RunFailure.WrongPromise.class);
    assertThat(RunFailures.render(route.getLeft())).isEqualTo(
        "KRATIX_PROMISE_NAME=argocd-project cannot fulfil a request of kind ArgoCDApplication (expected argocd-application)");
    assertThat(RequestRouting.route(request(PromiseKind.ARGOCD_APPLICATION), Option.some("argocd-project"), true)
        .getLeft()).isInstanceOf(RunFailure.WrongPromise.class);
  }

  @Test
  void aRenamedInstallationNamesTheBaseLabels() {
    assertThat(RequestRouting.route(request(PromiseKind.ARGOCD_PROJECT), Option.some("team-projects"), false).get())
        .isEqualTo(new RequestRouting.Route(PromiseKind.ARGOCD_PROJECT, "team-projects"));
  }

  @Test
  void anotherKindOrApiVersionIsARejectedRequestNamingKindAndTheFour() {
    Either<RunFailure, RequestRouting.Route> route =
        RequestRouting.route(request(PromiseKind.API_VERSION, "ArgoCDProjekt"), Option.none(), false);
    assertThat(route.getLeft()).isInstanceOf(RunFailure.Rejected.class);
    assertThat(RunFailures.render(route.getLeft()))
        .contains("kind: must be one of VClusterOrchestratorV2, ArgoCDProject, ArgoCDApplication, "
            + "ArgoCDClusterRegistration of platform.integratn.tech/v1alpha1");
  }

  @Test
  void aKnownKindOfAnotherApiVersionIsReportedUnderApiVersion() {
    Either<RunFailure, RequestRouting.Route> route =
        RequestRouting.route(request("platform.integratn.tech/v1", "ArgoCDProject"), Option.none(), false);
    assertThat(route.getLeft()).isInstanceOf(RunFailure.Rejected.class);
    assertThat(RunFailures.render(route.getLeft())).contains("  - apiVersion: must be platform.integratn.tech/v1alpha1 "
        + "for kind ArgoCDProject (got \"platform.integratn.tech/v1\")").doesNotContain("kind: must");
  }

  @Test
  void aDeleteIsNeverBlockedByAnUnknownKindAndFallsBackToTheEnginesPromise() {
    Either<RequestProblem, Node> doc = request(PromiseKind.API_VERSION, "Unknown");
    assertThat(RequestRouting.route(doc, Option.some("argocd-project"), true).get())
        .isEqualTo(new RequestRouting.Route(PromiseKind.ARGOCD_PROJECT, "argocd-project"));
    assertThat(RequestRouting.route(doc, Option.none(), true).get().kind()).isEqualTo(PromiseKind.VCLUSTER_ORCHESTRATOR);
  }

  @Test
  void aDocumentWithoutKindIsInvalidButItsDeleteGoesToTheEnginesPromise() {
    Either<RequestProblem, Node> bare = Either.right(MapNode.of("spec", MapNode.empty()));
    assertThat(RunFailures.render(RequestRouting.route(bare, Option.none(), false).getLeft()))
        .contains("kind: must be one of VClusterOrchestratorV2, ArgoCDProject, ArgoCDApplication, "
            + "ArgoCDClusterRegistration of platform.integratn.tech/v1alpha1 (got no apiVersion and no kind)");
    assertThat(RequestRouting.route(bare, Option.some("argocd-cluster-registration"), true).get().kind())
        .isEqualTo(PromiseKind.ARGOCD_CLUSTER_REGISTRATION);
    assertThat(RequestRouting.route(bare, Option.none(), true).get().kind()).isEqualTo(PromiseKind.VCLUSTER_ORCHESTRATOR);
  }

  @Test
  void anAbsentApiVersionLeavesTheKindToChoose() {
    Either<RequestProblem, Node> noApiVersion = Either.right(MapNode.of("kind", Node.text("ArgoCDProject")));
    assertThat(RequestRouting.route(noApiVersion, Option.none(), false).get().kind()).isEqualTo(PromiseKind.ARGOCD_PROJECT);
  }

  @Test
  void anUnreadableRequestGoesToTheEnginesPromiseWhoseServiceSaysWhy() {
    Either<RequestProblem, Node> unreadable = Either.left(new RequestProblem.Inaccessible("r.yaml", "no such file"));
    assertThat(RequestRouting.route(unreadable, Option.some("argocd-application"), false).get().kind())
        .isEqualTo(PromiseKind.ARGOCD_APPLICATION);
    assertThat(RequestRouting.route(unreadable, Option.none(), false).get().kind())
        .isEqualTo(PromiseKind.VCLUSTER_ORCHESTRATOR);
  }
}
