package tech.integratn.vcluster.domain.resource;

import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.StringMap;

/** A {@code v1 ConfigMap}. */
public record ConfigMap(ObjectMeta metadata, StringMap data) implements KubernetesObject {
  @Override
  public String apiVersion() {
    return "v1";
  }

  @Override
  public String kind() {
    return "ConfigMap";
  }

  @Override
  public MapNode body() {
    return MapNode.of("data", MapNode.ofStrings(data));
  }
}
