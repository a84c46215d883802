package tech.integratn.vcluster.domain.resource;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** An {@code rbac.authorization.k8s.io/v1 Role}. */
public record Role(ObjectMeta metadata, Seq<PolicyRule> rules) implements KubernetesObject {
  @Override
  public String apiVersion() {
    return "rbac.authorization.k8s.io/v1";
  }

  @Override
  public String kind() {
    return "Role";
  }

  @Override
  public MapNode body() {
    Vector<Node> items = Vector.empty();
    for (PolicyRule rule : rules) {
      items = items.append(rule.toNode());
    }
    return MapNode.of("rules", new ListNode(items));
  }
}
