package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.function.Function;
import tech.integratn.vcluster.domain.profile.TenancyProfile;
import tech.integratn.vcluster.domain.tree.DeepMerge;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * The {@code valuesObject} of the vcluster chart: the sections below merged in order, then the
 * request's {@code helmOverrides} deep-merged over the whole tree (user wins).
 */
public final class HelmValues {

  private HelmValues() {}

  /**
   * The chart sections in the order their keys appear in the rendered values. Each one is a
   * constant of {@link Section} wrapped in a small named function.
   */
  public static final Seq<ChartSection> SECTIONS = sections();

  /** The final values: every section, then {@code helmOverrides}. */
  public static MapNode of(ClusterPlan plan) {
    MapNode values = MapNode.empty();
    for (Section section : Section.ALL) {
      values = DeepMerge.mergeMaps(values, section.fragment(plan));
    }
    return DeepMerge.mergeMaps(values, plan.helmOverrides().getOrElse(MapNode.empty()));
  }

  private static Seq<ChartSection> sections() {
    java.util.List<ChartSection> sections = new java.util.ArrayList<>();
    for (Section section : Section.ALL) {
      sections.add(new ChartSection(section.chartPath, new Fragment(section)));
    }
    return List.ofAll(sections);
  }

  /** One named piece of the values, in rendering order. */
  private enum Section {
    DISTRO("controlPlane.distro"),
    SERVICE_MONITOR("controlPlane.serviceMonitor"),
    STATEFUL_SET("controlPlane.statefulSet"),
    COREDNS("controlPlane.coredns"),
    INGRESS("controlPlane.ingress"),
    SERVICE("controlPlane.service"),
    BACKING_STORE("controlPlane.backingStore"),
    PROXY("controlPlane.proxy"),
    DEPLOY("deploy"),
    EXTERNAL_SECRETS("integrations.externalSecrets"),
    METRICS_SERVER("integrations.metricsServer"),
    CERT_MANAGER("integrations.certManager"),
    TELEMETRY("telemetry"),
    LOGGING("logging"),
    NETWORKING("networking"),
    SYNC("sync"),
    RBAC("rbac"),
    EXPORT_KUBE_CONFIG("exportKubeConfig"),
    POLICIES("policies");

    static final Section[] ALL = values();

    final String chartPath;

    Section(String chartPath) {
      this.chartPath = chartPath;
    }

    MapNode fragment(ClusterPlan p) {
      switch (this) {
        case DISTRO: return distro(p);
        case SERVICE_MONITOR: return serviceMonitor(p);
        case STATEFUL_SET: return statefulSet(p);
        case COREDNS: return coredns(p);
        case INGRESS: return controlPlane("ingress", enabled(false));
        case SERVICE: return service(p);
        case BACKING_STORE: return backingStore(p);
        case PROXY: return proxy(p);
        case DEPLOY: return MapNode.of("deploy", MapNode.of("metallb", enabled(true)));
        case EXTERNAL_SECRETS: return externalSecrets(p);
        case METRICS_SERVER: return integrations("metricsServer", enabled(true));
        case CERT_MANAGER: return certManager(p);
        case TELEMETRY: return MapNode.of("telemetry", enabled(false));
        case LOGGING: return MapNode.of("logging", MapNode.of("encoding", Node.text("json")));
        case NETWORKING: return networking(p);
        case SYNC: return sync(p);
        case RBAC: return rbac(p);
        case EXPORT_KUBE_CONFIG: return MapNode.of("exportKubeConfig", p.exportKubeConfig());
        default: return policies(p);
      }
    }
  }

  /** A section as the function {@link ChartSection} holds. */
  private static final class Fragment implements Function<ClusterPlan, MapNode> {
    private final Section section;

    Fragment(Section section) {
      this.section = section;
    }

    @Override
    public MapNode apply(ClusterPlan plan) {
      return section.fragment(plan);
    }
  }

  static MapNode distro(ClusterPlan p) {
    return controlPlane("distro", MapNode.of("k8s", enabled(true)
        .with("image", MapNode.of("tag", Node.text(p.kubernetesImageTag())))));
  }

  static MapNode serviceMonitor(ClusterPlan p) {
    return controlPlane("serviceMonitor", enabled(true).with("labels", MapNode.of("vcluster_name", Node.text(p.name()))
        .with("vcluster_namespace", p.targetNamespace())
        .with("environment", p.environment())
        .with("cluster_role", "vcluster")));
  }

  static MapNode statefulSet(ClusterPlan p) {
    MapNode claim = enabled(p.persistenceEnabled())
        .with("size", p.persistenceSize())
        .withSome("storageClass", p.storageClass().isDefined()
            ? Option.some(Node.text(p.storageClass().get())) : Option.none());
    return controlPlane("statefulSet", MapNode.of("highAvailability", MapNode.of("replicas", Node.integer(p.replicas())))
        .with("scheduling", MapNode.of("podManagementPolicy", Node.text("Parallel"))
            .withSome("priorityClassName", priorityClass(p)))
        .with("imagePullPolicy", "Always")
        .with("image", MapNode.of("repository", Node.text("loft-sh/vcluster-oss")))
        .with("persistence", MapNode.of("volumeClaim", claim))
        .with("resources", MapNode.of("requests", MapNode.of("cpu", Node.text(p.cpuRequest()))
                .with("memory", p.memoryRequest()))
            .with("limits", MapNode.of("cpu", Node.text(p.cpuLimit())).with("memory", p.memoryLimit()))));
  }

  /**
   * {@code system-cluster-critical} for a trusted request; for an untrusted one the profile's
   * {@code tenancy.priorityClassName}, none by default (spec 10.2 B).
   */
  static Option<Node> priorityClass(ClusterPlan p) {
    TenancyProfile tenancy = p.profile().tenancy();
    if (!tenancy.untrustedRequests()) {
      return Option.some(Node.text("system-cluster-critical"));
    }
    return tenancy.priorityClassName().isDefined()
        ? Option.some(Node.text(tenancy.priorityClassName().get())) : Option.none();
  }

  static MapNode coredns(ClusterPlan p) {
    return controlPlane("coredns", enabled(true)
        .with("deployment", MapNode.of("replicas", Node.integer(p.corednsReplicas())))
        .with("overwriteConfig", Corefiles.chartOverwrite(p.clusterDomain())));
  }

  static MapNode service(ClusterPlan p) {
    MapNode annotations = MapNode.of("external-dns.alpha.kubernetes.io/hostname", Node.text(p.hostname()));
    if (p.vip().isDefined()) {
      annotations = annotations.with(p.profile().loadBalancerIpAnnotation(), p.vip().get().toString());
    }
    ListNode ports = p.apiPort() != 443
        ? ListNode.of(port("https", p.apiPort()), port("https-internal", 443))
        : ListNode.of(port("https", p.apiPort()));
    MapNode spec = MapNode.of("type", Node.text("LoadBalancer"))
        .withSome("loadBalancerIP", p.vip().isDefined()
            ? Option.some(Node.text(p.vip().get().toString())) : Option.none())
        .with("ports", ports);
    return controlPlane("service", enabled(true).with("annotations", annotations).with("spec", spec));
  }

  static MapNode backingStore(ClusterPlan p) {
    return p.backingStore().isDefined() ? controlPlane("backingStore", p.backingStore().get()) : MapNode.empty();
  }

  static MapNode proxy(ClusterPlan p) {
    return controlPlane("proxy", MapNode.of("extraSANs", ListNode.ofTexts(p.extraSans())));
  }

  /** Whether the platform's secret stores and issuers are shared: always when trusted, else as the profile says. */
  static boolean shares(ClusterPlan p, boolean shared) {
    return !p.profile().tenancy().untrustedRequests() || shared;
  }

  static MapNode externalSecrets(ClusterPlan p) {
    if (!shares(p, p.profile().tenancy().shareClusterSecretStores())) {
      return MapNode.empty();
    }
    MapNode stores = enabled(true)
        .with("selector", MapNode.of("matchLabels", MapNode.ofStrings(p.clusterStoreSelectorLabels())));
    return integrations("externalSecrets", enabled(true)
        .with("webhook", enabled(true))
        .with("sync", MapNode.of("fromHost", MapNode.of("clusterStores", stores))));
  }

  static MapNode certManager(ClusterPlan p) {
    if (!shares(p, p.profile().tenancy().shareClusterIssuers())) {
      return MapNode.empty();
    }
    MapNode issuers = enabled(true)
        .with("selector", MapNode.of("labels", MapNode.ofStrings(p.clusterIssuerSelectorLabels())));
    return integrations("certManager", enabled(true)
        .with("sync", MapNode.of("fromHost", MapNode.of("clusterIssuers", issuers))));
  }

  static MapNode networking(ClusterPlan p) {
    MapNode kubernetes = MapNode.of("from", Node.text("default/kubernetes")).with("to", "default/kubernetes");
    return MapNode.of("networking", MapNode.of("advanced", MapNode.of("clusterDomain", Node.text(p.clusterDomain())))
        .with("replicateServices", MapNode.of("fromHost", ListNode.of(kubernetes))));
  }

  static MapNode sync(ClusterPlan p) {
    MapNode toHost = MapNode.of("pods", enabled(true))
        .with("persistentVolumes", enabled(true))
        .with("ingresses", enabled(true))
        .with("networkPolicies", enabled(p.profile().networkPolicies().syncToHost()));
    StringMap mappings = p.profile().hostSecretMappings();
    MapNode secrets = mappings.isEmpty()
        ? enabled(false)
        : enabled(true).with("mappings", MapNode.of("byName", MapNode.ofStrings(mappings)));
    MapNode fromHost = MapNode.of("storageClasses", enabled(true))
        .with("ingressClasses", enabled(true))
        .with("secrets", secrets);
    return MapNode.of("sync", MapNode.of("toHost", toHost).with("fromHost", fromHost));
  }

  /** The ClusterRole with the profile's extra rules (none: the chart's own rules only). */
  static MapNode rbac(ClusterPlan p) {
    Seq<MapNode> rules = p.profile().clusterRoleExtraRules();
    MapNode clusterRole = enabled(true);
    if (!rules.isEmpty()) {
      java.util.List<Node> items = new java.util.ArrayList<>();
      for (MapNode rule : rules) {
        items.add(rule);
      }
      clusterRole = clusterRole.with("extraRules", ListNode.of(items.toArray(new Node[0])));
    }
    return MapNode.of("rbac", MapNode.of("clusterRole", clusterRole));
  }

  /** {@code strict} switches the chart's resource quota, limit range and network policy on. */
  static MapNode policies(ClusterPlan p) {
    if (p.isolationMode() != IsolationMode.STRICT) {
      return MapNode.empty();
    }
    return MapNode.of("policies", MapNode.of("resourceQuota", enabled(true))
        .with("limitRange", enabled(true))
        .with("networkPolicy", enabled(true)));
  }

  private static Node port(String name, int port) {
    return MapNode.of("name", Node.text(name))
        .with("port", Node.integer(port))
        .with("targetPort", Node.integer(8443))
        .with("protocol", "TCP");
  }

  private static MapNode enabled(boolean value) {
    return MapNode.of("enabled", Node.bool(value));
  }

  private static MapNode controlPlane(String key, Node value) {
    return MapNode.of("controlPlane", MapNode.of(key, value));
  }

  private static MapNode integrations(String key, Node value) {
    return MapNode.of("integrations", MapNode.of(key, value));
  }
}
