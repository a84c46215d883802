package tech.integratn.vcluster.domain.profile;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.immutables.value.Value;
import tech.integratn.vcluster.domain.DomainStyle;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * Everything organisation-specific about rendering a vcluster, as one immutable value. The
 * integratn profile ({@link IntegratnProfile#PROFILE}) is embedded and is the default; another
 * organisation supplies its own as YAML.
 */
@Value.Immutable
@DomainStyle
public interface PlatformProfile {

  /** A short name for messages and logs. */
  String name();

  Preset dev();

  Preset prod();

  default Preset preset(PresetName name) {
    return name == PresetName.PROD ? prod() : dev();
  }

  /** Offset from the subnet's network address of the computed VIP. */
  long vipOffset();

  /** Service annotation through which the load balancer is asked for the VIP. */
  String loadBalancerIpAnnotation();

  /** Request spelling of a Kubernetes version to the full {@code v}-prefixed image tag, in order. */
  StringMap kubernetesVersions();

  /** Kubernetes version used when the request names none. */
  String defaultKubernetesVersion();

  String baseDomain();

  String chartRepoUrl();

  String chartName();

  String chartVersion();

  String destinationServer();

  String workloadRepoUrl();

  String workloadRepoBasePath();

  String workloadRepoPath();

  String workloadRepoRevision();

  StringMap clusterIssuerSelectorLabels();

  StringMap clusterStoreSelectorLabels();

  /** Static default Argo CD cluster labels; the name and environment labels are derived. */
  StringMap clusterLabels();

  /** Static default Argo CD cluster annotations; name, environment, domain and repo ones are derived. */
  StringMap clusterAnnotations();

  /**
   * Host Secrets synced into every vcluster, {@code <namespace>/<name>} on the host to
   * {@code [<namespace>/]<name>} in the vcluster (chart {@code sync.fromHost.secrets.mappings.byName};
   * integratn: the 1Password token). Empty: secrets are not synced from the host. A profile file
   * does not inherit it (spec 10.2).
   */
  StringMap hostSecretMappings();

  /**
   * Extra rules of the vcluster's ClusterRole (chart {@code rbac.clusterRole.extraRules}; integratn:
   * reading the mapped token). A profile file does not inherit them (spec 10.2).
   */
  Seq<MapNode> clusterRoleExtraRules();

  /** What a request may reach (spec 10.2). A profile file does not inherit it. */
  TenancyProfile tenancy();

  /**
   * Every namespace no target namespace may be (spec 10.2 A): the built-in ones, the Argo CD
   * namespace, the network-policy peers, the pipeline namespace and the profile's own list, in
   * that order without repeats.
   */
  default java.util.Set<String> reservedNamespaces() {
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
    for (int i = 0; i < TenancyProfile.BUILT_IN_RESERVED.size(); i++) {
      all.add(TenancyProfile.BUILT_IN_RESERVED.get(i));
    }
    all.add(argocdNamespace());
    NetworkPolicyProfile np = networkPolicies();
    for (int i = 0; i < np.apiIngress().namespaces().size(); i++) {
      all.add(np.apiIngress().namespaces().get(i));
    }
    for (int i = 0; i < np.ingressNamespaces().size(); i++) {
      all.add(np.ingressNamespaces().get(i));
    }
    if (np.dns().isDefined()) {
      all.add(np.dns().get().namespace());
    }
    for (int i = 0; i < np.podEgress().size(); i++) {
      all.add(np.podEgress().get(i).namespace());
    }
    if (tenancy().pipelineNamespace().isDefined()) {
      all.add(tenancy().pipelineNamespace().get());
    }
    for (int i = 0; i < tenancy().reservedNamespaces().size(); i++) {
      all.add(tenancy().reservedNamespaces().get(i));
    }
    return java.util.Collections.unmodifiableSet(all);
  }

  /** Image of the etcd certificate merge job (needs a shell and kubectl). */
  String kubectlImage();

  /** Base URL of the Argo CD UI, without a trailing slash. */
  String argocdUrl();

  /** Namespace Argo CD runs in. */
  String argocdNamespace();

  /** Project group label value of the Argo CD project. */
  String projectGroup();

  /** Name of the 1Password item holding the kubeconfig; {@code {name}} stands for the cluster name. */
  String onePasswordItemTemplate();

  /** Name of the secret the kubeconfig ExternalSecret produces; {@code {name}} as above. */
  String kubeconfigSecretTemplate();

  /** The target namespace's network policies (spec section 8). */
  NetworkPolicyProfile networkPolicies();

  /** The cluster registration sub-promise's secret store, 1Password and sync Job settings (spec 9.6). */
  RegistrationProfile registration();

  @Value.Default
  default InvalidRequestPolicy onInvalidRequest() {
    return InvalidRequestPolicy.FAIL;
  }

  /**
   * What configure and validate runs do with request fields the contract does not know (profile
   * key {@code unknownFields: warn|reject}); a delete always only warns.
   */
  @Value.Default
  default UnknownFieldPolicy unknownFields() {
    return UnknownFieldPolicy.WARN;
  }

  /** A directory of chart value schemas, {@code <dir>/<chart version>/values.schema.json}. */
  @Value.Default
  default Option<String> chartSchemaDir() {
    return Option.none();
  }

  /** Whether a delete run removes the vcluster's leftover PersistentVolumes from the host (spec 7.1). */
  @Value.Default
  default boolean deleteCleanupEnabled() {
    return true;
  }

  /**
   * The label selector of the leftover PersistentVolumes, with {@code {name}} and
   * {@code {targetNamespace}} placeholders; none means vcluster's own marker label.
   */
  @Value.Default
  default Option<String> deleteCleanupPersistentVolumeSelector() {
    return Option.none();
  }

  static ImmutablePlatformProfile.Builder builder() {
    return ImmutablePlatformProfile.builder();
  }

  /** A map literal that keeps the given order. */
  static StringMap orderedMap(String... keysAndValues) {
    return StringMap.of(keysAndValues);
  }
}
