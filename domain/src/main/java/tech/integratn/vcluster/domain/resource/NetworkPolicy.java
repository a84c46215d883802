package tech.integratn.vcluster.domain.resource;

import tech.integratn.vcluster.domain.tree.MapNode;

/** A {@code networking.k8s.io/v1 NetworkPolicy}; its spec is built by the network-policy renderer. */
public record NetworkPolicy(ObjectMeta metadata, MapNode spec) implements KubernetesObject {
  @Override
  public String apiVersion() {
    return "networking.k8s.io/v1";
  }

  @Override
  public String kind() {
    return "NetworkPolicy";
  }

  @Override
  public MapNode body() {
    return MapNode.of("spec", spec);
  }
}
