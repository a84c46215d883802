package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.collection.List;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.profile.PresetName;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * Writes a typed request back as the document it stands for, so that a request built in code
 * passes exactly the rules a YAML request passes ({@link RequestDecoder}).
 */
public final class RequestEncoder {

  private RequestEncoder() {}

  public static MapNode encode(VClusterOrchestratorV2 request) {
    MapNode meta = MapNode.of("name", Node.text(request.metadata().name()))
        .with("namespace", request.metadata().namespace());
    if (!request.metadata().annotations().isEmpty()) {
      meta = meta.with("annotations", MapNode.ofStrings(request.metadata().annotations()));
    }
    return MapNode.of("apiVersion", Node.text(VClusterOrchestratorV2.API_VERSION))
        .with("kind", VClusterOrchestratorV2.KIND)
        .with("metadata", meta)
        .with("spec", spec(request.spec()));
  }

  static MapNode spec(VClusterOrchestratorV2Spec s) {
    MapNode n = MapNode.of("name", Node.text(s.name()));
    n = put(n, "targetNamespace", s.targetNamespace().map(Node::text));
    n = put(n, "projectName", s.projectName().map(Node::text));
    VClusterSettings v = s.vcluster();
    n = put(n, "vcluster.k8sVersion", v.k8sVersion().map(Node::text));
    n = put(n, "vcluster.preset", v.preset().map(PresetName::value).map(Node::text));
    n = put(n, "vcluster.replicas", v.replicas().map(Node::integer));
    n = put(n, "vcluster.isolationMode", v.isolationMode().map(IsolationMode::value).map(Node::text));
    n = put(n, "vcluster.resources.requests.cpu", v.cpuRequest().map(Node::text));
    n = put(n, "vcluster.resources.requests.memory", v.memoryRequest().map(Node::text));
    n = put(n, "vcluster.resources.limits.cpu", v.cpuLimit().map(Node::text));
    n = put(n, "vcluster.resources.limits.memory", v.memoryLimit().map(Node::text));
    n = put(n, "vcluster.persistence.enabled", v.persistenceEnabled().map(Node::bool));
    n = put(n, "vcluster.persistence.size", v.persistenceSize().map(Node::text));
    n = put(n, "vcluster.persistence.storageClass", v.storageClass().map(Node::text));
    n = put(n, "vcluster.coredns.replicas", v.corednsReplicas().map(Node::integer));
    n = put(n, "vcluster.networking.clusterDomain", v.clusterDomain().map(Node::text));
    n = put(n, "vcluster.backingStore", v.backingStore().map(m -> m));
    n = put(n, "vcluster.exportKubeConfig", v.exportKubeConfig().map(m -> m));
    n = put(n, "vcluster.helmOverrides", v.helmOverrides().map(m -> m));
    ExposureSettings e = s.exposure();
    n = put(n, "exposure.hostname", e.hostname().map(Node::text));
    n = put(n, "exposure.subnet", e.subnet().map(Node::text));
    n = put(n, "exposure.vip", e.vip().map(Node::text));
    n = put(n, "exposure.vipOffset", e.vipOffset().map(Node::integer));
    n = put(n, "exposure.apiPort", e.apiPort().map(Node::integer));
    IntegrationSettings i = s.integrations();
    n = put(n, "integrations.certManager.clusterIssuerSelectorLabels", i.clusterIssuerSelectorLabels().map(RequestEncoder::map));
    n = put(n, "integrations.externalSecrets.clusterStoreSelectorLabels", i.clusterStoreSelectorLabels().map(RequestEncoder::map));
    n = put(n, "integrations.argocd.environment", i.environment().map(Node::text));
    n = put(n, "integrations.argocd.clusterLabels", nonEmpty(i.clusterLabels()));
    n = put(n, "integrations.argocd.clusterAnnotations", nonEmpty(i.clusterAnnotations()));
    n = put(n, "integrations.argocd.workloadRepo.url", i.workloadRepoUrl().map(Node::text));
    n = put(n, "integrations.argocd.workloadRepo.basePath", i.workloadRepoBasePath().map(Node::text));
    n = put(n, "integrations.argocd.workloadRepo.path", i.workloadRepoPath().map(Node::text));
    n = put(n, "integrations.argocd.workloadRepo.revision", i.workloadRepoRevision().map(Node::text));
    ArgoCDApplicationSettings a = s.argocdApplication();
    n = put(n, "argocdApplication.repoURL", a.repoURL().map(Node::text));
    n = put(n, "argocdApplication.chart", a.chart().map(Node::text));
    n = put(n, "argocdApplication.targetRevision", a.targetRevision().map(Node::text));
    n = put(n, "argocdApplication.destinationServer", a.destinationServer().map(Node::text));
    n = put(n, "argocdApplication.syncPolicy", a.syncPolicy().map(m -> m));
    NetworkPolicySettings p = s.networkPolicies();
    n = put(n, "networkPolicies.enableNFS", p.enableNFS().map(Node::bool));
    if (!p.extraEgress().isEmpty()) {
      java.util.List<Node> rules = new java.util.ArrayList<>();
      for (ExtraEgressRule r : p.extraEgress()) {
        rules.add(MapNode.of("name", Node.text(r.name())).with("cidr", r.cidr())
            .with("port", Node.integer(r.port())).with("protocol", r.protocol()));
      }
      n = put(n, "networkPolicies.extraEgress", Option.some(new ListNode(io.vavr.collection.Vector.ofAll(rules))));
    }
    return n;
  }

  private static MapNode put(MapNode root, String path, Option<? extends Node> value) {
    return value.isDefined() ? Paths.put(root, List.of(path.split("\\.")), value.get()) : root;
  }

  private static Node map(StringMap values) {
    return MapNode.ofStrings(values);
  }

  private static Option<Node> nonEmpty(StringMap values) {
    return values.isEmpty() ? Option.none() : Option.some(MapNode.ofStrings(values));
  }
}
