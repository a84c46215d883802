package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.collection.List;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.profile.TenancyProfile;
import tech.integratn.vcluster.domain.resource.ArgoCDApplication;
import tech.integratn.vcluster.domain.resource.ArgoCDApplicationSpec;
import tech.integratn.vcluster.domain.resource.ArgoCDClusterRegistration;
import tech.integratn.vcluster.domain.resource.ArgoCDClusterRegistrationSpec;
import tech.integratn.vcluster.domain.resource.ArgoCDProject;
import tech.integratn.vcluster.domain.resource.ArgoCDProjectSpec;
import tech.integratn.vcluster.domain.resource.ConfigMap;
import tech.integratn.vcluster.domain.resource.Namespace;
import tech.integratn.vcluster.domain.resource.ObjectMeta;
import tech.integratn.vcluster.domain.tenancy.NamePatterns;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.StringMap;

/** Renders the objects of spec section 4 from a plan. */
public final class ResourceRenderer {

  private ResourceRenderer() {}

  public static final String SYNC_WAVE = "argocd.argoproj.io/sync-wave";
  public static final String NO_PRUNE_ARGOCD = "argocd.argoproj.io/sync-options";
  public static final String NO_PRUNE_FLUX = "kustomize.toolkit.fluxcd.io/prune";
  /** The label prefix of Pod Security Admission (spec 10.2 A). */

  public static VClusterResources render(ClusterPlan plan) {
    MapNode values = HelmValues.of(plan);
    return new VClusterResources(
        project(plan),
        application(plan, values),
        clusterRegistration(plan),
        namespace(plan),
        coredns(plan),
        etcd(plan, plan.etcdMembers()),
        NetworkPolicyRenderer.render(plan));
  }

  private static Option<EtcdCertificates> etcd(ClusterPlan plan, Option<Integer> members) {
    return members.isDefined() ? Option.some(EtcdRenderer.render(plan, members.get())) : Option.none();
  }

  /** {@code app.kubernetes.io/managed-by}, {@code kratix.io/promise-name}, {@code kratix.io/resource-name}. */
  public static StringMap baseLabels(ClusterPlan plan) {
    return StringMap.of(
        "app.kubernetes.io/managed-by", "kratix",
        "kratix.io/promise-name", plan.promiseName(),
        "kratix.io/resource-name", plan.name());
  }

  /** The promises that fulfil the three sub-requests (spec 9.1). */
  public static final String PROJECT_PROMISE = "argocd-project";
  public static final String APPLICATION_PROMISE = "argocd-application";
  public static final String REGISTRATION_PROMISE = "argocd-cluster-registration";
  public static final String PARENT_PROMISE = "platform.integratn.tech/parent-promise";

  /**
   * A sub-request's own labels (section 4, amended by 9): Kratix sets {@code kratix.io/promise-name}
   * on every resource request to the promise that fulfils it, so anything else would flap forever;
   * the orchestrator is recorded as the parent promise.
   */
  static StringMap subRequestLabels(ClusterPlan plan, String fulfillingPromise, String appName) {
    return StringMap.of(
        "app.kubernetes.io/managed-by", "kratix",
        "kratix.io/promise-name", fulfillingPromise,
        "kratix.io/resource-name", plan.name(),
        PARENT_PROMISE, plan.promiseName(),
        "app.kubernetes.io/name", appName);
  }

  static StringMap labels(ClusterPlan plan, String... extra) {
    StringMap labels = baseLabels(plan);
    for (int i = 0; i + 1 < extra.length; i += 2) {
      labels = labels.put(extra[i], extra[i + 1]);
    }
    return labels;
  }

  static ArgoCDProject project(ClusterPlan plan) {
    ObjectMeta meta = ObjectMeta.of(plan.projectName(), plan.requestNamespace(),
        subRequestLabels(plan, PROJECT_PROMISE, "argocd-project"));
    ArgoCDProjectSpec spec = new ArgoCDProjectSpec(
        plan.profile().argocdNamespace(),
        plan.projectName(),
        "VCluster project for " + plan.name(),
        StringMap.of(SYNC_WAVE, "-1"),
        labels(plan, "argocd.argoproj.io/project-group", plan.profile().projectGroup()),
        List.of(plan.chartRepoUrl()),
        plan.targetNamespace(),
        plan.destinationServer(),
        NamePatterns.clusterRoleName(plan.name(), plan.targetNamespace()));
    return new ArgoCDProject(meta, spec);
  }

  static ArgoCDApplication application(ClusterPlan plan, MapNode values) {
    ObjectMeta meta = ObjectMeta.of(plan.applicationName(), plan.requestNamespace(),
        subRequestLabels(plan, APPLICATION_PROMISE, "argocd-application"));
    ArgoCDApplicationSpec spec = new ArgoCDApplicationSpec(
        plan.applicationName(),
        plan.profile().argocdNamespace(),
        StringMap.of(SYNC_WAVE, "0"),
        baseLabels(plan),
        List.of("resources-finalizer.argocd.argoproj.io"),
        plan.projectName(),
        plan.destinationServer(),
        plan.targetNamespace(),
        plan.chartRepoUrl(),
        plan.chartName(),
        plan.chartVersion(),
        plan.name(),
        values,
        plan.syncPolicy());
    return new ArgoCDApplication(meta, spec);
  }

  static ArgoCDClusterRegistration clusterRegistration(ClusterPlan plan) {
    ObjectMeta meta = ObjectMeta.of(plan.name() + "-cluster-registration", plan.requestNamespace(),
        subRequestLabels(plan, REGISTRATION_PROMISE, "argocd-cluster-registration"));
    ArgoCDClusterRegistrationSpec spec = new ArgoCDClusterRegistrationSpec(
        plan.name(),
        plan.targetNamespace(),
        plan.vclusterKubeconfigSecret(),
        plan.externalServerUrl(),
        plan.environment(),
        plan.baseDomain(),
        plan.baseDomainSanitized(),
        plan.clusterLabels(),
        plan.clusterAnnotations(),
        plan.syncJobName());
    return new ArgoCDClusterRegistration(meta, spec);
  }

  /**
   * The host namespace. A namespace shared with the request (and every other request there) is
   * still rendered, since removing the file would prune it, but as no single request's: without
   * the {@code kratix.io/resource-name} label, so every request sharing it renders the same
   * bytes, and with the Argo CD and Flux no-prune annotations, so deleting one request never
   * deletes the namespace (spec 7.1). A namespace of the vcluster's own carries the profile's Pod
   * Security levels after its other labels (spec 10.2 A); a shared one does not.
   */
  static Namespace namespace(ClusterPlan plan) {
    StringMap own = StringMap.of(
        "app.kubernetes.io/name", "vcluster-namespace",
        "vcluster.loft.sh/namespace", "true",
        "platform.integratn.tech/type", "vcluster");
    if (!plan.targetNamespace().equals(plan.requestNamespace())) {
      TenancyProfile tenancy = plan.profile().tenancy();
      StringMap podSecurity = StringMap.of(
          TenancyProfile.POD_SECURITY_PREFIX + "enforce", tenancy.podSecurityEnforce(),
          TenancyProfile.POD_SECURITY_PREFIX + "enforce-version", "latest",
          TenancyProfile.POD_SECURITY_PREFIX + "warn", tenancy.podSecurityWarn(),
          TenancyProfile.POD_SECURITY_PREFIX + "warn-version", "latest",
          TenancyProfile.POD_SECURITY_PREFIX + "audit", tenancy.podSecurityAudit(),
          TenancyProfile.POD_SECURITY_PREFIX + "audit-version", "latest");
      ObjectMeta meta = ObjectMeta.clusterScoped(plan.targetNamespace(),
              baseLabels(plan).putAll(own).putAll(podSecurity))
          .withAnnotation(SYNC_WAVE, "-2");
      return new Namespace(meta);
    }
    StringMap shared = StringMap.of(
        "app.kubernetes.io/managed-by", "kratix",
        "kratix.io/promise-name", plan.promiseName()).putAll(own);
    ObjectMeta meta = ObjectMeta.clusterScoped(plan.targetNamespace(), shared)
        .withAnnotation(SYNC_WAVE, "-2")
        .withAnnotation(NO_PRUNE_ARGOCD, "Prune=false")
        .withAnnotation(NO_PRUNE_FLUX, "disabled");
    return new Namespace(meta);
  }

  static ConfigMap coredns(ClusterPlan plan) {
    ObjectMeta meta = ObjectMeta.of("vc-" + plan.name() + "-coredns", plan.targetNamespace(), labels(plan,
        "app.kubernetes.io/name", "coredns",
        "app.kubernetes.io/instance", "vc-" + plan.name()));
    return new ConfigMap(meta, StringMap.empty()
        .put("Corefile", Corefiles.configMap(plan.clusterDomain()))
        .put("NodeHosts", ""));
  }
}
