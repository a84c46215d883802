package tech.integratn.vcluster.domain.resource;

import io.vavr.collection.Seq;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * What the Argo CD project sub-request asks for.
 *
 * @param namespace the Argo CD namespace the AppProject lives in
 * @param name the project name
 * @param description a human description
 * @param annotations annotations of the AppProject (sync wave)
 * @param labels labels of the AppProject
 * @param sourceRepos repositories the project may deploy from
 * @param destinationNamespace the one namespace it may deploy to
 * @param destinationServer the cluster it may deploy to
 * @param clusterRoleName the chart's ClusterRole and ClusterRoleBinding, the only cluster-scoped
 *     objects the project may deploy besides the target Namespace (spec 10.2 A)
 */
public record ArgoCDProjectSpec(
    String namespace,
    String name,
    String description,
    StringMap annotations,
    StringMap labels,
    Seq<String> sourceRepos,
    String destinationNamespace,
    String destinationServer,
    String clusterRoleName) {

  public MapNode toNode() {
    MapNode any = MapNode.of("group", Node.text("*")).with("kind", "*");
    return MapNode.of("namespace", Node.text(namespace))
        .with("name", name)
        .with("description", description)
        .with("annotations", MapNode.ofStrings(annotations))
        .with("labels", MapNode.ofStrings(labels))
        .with("sourceRepos", ListNode.ofTexts(sourceRepos))
        .with("destinations", ListNode.of(
            MapNode.of("namespace", Node.text(destinationNamespace)).with("server", destinationServer)))
        .with("clusterResourceWhitelist", ListNode.of(
            named("rbac.authorization.k8s.io", "ClusterRole", clusterRoleName),
            named("rbac.authorization.k8s.io", "ClusterRoleBinding", clusterRoleName),
            named("", "Namespace", destinationNamespace)))
        .with("namespaceResourceWhitelist", ListNode.of(any));
  }

  private static MapNode named(String group, String kind, String name) {
    return MapNode.of("group", Node.text(group)).with("kind", kind).with("name", name);
  }
}
