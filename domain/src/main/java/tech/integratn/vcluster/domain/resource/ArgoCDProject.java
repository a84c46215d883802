package tech.integratn.vcluster.domain.resource;

import tech.integratn.vcluster.domain.tree.MapNode;

/** The {@code platform.integratn.tech/v1alpha1 ArgoCDProject} sub-request. */
public record ArgoCDProject(ObjectMeta metadata, ArgoCDProjectSpec spec) implements KubernetesObject {
  @Override
  public String apiVersion() {
    return "platform.integratn.tech/v1alpha1";
  }

  @Override
  public String kind() {
    return "ArgoCDProject";
  }

  @Override
  public MapNode body() {
    return MapNode.of("spec", spec.toNode());
  }
}
