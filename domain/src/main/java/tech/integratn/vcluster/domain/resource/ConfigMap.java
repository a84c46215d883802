package tech.integratn.vcluster.domain.resource;

import io.vavr.collection.Map;
import tech.integratn.vcluster.domain.tree.MapNode;

/** A {@code v1 ConfigMap}. */
public record ConfigMap(ObjectMeta metadata, Map<String, String> data) implements KubernetesObject {
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
