package tech.integratn.vcluster.domain.promise;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import tech.integratn.vcluster.domain.contract.CrdTexts;
import tech.integratn.vcluster.domain.contract.RequestField;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.orchestrator.VClusterOrchestratorV2;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The Kratix {@code Promise} of the request API: the embedded CRD (schema from the field table),
 * the destination selector, and the configure and delete pipelines that run the orchestrator image
 * as a hardened, resource-bounded container. {@code promise.yaml} at the repository root is this
 * document as written by the YAML writer.
 */
public final class PromiseDocument {

  private PromiseDocument() {}

  public static final String PROMISE_NAME = "vcluster-orchestrator-v2";
  public static final String PROMISE_VERSION = "v2";
  public static final String GROUP = VClusterOrchestratorV2.API_VERSION.split("/")[0];
  public static final String VERSION = VClusterOrchestratorV2.API_VERSION.split("/")[1];
  public static final String KIND = VClusterOrchestratorV2.KIND;
  public static final String PLURAL = "vclusterorchestratorv2s";
  public static final String SINGULAR = "vclusterorchestratorv2";
  public static final String CRD_NAME = PLURAL + "." + GROUP;
  /** Upstream's names: {@code vcluster-orchestrator-v2-resource-configure-<pipeline>} must fit 60 characters. */
  public static final String CONFIGURE_PIPELINE = "vco-v2-configure";
  public static final String DELETE_PIPELINE = "vco-v2-delete";
  public static final String CONTAINER_NAME = "vcluster-orchestrator";
  /** The label a Destination carries to receive virtual clusters. */
  public static final String DESTINATION_LABEL = "capability.vcluster";

  /** The orchestrator's Promise for requests described by {@code fields}, running {@code settings.image()}. */
  public static MapNode of(Seq<RequestField> fields, PromiseSettings settings) {
    return of(PromiseKind.VCLUSTER_ORCHESTRATOR, fields, CrdSchema.ORCHESTRATOR, settings);
  }

  /** The Promise of {@code kind} with the field table of {@code profile}, running {@code settings.image()}. */
  public static MapNode of(PromiseKind kind, PlatformProfile profile, PromiseSettings settings) {
    return of(kind, kind.promise().fields(profile), kind.promise().crdTexts(), settings);
  }

  /**
   * The Promise of {@code kind} for requests described by {@code fields}: every pipeline runs
   * {@code settings.image()}; the orchestrator's delete pipeline may clean up the host (7.1) and
   * the orchestrator waits for the three sub-promises ({@code requiredPromises}, 9.2).
   */
  static MapNode of(PromiseKind kind, Seq<RequestField> fields, CrdTexts texts, PromiseSettings settings) {
    boolean orchestrator = kind == PromiseKind.VCLUSTER_ORCHESTRATOR;
    MapNode delete = pipeline(kind.deletePipeline(), settings);
    MapNode spec = MapNode.of("destinationSelectors",
        ListNode.of(MapNode.of("matchLabels", MapNode.of(DESTINATION_LABEL, Node.text("true")))));
    if (orchestrator) {
      java.util.List<Node> required = new java.util.ArrayList<>();
      for (PromiseKind k : PromiseKind.values()) {
        if (!k.isOrchestrator()) {
          required.add(MapNode.of("name", Node.text(k.promiseName())));
        }
      }
      spec = spec.with("requiredPromises", ListNode.of(required.toArray(new Node[0])));
    }
    return MapNode.of("apiVersion", Node.text("platform.kratix.io/v1alpha1"))
        .with("kind", "Promise")
        .with("metadata", MapNode.of("name", Node.text(kind.promiseName()))
            .with("labels", MapNode.of("kratix.io/promise-version", Node.text(kind.promiseVersion()))
                .with("app.kubernetes.io/name", orchestrator ? "vcluster-orchestrator" : kind.promiseName())
                .with("app.kubernetes.io/part-of", "integratn-platform")))
        .with("spec", spec
            .with("api", crd(kind, fields, texts))
            .with("workflows", workflows(settings).with("resource",
                MapNode.of("configure", ListNode.of(pipeline(kind.configurePipeline(), settings)))
                    .with("delete", ListNode.of(orchestrator ? withHostCleanupPermissions(delete) : delete)))));
  }

  /** {@code spec.workflows} before its pipelines: {@code config.pipelineNamespace} when one is set (spec 11.1). */
  private static MapNode workflows(PromiseSettings settings) {
    if (settings.pipelineNamespace().isEmpty()) {
      return MapNode.empty();
    }
    return MapNode.of("config", MapNode.of("pipelineNamespace", Node.text(settings.pipelineNamespace().get())));
  }

  /**
   * The embedded {@code CustomResourceDefinition}. No subresources and no printer columns: Kratix
   * replaces both (and the status schema) when it installs the Promise, so any given here would
   * be silently lost.
   */
  static MapNode crd(Seq<RequestField> fields) {
    return crd(PromiseKind.VCLUSTER_ORCHESTRATOR, fields, CrdSchema.ORCHESTRATOR);
  }

  static MapNode crd(PromiseKind kind, Seq<RequestField> fields, CrdTexts texts) {
    MapNode version = MapNode.of("name", Node.text(VERSION))
        .with("served", Node.bool(true))
        .with("storage", Node.bool(true))
        .with("schema", MapNode.of("openAPIV3Schema", CrdSchema.of(fields, texts)));
    return MapNode.of("apiVersion", Node.text("apiextensions.k8s.io/v1"))
        .with("kind", "CustomResourceDefinition")
        .with("metadata", MapNode.of("name", Node.text(kind.plural() + "." + GROUP)))
        .with("spec", MapNode.of("group", Node.text(GROUP))
            .with("names", MapNode.of("kind", Node.text(kind.kind()))
                .with("listKind", kind.kind() + "List")
                .with("plural", kind.plural())
                .with("singular", kind.singular()))
            .with("scope", "Namespaced")
            .with("versions", ListNode.of(version)));
  }

  /**
   * The delete pipeline's permissions, exactly what its host clean-up needs (spec 7.1): get, list
   * and delete of core {@code persistentvolumes}, cluster-wide ({@code resourceNamespace: "*"}),
   * nothing else.
   */
  static MapNode withHostCleanupPermissions(MapNode pipeline) {
    MapNode permission = MapNode.of("apiGroups", ListNode.ofTexts(List.of("")))
        .with("resources", ListNode.ofTexts(List.of("persistentvolumes")))
        .with("verbs", ListNode.ofTexts(List.of("get", "list", "delete")))
        .with("resourceNamespace", "*");
    MapNode spec = (MapNode) pipeline.get("spec").get();
    return pipeline.with("spec", spec.with("rbac", MapNode.of("permissions", ListNode.of(permission))));
  }

  /**
   * One Kratix {@code Pipeline} with the orchestrator container: non-root (uid 65532), no
   * privilege escalation, read-only root file system (a small {@code /tmp} volume for the JVM),
   * every capability dropped, the runtime's default seccomp profile, and explicit resources; with
   * a pipeline namespace its name in {@code VCLUSTER_PIPELINE_NAMESPACE}, with a profile ConfigMap
   * that ConfigMap mounted read-only and named by {@code VCLUSTER_PROFILE} (spec 11.1).
   */
  static MapNode pipeline(String name, PromiseSettings settings) {
    java.util.List<Node> env = new java.util.ArrayList<>();
    java.util.List<Node> mounts = new java.util.ArrayList<>();
    java.util.List<Node> volumes = new java.util.ArrayList<>();
    mounts.add(MapNode.of("name", Node.text("tmp")).with("mountPath", "/tmp"));
    volumes.add(MapNode.of("name", Node.text("tmp")).with("emptyDir", MapNode.of("sizeLimit", Node.text("16Mi"))));
    if (settings.pipelineNamespace().isDefined()) {
      env.add(MapNode.of("name", Node.text(PromiseSettings.PIPELINE_NAMESPACE_ENV))
          .with("value", settings.pipelineNamespace().get()));
    }
    if (settings.profileConfigMap().isDefined()) {
      env.add(MapNode.of("name", Node.text(PromiseSettings.PROFILE_ENV)).with("value", PromiseSettings.profileFile()));
      mounts.add(MapNode.of("name", Node.text(PromiseSettings.PROFILE_VOLUME))
          .with("mountPath", PromiseSettings.PROFILE_MOUNT_PATH)
          .with("readOnly", Node.bool(true)));
      volumes.add(MapNode.of("name", Node.text(PromiseSettings.PROFILE_VOLUME))
          .with("configMap", MapNode.of("name", Node.text(settings.profileConfigMap().get()))));
    }
    MapNode container = MapNode.of("name", Node.text(CONTAINER_NAME))
        .with("image", settings.image())
        .with("imagePullPolicy", "IfNotPresent")
        .with("securityContext", MapNode.of("allowPrivilegeEscalation", Node.bool(false))
            .with("readOnlyRootFilesystem", Node.bool(true))
            .with("runAsNonRoot", Node.bool(true))
            .with("runAsUser", Node.integer(65532))
            .with("capabilities", MapNode.of("drop", ListNode.ofTexts(List.of("ALL"))))
            .with("seccompProfile", MapNode.of("type", Node.text("RuntimeDefault"))))
        .with("resources", MapNode.of("requests", MapNode.of("cpu", Node.text("100m")).with("memory", "96Mi"))
            .with("limits", MapNode.of("cpu", Node.text("500m")).with("memory", "256Mi")))
        .with("volumeMounts", ListNode.of(mounts.toArray(new Node[0])));
    if (!env.isEmpty()) {
      container = container.with("env", ListNode.of(env.toArray(new Node[0])));
    }
    return MapNode.of("apiVersion", Node.text("platform.kratix.io/v1alpha1"))
        .with("kind", "Pipeline")
        .with("metadata", MapNode.of("name", Node.text(name)))
        .with("spec", MapNode.of("containers", ListNode.of(container))
            .with("volumes", ListNode.of(volumes.toArray(new Node[0]))));
  }
}
