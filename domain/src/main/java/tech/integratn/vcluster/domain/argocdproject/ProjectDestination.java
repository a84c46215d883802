package tech.integratn.vcluster.domain.argocdproject;

import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Where a project's applications may deploy.
 *
 * @param server the cluster's API server URL, or {@code *}
 * @param namespace the namespace there (globs allowed)
 */
public record ProjectDestination(String server, String namespace) {

  /** {@code {namespace, server}}, Argo CD's order. */
  public MapNode toNode() {
    return MapNode.of("namespace", Node.text(namespace)).with("server", server);
  }
}
