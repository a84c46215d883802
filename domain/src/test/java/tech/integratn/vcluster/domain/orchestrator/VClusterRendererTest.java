package tech.integratn.vcluster.domain.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.Docs.minimal;
import static tech.integratn.vcluster.domain.Docs.with;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.contract.Deletion;
import tech.integratn.vcluster.domain.Docs.Rendered;
import tech.integratn.vcluster.domain.Docs;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.RequestWarning;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.profile.PresetName;
import tech.integratn.vcluster.domain.orchestrator.VClusterOrchestratorV2;
import tech.integratn.vcluster.domain.orchestrator.VClusterOrchestratorV2Spec;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** The engine's entry points: typed requests, warnings and delete. */
class VClusterRendererTest {

  @Test
  void aTypedRequestRendersExactlyLikeTheSameDocument() {
    VClusterOrchestratorV2 typed = new VClusterOrchestratorV2(
        RequestMetadata.of("demo", "platform-requests"),
        VClusterOrchestratorV2Spec.builder()
            .name("demo")
            .vcluster(VClusterSettings.builder().preset(Option.some(PresetName.PROD)).build())
            .exposure(ExposureSettings.builder().subnet(Option.some("10.0.4.0/24")).build())
            .build());
    MapNode doc = with(with(minimal(), "spec.vcluster.preset", "prod"), "spec.exposure.subnet", "10.0.4.0/24");
    Rendered fromTyped = Docs.configure(typed, IntegratnProfile.PROFILE, Docs.PROMISE).get();
    assertThat(fromTyped.files().map(f -> f.objects().map(o -> o.toNode())))
        .isEqualTo(Docs.render(doc).files().map(f -> f.objects().map(o -> o.toNode())));
  }

  @Test
  void aTypedRequestPassesTheSameRules() {
    VClusterOrchestratorV2 typed = new VClusterOrchestratorV2(RequestMetadata.of("x", "ns"),
        VClusterOrchestratorV2Spec.builder().name("Not A Label")
            .exposure(ExposureSettings.builder().apiPort(Option.some(0)).build()).build());
    Rejection rejection = Docs.configure(typed, IntegratnProfile.PROFILE, Docs.PROMISE).getLeft();
    assertThat(rejection.problems()).hasSize(2);
  }

  @Test
  void unknownSpecFieldsAreWarningsWithTheirPathAndKratixFieldsAreIgnored() {
    MapNode doc = with(with(with(minimal(), "spec.colour", "blue"), "spec.vcluster.replica", 3),
        "status.phase", "Scheduled").with("metadata", MapNode.of("name", Node.text("demo"))
        .with("namespace", "platform-requests").with("uid", "1234").with("managedFields", Node.Null.NULL));
    Rendered r = Docs.render(with(with(doc, "spec.vcluster.helmOverrides.anything.goes", 1),
        "spec.targetNamespace", "vc-demo"));
    assertThat(r.warnings()).containsExactly(
        new RequestWarning.UnknownField("spec.colour"),
        new RequestWarning.UnknownField("spec.vcluster.replica", io.vavr.control.Option.some("spec.vcluster.replicas")));
  }

  @Test
  void deleteOfAValidRequestListsEveryRenderedObject() {
    MapNode doc = with(minimal(), "spec.vcluster.backingStore.etcd.deploy.enabled", Node.bool(true));
    Deletion d = OrchestratorPromise.INSTANCE.delete(doc, IntegratnProfile.PROFILE, Docs.PROMISE);
    assertThat(d.fromName()).isFalse();
    assertThat(d.files().flatMap(OutputFile::objects)).hasSize(14);
    assertThat(d.targetNamespace()).contains("platform-requests");
    assertThat(d.status().toNode()).isEqualTo(MapNode.of("phase", Node.text("Deleting"))
        .with("message", "VCluster resources scheduled for deletion").with("vclusterName", "demo"));
  }

  @Test
  void deleteSucceedsForARequestThatNoLongerValidates() {
    MapNode doc = with(with(with(minimal(), "spec.exposure.apiPort", 70000), "spec.vcluster.preset", "huge"),
        "spec.targetNamespace", "vc-demo");
    Deletion d = OrchestratorPromise.INSTANCE.delete(doc, IntegratnProfile.PROFILE, Docs.PROMISE);
    assertThat(d.fromName()).isTrue();
    assertThat(d.name()).isEqualTo("demo");
    assertThat(d.files().map(OutputFile::path)).contains("resources/namespace.yaml");
    assertThat(d.files().flatMap(OutputFile::objects).find(o -> o.kind().equals("Namespace")).get().metadata().name())
        .isEqualTo("vc-demo");
    assertThat(d.status().phase()).isEqualTo("Deleting");
    assertThat(d.targetNamespace()).contains("vc-demo");
  }

  @Test
  void deleteFallsBackToTheObjectNameWhenSpecNameIsBroken() {
    MapNode doc = with(minimal(), "spec.name", Node.integer(5));
    Deletion d = OrchestratorPromise.INSTANCE.delete(doc, IntegratnProfile.PROFILE, Docs.PROMISE);
    assertThat(d.name()).isEqualTo("demo");
  }

  @Test
  void aDocumentWithoutAnyNamespaceGivesNoTargetNamespaceToCleanUp() {
    MapNode doc = MapNode.of("metadata", MapNode.of("name", Node.text("demo")))
        .with("spec", MapNode.of("name", Node.text("demo")));
    assertThat(OrchestratorPromise.INSTANCE.delete(doc, IntegratnProfile.PROFILE, Docs.PROMISE).targetNamespace()).isEmpty();
  }

  /**
   * The delete-by-name fallback keeps its label checks (spec 10.3): an invalid targetNamespace names
   * no namespace (the request's own is no stand-in), an invalid spec.name is not used as the name
   * of the objects listed, and no clean-up plan is made from either.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"../x", "Bad_NS", "vc,!x", "-vc", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
  void theDeleteByNameFallbackIgnoresAnInvalidTargetNamespace(String targetNamespace) {
    MapNode doc = with(with(minimal(), "spec.targetNamespace", targetNamespace), "spec.exposure.apiPort", 70000);
    Deletion d = OrchestratorPromise.INSTANCE.delete(doc, IntegratnProfile.PROFILE, Docs.PROMISE);
    assertThat(d.fromName()).isTrue();
    assertThat(d.targetNamespace()).isEmpty();
    assertThat(d.files().flatMap(OutputFile::objects).map(o -> o.metadata().namespace().getOrElse("")))
        .doesNotContain(targetNamespace);
    assertThat(tech.integratn.vcluster.domain.cleanup.HostCleanupPlan.forRequest(IntegratnProfile.PROFILE, doc).isLeft())
        .isTrue();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"media,!nonexistent", "Media", "../x", "-m"})
  void theDeleteByNameFallbackIgnoresAnInvalidSpecName(String name) {
    MapNode doc = with(with(minimal(), "spec.name", name), "spec.targetNamespace", "vc-demo");
    Deletion d = OrchestratorPromise.INSTANCE.delete(doc, IntegratnProfile.PROFILE, Docs.PROMISE);
    assertThat(d.fromName()).isTrue();
    assertThat(d.name()).isEqualTo("demo");
    assertThat(d.files().flatMap(OutputFile::objects).map(o -> o.metadata().name()))
        .noneMatch(n -> n.contains(name));
    assertThat(tech.integratn.vcluster.domain.cleanup.HostCleanupPlan.forRequest(IntegratnProfile.PROFILE, doc).getLeft())
        .isEqualTo(new tech.integratn.vcluster.domain.cleanup.NoCleanupPlan.NameInvalid(name));
  }
}
