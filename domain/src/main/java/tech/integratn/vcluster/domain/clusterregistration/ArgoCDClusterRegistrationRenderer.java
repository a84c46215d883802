package tech.integratn.vcluster.domain.clusterregistration;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.profile.RegistrationProfile;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.resource.ObjectMeta;
import tech.integratn.vcluster.domain.resource.ServiceAccount;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * The four files of spec 9.6: the token ExternalSecret and the Job's ServiceAccount, the sync Job,
 * the kubeconfig ExternalSecret and the Argo CD cluster ExternalSecret. Never a {@code Secret},
 * never a Role. Plain code: it runs once per pipeline.
 */
public final class ArgoCDClusterRegistrationRenderer {

  public static final String RBAC_FILE = "resources/kubeconfig-sync-rbac.yaml";
  public static final String JOB_FILE = "resources/kubeconfig-sync-job.yaml";
  public static final String KUBECONFIG_FILE = "resources/kubeconfig-external-secret.yaml";
  public static final String CLUSTER_FILE = "resources/argocd-cluster-external-secret.yaml";

  private static final String NAME_LABEL = "app.kubernetes.io/name";
  private static final String COMPONENT_LABEL = "app.kubernetes.io/component";
  private static final String SYNC = "kubeconfig-sync";

  private ArgoCDClusterRegistrationRenderer() {}

  /** The files, in the order of 9.6's table. */
  public static Seq<OutputFile> render(ClusterRegistration r, PlatformProfile profile, String promiseName) {
    StringMap base = StringMap.of("app.kubernetes.io/managed-by", "kratix")
        .put("kratix.io/promise-name", promiseName)
        .put("kratix.io/resource-name", r.name());
    RegistrationProfile reg = profile.registration();
    return List.of(
        new OutputFile(RBAC_FILE, List.<KubernetesObject>of(tokenSecret(r, reg, base), serviceAccount(r, base))),
        new OutputFile(JOB_FILE, List.<KubernetesObject>of(job(r, reg, base))),
        new OutputFile(KUBECONFIG_FILE, List.<KubernetesObject>of(kubeconfigSecret(r, profile, base))),
        new OutputFile(CLUSTER_FILE, List.<KubernetesObject>of(clusterSecret(r, profile, base))));
  }

  /** The name of the token ExternalSecret and of the Secret it writes. */
  public static String tokenSecretName(String name) {
    return name + "-onepassword-token";
  }

  /** The name of the Argo CD cluster Secret. */
  public static String clusterSecretName(String name) {
    return "cluster-" + name;
  }

  private static ExternalSecret tokenSecret(ClusterRegistration r, RegistrationProfile reg, StringMap base) {
    String token = tokenSecretName(r.name());
    java.util.List<Node> data = new java.util.ArrayList<>();
    data.add(remoteRef("token", reg.tokenItemKey(), reg.tokenItemTokenProperty()));
    if (reg.tokenItemVaultProperty().isDefined()) {
      data.add(remoteRef("vault", reg.tokenItemKey(), reg.tokenItemVaultProperty().get()));
    }
    MapNode spec = MapNode.of("secretStoreRef", storeRef(reg))
        .with("target", MapNode.of("name", Node.text(token)))
        .with("data", new ListNode(io.vavr.collection.Vector.ofAll(data)));
    return new ExternalSecret(meta(token, r.targetNamespace(), base.put(NAME_LABEL, "external-secret")
        .put(COMPONENT_LABEL, SYNC)), spec);
  }

  private static ServiceAccount serviceAccount(ClusterRegistration r, StringMap base) {
    // no token mounted and no Role bound (spec 9.8: the kubelet mounts the Job's secrets)
    return new ServiceAccount(meta(r.name() + "-" + SYNC, r.targetNamespace(), base.put(NAME_LABEL, SYNC)),
        Option.some(false));
  }

  private static SyncJob job(ClusterRegistration r, RegistrationProfile reg, StringMap base) {
    String token = tokenSecretName(r.name());
    java.util.List<Node> env = new java.util.ArrayList<>();
    env.add(value("OP_CONNECT_HOST", r.onePasswordConnectHost()));
    env.add(secretValue("OP_CONNECT_TOKEN", token, "token"));
    if (reg.tokenItemVaultProperty().isDefined()) {
      env.add(secretValue("OP_VAULT", token, "vault"));
    }
    env.add(value("OP_VAULT_NAME", reg.vaultName()));
    env.add(value("CLUSTER_NAME", r.name()));
    env.add(value("KUBECONFIG_KEY", r.kubeconfigKey()));
    env.add(value("OP_ITEM_NAME", r.onePasswordItem()));
    env.add(value("BASE_DOMAIN", r.baseDomain()));
    env.add(value("BASE_DOMAIN_SANITIZED", r.baseDomainSanitized()));
    env.add(value("EXTERNAL_SERVER_URL", r.externalServerURL()));
    env.add(value("ARGOCD_ENVIRONMENT", r.environment()));
    MapNode container = MapNode.of("name", Node.text("sync-to-onepassword"))
        .with("image", reg.syncImage())
        .with("command", ListNode.of(Node.text("/bin/sh"), Node.text("-c"), Node.text(KubeconfigSyncScript.TEXT)))
        .with("env", new ListNode(io.vavr.collection.Vector.ofAll(env)))
        .with("resources", MapNode.of("requests", MapNode.of("cpu", Node.text("10m")).with("memory", "32Mi"))
            .with("limits", MapNode.of("memory", Node.text("64Mi"))))
        .with("securityContext", MapNode.of("allowPrivilegeEscalation", Node.bool(false))
            .with("readOnlyRootFilesystem", Node.bool(true))
            .with("capabilities", MapNode.of("drop", ListNode.of(Node.text("ALL")))))
        .with("volumeMounts", ListNode.of(
            MapNode.of("name", Node.text("kubeconfig")).with("mountPath", "/kubeconfig").with("readOnly", Node.bool(true)),
            MapNode.of("name", Node.text("tmp")).with("mountPath", "/tmp")));
    MapNode podSpec = MapNode.of("serviceAccountName", Node.text(r.name() + "-" + SYNC))
        .with("automountServiceAccountToken", Node.bool(false))
        .with("restartPolicy", "OnFailure")
        .with("securityContext", MapNode.of("runAsNonRoot", Node.bool(true))
            .with("runAsUser", Node.integer(65532))
            .with("runAsGroup", Node.integer(65532))
            .with("seccompProfile", MapNode.of("type", Node.text("RuntimeDefault"))))
        .with("containers", ListNode.of(container))
        .with("volumes", ListNode.of(
            MapNode.of("name", Node.text("kubeconfig"))
                .with("secret", MapNode.of("secretName", Node.text(r.kubeconfigSecret()))),
            MapNode.of("name", Node.text("tmp"))
                .with("emptyDir", MapNode.of("medium", Node.text("Memory")).with("sizeLimit", "1Mi"))));
    // a pod waiting for a kubeconfig Secret that never appears stops at the deadline (spec 10.4)
    MapNode spec = MapNode.of("backoffLimit", Node.integer(3))
        .with("activeDeadlineSeconds", Node.integer(reg.syncDeadlineSeconds()))
        .with("template", MapNode.of("metadata", MapNode.of("labels",
                MapNode.of(NAME_LABEL, Node.text(SYNC)).with("app.kubernetes.io/instance", r.name())))
            .with("spec", podSpec));
    ObjectMeta metadata = meta(r.syncJobName(), r.targetNamespace(), base.put(NAME_LABEL, SYNC))
        .withAnnotation("argocd.argoproj.io/sync-options", "Force=true,Replace=true");
    return new SyncJob(metadata, spec);
  }

  private static ExternalSecret kubeconfigSecret(ClusterRegistration r, PlatformProfile profile, StringMap base) {
    MapNode spec = MapNode.of("refreshInterval", Node.text("15m"))
        .with("secretStoreRef", storeRef(profile.registration()))
        .with("target", MapNode.of("name", Node.text(ArgoCDClusterRegistrationDecoder.kubeconfigSecretName(profile, r.name())))
            .with("template", MapNode.of("engineVersion", Node.text("v2"))
                .with("data", MapNode.of(r.kubeconfigKey(), Node.text("{{ .kubeconfig }}\n")))))
        .with("dataFrom", ListNode.of(MapNode.of("extract", MapNode.of("key", Node.text(r.onePasswordItem())))));
    return new ExternalSecret(meta(r.name() + "-kubeconfig", r.targetNamespace(),
        base.put(NAME_LABEL, "external-secret").put(COMPONENT_LABEL, "kubeconfig")), spec);
  }

  private static ExternalSecret clusterSecret(ClusterRegistration r, PlatformProfile profile, StringMap base) {
    MapNode templateMetadata = MapNode.of("labels", MapNode.ofStrings(clusterLabels(r, profile.registration())));
    if (!r.clusterAnnotations().isEmpty()) {
      templateMetadata = templateMetadata.with("annotations", MapNode.ofStrings(r.clusterAnnotations()));
    }
    MapNode spec = MapNode.of("refreshInterval", Node.text("1m"))
        .with("secretStoreRef", storeRef(profile.registration()))
        .with("target", MapNode.of("name", Node.text(clusterSecretName(r.name())))
            .with("template", MapNode.of("engineVersion", Node.text("v2"))
                .with("type", "Opaque")
                .with("metadata", templateMetadata)
                .with("data", MapNode.of("name", Node.text("{{ index . \"argocd-name\" }}"))
                    .with("server", "{{ index . \"argocd-server\" }}")
                    .with("config", "{{ index . \"argocd-config\" }}"))))
        .with("dataFrom", ListNode.of(MapNode.of("extract", MapNode.of("key", Node.text(r.onePasswordItem()))
            .with("conversionStrategy", "Default")
            .with("decodingStrategy", "None"))));
    return new ExternalSecret(meta(r.name() + "-argocd-cluster", profile.argocdNamespace(),
        base.put(NAME_LABEL, "external-secret").put(COMPONENT_LABEL, "argocd-cluster")), spec);
  }

  /**
   * The generated cluster Secret's labels: the secret type and the identity labels, then the
   * request's labels over them (a key keeps its first position).
   */
  public static StringMap clusterLabels(ClusterRegistration r, RegistrationProfile reg) {
    StringMap labels = StringMap.of(ArgoCDClusterRegistrationDecoder.SECRET_TYPE_LABEL, "cluster")
        .put(reg.identityLabelPrefix() + "/cluster-name", r.name())
        .put(reg.identityLabelPrefix() + "/environment", r.environment());
    for (Tuple2<String, String> e : r.clusterLabels()) {
      labels = labels.put(e._1, e._2);
    }
    return labels;
  }

  private static ObjectMeta meta(String name, String namespace, StringMap labels) {
    return new ObjectMeta(name, Option.some(namespace), labels, StringMap.empty());
  }

  private static MapNode storeRef(RegistrationProfile reg) {
    return MapNode.of("kind", Node.text(reg.secretStoreKind())).with("name", reg.secretStoreName());
  }

  private static MapNode remoteRef(String secretKey, String key, String property) {
    return MapNode.of("secretKey", Node.text(secretKey))
        .with("remoteRef", MapNode.of("key", Node.text(key)).with("property", property));
  }

  private static MapNode value(String name, String value) {
    return MapNode.of("name", Node.text(name)).with("value", value);
  }

  private static MapNode secretValue(String name, String secret, String key) {
    return MapNode.of("name", Node.text(name)).with("valueFrom", MapNode.of("secretKeyRef",
        MapNode.of("name", Node.text(secret)).with("key", key)));
  }
}
