package tech.integratn.vcluster.domain.values;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import tech.integratn.vcluster.domain.plan.ClusterPlan;
import tech.integratn.vcluster.domain.request.IsolationMode;
import tech.integratn.vcluster.domain.tree.DeepMerge;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The {@code valuesObject} of the vcluster chart: the sections below merged in order, then the
 * request's {@code helmOverrides} deep-merged over the whole tree (user wins).
 */
public final class HelmValues {

  private HelmValues() {}

  /** The chart sections in the order their keys appear in the rendered values. */
  public static final Seq<ChartSection> SECTIONS = List.of(
      new ChartSection("controlPlane.distro", HelmValues::distro),
      new ChartSection("controlPlane.serviceMonitor", HelmValues::serviceMonitor),
      new ChartSection("controlPlane.statefulSet", HelmValues::statefulSet),
      new ChartSection("controlPlane.coredns", HelmValues::coredns),
      new ChartSection("controlPlane.ingress", p -> controlPlane("ingress", enabled(false))),
      new ChartSection("controlPlane.service", HelmValues::service),
      new ChartSection("controlPlane.backingStore", HelmValues::backingStore),
      new ChartSection("controlPlane.proxy", HelmValues::proxy),
      new ChartSection("deploy", p -> MapNode.of("deploy", MapNode.of("metallb", enabled(true)))),
      new ChartSection("integrations.externalSecrets", HelmValues::externalSecrets),
      new ChartSection("integrations.metricsServer", p -> integrations("metricsServer", enabled(true))),
      new ChartSection("integrations.certManager", HelmValues::certManager),
      new ChartSection("telemetry", p -> MapNode.of("telemetry", enabled(false))),
      new ChartSection("logging", p -> MapNode.of("logging", MapNode.of("encoding", Node.text("json")))),
      new ChartSection("networking", HelmValues::networking),
      new ChartSection("sync", HelmValues::sync),
      new ChartSection("rbac", HelmValues::rbac),
      new ChartSection("exportKubeConfig", p -> MapNode.of("exportKubeConfig", p.exportKubeConfig())),
      new ChartSection("policies", HelmValues::policies));

  /** The final values: every section, then {@code helmOverrides}. */
  public static MapNode of(ClusterPlan plan) {
    MapNode values = MapNode.empty();
    for (ChartSection section : SECTIONS) {
      values = DeepMerge.mergeMaps(values, section.fragment().apply(plan));
    }
    return DeepMerge.mergeMaps(values, plan.helmOverrides().getOrElse(MapNode.empty()));
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
        .withSome("storageClass", p.storageClass().map(Node::text));
    return controlPlane("statefulSet", MapNode.of("highAvailability", MapNode.of("replicas", Node.integer(p.replicas())))
        .with("scheduling", MapNode.of("podManagementPolicy", Node.text("Parallel"))
            .with("priorityClassName", "system-cluster-critical"))
        .with("imagePullPolicy", "Always")
        .with("image", MapNode.of("repository", Node.text("loft-sh/vcluster-oss")))
        .with("persistence", MapNode.of("volumeClaim", claim))
        .with("resources", MapNode.of("requests", MapNode.of("cpu", Node.text(p.cpuRequest()))
                .with("memory", p.memoryRequest()))
            .with("limits", MapNode.of("cpu", Node.text(p.cpuLimit())).with("memory", p.memoryLimit()))));
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
    Vector<Node> ports = Vector.of(port("https", p.apiPort()));
    if (p.apiPort() != 443) {
      ports = ports.append(port("https-internal", 443));
    }
    MapNode spec = MapNode.of("type", Node.text("LoadBalancer"))
        .withSome("loadBalancerIP", p.vip().map(v -> Node.text(v.toString())))
        .with("ports", new ListNode(ports));
    return controlPlane("service", enabled(true).with("annotations", annotations).with("spec", spec));
  }

  static MapNode backingStore(ClusterPlan p) {
    return p.backingStore().map(b -> controlPlane("backingStore", b)).getOrElse(MapNode.empty());
  }

  static MapNode proxy(ClusterPlan p) {
    return controlPlane("proxy", MapNode.of("extraSANs", ListNode.ofTexts(p.extraSans())));
  }

  static MapNode externalSecrets(ClusterPlan p) {
    MapNode stores = enabled(true)
        .with("selector", MapNode.of("matchLabels", MapNode.ofStrings(p.clusterStoreSelectorLabels())));
    return integrations("externalSecrets", enabled(true)
        .with("webhook", enabled(true))
        .with("sync", MapNode.of("fromHost", MapNode.of("clusterStores", stores))));
  }

  static MapNode certManager(ClusterPlan p) {
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
    String token = p.profile().secretStoreTokenNamespace() + "/" + p.profile().secretStoreTokenName();
    MapNode toHost = MapNode.of("pods", enabled(true))
        .with("persistentVolumes", enabled(true))
        .with("ingresses", enabled(true))
        .with("networkPolicies", enabled(false));
    MapNode fromHost = MapNode.of("storageClasses", enabled(true))
        .with("ingressClasses", enabled(true))
        .with("secrets", enabled(true).with("mappings", MapNode.of("byName", MapNode.of(token, Node.text(token)))));
    return MapNode.of("sync", MapNode.of("toHost", toHost).with("fromHost", fromHost));
  }

  static MapNode rbac(ClusterPlan p) {
    MapNode rule = MapNode.of("apiGroups", ListNode.of(Node.text("")))
        .with("resources", ListNode.of(Node.text("secrets")))
        .with("resourceNames", ListNode.of(Node.text(p.profile().secretStoreTokenName())))
        .with("verbs", ListNode.ofTexts(List.of("get", "list", "watch")));
    return MapNode.of("rbac", MapNode.of("clusterRole", enabled(true).with("extraRules", ListNode.of(rule))));
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
