package tech.integratn.vcluster.domain.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/** The pipeline namespace and the profile ConfigMap of a promise set (spec 11.1). */
class PromiseSettingsTest {

  private static final PromiseSettings PLATFORM = new PromiseSettings("registry.example:5000/platform/vco:1.2.3",
      Option.some("vco-pipelines"), Option.some("vco-profile"));

  private static Node at(Node node, String... path) {
    return Paths.at(node, path).getOrElseThrow(() -> new AssertionError("no " + String.join(".", path)));
  }

  @Test
  void everyPromiseRunsItsPipelinesInThePlatformNamespaceWithTheProfileMounted() {
    for (PromiseKind kind : PromiseKind.values()) {
      MapNode promise = PromiseDocument.of(kind, IntegratnProfile.PROFILE, PLATFORM);
      assertThat(at(promise, "spec", "workflows", "config", "pipelineNamespace")).as(kind.name())
          .isEqualTo(Node.text("vco-pipelines"));
      assertThat(PromiseAdmission.problems(promise)).as(kind.name()).isEmpty();
      for (String action : new String[] {"configure", "delete"}) {
        Node pipeline = ((ListNode) at(promise, "spec", "workflows", "resource", action)).items().head();
        Node container = ((ListNode) at(pipeline, "spec", "containers")).items().head();
        assertThat(at(container, "image")).isEqualTo(Node.text("registry.example:5000/platform/vco:1.2.3"));
        assertThat(at(container, "env")).isEqualTo(ListNode.of(
            MapNode.of("name", Node.text("VCLUSTER_PIPELINE_NAMESPACE")).with("value", "vco-pipelines"),
            MapNode.of("name", Node.text("VCLUSTER_PROFILE")).with("value", "/etc/vcluster-orchestrator/profile.yaml")));
        ListNode mounts = (ListNode) at(container, "volumeMounts");
        assertThat(mounts.items().last()).isEqualTo(MapNode.of("name", Node.text("platform-profile"))
            .with("mountPath", "/etc/vcluster-orchestrator").with("readOnly", Node.bool(true)));
        assertThat(at(mounts.items().head(), "mountPath")).isEqualTo(Node.text("/tmp"));
        ListNode volumes = (ListNode) at(pipeline, "spec", "volumes");
        assertThat(volumes.items()).hasSize(2);
        assertThat(volumes.items().last()).isEqualTo(MapNode.of("name", Node.text("platform-profile"))
            .with("configMap", MapNode.of("name", Node.text("vco-profile"))));
      }
    }
  }

  @Test
  void aNamespaceWithoutAConfigMapSetsOnlyTheNamespace() {
    PromiseSettings settings = new PromiseSettings("r.example/vco:1", Option.some("ns"), Option.none());
    MapNode promise = PromiseDocument.of(PromiseKind.ARGOCD_PROJECT, IntegratnProfile.PROFILE, settings);
    Node pipeline = ((ListNode) at(promise, "spec", "workflows", "resource", "configure")).items().head();
    Node container = ((ListNode) at(pipeline, "spec", "containers")).items().head();
    assertThat(at(container, "env")).isEqualTo(ListNode.of(
        MapNode.of("name", Node.text("VCLUSTER_PIPELINE_NAMESPACE")).with("value", "ns")));
    assertThat(((ListNode) at(pipeline, "spec", "volumes")).items()).hasSize(1);
  }

  @Test
  void theDefaultsSetNoNamespaceNoEnvironmentAndNoProfileVolume() {
    MapNode promise = PromiseDocument.of(PromiseKind.VCLUSTER_ORCHESTRATOR, IntegratnProfile.PROFILE,
        PromiseSettings.defaults());
    assertThat(Paths.at(promise, "spec", "workflows", "config").isDefined()).isFalse();
    Node pipeline = ((ListNode) at(promise, "spec", "workflows", "resource", "configure")).items().head();
    Node container = ((ListNode) at(pipeline, "spec", "containers")).items().head();
    assertThat(Paths.at(container, "env").isDefined()).isFalse();
  }

  @Test
  void unpinnedImagesBadNamesAndAConfigMapWithoutANamespaceAreRefused() {
    assertThatThrownBy(() -> new PromiseSettings("r.example/vco:latest")).hasMessageContaining("latest");
    assertThatThrownBy(() -> new PromiseSettings("r.example:5000/vco")).hasMessageContaining("tag");
    assertThatThrownBy(() -> new PromiseSettings("r.example/vco:1", Option.some("Bad_NS"), Option.none()))
        .hasMessageContaining("pipeline namespace: ").hasMessageContaining("(got \"Bad_NS\")");
    assertThatThrownBy(() -> new PromiseSettings("r.example/vco:1", Option.none(), Option.some("cm")))
        .hasMessageContaining("pipeline namespace");
    assertThatThrownBy(() -> new PromiseSettings("r.example/vco:1", Option.some("ns"), Option.some("Bad CM")))
        .hasMessageContaining("profile ConfigMap");
  }

  @Test
  void everyBrokenSettingIsReportedAtOnceInSettingOrder() {
    assertThat(PromiseSettings.problems("r.example/vco:latest", Option.some("Bad_NS"), Option.some("Bad CM"))
        .map(PromiseSettings.Problem::setting))
        .containsExactly(PromiseSettings.Setting.IMAGE, PromiseSettings.Setting.PIPELINE_NAMESPACE,
            PromiseSettings.Setting.PROFILE_CONFIG_MAP);
    assertThat(PromiseSettings.problems("r.example/vco:1", Option.none(), Option.some("cm")))
        .containsExactly(new PromiseSettings.Problem(PromiseSettings.Setting.PROFILE_CONFIG_MAP,
            "needs a pipeline namespace (--pipeline-namespace: the ConfigMap lives there)"));
    assertThat(PromiseSettings.problems("r.example/vco:1", Option.some("ns"), Option.some("cm"))).isEmpty();
  }
}
