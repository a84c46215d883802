package tech.integratn.vcluster.domain.resource;

import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * What the cluster registration sub-request asks for: register the vcluster with Argo CD.
 *
 * @param name the cluster name
 * @param targetNamespace the host namespace of the vcluster
 * @param kubeconfigSecret the host secret holding the vcluster's kubeconfig
 * @param externalServerUrl the API URL Argo CD connects to
 * @param environment the environment label
 * @param baseDomain the base domain
 * @param baseDomainSanitized the base domain with dots replaced by dashes
 * @param clusterLabels labels of the Argo CD cluster
 * @param clusterAnnotations annotations of the Argo CD cluster
 * @param syncJobName name of the kubeconfig sync job
 */
public record ArgoCDClusterRegistrationSpec(
    String name,
    String targetNamespace,
    String kubeconfigSecret,
    String externalServerUrl,
    String environment,
    String baseDomain,
    String baseDomainSanitized,
    StringMap clusterLabels,
    StringMap clusterAnnotations,
    String syncJobName) {

  public MapNode toNode() {
    return MapNode.of("name", Node.text(name))
        .with("targetNamespace", targetNamespace)
        .with("kubeconfigSecret", kubeconfigSecret)
        .with("externalServerURL", externalServerUrl)
        .with("environment", environment)
        .with("baseDomain", baseDomain)
        .with("baseDomainSanitized", baseDomainSanitized)
        .with("clusterLabels", MapNode.ofStrings(clusterLabels))
        .with("clusterAnnotations", MapNode.ofStrings(clusterAnnotations))
        .with("syncJobName", syncJobName);
  }
}
