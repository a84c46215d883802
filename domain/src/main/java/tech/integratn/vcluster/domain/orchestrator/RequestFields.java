package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.Constraint;
import tech.integratn.vcluster.domain.contract.FieldType;
import tech.integratn.vcluster.domain.contract.Patterns;
import tech.integratn.vcluster.domain.contract.RequestField;
import tech.integratn.vcluster.domain.names.KubernetesNames;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The field table of the request contract (spec section 1): one row per field, with its type,
 * rules, published default and description. The decoder validates with it and the Promise's CRD
 * schema is generated from it, so the two cannot drift apart.
 */
public final class RequestFields {

  private RequestFields() {}

  public static final String DNS_LABEL = Patterns.DNS_LABEL;
  public static final String DNS_NAME = Patterns.DNS_NAME;
  public static final String DNS_NAME_RULE = Patterns.DNS_NAME_RULE;
  public static final String QUANTITY = Patterns.QUANTITY;
  public static final String QUANTITY_RULE = Patterns.QUANTITY_RULE;
  public static final String URL = Patterns.URL;
  public static final String URL_RULE = Patterns.URL_RULE;
  public static final String LABEL_KEY = Patterns.LABEL_KEY;
  public static final String LABEL_KEY_RULE = Patterns.LABEL_KEY_RULE;
  public static final String LABEL_VALUE = Patterns.LABEL_VALUE;
  public static final String LABEL_VALUE_RULE = Patterns.LABEL_VALUE_RULE;
  public static final String IP_ADDRESS = Patterns.IP_ADDRESS;
  public static final String CIDR = Patterns.CIDR;
  public static final String VERSION = Patterns.VERSION;
  public static final String CIDR_RULE = Patterns.CIDR_RULE;

  // the field paths of the table, one constant per row: the decoder, the planner's problems and the
  // chart-value sources name a field through these, so a typo is a compile error
  public static final String ARGOCD_APPLICATION_CHART = "spec.argocdApplication.chart";
  public static final String ARGOCD_APPLICATION_DESTINATION_SERVER = "spec.argocdApplication.destinationServer";
  public static final String ARGOCD_APPLICATION_REPO_URL = "spec.argocdApplication.repoURL";
  public static final String ARGOCD_APPLICATION_SYNC_POLICY = "spec.argocdApplication.syncPolicy";
  public static final String ARGOCD_APPLICATION_TARGET_REVISION = "spec.argocdApplication.targetRevision";
  public static final String EXPOSURE_API_PORT = "spec.exposure.apiPort";
  public static final String EXPOSURE_HOSTNAME = "spec.exposure.hostname";
  public static final String EXPOSURE_SUBNET = "spec.exposure.subnet";
  public static final String EXPOSURE_VIP = "spec.exposure.vip";
  public static final String EXPOSURE_VIP_OFFSET = "spec.exposure.vipOffset";
  public static final String INTEGRATIONS_ARGOCD_CLUSTER_ANNOTATIONS = "spec.integrations.argocd.clusterAnnotations";
  public static final String INTEGRATIONS_ARGOCD_CLUSTER_LABELS = "spec.integrations.argocd.clusterLabels";
  public static final String INTEGRATIONS_ARGOCD_ENVIRONMENT = "spec.integrations.argocd.environment";
  public static final String INTEGRATIONS_ARGOCD_WORKLOAD_REPO_BASE_PATH = "spec.integrations.argocd.workloadRepo.basePath";
  public static final String INTEGRATIONS_ARGOCD_WORKLOAD_REPO_PATH = "spec.integrations.argocd.workloadRepo.path";
  public static final String INTEGRATIONS_ARGOCD_WORKLOAD_REPO_REVISION = "spec.integrations.argocd.workloadRepo.revision";
  public static final String INTEGRATIONS_ARGOCD_WORKLOAD_REPO_URL = "spec.integrations.argocd.workloadRepo.url";
  public static final String INTEGRATIONS_CERT_MANAGER_CLUSTER_ISSUER_SELECTOR_LABELS = "spec.integrations.certManager.clusterIssuerSelectorLabels";
  public static final String INTEGRATIONS_EXTERNAL_SECRETS_CLUSTER_STORE_SELECTOR_LABELS = "spec.integrations.externalSecrets.clusterStoreSelectorLabels";
  public static final String NAME = "spec.name";
  public static final String NETWORK_POLICIES_ENABLE_NFS = "spec.networkPolicies.enableNFS";
  public static final String NETWORK_POLICIES_EXTRA_EGRESS = "spec.networkPolicies.extraEgress";
  public static final String NETWORK_POLICIES_EXTRA_EGRESS_CIDR = "spec.networkPolicies.extraEgress.cidr";
  public static final String NETWORK_POLICIES_EXTRA_EGRESS_NAME = "spec.networkPolicies.extraEgress.name";
  public static final String NETWORK_POLICIES_EXTRA_EGRESS_PORT = "spec.networkPolicies.extraEgress.port";
  public static final String NETWORK_POLICIES_EXTRA_EGRESS_PROTOCOL = "spec.networkPolicies.extraEgress.protocol";
  public static final String PROJECT_NAME = "spec.projectName";
  public static final String TARGET_NAMESPACE = "spec.targetNamespace";
  public static final String VCLUSTER_BACKING_STORE = "spec.vcluster.backingStore";
  public static final String VCLUSTER_COREDNS_REPLICAS = "spec.vcluster.coredns.replicas";
  public static final String VCLUSTER_EXPORT_KUBE_CONFIG = "spec.vcluster.exportKubeConfig";
  public static final String VCLUSTER_HELM_OVERRIDES = "spec.vcluster.helmOverrides";
  public static final String VCLUSTER_ISOLATION_MODE = "spec.vcluster.isolationMode";
  public static final String VCLUSTER_K8S_VERSION = "spec.vcluster.k8sVersion";
  public static final String VCLUSTER_NETWORKING_CLUSTER_DOMAIN = "spec.vcluster.networking.clusterDomain";
  public static final String VCLUSTER_PERSISTENCE_ENABLED = "spec.vcluster.persistence.enabled";
  public static final String VCLUSTER_PERSISTENCE_SIZE = "spec.vcluster.persistence.size";
  public static final String VCLUSTER_PERSISTENCE_STORAGE_CLASS = "spec.vcluster.persistence.storageClass";
  public static final String VCLUSTER_PRESET = "spec.vcluster.preset";
  public static final String VCLUSTER_REPLICAS = "spec.vcluster.replicas";
  public static final String VCLUSTER_RESOURCES_LIMITS_CPU = "spec.vcluster.resources.limits.cpu";
  public static final String VCLUSTER_RESOURCES_LIMITS_MEMORY = "spec.vcluster.resources.limits.memory";
  public static final String VCLUSTER_RESOURCES_REQUESTS_CPU = "spec.vcluster.resources.requests.cpu";
  public static final String VCLUSTER_RESOURCES_REQUESTS_MEMORY = "spec.vcluster.resources.requests.memory";

  /** At most this many {@code extraEgress} entries. */
  public static final int MAX_EXTRA_EGRESS = 32;
  /** {@code allow-<name>-egress} is also a label value (at most 63 characters). */
  public static final int MAX_EGRESS_NAME = 50;

  /** Every field of the contract for requests rendered with {@code profile}, in document order. */
  /** Spec 10.2: where the vcluster may live, as the profile says. */
  static String targetNamespaceText(PlatformProfile profile) {
    return profile.tenancy().untrustedRequests()
        ? "Host namespace of the virtual cluster; required, matching "
            + profile.tenancy().targetNamespacePattern() + " ({name} = spec.name); never a namespace the platform reserves."
        : "Host namespace of the virtual cluster (default: the request namespace); never a namespace the platform "
            + "reserves (kube-system, the platform's own, those of profile tenancy.reservedNamespaces).";
  }

  /** Spec 10.2: which chart paths a request may set, as the profile says. */
  static String overridesText(PlatformProfile profile) {
    return profile.tenancy().untrustedRequests()
        ? "Only the chart paths of the platform's tenancy.helmOverrides.allow may be set."
        : "Chart paths the platform reserves (profile tenancy.helmOverrides.deny) are refused.";
  }

  public static Seq<RequestField> all(PlatformProfile profile) {
    return List.of(
        field(NAME, FieldType.STRING, true, "The virtual cluster's name; names every rendered object.",
            dnsLabel()),
        field(TARGET_NAMESPACE, FieldType.STRING, targetNamespaceText(profile), dnsLabel()),
        field(PROJECT_NAME, FieldType.STRING, profile.tenancy().untrustedRequests()
            ? "Argo CD project name: vcluster-<name>, the only value this platform accepts."
            : "Argo CD project name (default: vcluster-<name>); never default, Argo CD's own project.", dnsLabel()),
        profileDefault(profile, field(VCLUSTER_K8S_VERSION, FieldType.STRING, "Kubernetes version of the control plane.",
                List.of(new Constraint.OneOf(profile.kubernetesVersions().keys()))),
            Node.text(profile.defaultKubernetesVersion())),
        withDefault(field(VCLUSTER_PRESET, FieldType.STRING, "Sizing preset.",
                List.of(new Constraint.OneOf(List.of("dev", "prod")))), Node.text("dev")),
        field(VCLUSTER_REPLICAS, FieldType.INTEGER, "Control-plane replicas (default: from the preset).",
            List.of(new Constraint.Between(1, 100))),
        withDefault(field(VCLUSTER_ISOLATION_MODE, FieldType.STRING,
                profile.tenancy().untrustedRequests()
                    ? "Always strict on this platform (the chart's resource quota, limit range and network policy)."
                    : "strict switches the chart's resource quota, limit range and network policy on.",
                List.of(new Constraint.OneOf(List.of("standard", "strict")))), Node.text("standard")),
        field(VCLUSTER_RESOURCES_REQUESTS_CPU, FieldType.QUANTITY, "CPU request (default: from the preset).", quantity()),
        field(VCLUSTER_RESOURCES_REQUESTS_MEMORY, FieldType.QUANTITY, "Memory request (default: from the preset).", quantity()),
        field(VCLUSTER_RESOURCES_LIMITS_CPU, FieldType.QUANTITY, "CPU limit (default: from the preset).", quantity()),
        field(VCLUSTER_RESOURCES_LIMITS_MEMORY, FieldType.QUANTITY, "Memory limit (default: from the preset).", quantity()),
        field(VCLUSTER_PERSISTENCE_ENABLED, FieldType.BOOLEAN, "Give the control plane a volume claim (default: from the preset).",
            List.empty()),
        field(VCLUSTER_PERSISTENCE_SIZE, FieldType.QUANTITY, "Volume claim size (default: from the preset).", quantity()),
        field(VCLUSTER_PERSISTENCE_STORAGE_CLASS, FieldType.STRING, "Storage class of the volume claim (default: the chart's).",
            List.of(new Constraint.Matches(DNS_NAME, DNS_NAME_RULE))),
        field(VCLUSTER_COREDNS_REPLICAS, FieldType.INTEGER, "CoreDNS replicas (default: from the preset).",
            List.of(new Constraint.Between(1, 100))),
        withDefault(field(VCLUSTER_NETWORKING_CLUSTER_DOMAIN, FieldType.STRING, "Cluster DNS domain of the virtual cluster.",
                dnsName()), Node.text("cluster.local")),
        field(VCLUSTER_BACKING_STORE, FieldType.OBJECT, "The chart's controlPlane.backingStore, passed on as written. " + overridesText(profile),
            List.empty()),
        field(VCLUSTER_EXPORT_KUBE_CONFIG, FieldType.OBJECT, "Merged over {server: <external URL>} into the chart's exportKubeConfig. " + overridesText(profile),
            List.empty()),
        field(VCLUSTER_HELM_OVERRIDES, FieldType.OBJECT, "Deep-merged over the rendered chart values last (user wins). " + overridesText(profile),
            List.empty()),
        field(EXPOSURE_HOSTNAME, FieldType.STRING, "API hostname (default: <name>.<base domain>).", dnsName()),
        field(EXPOSURE_SUBNET, FieldType.STRING, "Subnet of the API VIP, IPv4 or IPv6 CIDR.",
            List.of(new Constraint.Matches(CIDR, "must be a CIDR block such as 10.0.4.0/24"))),
        field(EXPOSURE_VIP, FieldType.STRING, "API VIP (default: subnet network address + vipOffset).",
            List.of(new Constraint.Matches(IP_ADDRESS, "must be an IPv4 or IPv6 address"))),
        profileDefault(profile, field(EXPOSURE_VIP_OFFSET, FieldType.INTEGER, "Offset of the computed VIP from the subnet's network address.",
                List.of(new Constraint.Between(1, Integer.MAX_VALUE))), Node.integer(profile.vipOffset())),
        withDefault(field(EXPOSURE_API_PORT, FieldType.INTEGER, "Port of the API on the load balancer.",
                List.of(new Constraint.Between(1, 65535))), Node.integer(443)),
        field(INTEGRATIONS_CERT_MANAGER_CLUSTER_ISSUER_SELECTOR_LABELS, FieldType.STRING_MAP,
            "Labels selecting the host ClusterIssuers synced into the virtual cluster.", labels()),
        field(INTEGRATIONS_EXTERNAL_SECRETS_CLUSTER_STORE_SELECTOR_LABELS, FieldType.STRING_MAP,
            "Labels selecting the host ClusterSecretStores synced into the virtual cluster.", labels()),
        field(INTEGRATIONS_ARGOCD_ENVIRONMENT, FieldType.STRING,
            "Environment label of the Argo CD cluster (default: production for prod, else development).",
            List.of(new Constraint.Matches(LABEL_VALUE, KubernetesNames.LABEL_VALUE_RULE),
                new Constraint.MaxLength(63))),
        field(INTEGRATIONS_ARGOCD_CLUSTER_LABELS, FieldType.STRING_MAP,
            "Argo CD cluster labels, merged over the defaults (yours win).", clusterLabels()),
        field(INTEGRATIONS_ARGOCD_CLUSTER_ANNOTATIONS, FieldType.STRING_MAP,
            "Argo CD cluster annotations, merged over the defaults (yours win).",
            List.of(new Constraint.KeysMatch(LABEL_KEY, Patterns.ANNOTATION_KEY_RULE))),
        profileDefault(profile, field(INTEGRATIONS_ARGOCD_WORKLOAD_REPO_URL, FieldType.STRING, "Workload repository URL.", url()),
            Node.text(profile.workloadRepoUrl())),
        field(INTEGRATIONS_ARGOCD_WORKLOAD_REPO_BASE_PATH, FieldType.STRING, "Base path in the workload repository.",
            List.empty()),
        profileDefault(profile, field(INTEGRATIONS_ARGOCD_WORKLOAD_REPO_PATH, FieldType.STRING, "Path in the workload repository.",
            List.empty()), Node.text(profile.workloadRepoPath())),
        profileDefault(profile, field(INTEGRATIONS_ARGOCD_WORKLOAD_REPO_REVISION, FieldType.STRING, "Revision of the workload repository.",
            List.of(new Constraint.Matches(VERSION, "must not contain white space"))), Node.text(profile.workloadRepoRevision())),
        profileDefault(profile, field(ARGOCD_APPLICATION_REPO_URL, FieldType.STRING, "Helm repository of the vcluster chart.", url()),
            Node.text(profile.chartRepoUrl())),
        profileDefault(profile, field(ARGOCD_APPLICATION_CHART, FieldType.STRING, "Chart name.", dnsName()),
            Node.text(profile.chartName())),
        profileDefault(profile, field(ARGOCD_APPLICATION_TARGET_REVISION, FieldType.STRING, "Chart version.",
            List.of(new Constraint.Matches(VERSION, "must not contain white space"))), Node.text(profile.chartVersion())),
        profileDefault(profile, field(ARGOCD_APPLICATION_DESTINATION_SERVER, FieldType.STRING, "Argo CD destination cluster URL.", url()),
            Node.text(profile.destinationServer())),
        field(ARGOCD_APPLICATION_SYNC_POLICY, FieldType.OBJECT, "Deep-merged over the default sync policy.", List.empty()),
        withDefault(field(NETWORK_POLICIES_ENABLE_NFS, FieldType.BOOLEAN,
            "Allow egress to the platform's NFS servers (the profile's networkPolicies.nfs).",
            List.empty()), Node.bool(false)),
        field(NETWORK_POLICIES_EXTRA_EGRESS, FieldType.OBJECT_LIST,
            "Extra egress rules of the vcluster's namespace, one NetworkPolicy allow-<name>-egress each.",
            List.of(new Constraint.MaxItems(MAX_EXTRA_EGRESS))),
        field(NETWORK_POLICIES_EXTRA_EGRESS_NAME, FieldType.STRING,
            "Rule name, unique in the list; names the policy allow-<name>-egress ('nfs' is reserved).",
            List.of(new Constraint.MaxLength(MAX_EGRESS_NAME), new Constraint.Matches(DNS_LABEL, KubernetesNames.DNS_LABEL_RULE))),
        field(NETWORK_POLICIES_EXTRA_EGRESS_CIDR, FieldType.STRING,
            "Destination block, IPv4 or IPv6 <address>/<prefix>; host bits are cleared with a warning.",
            List.of(new Constraint.Matches(CIDR, CIDR_RULE))),
        field(NETWORK_POLICIES_EXTRA_EGRESS_PORT, FieldType.INTEGER, "Destination port.",
            List.of(new Constraint.Between(1, 65535))),
        withDefault(field(NETWORK_POLICIES_EXTRA_EGRESS_PROTOCOL, FieldType.STRING, "Protocol.",
            List.of(new Constraint.OneOf(List.of("TCP", "UDP")))), Node.text("TCP")));
  }

  /** The fields of an object list's items ({@code spec.networkPolicies.extraEgress.*}). */
  public static Seq<RequestField> itemFields(Seq<RequestField> all, RequestField list) {
    String prefix = list.path() + ".";
    java.util.List<RequestField> items = new java.util.ArrayList<>();
    for (RequestField f : all) {
      if (f.path().startsWith(prefix)) {
        items.add(f);
      }
    }
    return io.vavr.collection.Vector.ofAll(items);
  }

  /** The last keys of {@code fields}' paths, in order. */
  public static java.util.List<String> keys(Seq<RequestField> fields) {
    java.util.List<String> keys = new java.util.ArrayList<>();
    for (RequestField f : fields) {
      keys.add(f.key());
    }
    return keys;
  }

  /** The field at {@code path}, if the table has one. */
  public static Option<RequestField> find(Seq<RequestField> all, String path) {
    return all.find(f -> f.path().equals(path));
  }

  private static Seq<Constraint> dnsLabel() {
    return List.of(new Constraint.MaxLength(63), new Constraint.Matches(DNS_LABEL, KubernetesNames.DNS_LABEL_RULE));
  }

  private static Seq<Constraint> dnsName() {
    return List.of(new Constraint.MaxLength(253), new Constraint.Matches(DNS_NAME, DNS_NAME_RULE));
  }

  private static Seq<Constraint> quantity() {
    return List.of(new Constraint.Matches(QUANTITY, QUANTITY_RULE));
  }

  private static Seq<Constraint> url() {
    return List.of(new Constraint.Matches(URL, URL_RULE));
  }

  /** Argo CD cluster labels: a label map whose secret-type, if given, is cluster (spec 9.3). */
  private static Seq<Constraint> clusterLabels() {
    return List.of(
        new Constraint.KeysMatch(LABEL_KEY, LABEL_KEY_RULE),
        new Constraint.ValuesMatch(LABEL_VALUE, LABEL_VALUE_RULE),
        Constraint.EntryIs.SECRET_TYPE_CLUSTER);
  }

  private static Seq<Constraint> labels() {
    return List.of(
        new Constraint.KeysMatch(LABEL_KEY, LABEL_KEY_RULE),
        new Constraint.ValuesMatch(LABEL_VALUE, LABEL_VALUE_RULE));
  }

  private static RequestField field(String path, FieldType type, String description, Seq<Constraint> constraints) {
    return new RequestField(path, type, constraints, false, Option.none(), description);
  }

  private static RequestField field(
      String path, FieldType type, boolean required, String description, Seq<Constraint> constraints) {
    return new RequestField(path, type, constraints, required, Option.none(), description);
  }

  /**
   * A field whose default comes from the platform profile: the CRD must not publish it (the API
   * server would write it into every request, overriding another organisation's profile), so the
   * description names it instead.
   */
  private static RequestField profileDefault(PlatformProfile profile, RequestField field, Node value) {
    String shown = value instanceof Node.Text t ? t.value() : Node.describe(value);
    return new RequestField(field.path(), field.type(), field.constraints(), field.required(), Option.none(),
        field.description() + " Default: the platform profile's (" + shown + " in the " + profile.name() + " profile).");
  }

  private static RequestField withDefault(RequestField field, Node value) {
    return new RequestField(
        field.path(), field.type(), field.constraints(), field.required(), Option.some(value), field.description());
  }
}
