package tech.integratn.vcluster.domain.resource;

import io.vavr.collection.Seq;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * What the Argo CD application sub-request asks for: one Helm chart release.
 *
 * @param name the Application name
 * @param namespace the Argo CD namespace
 * @param annotations annotations of the Application (sync wave)
 * @param labels labels of the Application (the request's base labels, so it points back to the request)
 * @param finalizers finalizers of the Application
 * @param project the Argo CD project
 * @param destinationServer the cluster deployed to
 * @param destinationNamespace the namespace deployed to
 * @param repoUrl the Helm repository
 * @param chart the chart name
 * @param targetRevision the chart version
 * @param releaseName the Helm release name
 * @param valuesObject the chart values
 * @param syncPolicy the Argo CD sync policy
 */
public record ArgoCDApplicationSpec(
    String name,
    String namespace,
    StringMap annotations,
    StringMap labels,
    Seq<String> finalizers,
    String project,
    String destinationServer,
    String destinationNamespace,
    String repoUrl,
    String chart,
    String targetRevision,
    String releaseName,
    MapNode valuesObject,
    MapNode syncPolicy) {

  public MapNode toNode() {
    return MapNode.of("name", Node.text(name))
        .with("namespace", namespace)
        .with("annotations", MapNode.ofStrings(annotations))
        .with("labels", MapNode.ofStrings(labels))
        .with("finalizers", ListNode.ofTexts(finalizers))
        .with("project", project)
        .with("destination", MapNode.of("server", Node.text(destinationServer)).with("namespace", destinationNamespace))
        .with("source", MapNode.of("repoURL", Node.text(repoUrl))
            .with("chart", chart)
            .with("targetRevision", targetRevision)
            .with("helm", MapNode.of("releaseName", Node.text(releaseName)).with("valuesObject", valuesObject)))
        .with("syncPolicy", syncPolicy);
  }
}
