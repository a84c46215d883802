package tech.integratn.vcluster.domain.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.contract.RequestField;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.orchestrator.RequestFields;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

class PromiseDocumentTest {

  private static final Seq<RequestField> TABLE = RequestFields.all(IntegratnProfile.PROFILE);
  private static final MapNode PROMISE = PromiseDocument.of(TABLE, PromiseSettings.defaults());

  private static Node at(Node root, String... keys) {
    return Paths.at(root, keys).getOrElseThrow(() -> new AssertionError("no " + String.join(".", keys)));
  }

  @Test
  void isTheKratixPromiseNamedAndVersionedForV2() {
    assertThat(at(PROMISE, "apiVersion")).isEqualTo(Node.text("platform.kratix.io/v1alpha1"));
    assertThat(at(PROMISE, "kind")).isEqualTo(Node.text("Promise"));
    assertThat(at(PROMISE, "metadata", "name")).isEqualTo(Node.text("vcluster-orchestrator-v2"));
    assertThat(at(PROMISE, "metadata", "labels", "kratix.io/promise-version")).isEqualTo(Node.text("v2"));
    assertThat(((MapNode) PROMISE.get("spec").get()).keys())
        .containsExactly("destinationSelectors", "requiredPromises", "api", "workflows");
  }

  @Test
  void holdsRequestsUntilTheThreeSubPromisesAreInstalled() {
    assertThat(at(PROMISE, "spec", "requiredPromises")).isEqualTo(ListNode.of(
        MapNode.of("name", Node.text("argocd-project")),
        MapNode.of("name", Node.text("argocd-application")),
        MapNode.of("name", Node.text("argocd-cluster-registration"))));
  }

  @Test
  void schedulesOnlyToDestinationsWithTheVclusterCapability() {
    assertThat(at(PROMISE, "spec", "destinationSelectors")).isEqualTo(
        ListNode.of(MapNode.of("matchLabels", MapNode.of("capability.vcluster", Node.text("true")))));
  }

  @Test
  void embedsTheNamespacedCrdOfTheRequestWithTheGeneratedSchema() {
    Node crd = at(PROMISE, "spec", "api");
    assertThat(at(crd, "apiVersion")).isEqualTo(Node.text("apiextensions.k8s.io/v1"));
    assertThat(at(crd, "kind")).isEqualTo(Node.text("CustomResourceDefinition"));
    assertThat(at(crd, "metadata", "name")).isEqualTo(Node.text("vclusterorchestratorv2s.platform.integratn.tech"));
    assertThat(at(crd, "spec", "group")).isEqualTo(Node.text("platform.integratn.tech"));
    assertThat(at(crd, "spec", "scope")).isEqualTo(Node.text("Namespaced"));
    assertThat(at(crd, "spec", "names")).isEqualTo(MapNode.of("kind", Node.text("VClusterOrchestratorV2"))
        .with("listKind", "VClusterOrchestratorV2List")
        .with("plural", "vclusterorchestratorv2s")
        .with("singular", "vclusterorchestratorv2"));
    ListNode versions = (ListNode) at(crd, "spec", "versions");
    assertThat(versions.items()).hasSize(1);
    Node v = versions.items().head();
    assertThat(at(v, "name")).isEqualTo(Node.text("v1alpha1"));
    assertThat(at(v, "served")).isEqualTo(Node.bool(true));
    assertThat(at(v, "storage")).isEqualTo(Node.bool(true));
    assertThat(at(v, "schema", "openAPIV3Schema")).isEqualTo(CrdSchema.of(TABLE));
  }

  @Test
  void theCrdMatchesTheRequestApiVersionTheDecoderExpects() {
    assertThat(PromiseDocument.GROUP + "/" + PromiseDocument.VERSION)
        .isEqualTo(tech.integratn.vcluster.domain.orchestrator.VClusterOrchestratorV2.API_VERSION);
    assertThat(PromiseDocument.PLURAL).isEqualTo("vclusterorchestratorv2s");
  }

  @Test
  void configureAndDeleteRunTheImageAsAHardenedBoundedContainer() {
    PromiseSettings settings = new PromiseSettings("registry.example/vco@sha256:" + "ab".repeat(32));
    MapNode promise = PromiseDocument.of(TABLE, settings);
    for (String action : List.of("configure", "delete")) {
      ListNode pipelines = (ListNode) at(promise, "spec", "workflows", "resource", action);
      assertThat(pipelines.items()).as(action).hasSize(1);
      Node pipeline = pipelines.items().head();
      assertThat(at(pipeline, "apiVersion")).isEqualTo(Node.text("platform.kratix.io/v1alpha1"));
      assertThat(at(pipeline, "kind")).isEqualTo(Node.text("Pipeline"));
      assertThat(at(pipeline, "metadata", "name")).isEqualTo(Node.text("vco-v2-" + action));
      ListNode containers = (ListNode) at(pipeline, "spec", "containers");
      assertThat(containers.items()).hasSize(1);
      Node c = containers.items().head();
      assertThat(at(c, "image")).isEqualTo(Node.text("registry.example/vco@sha256:" + "ab".repeat(32)));
      assertThat(at(c, "imagePullPolicy")).isEqualTo(Node.text("IfNotPresent"));
      assertThat(at(c, "securityContext")).isEqualTo(MapNode.of("allowPrivilegeEscalation", Node.bool(false))
          .with("readOnlyRootFilesystem", Node.bool(true))
          .with("runAsNonRoot", Node.bool(true))
          .with("runAsUser", Node.integer(65532))
          .with("capabilities", MapNode.of("drop", ListNode.ofTexts(List.of("ALL"))))
          .with("seccompProfile", MapNode.of("type", Node.text("RuntimeDefault"))));
      assertThat(at(c, "resources", "requests", "cpu")).isEqualTo(Node.text("100m"));
      assertThat(at(c, "resources", "requests", "memory")).isEqualTo(Node.text("96Mi"));
      assertThat(at(c, "resources", "limits", "cpu")).isEqualTo(Node.text("500m"));
      assertThat(at(c, "resources", "limits", "memory")).isEqualTo(Node.text("256Mi"));
      Node mount = ((ListNode) at(c, "volumeMounts")).items().head();
      Node volume = ((ListNode) at(pipeline, "spec", "volumes")).items().head();
      assertThat(at(mount, "mountPath")).isEqualTo(Node.text("/tmp"));
      assertThat(at(mount, "name")).isEqualTo(at(volume, "name"));
      assertThat(Paths.at(volume, "emptyDir").isDefined()).isTrue();
    }
  }

  @Test
  void theDefaultSettingsUseThePublishedImage() {
    assertThat(PromiseSettings.defaults().image()).isEqualTo("ghcr.io/integratn/vcluster-orchestrator:0.1.0");
    assertThat(at(PROMISE, "spec", "workflows", "resource", "configure")).isEqualTo(
        ListNode.of(PromiseDocument.pipeline(PromiseDocument.CONFIGURE_PIPELINE, PromiseSettings.defaults())));
  }

  @Test
  void aBlankOrSpacedImageIsRefused() {
    assertThatThrownBy(() -> new PromiseSettings(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PromiseSettings("a b:1")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSameTableAndSettingsGiveTheSameDocument() {
    assertThat(PromiseDocument.of(RequestFields.all(IntegratnProfile.PROFILE), PromiseSettings.defaults()))
        .isEqualTo(PROMISE);
  }

  @Test
  void onlyTheDeletePipelineAsksForPermissionsExactlyThoseOfTheHostCleanUp() {
    Node delete = ((ListNode) at(PROMISE, "spec", "workflows", "resource", "delete")).items().head();
    assertThat(at(delete, "spec", "rbac")).isEqualTo(MapNode.of("permissions", ListNode.of(
        MapNode.of("apiGroups", ListNode.ofTexts(List.of("")))
            .with("resources", ListNode.ofTexts(List.of("persistentvolumes")))
            .with("verbs", ListNode.ofTexts(List.of("get", "list", "delete")))
            .with("resourceNamespace", "*"))));
    Node configure = ((ListNode) at(PROMISE, "spec", "workflows", "resource", "configure")).items().head();
    assertThat(Paths.at(configure, "spec", "rbac")).isEmpty();
  }
}
