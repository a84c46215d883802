package tech.integratn.vcluster.domain.argocdapplication;

import io.vavr.control.Option;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * {@code spec.source}: what Argo CD deploys.
 *
 * @param repoURL the repository
 * @param chart the Helm chart, if any
 * @param targetRevision the chart version or Git revision
 * @param releaseName the Helm release name, if given
 * @param valuesObject the Helm values, as written, if given
 */
public record ApplicationSource(
    String repoURL, Option<String> chart, String targetRevision, Option<String> releaseName, Option<MapNode> valuesObject) {

  /** {@code {repoURL, chart?, targetRevision, helm? {releaseName?, valuesObject?}}}: helm only when one of them is given. */
  public MapNode toNode() {
    MapNode node = MapNode.of("repoURL", Node.text(repoURL));
    if (chart.isDefined()) {
      node = node.with("chart", chart.get());
    }
    node = node.with("targetRevision", targetRevision);
    if (releaseName.isDefined() || valuesObject.isDefined()) {
      MapNode helm = MapNode.empty();
      if (releaseName.isDefined()) {
        helm = helm.with("releaseName", releaseName.get());
      }
      if (valuesObject.isDefined()) {
        helm = helm.with("valuesObject", valuesObject.get());
      }
      node = node.with("helm", helm);
    }
    return node;
  }
}
