package tech.integratn.vcluster.domain.resource;

import tech.integratn.vcluster.domain.tree.MapNode;

/** A {@code v1 ServiceAccount}. */
public record ServiceAccount(ObjectMeta metadata) implements KubernetesObject {
  @Override
  public String apiVersion() {
    return "v1";
  }

  @Override
  public String kind() {
    return "ServiceAccount";
  }

  @Override
  public MapNode body() {
    return MapNode.empty();
  }
}
