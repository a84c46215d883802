package tech.integratn.vcluster.domain.resource;

import tech.integratn.vcluster.domain.tree.MapNode;

/** A rendered Kubernetes object: its type, its metadata and the rest of its document. */
public interface KubernetesObject {

  String apiVersion();

  String kind();

  ObjectMeta metadata();

  /** The document's fields after {@code metadata} ({@code spec}, {@code data}, ...), in order. */
  MapNode body();

  /** The whole document: {@code apiVersion}, {@code kind}, {@code metadata}, then the body. */
  default MapNode toNode() {
    return MapNode.of("apiVersion", tech.integratn.vcluster.domain.tree.Node.text(apiVersion()))
        .with("kind", kind())
        .with("metadata", metadata().toNode())
        .withAll(body());
  }
}
