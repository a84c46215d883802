package tech.integratn.vcluster.domain.profile;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.immutables.value.Value;
import tech.integratn.vcluster.domain.DomainStyle;
import tech.integratn.vcluster.domain.network.Cidr;

/**
 * What a request may reach (spec 10.2, profile key {@code tenancy}): part A (reserved namespaces,
 * denied chart paths, Pod Security levels) holds for every profile, part B only when
 * {@link #untrustedRequests()}. Every key a profile file omits takes the default of its mode
 * ({@link #trusted()} or {@link #untrusted()}); the defaults that depend on other profile keys
 * (charts, destination servers, hostname pattern) are none here and resolved against the profile.
 */
@Value.Immutable
@DomainStyle
public interface TenancyProfile {

  /** The namespaces no profile can unreserve. */
  Seq<String> BUILT_IN_RESERVED = List.of("kube-system", "kube-public", "kube-node-lease",
      "kratix-platform-system", "kratix-worker-system", "flux-system", "external-secrets", "cert-manager");

  /** Chart value paths a request may not set, whatever the mode (dotted, one key per segment). */
  Seq<String> DEFAULT_DENY = List.of("experimental", "plugin", "plugins", "rbac", "sync", "networking", "policies",
      "privateNodes", "external", "pro", "deploy", "telemetry", "controlPlane.hostPathMapper",
      "controlPlane.advanced", "controlPlane.distro.k8s.scheduler", "controlPlane.backingStore.etcd.external",
      "controlPlane.backingStore.database", "integrations.externalSecrets", "integrations.certManager",
      "integrations.kubeVirt", "integrations.istio", "integrations.metricsServer.nodes",
      "exportKubeConfig.secret.namespace", "exportKubeConfig.additionalSecrets");

  /** Chart value paths an untrusted request may set (sizing only). */
  Seq<String> DEFAULT_ALLOW = List.of("controlPlane.statefulSet.resources",
      "controlPlane.statefulSet.persistence.volumeClaim", "controlPlane.statefulSet.highAvailability",
      "controlPlane.statefulSet.scheduling.podManagementPolicy", "controlPlane.coredns.enabled",
      "controlPlane.coredns.deployment.replicas", "controlPlane.coredns.overwriteConfig",
      "controlPlane.serviceMonitor.enabled", "controlPlane.backingStore.etcd.deploy.enabled",
      "controlPlane.backingStore.etcd.deploy.statefulSet.highAvailability",
      "controlPlane.backingStore.etcd.deploy.statefulSet.resources",
      "controlPlane.backingStore.etcd.deploy.statefulSet.extraArgs", "integrations.metricsServer.enabled");

  /** The Pod Security Admission levels, least to most restrictive. */
  Seq<String> POD_SECURITY_LEVELS = List.of("privileged", "baseline", "restricted");

  /** The label prefix of Pod Security Admission: rendered on the host Namespace, refused from requests. */
  String POD_SECURITY_PREFIX = "pod-security.kubernetes.io/";

  /** Whether part B applies: a request may only shape its own vcluster inside its own namespace. */
  boolean untrustedRequests();

  /** Namespaces reserved on top of {@link #BUILT_IN_RESERVED} and those the profile names. */
  Seq<String> reservedNamespaces();

  /** Chart value paths a request may not set; replaces {@link #DEFAULT_DENY} when the profile gives one. */
  Seq<String> helmOverridesDeny();

  /** Chart value paths an untrusted request may set (part B). */
  Seq<String> helmOverridesAllow();

  String podSecurityEnforce();

  String podSecurityWarn();

  String podSecurityAudit();

  /** Charts an untrusted request may name; none: the profile's chart at its version. */
  Option<Seq<AllowedChart>> charts();

  /** Destination servers an untrusted request may name; none: the profile's destination server. */
  Option<Seq<String>> destinationServers();

  /** The target namespace an untrusted request must use; {@code {name}} = spec.name, {@code *} = [a-z0-9-]+. */
  String targetNamespacePattern();

  /** The hostname an untrusted request must use ({@code *} = one DNS label); none: {@code *.<baseDomain>}. */
  Option<String> hostnamePattern();

  /** CIDRs an untrusted request's subnet and VIP must lie in; empty: neither may be set. */
  Seq<Cidr> addressPools();

  /** Whether untrusted vclusters get the platform's ClusterSecretStores (external-secrets integration). */
  boolean shareClusterSecretStores();

  /** Whether untrusted vclusters get the platform's ClusterIssuers (cert-manager integration). */
  boolean shareClusterIssuers();

  /** The control plane's priority class for an untrusted request; none: no priority class rendered. */
  Option<String> priorityClassName();

  /** The namespace the pipelines run in ({@code VCLUSTER_PIPELINE_NAMESPACE}, spec 11.1), reserved too. */
  @Value.Default
  default Option<String> pipelineNamespace() {
    return Option.none();
  }

  /** A chart an untrusted request may deploy: repository, chart name and the allowed versions. */
  record AllowedChart(String repoURL, String chart, Seq<String> versions) {}

  /** The defaults of a trusted profile (integratn: its requesters are its administrators). */
  static TenancyProfile trusted() {
    return defaults(false, "privileged", "baseline", "baseline");
  }

  /** The defaults of an untrusted profile (a profile file that does not say otherwise). */
  static TenancyProfile untrusted() {
    return defaults(true, "baseline", "restricted", "restricted");
  }

  private static TenancyProfile defaults(boolean untrusted, String enforce, String warn, String audit) {
    return ImmutableTenancyProfile.builder()
        .untrustedRequests(untrusted)
        .reservedNamespaces(List.empty())
        .helmOverridesDeny(DEFAULT_DENY)
        .helmOverridesAllow(DEFAULT_ALLOW)
        .podSecurityEnforce(enforce)
        .podSecurityWarn(warn)
        .podSecurityAudit(audit)
        .charts(Option.none())
        .destinationServers(Option.none())
        .targetNamespacePattern("vc-{name}")
        .hostnamePattern(Option.none())
        .addressPools(List.empty())
        .shareClusterSecretStores(false)
        .shareClusterIssuers(false)
        .priorityClassName(Option.none())
        .build();
  }
}
