package tech.integratn.vcluster.domain.clusterregistration;

import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.resource.ObjectMeta;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The sync Job's {@code v1 ServiceAccount}: no token is mounted and no Role is bound (spec 9.8: the
 * kubelet mounts the Job's secrets; a grant would be pure attack surface).
 */
public record SyncServiceAccount(ObjectMeta metadata) implements KubernetesObject {

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
    return MapNode.of("automountServiceAccountToken", Node.bool(false));
  }
}
