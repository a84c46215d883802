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
    return MapNode.of("rules", new ListNode(Vector.<Node>ofAll(rules.map(rule -> rule.toNode()))));
  }
}
