package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * The value of one {@link RequestFields} row in a request built in code, looked up by the row's
 * path constant, as the leaf the row's type and constraints are defined on: the typed entry's
 * values meet the table's rules directly, one row at a time, without writing the request out as a
 * document and reading it back. An empty string map is "not given", as an absent key in a document.
 */
final class TypedFields {

  private TypedFields() {}

  /** The typed value of the row at {@code path} (a top-level row of the table), or none when not given. */
  static Option<Node> at(VClusterOrchestratorV2Spec s, String path) {
    VClusterSettings v = s.vcluster();
    ExposureSettings e = s.exposure();
    IntegrationSettings i = s.integrations();
    ArgoCDApplicationSettings a = s.argocdApplication();
    switch (path) {
      case RequestFields.NAME:
        return Option.some(Node.text(s.name()));
      case RequestFields.TARGET_NAMESPACE:
        return text(s.targetNamespace());
      case RequestFields.PROJECT_NAME:
        return text(s.projectName());
      case RequestFields.VCLUSTER_K8S_VERSION:
        return text(v.k8sVersion());
      case RequestFields.VCLUSTER_PRESET:
        return v.preset().isDefined() ? Option.some(Node.text(v.preset().get().value())) : Option.none();
      case RequestFields.VCLUSTER_REPLICAS:
        return integer(v.replicas());
      case RequestFields.VCLUSTER_ISOLATION_MODE:
        return v.isolationMode().isDefined() ? Option.some(Node.text(v.isolationMode().get().value())) : Option.none();
      case RequestFields.VCLUSTER_RESOURCES_REQUESTS_CPU:
        return text(v.cpuRequest());
      case RequestFields.VCLUSTER_RESOURCES_REQUESTS_MEMORY:
        return text(v.memoryRequest());
      case RequestFields.VCLUSTER_RESOURCES_LIMITS_CPU:
        return text(v.cpuLimit());
      case RequestFields.VCLUSTER_RESOURCES_LIMITS_MEMORY:
        return text(v.memoryLimit());
      case RequestFields.VCLUSTER_PERSISTENCE_ENABLED:
        return bool(v.persistenceEnabled());
      case RequestFields.VCLUSTER_PERSISTENCE_SIZE:
        return text(v.persistenceSize());
      case RequestFields.VCLUSTER_PERSISTENCE_STORAGE_CLASS:
        return text(v.storageClass());
      case RequestFields.VCLUSTER_COREDNS_REPLICAS:
        return integer(v.corednsReplicas());
      case RequestFields.VCLUSTER_NETWORKING_CLUSTER_DOMAIN:
        return text(v.clusterDomain());
      case RequestFields.VCLUSTER_BACKING_STORE:
        return object(v.backingStore());
      case RequestFields.VCLUSTER_EXPORT_KUBE_CONFIG:
        return object(v.exportKubeConfig());
      case RequestFields.VCLUSTER_HELM_OVERRIDES:
        return object(v.helmOverrides());
      case RequestFields.EXPOSURE_HOSTNAME:
        return text(e.hostname());
      case RequestFields.EXPOSURE_SUBNET:
        return text(e.subnet());
      case RequestFields.EXPOSURE_VIP:
        return text(e.vip());
      case RequestFields.EXPOSURE_VIP_OFFSET:
        return e.vipOffset().isDefined() ? Option.some(Node.integer(e.vipOffset().get())) : Option.none();
      case RequestFields.EXPOSURE_API_PORT:
        return integer(e.apiPort());
      case RequestFields.INTEGRATIONS_CERT_MANAGER_CLUSTER_ISSUER_SELECTOR_LABELS:
        return strings(i.clusterIssuerSelectorLabels());
      case RequestFields.INTEGRATIONS_EXTERNAL_SECRETS_CLUSTER_STORE_SELECTOR_LABELS:
        return strings(i.clusterStoreSelectorLabels());
      case RequestFields.INTEGRATIONS_ARGOCD_ENVIRONMENT:
        return text(i.environment());
      case RequestFields.INTEGRATIONS_ARGOCD_CLUSTER_LABELS:
        return nonEmpty(i.clusterLabels());
      case RequestFields.INTEGRATIONS_ARGOCD_CLUSTER_ANNOTATIONS:
        return nonEmpty(i.clusterAnnotations());
      case RequestFields.INTEGRATIONS_ARGOCD_WORKLOAD_REPO_URL:
        return text(i.workloadRepoUrl());
      case RequestFields.INTEGRATIONS_ARGOCD_WORKLOAD_REPO_BASE_PATH:
        return text(i.workloadRepoBasePath());
      case RequestFields.INTEGRATIONS_ARGOCD_WORKLOAD_REPO_PATH:
        return text(i.workloadRepoPath());
      case RequestFields.INTEGRATIONS_ARGOCD_WORKLOAD_REPO_REVISION:
        return text(i.workloadRepoRevision());
      case RequestFields.ARGOCD_APPLICATION_REPO_URL:
        return text(a.repoURL());
      case RequestFields.ARGOCD_APPLICATION_CHART:
        return text(a.chart());
      case RequestFields.ARGOCD_APPLICATION_TARGET_REVISION:
        return text(a.targetRevision());
      case RequestFields.ARGOCD_APPLICATION_DESTINATION_SERVER:
        return text(a.destinationServer());
      case RequestFields.ARGOCD_APPLICATION_SYNC_POLICY:
        return object(a.syncPolicy());
      case RequestFields.NETWORK_POLICIES_ENABLE_NFS:
        return bool(s.networkPolicies().enableNFS());
      case RequestFields.NETWORK_POLICIES_EXTRA_EGRESS:
        return extraEgress(s.networkPolicies());
      default:
        throw new IllegalStateException("no typed value for " + path);
    }
  }

  /** The entries as the list row's items, each with the item rows' keys; none when the list is empty. */
  private static Option<Node> extraEgress(NetworkPolicySettings policies) {
    if (policies.extraEgress().isEmpty()) {
      return Option.none();
    }
    Vector<Node> items = Vector.empty();
    for (ExtraEgressRule r : policies.extraEgress()) {
      items = items.append(MapNode.of("name", Node.text(r.name())).with("cidr", r.cidr())
          .with("port", Node.integer(r.port())).with("protocol", r.protocol()));
    }
    return Option.some(new ListNode(items));
  }

  private static Option<Node> text(Option<String> value) {
    return value.isDefined() ? Option.some(Node.text(value.get())) : Option.none();
  }

  private static Option<Node> integer(Option<Integer> value) {
    return value.isDefined() ? Option.some(Node.integer(value.get())) : Option.none();
  }

  private static Option<Node> bool(Option<Boolean> value) {
    return value.isDefined() ? Option.some(Node.bool(value.get())) : Option.none();
  }

  private static Option<Node> object(Option<MapNode> value) {
    return value.isDefined() ? Option.some(value.get()) : Option.none();
  }

  private static Option<Node> strings(Option<StringMap> value) {
    return value.isDefined() ? Option.some(MapNode.ofStrings(value.get())) : Option.none();
  }

  private static Option<Node> nonEmpty(StringMap value) {
    return value.isEmpty() ? Option.none() : Option.some(MapNode.ofStrings(value));
  }
}
