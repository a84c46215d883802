package tech.integratn.vcluster.domain.resource;

import tech.integratn.vcluster.domain.tree.MapNode;

/** A {@code v1 Namespace}. */
public record Namespace(ObjectMeta metadata) implements KubernetesObject {
  @Override
  public String apiVersion() {
    return "v1";
  }

  @Override
  public String kind() {
    return "Namespace";
  }

  @Override
  public MapNode body() {
    return MapNode.empty();
  }
}
