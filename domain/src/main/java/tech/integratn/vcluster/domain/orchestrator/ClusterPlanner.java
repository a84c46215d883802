package tech.integratn.vcluster.domain.orchestrator;

import tech.integratn.vcluster.domain.contract.Provenance;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.Accepted;
import tech.integratn.vcluster.domain.contract.Patterns;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.contract.SyncPolicyRules;
import tech.integratn.vcluster.domain.network.AddressError;
import tech.integratn.vcluster.domain.network.Cidr;
import tech.integratn.vcluster.domain.network.IpAddress;
import tech.integratn.vcluster.domain.network.PortRule;
import tech.integratn.vcluster.domain.network.Protocol;
import tech.integratn.vcluster.domain.network.VipSelection;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.profile.Preset;
import tech.integratn.vcluster.domain.profile.PresetName;
import tech.integratn.vcluster.domain.orchestrator.VClusterOrchestratorV2;
import tech.integratn.vcluster.domain.orchestrator.VClusterOrchestratorV2Spec;
import tech.integratn.vcluster.domain.tree.DeepMerge;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * Resolves a decoded request against the profile: presets field by field, defaults, derived
 * values (section 2) and the VIP (section 3). Problems that need more than one field (the VIP
 * against its subnet, the base domain annotation) are found here.
 *
 * <p>Plain {@code if}s and loops (lambdas would cost nothing measurable under the image's AOT
 * cache (bench/README.md, "Idioms under the AOT cache"); this is the package's style).
 */
public final class ClusterPlanner {

  private ClusterPlanner() {}

  static final String SECRET_TYPE = "argocd.argoproj.io/secret-type";

  public static Either<Rejection, Accepted<ClusterPlan>> plan(
      VClusterOrchestratorV2 request, PlatformProfile profile, String promiseName) {
    return plan(request, profile, promiseName, true);
  }

  /**
   * As {@link #plan(VClusterOrchestratorV2, PlatformProfile, String)}; without the tenancy rules
   * of spec 10.2 when {@code tenancy} is false (a delete's listing is never blocked by them).
   */
  public static Either<Rejection, Accepted<ClusterPlan>> plan(
      VClusterOrchestratorV2 request, PlatformProfile profile, String promiseName, boolean tenancy) {
    VClusterOrchestratorV2Spec spec = request.spec();
    Either<Seq<RequestProblem>, Option<IpAddress>> vip = vip(spec.exposure(), profile);
    Either<RequestProblem, String> baseDomain = baseDomain(request.metadata(), profile);
    Seq<RequestProblem> problems = List.empty();
    if (vip.isLeft()) {
      problems = problems.appendAll(vip.getLeft());
    }
    if (baseDomain.isLeft()) {
      problems = problems.append(baseDomain.getLeft());
    }
    problems = problems.appendAll(nameLimits(request));
    Seq<RequestProblem> syncPolicy = SyncPolicyRules.check(RequestFields.ARGOCD_APPLICATION_SYNC_POLICY,
        DeepMerge.mergeMaps(defaultSyncPolicy(), spec.argocdApplication().syncPolicy().getOrElse(MapNode.empty())));
    if (!syncPolicy.isEmpty()) {
      problems = problems.appendAll(syncPolicy);
    }
    Seq<RequestProblem> export = exportProblems(spec, profile);
    if (!export.isEmpty()) {
      problems = problems.appendAll(export);
    }
    if (tenancy) {
      Seq<RequestProblem> reach = TenancyRules.check(request, profile);
      if (!reach.isEmpty()) {
        problems = problems.appendAll(reach);
      }
    }
    if (!problems.isEmpty()) {
      return Either.left(new Rejection(problems, List.empty()));
    }
    return Either.right(new Accepted<>(resolve(request, profile, promiseName, vip.get(), baseDomain.get()), List.empty()));
  }

  private static ClusterPlan resolve(
      VClusterOrchestratorV2 request,
      PlatformProfile profile,
      String promiseName,
      Option<IpAddress> vip,
      String baseDomain) {
    VClusterOrchestratorV2Spec spec = request.spec();
    VClusterSettings vc = spec.vcluster();
    PresetName presetName = vc.preset().getOrElse(PresetName.DEV);
    Preset preset = profile.preset(presetName);
    String name = spec.name();
    String hostname = spec.exposure().hostname().getOrElse(name + "." + baseDomain);
    int apiPort = spec.exposure().apiPort().getOrElse(443);
    String serverUrl = "https://" + (hostname.contains(":") ? "[" + hostname + "]" : hostname) + ":" + apiPort;
    String environment =
        spec.integrations().environment().getOrElse(presetName == PresetName.PROD ? "production" : "development");
    String sanitized = baseDomain.replace('.', '-');
    String version = vc.k8sVersion().getOrElse(profile.defaultKubernetesVersion());
    Option<MapNode> requestedExport = setting(vc.exportKubeConfig());
    return ClusterPlan.builder()
        .sources(sources(request, profile, presetName, version, requestedExport))
        .profile(profile)
        .promiseName(promiseName)
        .name(name)
        .requestNamespace(request.metadata().namespace())
        .targetNamespace(spec.targetNamespace().getOrElse(request.metadata().namespace()))
        .projectName(spec.projectName().getOrElse("vcluster-" + name))
        .kubernetesImageTag(profile.kubernetesVersions().get(version).getOrElse(version))
        .production(presetName == PresetName.PROD)
        .replicas(vc.replicas().getOrElse(preset.replicas()))
        .cpuRequest(vc.cpuRequest().getOrElse(preset.cpuRequest()))
        .memoryRequest(vc.memoryRequest().getOrElse(preset.memoryRequest()))
        .cpuLimit(vc.cpuLimit().getOrElse(preset.cpuLimit()))
        .memoryLimit(vc.memoryLimit().getOrElse(preset.memoryLimit()))
        .persistenceEnabled(vc.persistenceEnabled().getOrElse(preset.persistenceEnabled()))
        .persistenceSize(vc.persistenceSize().getOrElse(preset.persistenceSize()))
        .storageClass(vc.storageClass())
        .corednsReplicas(vc.corednsReplicas().getOrElse(preset.corednsReplicas()))
        .clusterDomain(vc.clusterDomain().getOrElse("cluster.local"))
        .isolationMode(profile.tenancy().untrustedRequests()
            ? IsolationMode.STRICT : vc.isolationMode().getOrElse(IsolationMode.STANDARD))
        .backingStore(setting(vc.backingStore()))
        .exportKubeConfig(DeepMerge.mergeMaps(MapNode.of("server", Node.text(serverUrl)),
            requestedExport.getOrElse(MapNode.empty())))
        .helmOverrides(setting(vc.helmOverrides()))
        .hostname(hostname)
        .apiPort(apiPort)
        .vip(vip)
        .externalServerUrl(serverUrl)
        .baseDomain(baseDomain)
        .baseDomainSanitized(sanitized)
        .environment(environment)
        .clusterIssuerSelectorLabels(
            spec.integrations().clusterIssuerSelectorLabels().getOrElse(profile.clusterIssuerSelectorLabels()))
        .clusterStoreSelectorLabels(
            spec.integrations().clusterStoreSelectorLabels().getOrElse(profile.clusterStoreSelectorLabels()))
        .clusterLabels(clusterLabels(profile, name, environment, spec.integrations()))
        .clusterAnnotations(
            clusterAnnotations(profile, name, environment, baseDomain, sanitized, spec.integrations()))
        .chartRepoUrl(spec.argocdApplication().repoURL().getOrElse(profile.chartRepoUrl()))
        .chartName(spec.argocdApplication().chart().getOrElse(profile.chartName()))
        .chartVersion(spec.argocdApplication().targetRevision().getOrElse(profile.chartVersion()))
        .destinationServer(spec.argocdApplication().destinationServer().getOrElse(profile.destinationServer()))
        .syncPolicy(DeepMerge.mergeMaps(defaultSyncPolicy(), spec.argocdApplication().syncPolicy().getOrElse(MapNode.empty())))
        .onePasswordItem(profile.onePasswordItemTemplate().replace("{name}", name))
        .kubeconfigSecret(profile.kubeconfigSecretTemplate().replace("{name}", name))
        .syncJobName(syncJobName(name, request.metadata()))
        .argocdApplicationUrl(profile.argocdUrl() + "/applications/vcluster-" + name)
        .nfsEgress(spec.networkPolicies().enableNFS().getOrElse(false))
        .extraEgress(extraEgress(spec.networkPolicies()))
        .build();
  }

  private static final Provenance DEFAULT = new Provenance.Contract("section 1 default");

  /**
   * Where each plan value that goes into the chart values comes from, decided by the same
   * {@code Option}s {@link #resolve} reads: the request field when it is set, else its fallback.
   */
  private static PlanSources sources(VClusterOrchestratorV2 request, PlatformProfile profile,
      PresetName presetName, String version, Option<MapNode> requestedExport) {
    VClusterOrchestratorV2Spec spec = request.spec();
    VClusterSettings vc = spec.vcluster();
    ExposureSettings exposure = spec.exposure();
    Provenance preset = new Provenance.Preset(presetName);
    Provenance imageTag;
    if (vc.k8sVersion().isDefined()) {
      imageTag = profile.kubernetesVersions().get(version).isDefined()
          ? new Provenance.Derived("section 5: " + RequestFields.VCLUSTER_K8S_VERSION + " " + version
              + " through the profile's kubernetesVersions")
          : new Provenance.Request(RequestFields.VCLUSTER_K8S_VERSION);
    } else {
      imageTag = new Provenance.Profile("defaultKubernetesVersion");
    }
    Provenance isolation = profile.tenancy().untrustedRequests()
        ? new Provenance.Profile("tenancy.untrustedRequests")
        : or(vc.isolationMode(), RequestFields.VCLUSTER_ISOLATION_MODE, DEFAULT);
    return PlanSources.builder()
        .name(new Provenance.Request(RequestFields.NAME))
        .targetNamespace(or(spec.targetNamespace(), RequestFields.TARGET_NAMESPACE,
            new Provenance.Derived("section 1: the request namespace")))
        .environment(or(spec.integrations().environment(), RequestFields.INTEGRATIONS_ARGOCD_ENVIRONMENT,
            new Provenance.Derived("section 1: environment of preset " + presetName.value())))
        .kubernetesImageTag(imageTag)
        .replicas(or(vc.replicas(), RequestFields.VCLUSTER_REPLICAS, preset))
        .cpuRequest(or(vc.cpuRequest(), RequestFields.VCLUSTER_RESOURCES_REQUESTS_CPU, preset))
        .memoryRequest(or(vc.memoryRequest(), RequestFields.VCLUSTER_RESOURCES_REQUESTS_MEMORY, preset))
        .cpuLimit(or(vc.cpuLimit(), RequestFields.VCLUSTER_RESOURCES_LIMITS_CPU, preset))
        .memoryLimit(or(vc.memoryLimit(), RequestFields.VCLUSTER_RESOURCES_LIMITS_MEMORY, preset))
        .persistenceEnabled(or(vc.persistenceEnabled(), RequestFields.VCLUSTER_PERSISTENCE_ENABLED, preset))
        .persistenceSize(or(vc.persistenceSize(), RequestFields.VCLUSTER_PERSISTENCE_SIZE, preset))
        .storageClass(new Provenance.Request(RequestFields.VCLUSTER_PERSISTENCE_STORAGE_CLASS))
        .corednsReplicas(or(vc.corednsReplicas(), RequestFields.VCLUSTER_COREDNS_REPLICAS, preset))
        .clusterDomain(or(vc.clusterDomain(), RequestFields.VCLUSTER_NETWORKING_CLUSTER_DOMAIN, DEFAULT))
        .isolationMode(isolation)
        .hostname(or(exposure.hostname(), RequestFields.EXPOSURE_HOSTNAME,
            new Provenance.Derived("section 1: hostname = <name>.<baseDomain>")))
        .apiPort(or(exposure.apiPort(), RequestFields.EXPOSURE_API_PORT, DEFAULT))
        .vip(or(exposure.vip(), RequestFields.EXPOSURE_VIP,
            new Provenance.Derived("section 3: VIP = network + vipOffset")))
        .externalServerUrl(new Provenance.Derived("section 2: externalServerURL = https://<hostname>:<apiPort>"))
        .clusterIssuerSelectorLabels(or(spec.integrations().clusterIssuerSelectorLabels(),
            RequestFields.INTEGRATIONS_CERT_MANAGER_CLUSTER_ISSUER_SELECTOR_LABELS,
            new Provenance.Profile("clusterIssuerSelectorLabels")))
        .clusterStoreSelectorLabels(or(spec.integrations().clusterStoreSelectorLabels(),
            RequestFields.INTEGRATIONS_EXTERNAL_SECRETS_CLUSTER_STORE_SELECTOR_LABELS,
            new Provenance.Profile("clusterStoreSelectorLabels")))
        .requestedExportKubeConfig(requestedExport)
        .build();
  }

  /** The request field when the request sets it, else {@code otherwise}. */
  private static Provenance or(Option<?> requested, String field, Provenance otherwise) {
    return requested.isDefined() ? new Provenance.Request(field) : otherwise;
  }

  /** Kubernetes and Helm limits of the names derived from {@code spec.name}. */
  static final int HELM_RELEASE_NAME_MAX = 53;
  static final int JOB_NAME_MAX = 63;

  /**
   * The limits a valid DNS label can still break once other names are derived from it: the Helm
   * release name (53 characters), the kubeconfig sync Job (63, its name becomes a pod label) and,
   * with an external etcd, the certificate merge Job (63). Found here rather than at sync time.
   */
  static Seq<RequestProblem> nameLimits(VClusterOrchestratorV2 request) {
    String name = request.spec().name();
    Seq<RequestProblem> problems = List.empty();
    if (name.length() > HELM_RELEASE_NAME_MAX) {
      problems = problems.append(tooLong(name, HELM_RELEASE_NAME_MAX, "it is the Helm release name"));
    }
    String syncJob = syncJobName(name, request.metadata());
    if (syncJob.length() > JOB_NAME_MAX) {
      int max = JOB_NAME_MAX - (syncJob.length() - name.length());
      problems = problems.append(tooLong(name, max, "the kubeconfig sync Job " + syncJob + " would be longer than 63"));
    }
    String mergeJob = name + "-etcd-certs-merge";
    if (mergeJob.length() > JOB_NAME_MAX && deploysEtcd(request.spec().vcluster())) {
      problems = problems.append(tooLong(name, JOB_NAME_MAX - (mergeJob.length() - name.length()),
          "with an external etcd the Job " + mergeJob + " would be longer than 63"));
    }
    return problems;
  }

  /**
   * A free-form object of the request as it goes into the chart values: only its leaves, no map
   * that sets nothing (spec 10.2 "Matching"; what the tenancy rules checked is what is merged).
   */
  private static Option<MapNode> setting(Option<MapNode> value) {
    return value.isDefined() ? Option.some(value.get().withoutEmptyMaps()) : Option.none();
  }


  private static RequestProblem tooLong(String name, int max, String why) {
    return new RequestProblem.RuleBroken(
        RequestFields.NAME, "must be at most " + max + " characters (" + why + ")", Node.describe(Node.text(name)));
  }

  /** Whether the chart values will deploy an etcd: the backing store with the overrides over it. */
  private static boolean deploysEtcd(VClusterSettings vc) {
    MapNode values = MapNode.of("controlPlane", MapNode.of("backingStore", vc.backingStore().getOrElse(MapNode.empty())));
    Node merged = DeepMerge.merge(values, vc.helmOverrides().getOrElse(MapNode.empty()));
    return Paths.at(merged, "controlPlane", "backingStore", "etcd", "deploy", "enabled")
        .contains(Node.bool(true));
  }

  /** {@code automated: {selfHeal: true, prune: true}, syncOptions: [CreateNamespace=true]}. */
  public static MapNode defaultSyncPolicy() {
    return MapNode.of("automated", MapNode.of("selfHeal", Node.bool(true)).with("prune", Node.bool(true)))
        .with("syncOptions", ListNode.of(Node.text("CreateNamespace=true")));
  }

  /** {@code vcluster-<name>-kubeconfig-sync}, plus {@code -<digits of reconcile-at>} when annotated. */
  static String syncJobName(String name, RequestMetadata metadata) {
    String base = "vcluster-" + name + "-kubeconfig-sync";
    Option<String> annotated = metadata.annotations().get(RequestMetadata.RECONCILE_AT_ANNOTATION);
    if (annotated.isEmpty()) {
      return base;
    }
    StringBuilder digits = new StringBuilder();
    String value = annotated.get();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    return digits.length() == 0 ? base : base + "-" + digits;
  }

  private static StringMap clusterLabels(
      PlatformProfile profile, String name, String environment, IntegrationSettings integrations) {
    StringMap defaults = StringMap.of(
            "argocd.argoproj.io/secret-type", "cluster",
            "akuity.io/argo-cd-cluster-name", name,
            "cluster_name", name)
        .putAbsent(profile.clusterLabels())
        .put("environment", environment);
    return defaults.putAll(integrations.clusterLabels());
  }

  private static StringMap clusterAnnotations(
      PlatformProfile profile,
      String name,
      String environment,
      String baseDomain,
      String sanitized,
      IntegrationSettings integrations) {
    StringMap defaults = StringMap.empty().putAbsent(profile.clusterAnnotations())
        .put("cluster_name", name)
        .put("environment", environment)
        .put("platform.integratn.tech/base-domain", baseDomain)
        .put("platform.integratn.tech/base-domain-sanitized", sanitized)
        .put("workload_repo_url", integrations.workloadRepoUrl().getOrElse(profile.workloadRepoUrl()))
        .put("workload_repo_basepath", integrations.workloadRepoBasePath().getOrElse(profile.workloadRepoBasePath()))
        .put("workload_repo_path", integrations.workloadRepoPath().getOrElse(profile.workloadRepoPath()))
        .put("workload_repo_revision", integrations.workloadRepoRevision().getOrElse(profile.workloadRepoRevision()));
    return defaults.putAll(integrations.clusterAnnotations());
  }

  /**
   * The VIP, or every problem of the subnet and the VIP at once (spec 11.4): a VIP that does not
   * parse is reported even when the subnet does not; only the VIP's place in the subnet needs both.
   */
  private static Either<Seq<RequestProblem>, Option<IpAddress>> vip(ExposureSettings exposure, PlatformProfile profile) {
    Seq<RequestProblem> problems = List.empty();
    Option<Cidr> subnet = Option.none();
    if (exposure.subnet().isDefined()) {
      Either<AddressError, Cidr> parsed = Cidr.parse(exposure.subnet().get());
      if (parsed.isLeft()) {
        problems = problems.append(new RequestProblem.BadAddress(RequestFields.EXPOSURE_SUBNET, parsed.getLeft()));
      } else {
        subnet = Option.some(parsed.get());
      }
    }
    Option<IpAddress> vip = Option.none();
    if (exposure.vip().isDefined()) {
      Either<AddressError, IpAddress> parsed = IpAddress.parse(exposure.vip().get());
      if (parsed.isLeft()) {
        problems = problems.append(new RequestProblem.BadAddress(RequestFields.EXPOSURE_VIP, parsed.getLeft()));
      } else {
        vip = Option.some(parsed.get());
      }
    }
    if (!problems.isEmpty()) {
      return Either.left(problems);
    }
    String path = exposure.vip().isDefined() ? RequestFields.EXPOSURE_VIP : RequestFields.EXPOSURE_VIP_OFFSET;
    long offset = exposure.vipOffset().getOrElse(profile.vipOffset());
    Either<AddressError, Option<IpAddress>> selected = VipSelection.select(subnet, vip, offset);
    if (selected.isLeft() && exposure.vip().isEmpty() && exposure.vipOffset().isEmpty()) {
      return Either.left(List.of(new RequestProblem.ProfileDefaultUnusable(RequestFields.EXPOSURE_VIP_OFFSET, selected.getLeft(),
          List.of(RequestFields.EXPOSURE_VIP, RequestFields.EXPOSURE_VIP_OFFSET))));
    }
    return selected.isLeft()
        ? Either.left(List.of(new RequestProblem.BadAddress(path, selected.getLeft())))
        : Either.right(selected.get());
  }

  private static Either<RequestProblem, String> baseDomain(RequestMetadata metadata, PlatformProfile profile) {
    Option<String> annotated = metadata.annotations().get(RequestMetadata.BASE_DOMAIN_ANNOTATION);
    String value = annotated.isDefined() ? annotated.get().trim() : "";
    if (value.isEmpty() || value.equals("null")) {
      return Either.right(profile.baseDomain());
    }
    if (value.length() > 253 || !Patterns.matches(RequestFields.DNS_NAME, value)) {
      return Either.left(new RequestProblem.RuleBroken(
          "metadata.annotations[\"" + RequestMetadata.BASE_DOMAIN_ANNOTATION + "\"]",
          RequestFields.DNS_NAME_RULE, Node.describe(Node.text(value))));
    }
    return Either.right(value);
  }

  /** The request's egress rules as the decoder accepted them (each CIDR parses; host bits cleared). */
  private static Seq<EgressRule> extraEgress(NetworkPolicySettings settings) {
    java.util.List<EgressRule> rules = new java.util.ArrayList<>();
    for (ExtraEgressRule rule : settings.extraEgress()) {
      Either<AddressError, Cidr> cidr = Cidr.parse(rule.cidr());
      Option<Protocol> protocol = Protocol.parse(rule.protocol());
      if (cidr.isRight() && protocol.isDefined()) {
        rules.add(new EgressRule(rule.name(), cidr.get(), new PortRule(rule.port(), protocol.get())));
      }
    }
    return io.vavr.collection.Vector.ofAll(rules);
  }

  /**
   * The cluster registration reads the vcluster's exported kubeconfig (spec 4 and 9.6): it needs a
   * client certificate and a CA, so an export through a service account or an insecure one cannot
   * be registered; a named Secret must be a DNS subdomain and not the one the registration writes.
   */
  static Seq<RequestProblem> exportProblems(VClusterOrchestratorV2Spec spec, PlatformProfile profile) {
    io.vavr.collection.Vector<RequestProblem> problems = io.vavr.collection.Vector.empty();
    if (spec.vcluster().exportKubeConfig().isDefined()) {
      problems = problems.appendAll(exportProblems(RequestFields.VCLUSTER_EXPORT_KUBE_CONFIG, spec.vcluster().exportKubeConfig().get(), spec, profile));
    }
    // helmOverrides are merged into the chart values last, so an export there is the one the chart sees
    if (spec.vcluster().helmOverrides().isDefined()) {
      Option<Node> overridden = spec.vcluster().helmOverrides().get().get("exportKubeConfig");
      if (overridden.isDefined() && overridden.get() instanceof MapNode export) {
        problems = problems.appendAll(exportProblems(RequestFields.VCLUSTER_HELM_OVERRIDES + ".exportKubeConfig", export, spec, profile));
      }
    }
    return problems.isEmpty() ? List.empty() : problems;
  }

  private static Seq<RequestProblem> exportProblems(String path, MapNode export, VClusterOrchestratorV2Spec spec,
      PlatformProfile profile) {
    io.vavr.collection.Vector<RequestProblem> problems = io.vavr.collection.Vector.empty();
    // absent, null and "" take the default (section 1): the chart's own default block is all empty
    Option<Node> serviceAccount = Paths.at(export, "serviceAccount", "name");
    if (serviceAccount.isDefined() && serviceAccount.get() instanceof Node.Text sa && !sa.value().isEmpty()) {
      problems = problems.append(new RequestProblem.RuleBroken(path + ".serviceAccount",
          "is not supported: the cluster registration needs a client certificate and a CA", Node.quote(sa.value())));
    }
    Option<Node> insecure = export.get("insecure");
    if (insecure.isDefined() && insecure.get().equals(Node.bool(true))) {
      problems = problems.append(new RequestProblem.RuleBroken(path + ".insecure",
          "must not be true: the cluster registration never registers an unverified cluster", "true"));
    }
    Option<Node> secretName = Paths.at(export, "secret", "name");
    if (secretName.isDefined() && secretName.get() != Node.Null.NULL && !secretName.get().equals(Node.text(""))) {
      String written = profile.kubeconfigSecretTemplate().replace("{name}", spec.name());
      if (!(secretName.get() instanceof Node.Text t) || !Patterns.matches(RequestFields.DNS_NAME, t.value())
          || t.value().length() > 253) {
        problems = problems.append(new RequestProblem.RuleBroken(path + ".secret.name", RequestFields.DNS_NAME_RULE,
            Node.describe(secretName.get())));
      } else if (t.value().equals(written)) {
        problems = problems.append(new RequestProblem.RuleBroken(path + ".secret.name", "must not be " + written
            + ", the Secret the cluster registration writes from 1Password (it would overwrite its own source)",
            Node.describe(secretName.get())));
      }
    }
    return problems;
  }
}
