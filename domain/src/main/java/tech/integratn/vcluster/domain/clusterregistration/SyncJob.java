package tech.integratn.vcluster.domain.clusterregistration;

import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.resource.ObjectMeta;
import tech.integratn.vcluster.domain.tree.MapNode;

/**
 * The {@code batch/v1 Job} that copies the kubeconfig into 1Password (spec 9.6, 9.9).
 *
 * @param metadata the Job's metadata
 * @param spec the Job's {@code spec}, in the order it is written
 */
public record SyncJob(ObjectMeta metadata, MapNode spec) implements KubernetesObject {

  @Override
  public String apiVersion() {
    return "batch/v1";
  }

  @Override
  public String kind() {
    return "Job";
  }

  @Override
  public MapNode body() {
    return MapNode.of("spec", spec);
  }
}
