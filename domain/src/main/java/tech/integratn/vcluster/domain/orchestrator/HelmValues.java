package tech.integratn.vcluster.domain.orchestrator;

import tech.integratn.vcluster.domain.contract.Provenance;
import tech.integratn.vcluster.domain.contract.ExplainedValue;
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
    return build(plan, ValueTrace.OFF);
  }

  /**
   * Every value {@link #of} sets, in the order of the rendered tree, with the chain of sources that
   * set it (spec 12.3): built by the same section code, with a recording trace.
   */
  public static Seq<ExplainedValue> explain(ClusterPlan plan) {
    ValueTrace trace = ValueTrace.on();
    return trace.explain(build(plan, trace));
  }

  private static MapNode build(ClusterPlan plan, ValueTrace t) {
    MapNode values = MapNode.empty();
    for (Section section : Section.ALL) {
      values = DeepMerge.mergeMaps(values, section.fragment(plan, t));
    }
    return t.overlay(values, plan.helmOverrides().getOrElse(MapNode.empty()), Provenance.HELM_OVERRIDES);
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

    MapNode fragment(ClusterPlan p, ValueTrace t) {
      switch (this) {
        case DISTRO: return distro(p, t);
        case SERVICE_MONITOR: return serviceMonitor(p, t);
        case STATEFUL_SET: return statefulSet(p, t);
        case COREDNS: return coredns(p, t);
        case INGRESS: return controlPlane("ingress", enabled(t, false));
        case SERVICE: return service(p, t);
        case BACKING_STORE: return backingStore(p, t);
        case PROXY: return proxy(p, t);
        case DEPLOY: return MapNode.of("deploy", MapNode.of("metallb", enabled(t, true)));
        case EXTERNAL_SECRETS: return externalSecrets(p, t);
        case METRICS_SERVER: return integrations("metricsServer", enabled(t, true));
        case CERT_MANAGER: return certManager(p, t);
        case TELEMETRY: return MapNode.of("telemetry", enabled(t, false));
        case LOGGING: return MapNode.of("logging", MapNode.of("encoding", fixed(t, Node.text("json"))));
        case NETWORKING: return networking(p, t);
        case SYNC: return sync(p, t);
        case RBAC: return rbac(p, t);
        case EXPORT_KUBE_CONFIG: return exportKubeConfig(p, t);
        default: return policies(p, t);
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
      return section.fragment(plan, ValueTrace.OFF);
    }
  }

  static MapNode distro(ClusterPlan p, ValueTrace t) {
    return controlPlane("distro", MapNode.of("k8s", enabled(t, true)
        .with("image", MapNode.of("tag", t.from(Node.text(p.kubernetesImageTag()), p.sources().kubernetesImageTag())))));
  }

  static MapNode serviceMonitor(ClusterPlan p, ValueTrace t) {
    PlanSources s = p.sources();
    return controlPlane("serviceMonitor", enabled(t, true)
        .with("labels", MapNode.of("vcluster_name", t.from(Node.text(p.name()), s.name()))
            .with("vcluster_namespace", t.from(Node.text(p.targetNamespace()), s.targetNamespace()))
            .with("environment", t.from(Node.text(p.environment()), s.environment()))
            .with("cluster_role", fixed(t, Node.text("vcluster")))));
  }

  static MapNode statefulSet(ClusterPlan p, ValueTrace t) {
    PlanSources s = p.sources();
    MapNode claim = MapNode.of("enabled", t.from(Node.bool(p.persistenceEnabled()), s.persistenceEnabled()))
        .with("size", t.from(Node.text(p.persistenceSize()), s.persistenceSize()))
        .withSome("storageClass", p.storageClass().isDefined()
            ? Option.some(t.from(Node.text(p.storageClass().get()), s.storageClass())) : Option.none());
    return controlPlane("statefulSet", MapNode.of("highAvailability",
            MapNode.of("replicas", t.from(Node.integer(p.replicas()), s.replicas())))
        .with("scheduling", MapNode.of("podManagementPolicy", fixed(t, Node.text("Parallel")))
            .withSome("priorityClassName", priorityClass(p, t)))
        .with("imagePullPolicy", fixed(t, Node.text("Always")))
        .with("image", MapNode.of("repository", fixed(t, Node.text("loft-sh/vcluster-oss"))))
        .with("persistence", MapNode.of("volumeClaim", claim))
        .with("resources", MapNode.of("requests", MapNode.of("cpu", t.from(Node.text(p.cpuRequest()), s.cpuRequest()))
                .with("memory", t.from(Node.text(p.memoryRequest()), s.memoryRequest())))
            .with("limits", MapNode.of("cpu", t.from(Node.text(p.cpuLimit()), s.cpuLimit()))
                .with("memory", t.from(Node.text(p.memoryLimit()), s.memoryLimit())))));
  }

  /**
   * {@code system-cluster-critical} for a trusted request; for an untrusted one the profile's
   * {@code tenancy.priorityClassName}, none by default (spec 10.2 B).
   */
  static Option<Node> priorityClass(ClusterPlan p, ValueTrace t) {
    TenancyProfile tenancy = p.profile().tenancy();
    if (!tenancy.untrustedRequests()) {
      return Option.some(fixed(t, Node.text("system-cluster-critical")));
    }
    return tenancy.priorityClassName().isDefined()
        ? Option.some(t.from(Node.text(tenancy.priorityClassName().get()), new Provenance.Profile("tenancy.priorityClassName")))
        : Option.none();
  }

  static MapNode coredns(ClusterPlan p, ValueTrace t) {
    return controlPlane("coredns", enabled(t, true)
        .with("deployment", MapNode.of("replicas", t.from(Node.integer(p.corednsReplicas()), p.sources().corednsReplicas())))
        .with("overwriteConfig", t.from(Node.text(Corefiles.chartOverwrite(p.clusterDomain())), COREFILE)));
  }

  private static final Provenance COREFILE =
      new Provenance.Derived("section 5: the Corefile for spec.vcluster.networking.clusterDomain");

  private static final Provenance PORTS = new Provenance.Derived("section 5: https <apiPort> -> 8443, and https-internal 443 when apiPort is not 443");

  private static final Provenance EXTRA_SANS = new Provenance.Derived("section 2: the hostname, then the VIP");

  static MapNode service(ClusterPlan p, ValueTrace t) {
    PlanSources s = p.sources();
    MapNode annotations = MapNode.of("external-dns.alpha.kubernetes.io/hostname", t.from(Node.text(p.hostname()), s.hostname()));
    if (p.vip().isDefined()) {
      annotations = annotations.with(p.profile().loadBalancerIpAnnotation(), t.from(Node.text(p.vip().get().toString()), s.vip()));
    }
    ListNode ports = p.apiPort() != 443
        ? ListNode.of(port("https", p.apiPort()), port("https-internal", 443))
        : ListNode.of(port("https", p.apiPort()));
    MapNode spec = MapNode.of("type", fixed(t, Node.text("LoadBalancer")))
        .withSome("loadBalancerIP", p.vip().isDefined()
            ? Option.some(t.from(Node.text(p.vip().get().toString()), s.vip())) : Option.none())
        .with("ports", t.from(ports, PORTS));
    return controlPlane("service", enabled(t, true).with("annotations", annotations).with("spec", spec));
  }

  static MapNode backingStore(ClusterPlan p, ValueTrace t) {
    return p.backingStore().isDefined()
        ? controlPlane("backingStore", t.from(p.backingStore().get(), new Provenance.Request(RequestFields.VCLUSTER_BACKING_STORE)))
        : MapNode.empty();
  }

  static MapNode proxy(ClusterPlan p, ValueTrace t) {
    return controlPlane("proxy", MapNode.of("extraSANs", t.from(ListNode.ofTexts(p.extraSans()), EXTRA_SANS)));
  }

  /** Whether the platform's secret stores and issuers are shared: always when trusted, else as the profile says. */
  static boolean shares(ClusterPlan p, boolean shared) {
    return !p.profile().tenancy().untrustedRequests() || shared;
  }

  static MapNode externalSecrets(ClusterPlan p, ValueTrace t) {
    if (!shares(p, p.profile().tenancy().shareClusterSecretStores())) {
      return MapNode.empty();
    }
    MapNode stores = enabled(t, true).with("selector", MapNode.of("matchLabels",
        t.from(MapNode.ofStrings(p.clusterStoreSelectorLabels()), p.sources().clusterStoreSelectorLabels())));
    return integrations("externalSecrets", enabled(t, true)
        .with("webhook", enabled(t, true))
        .with("sync", MapNode.of("fromHost", MapNode.of("clusterStores", stores))));
  }

  static MapNode certManager(ClusterPlan p, ValueTrace t) {
    if (!shares(p, p.profile().tenancy().shareClusterIssuers())) {
      return MapNode.empty();
    }
    MapNode issuers = enabled(t, true).with("selector", MapNode.of("labels",
        t.from(MapNode.ofStrings(p.clusterIssuerSelectorLabels()), p.sources().clusterIssuerSelectorLabels())));
    return integrations("certManager", enabled(t, true)
        .with("sync", MapNode.of("fromHost", MapNode.of("clusterIssuers", issuers))));
  }

  static MapNode networking(ClusterPlan p, ValueTrace t) {
    MapNode kubernetes = MapNode.of("from", Node.text("default/kubernetes")).with("to", "default/kubernetes");
    return MapNode.of("networking", MapNode.of("advanced",
            MapNode.of("clusterDomain", t.from(Node.text(p.clusterDomain()), p.sources().clusterDomain())))
        .with("replicateServices", MapNode.of("fromHost", fixed(t, ListNode.of(kubernetes)))));
  }

  static MapNode sync(ClusterPlan p, ValueTrace t) {
    MapNode toHost = MapNode.of("pods", enabled(t, true))
        .with("persistentVolumes", enabled(t, true))
        .with("ingresses", enabled(t, true))
        .with("networkPolicies", MapNode.of("enabled", t.from(Node.bool(p.profile().networkPolicies().syncToHost()),
            new Provenance.Profile("networkPolicies.syncToHost"))));
    StringMap mappings = p.profile().hostSecretMappings();
    Provenance fromProfile = new Provenance.Profile("hostSecretMappings");
    MapNode secrets = mappings.isEmpty()
        ? MapNode.of("enabled", t.from(Node.bool(false), fromProfile))
        : MapNode.of("enabled", t.from(Node.bool(true), fromProfile))
            .with("mappings", MapNode.of("byName", t.from(MapNode.ofStrings(mappings), fromProfile)));
    MapNode fromHost = MapNode.of("storageClasses", enabled(t, true))
        .with("ingressClasses", enabled(t, true))
        .with("secrets", secrets);
    return MapNode.of("sync", MapNode.of("toHost", toHost).with("fromHost", fromHost));
  }

  /** The ClusterRole with the profile's extra rules (none: the chart's own rules only). */
  static MapNode rbac(ClusterPlan p, ValueTrace t) {
    Seq<MapNode> rules = p.profile().clusterRoleExtraRules();
    MapNode clusterRole = enabled(t, true);
    if (!rules.isEmpty()) {
      java.util.List<Node> items = new java.util.ArrayList<>();
      for (MapNode rule : rules) {
        items.add(rule);
      }
      clusterRole = clusterRole.with("extraRules",
          t.from(ListNode.of(items.toArray(new Node[0])), new Provenance.Profile("clusterRoleExtraRules")));
    }
    return MapNode.of("rbac", MapNode.of("clusterRole", clusterRole));
  }

  /**
   * {@code {server: externalServerURL}} with the request's object merged over it (section 2): the
   * plan's {@link ClusterPlan#exportKubeConfig()}, merged here again so that each leaf keeps its source.
   */
  static MapNode exportKubeConfig(ClusterPlan p, ValueTrace t) {
    MapNode server = MapNode.of("server", t.from(Node.text(p.externalServerUrl()), p.sources().externalServerUrl()));
    return MapNode.of("exportKubeConfig", t.overlay(server,
        p.sources().requestedExportKubeConfig().getOrElse(MapNode.empty()),
        new Provenance.Request(RequestFields.VCLUSTER_EXPORT_KUBE_CONFIG)));
  }

  /** {@code strict} switches the chart's resource quota, limit range and network policy on. */
  static MapNode policies(ClusterPlan p, ValueTrace t) {
    if (p.isolationMode() != IsolationMode.STRICT) {
      return MapNode.empty();
    }
    Provenance strict = p.sources().isolationMode();
    return MapNode.of("policies", MapNode.of("resourceQuota", MapNode.of("enabled", t.from(Node.bool(true), strict)))
        .with("limitRange", MapNode.of("enabled", t.from(Node.bool(true), strict)))
        .with("networkPolicy", MapNode.of("enabled", t.from(Node.bool(true), strict))));
  }

  private static Node port(String name, int port) {
    return MapNode.of("name", Node.text(name))
        .with("port", Node.integer(port))
        .with("targetPort", Node.integer(8443))
        .with("protocol", "TCP");
  }

  /** {@code enabled: <value>}, a value the contract fixes. */
  private static MapNode enabled(ValueTrace t, boolean value) {
    return MapNode.of("enabled", fixed(t, Node.bool(value)));
  }

  /** A value section 5 fixes for every request. */
  private static <N extends Node> N fixed(ValueTrace t, N value) {
    return t.from(value, Provenance.SECTION_5);
  }

  private static MapNode controlPlane(String key, Node value) {
    return MapNode.of("controlPlane", MapNode.of(key, value));
  }

  private static MapNode integrations(String key, Node value) {
    return MapNode.of("integrations", MapNode.of(key, value));
  }
}
