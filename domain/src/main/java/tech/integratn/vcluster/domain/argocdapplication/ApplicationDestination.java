package tech.integratn.vcluster.domain.argocdapplication;

import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** {@code spec.destination}: the cluster's API server URL and the namespace deployed to. */
public record ApplicationDestination(String server, String namespace) {

  /** {@code {server, namespace}}, in that order. */
  public MapNode toNode() {
    return MapNode.of("server", Node.text(server)).with("namespace", namespace);
  }
}
