package tech.integratn.vcluster.application.service;

import io.vavr.collection.List;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/** Request documents for the service tests. */
final class ServiceFixtures {

  private ServiceFixtures() {}

  static MapNode request() {
    return MapNode.of("apiVersion", Node.text("platform.integratn.tech/v1alpha1"))
        .with("kind", "VClusterOrchestratorV2")
        .with("metadata", MapNode.of("name", Node.text("demo")).with("namespace", "platform-requests"))
        .with("spec", MapNode.of("name", Node.text("demo")));
  }

  static MapNode with(MapNode doc, String path, Node value) {
    return Paths.put(doc, List.of(path.split("\\.")), value);
  }
}
