package tech.integratn.vcluster.domain.resource;

import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** An {@code rbac.authorization.k8s.io/v1 RoleBinding} of one Role to one ServiceAccount. */
public record RoleBinding(ObjectMeta metadata, String roleName, String serviceAccountName, String serviceAccountNamespace)
    implements KubernetesObject {
  @Override
  public String apiVersion() {
    return "rbac.authorization.k8s.io/v1";
  }

  @Override
  public String kind() {
    return "RoleBinding";
  }

  @Override
  public MapNode body() {
    return MapNode.of(
            "roleRef",
            MapNode.of("apiGroup", Node.text("rbac.authorization.k8s.io")).with("kind", "Role").with("name", roleName))
        .with(
            "subjects",
            ListNode.of(
                MapNode.of("kind", Node.text("ServiceAccount"))
                    .with("name", serviceAccountName)
                    .with("namespace", serviceAccountNamespace)));
  }
}
