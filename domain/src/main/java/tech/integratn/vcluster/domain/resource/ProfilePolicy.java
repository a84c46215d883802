package tech.integratn.vcluster.domain.resource;

import tech.integratn.vcluster.domain.tree.MapNode;

/**
 * A policy the platform profile ships as data (a {@code cilium.io/v2 CiliumNetworkPolicy}, for
 * example): type and spec as the profile gives them, metadata as every rendered policy's.
 */
public record ProfilePolicy(String apiVersion, String kind, ObjectMeta metadata, MapNode spec)
    implements KubernetesObject {
  @Override
  public MapNode body() {
    return MapNode.of("spec", spec);
  }
}
