package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.network.AddressError;
import tech.integratn.vcluster.domain.network.Cidr;
import tech.integratn.vcluster.domain.network.IpAddress;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.profile.TenancyProfile;
import tech.integratn.vcluster.domain.orchestrator.VClusterOrchestratorV2;
import tech.integratn.vcluster.domain.orchestrator.VClusterOrchestratorV2Spec;
import tech.integratn.vcluster.domain.tenancy.ChartPaths;
import tech.integratn.vcluster.domain.tenancy.NamePatterns;
import tech.integratn.vcluster.domain.tenancy.ReservedNamespaces;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * Spec 10.2 for the orchestrator's request: part A for every profile, part B when the profile's
 * {@code tenancy.untrustedRequests}. Every problem names its request path; all are returned at once.
 */
public final class TenancyRules {

  private TenancyRules() {}

  /** The label prefix of Pod Security Admission, which only the platform sets. */

  /** The longest Kubernetes object name the chart's ClusterRole can take without being cut. */

  public static Seq<RequestProblem> check(VClusterOrchestratorV2 request, PlatformProfile profile) {
    Vector<RequestProblem> problems = Vector.empty();
    VClusterOrchestratorV2Spec spec = request.spec();
    TenancyProfile tenancy = profile.tenancy();
    String target = spec.targetNamespace().getOrElse(request.metadata().namespace());
    RequestProblem reserved = ReservedNamespaces.check(RequestFields.TARGET_NAMESPACE, target, profile);
    if (reserved != null) {
      problems = problems.append(reserved);
    }
    problems = problems.appendAll(overrides(spec, tenancy));
    if (spec.projectName().isDefined() && spec.projectName().get().equals("default")) {
      problems = problems.append(new RequestProblem.RuleBroken(RequestFields.PROJECT_NAME,
          "must not be default, Argo CD's own project (it may deploy anywhere)", "\"default\""));
    }
    Option<MapNode> syncPolicy = spec.argocdApplication().syncPolicy();
    if (syncPolicy.isDefined()) {
      Option<Node> labels = Paths.at(syncPolicy.get(), "managedNamespaceMetadata", "labels");
      if (labels.isDefined() && labels.get() instanceof MapNode map) {
        for (String key : map.keys()) {
          if (key.startsWith(TenancyProfile.POD_SECURITY_PREFIX)) {
            problems = problems.append(new RequestProblem.Reserved(
                RequestFields.ARGOCD_APPLICATION_SYNC_POLICY + ".managedNamespaceMetadata.labels" + ChartPaths.keyText(key),
                "is reserved by the platform (tenancy.podSecurity)"));
          }
        }
      }
    }
    if (tenancy.untrustedRequests()) {
      problems = problems.appendAll(untrusted(request, profile));
    }
    return problems.isEmpty() ? List.empty() : problems;
  }

  /** {@code helmOverrides.X} is chart path X, {@code backingStore.X} and {@code exportKubeConfig.X} theirs. */
  private static Seq<RequestProblem> overrides(VClusterOrchestratorV2Spec spec, TenancyProfile tenancy) {
    Vector<RequestProblem> problems = Vector.empty();
    if (spec.vcluster().helmOverrides().isDefined()) {
      problems = problems.appendAll(ChartPaths.check(RequestFields.VCLUSTER_HELM_OVERRIDES, new String[0], spec.vcluster().helmOverrides().get(), tenancy));
    }
    if (spec.vcluster().backingStore().isDefined()) {
      problems = problems.appendAll(ChartPaths.check(RequestFields.VCLUSTER_BACKING_STORE, new String[] {"controlPlane", "backingStore"},
          spec.vcluster().backingStore().get(), tenancy));
    }
    if (spec.vcluster().exportKubeConfig().isDefined()) {
      problems = problems.appendAll(ChartPaths.check(RequestFields.VCLUSTER_EXPORT_KUBE_CONFIG, new String[] {"exportKubeConfig"},
          spec.vcluster().exportKubeConfig().get(), tenancy));
    }
    return problems;
  }

  // ---- part B ----------------------------------------------------------------------------------

  private static Seq<RequestProblem> untrusted(VClusterOrchestratorV2 request, PlatformProfile profile) {
    Vector<RequestProblem> problems = Vector.empty();
    VClusterOrchestratorV2Spec spec = request.spec();
    TenancyProfile tenancy = profile.tenancy();
    String name = spec.name();
    problems = problems.appendAll(charts(spec, profile));
    Seq<String> servers = destinationServers(profile);
    String server = spec.argocdApplication().destinationServer().getOrElse(profile.destinationServer());
    if (!has(servers, server)) {
      problems = problems.append(new RequestProblem.RuleBroken(RequestFields.ARGOCD_APPLICATION_DESTINATION_SERVER,
          "must be one of the platform's destination servers " + list(servers) + " (tenancy.destinationServers)",
          Node.quote(server)));
    }
    problems = problems.appendAll(targetNamespace(spec, tenancy));
    problems = problems.appendAll(hostname(request, profile));
    problems = problems.appendAll(addresses(spec, tenancy));
    String project = "vcluster-" + name;
    if (spec.projectName().isDefined() && !spec.projectName().get().equals(project)) {
      problems = problems.append(new RequestProblem.RuleBroken(RequestFields.PROJECT_NAME, "must be " + project
          + " or unset: a tenant's project is its own (tenancy.untrustedRequests)", Node.quote(spec.projectName().get())));
    }
    if (!request.metadata().name().equals(name)) {
      problems = problems.append(new RequestProblem.RuleBroken(RequestFields.NAME, "must equal metadata.name "
          + Node.quote(request.metadata().name()) + " (tenancy.untrustedRequests)", Node.quote(name)));
    }
    if (spec.vcluster().isolationMode().isDefined() && spec.vcluster().isolationMode().get() == IsolationMode.STANDARD) {
      problems = problems.append(new RequestProblem.RuleBroken(RequestFields.VCLUSTER_ISOLATION_MODE,
          "must be strict or unset: an untrusted vcluster always gets its quota, limit range and network policy "
              + "(tenancy.untrustedRequests)", "\"standard\""));
    }
    problems = problems.appendAll(selector(RequestFields.INTEGRATIONS_EXTERNAL_SECRETS_CLUSTER_STORE_SELECTOR_LABELS,
        spec.integrations().clusterStoreSelectorLabels(), profile.clusterStoreSelectorLabels()));
    problems = problems.appendAll(selector(RequestFields.INTEGRATIONS_CERT_MANAGER_CLUSTER_ISSUER_SELECTOR_LABELS,
        spec.integrations().clusterIssuerSelectorLabels(), profile.clusterIssuerSelectorLabels()));
    Option<MapNode> syncPolicy = spec.argocdApplication().syncPolicy();
    if (syncPolicy.isDefined() && syncPolicy.get().get("managedNamespaceMetadata").isDefined()
        && syncPolicy.get().get("managedNamespaceMetadata").get() != Node.Null.NULL) {
      problems = problems.append(new RequestProblem.Reserved(RequestFields.ARGOCD_APPLICATION_SYNC_POLICY + ".managedNamespaceMetadata",
          "is reserved by the platform: the platform labels the namespace (tenancy.untrustedRequests)"));
    }
    return problems;
  }

  /** The profile's charts, or its own chart at its version. */
  public static Seq<TenancyProfile.AllowedChart> charts(PlatformProfile profile) {
    return profile.tenancy().charts().isDefined() ? profile.tenancy().charts().get()
        : List.of(new TenancyProfile.AllowedChart(profile.chartRepoUrl(), profile.chartName(),
            List.of(profile.chartVersion())));
  }

  /** The profile's destination servers, or its own destination server. */
  public static Seq<String> destinationServers(PlatformProfile profile) {
    return profile.tenancy().destinationServers().isDefined() ? profile.tenancy().destinationServers().get()
        : List.of(profile.destinationServer());
  }

  /** The hostname pattern, or {@code *.<baseDomain>}. */
  public static String hostnamePattern(PlatformProfile profile) {
    return profile.tenancy().hostnamePattern().isDefined() ? profile.tenancy().hostnamePattern().get()
        : "*." + profile.baseDomain();
  }

  private static Seq<RequestProblem> charts(VClusterOrchestratorV2Spec spec, PlatformProfile profile) {
    Vector<RequestProblem> problems = Vector.empty();
    String repo = spec.argocdApplication().repoURL().getOrElse(profile.chartRepoUrl());
    String chart = spec.argocdApplication().chart().getOrElse(profile.chartName());
    String version = spec.argocdApplication().targetRevision().getOrElse(profile.chartVersion());
    Seq<TenancyProfile.AllowedChart> allowed = charts(profile);
    boolean repoKnown = false;
    Option<TenancyProfile.AllowedChart> match = Option.none();
    for (TenancyProfile.AllowedChart c : allowed) {
      repoKnown = repoKnown || c.repoURL().equals(repo);
      if (c.repoURL().equals(repo) && c.chart().equals(chart)) {
        match = Option.some(c);
      }
    }
    StringBuilder known = new StringBuilder();
    for (TenancyProfile.AllowedChart c : allowed) {
      known.append(known.length() == 0 ? "" : ", ").append(c.repoURL()).append(' ').append(c.chart())
          .append(' ').append(list(c.versions()));
    }
    String rule = " (tenancy.charts: " + known + ")";
    if (!repoKnown) {
      problems = problems.append(new RequestProblem.RuleBroken(RequestFields.ARGOCD_APPLICATION_REPO_URL,
          "must be a chart repository of the platform" + rule, Node.quote(repo)));
    } else if (match.isEmpty()) {
      problems = problems.append(new RequestProblem.RuleBroken(RequestFields.ARGOCD_APPLICATION_CHART,
          "must be a chart the platform allows from " + repo + rule, Node.quote(chart)));
    } else if (!has(match.get().versions(), version)) {
      problems = problems.append(new RequestProblem.RuleBroken(RequestFields.ARGOCD_APPLICATION_TARGET_REVISION,
          "must be one of " + list(match.get().versions()) + rule, Node.quote(version)));
    }
    return problems;
  }

  private static Seq<RequestProblem> targetNamespace(VClusterOrchestratorV2Spec spec, TenancyProfile tenancy) {
    Vector<RequestProblem> problems = Vector.empty();
    String name = spec.name();
    String pattern = tenancy.targetNamespacePattern();
    if (spec.targetNamespace().isEmpty()) {
      problems = problems.append(new RequestProblem.RuleBroken(RequestFields.TARGET_NAMESPACE, "is required for an untrusted request, "
          + "matching " + pattern.replace("{name}", name) + " (tenancy.targetNamespacePattern)", "nothing"));
    } else if (!NamePatterns.matches(pattern, name, spec.targetNamespace().get())) {
      problems = problems.append(new RequestProblem.RuleBroken(RequestFields.TARGET_NAMESPACE, "must match "
          + pattern.replace("{name}", name) + " (tenancy.targetNamespacePattern: " + pattern + ")",
          Node.quote(spec.targetNamespace().get())));
    }
    if (name.contains("-v-")) {
      problems = problems.append(new RequestProblem.RuleBroken(RequestFields.NAME, "must not contain -v-: the chart names the "
          + "vcluster's ClusterRole vc-<name>-v-<targetNamespace>, which must not collide with another's "
          + "(tenancy.untrustedRequests)", Node.quote(name)));
    }
    if (spec.targetNamespace().isDefined()) {
      String clusterRole = NamePatterns.fullClusterRoleName(name, spec.targetNamespace().get());
      if (clusterRole.length() > NamePatterns.CLUSTER_ROLE_NAME_MAX) {
        problems = problems.append(new RequestProblem.RuleBroken(RequestFields.TARGET_NAMESPACE, "is too long: the chart's ClusterRole "
            + clusterRole + " would have " + clusterRole.length() + " characters and be cut to 63 "
            + "(tenancy.untrustedRequests)", Node.quote(spec.targetNamespace().get())));
      }
    }
    return problems;
  }

  private static Seq<RequestProblem> hostname(VClusterOrchestratorV2 request, PlatformProfile profile) {
    Vector<RequestProblem> problems = Vector.empty();
    VClusterOrchestratorV2Spec spec = request.spec();
    Option<String> annotated = request.metadata().annotations().get(RequestMetadata.BASE_DOMAIN_ANNOTATION);
    String domain = annotated.isDefined() ? annotated.get().trim() : "";
    boolean annotationSet = !domain.isEmpty() && !domain.equals("null");
    if (annotationSet && !domain.equals(profile.baseDomain())) {
      problems = problems.append(new RequestProblem.RuleBroken(
          "metadata.annotations[\"" + RequestMetadata.BASE_DOMAIN_ANNOTATION + "\"]",
          "must be the platform's base domain " + profile.baseDomain() + " or absent (tenancy.hostnamePattern)",
          Node.quote(domain)));
    }
    String pattern = hostnamePattern(profile);
    String hostname = spec.exposure().hostname().getOrElse(spec.name() + "." + (annotationSet ? domain : profile.baseDomain()));
    if (!NamePatterns.matches(pattern, spec.name(), hostname)) {
      problems = problems.append(new RequestProblem.RuleBroken(RequestFields.EXPOSURE_HOSTNAME, "must match " + pattern
          + " (tenancy.hostnamePattern)", Node.quote(hostname)));
    }
    return problems;
  }

  private static Seq<RequestProblem> addresses(VClusterOrchestratorV2Spec spec, TenancyProfile tenancy) {
    Vector<RequestProblem> problems = Vector.empty();
    Seq<Cidr> pools = tenancy.addressPools();
    String rule = pools.isEmpty()
        ? "may not be set: the platform has no address pool for tenants, the load balancer assigns a free "
            + "address (tenancy.addressPools)"
        : "must lie inside one of the platform's address pools " + cidrs(pools) + " (tenancy.addressPools)";
    if (spec.exposure().subnet().isDefined()) {
      Either<AddressError, Cidr> subnet = Cidr.parse(spec.exposure().subnet().get());
      boolean inside = false;
      if (subnet.isRight()) {
        for (Cidr pool : pools) {
          inside = inside || pool.contains(subnet.get());
        }
      }
      if (subnet.isRight() && !inside) {
        problems = problems.append(new RequestProblem.RuleBroken(RequestFields.EXPOSURE_SUBNET, rule, Node.quote(spec.exposure().subnet().get())));
      }
    }
    if (spec.exposure().vip().isDefined()) {
      Either<AddressError, IpAddress> vip = IpAddress.parse(spec.exposure().vip().get());
      boolean inside = false;
      if (vip.isRight()) {
        for (Cidr pool : pools) {
          inside = inside || pool.contains(vip.get());
        }
      }
      if (vip.isRight() && !inside) {
        problems = problems.append(new RequestProblem.RuleBroken(RequestFields.EXPOSURE_VIP, rule, Node.quote(spec.exposure().vip().get())));
      }
    }
    return problems;
  }

  private static Seq<RequestProblem> selector(String path, Option<StringMap> given, StringMap platform) {
    Vector<RequestProblem> problems = Vector.empty();
    if (given.isDefined() && !given.get().equals(platform)) {
      problems = problems.append(new RequestProblem.RuleBroken(path, "must be absent or the platform's own selector "
          + describe(platform) + " (tenancy.untrustedRequests)", describe(given.get())));
    }
    return problems;
  }

  private static String describe(StringMap map) {
    StringBuilder text = new StringBuilder("{");
    for (Tuple2<String, String> e : map) {
      text.append(text.length() == 1 ? "" : ", ").append(e._1).append(": ").append(e._2);
    }
    return text.append('}').toString();
  }

  private static String list(Seq<String> items) {
    StringBuilder text = new StringBuilder("[");
    for (String item : items) {
      text.append(text.length() == 1 ? "" : ", ").append(item);
    }
    return text.append(']').toString();
  }

  private static String cidrs(Seq<Cidr> pools) {
    java.util.List<String> texts = new java.util.ArrayList<>();
    for (Cidr pool : pools) {
      texts.add(pool.toString());
    }
    return list(List.ofAll(texts));
  }

  /** Whether {@code items} holds {@code item}. */
  private static boolean has(Seq<String> items, String item) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).equals(item)) {
        return true;
      }
    }
    return false;
  }

}
