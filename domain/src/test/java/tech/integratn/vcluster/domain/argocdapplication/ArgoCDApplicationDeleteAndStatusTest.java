package tech.integratn.vcluster.domain.argocdapplication;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.argocdapplication.AppDocs.PROFILE;
import static tech.integratn.vcluster.domain.argocdapplication.AppDocs.PROMISE;
import static tech.integratn.vcluster.domain.argocdapplication.AppDocs.minimal;
import static tech.integratn.vcluster.domain.argocdapplication.AppDocs.render;
import static tech.integratn.vcluster.domain.argocdapplication.AppDocs.with;
import static tech.integratn.vcluster.domain.argocdapplication.AppDocs.without;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.contract.Deletion;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** Spec 9.5 and 7: the status keys, and a delete that lists what configure renders and never refuses. */
class ArgoCDApplicationDeleteAndStatusTest {

  @Test
  void theConfigureStatusNamesTheApplicationItsNamespaceAndProject() {
    Rendering<?> rendering = render(with(minimal(), "spec.namespace", "apps"));
    assertThat(rendering.status().phase()).isEqualTo("Configured");
    assertThat(rendering.status().toNode()).isEqualTo(MapNode.of("phase", Node.text("Configured"))
        .with("message", "Application web configured")
        .with("applicationName", "web")
        .with("namespace", "apps")
        .with("project", "team-a"));
  }

  @Test
  void theConfigureStatusNamesTheDefaultNamespace() {
    assertThat(render(minimal()).status().toNode().get("namespace").get()).isEqualTo(Node.text("argocd"));
  }

  @Test
  void aValidRequestsDeleteListsExactlyWhatConfigureRenders() {
    MapNode doc = with(minimal(), "spec.finalizers", ListNode.ofTexts(List.of("resources-finalizer.argocd.argoproj.io")));
    Deletion deletion = ArgoCDApplicationPromise.INSTANCE.delete(doc, PROFILE, PROMISE);
    assertThat(deletion.files()).isEqualTo(render(doc).files());
    assertThat(deletion.notListed()).isEmpty();
    assertThat(deletion.status().toNode()).isEqualTo(MapNode.of("phase", Node.text("Deleting"))
        .with("message", "Application web scheduled for deletion"));
  }

  @Test
  void anInvalidRequestIsStillDeletedItsProblemsNotListed() {
    MapNode doc = with(without(minimal(), "spec.project"), "spec.source.chart", "Bad");
    Deletion deletion = ArgoCDApplicationPromise.INSTANCE.delete(doc, PROFILE, PROMISE);
    assertThat(deletion.files()).isEmpty();
    assertThat(deletion.notListed().map(tech.integratn.vcluster.domain.contract.Problems::render)).containsExactly("spec.project: is required",
        "spec.source.chart: must be a DNS-1123 subdomain (dot-separated DNS labels) (got \"Bad\")");
    assertThat(deletion.status().phase()).isEqualTo("Deleting");
    assertThat(deletion.status().message()).isEqualTo("Application web scheduled for deletion");
  }

  @Test
  void withoutAUsableSpecNameTheDeleteNamesTheRequestByItsMetadataName() {
    Deletion noSpec = ArgoCDApplicationPromise.INSTANCE.delete(without(minimal(), "spec"), PROFILE, PROMISE);
    assertThat(noSpec.files()).isEmpty();
    assertThat(noSpec.notListed().map(tech.integratn.vcluster.domain.contract.Problems::render)).containsExactly("spec: is required");
    assertThat(noSpec.status().toNode()).isEqualTo(MapNode.of("phase", Node.text("Deleting"))
        .with("message", "Application app-request scheduled for deletion"));
    Deletion numberName = ArgoCDApplicationPromise.INSTANCE.delete(with(minimal(), "spec.name", Node.integer(3)),
        PROFILE, PROMISE);
    assertThat(numberName.status().message()).isEqualTo("Application app-request scheduled for deletion");
    Deletion byName = ArgoCDApplicationPromise.INSTANCE.delete(
        MapNode.of("metadata", MapNode.of("name", Node.text("gone"))), PROFILE, PROMISE);
    assertThat(byName.status().message()).isEqualTo("Application gone scheduled for deletion");
  }

  @Test
  void aDeleteOfADocumentWithoutAnyNameStillSucceeds() {
    Deletion deletion = ArgoCDApplicationPromise.INSTANCE.delete(Node.text("garbage"), PROFILE, PROMISE);
    assertThat(deletion.files()).isEmpty();
    assertThat(deletion.notListed()).hasSize(1);
    assertThat(deletion.status().toNode()).isEqualTo(MapNode.of("phase", Node.text("Deleting"))
        .with("message", "Application  scheduled for deletion"));
  }

  @Test
  void theInvalidStatusCarriesEveryProblemAndARequestValidCondition() {
    MapNode status = ArgoCDApplicationPromise.INSTANCE.invalid(Option.some("web"),
        List.of("spec.project: is required", "spec.name: x")).toNode();
    String message = "Request is invalid: spec.project: is required; spec.name: x";
    assertThat(status).isEqualTo(MapNode.of("phase", Node.text("Invalid"))
        .with("message", message)
        .with("applicationName", "web")
        .with("conditions", ListNode.of(MapNode.of("type", Node.text("RequestValid"))
            .with("status", "False").with("reason", "ValidationFailed").with("message", message))));
    assertThat(ArgoCDApplicationPromise.INSTANCE.invalid(Option.none(), List.of("p")).toNode().keys())
        .containsExactly("phase", "message", "conditions");
  }
}
