package tech.integratn.vcluster.domain.resource;

import io.vavr.collection.Seq;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;

/** One RBAC rule; an empty {@code resourceNames} means every object of the resources. */
public record PolicyRule(Seq<String> apiGroups, Seq<String> resources, Seq<String> resourceNames, Seq<String> verbs) {

  public MapNode toNode() {
    MapNode node = MapNode.of("apiGroups", ListNode.ofTexts(apiGroups)).with("resources", ListNode.ofTexts(resources));
    if (!resourceNames.isEmpty()) {
      node = node.with("resourceNames", ListNode.ofTexts(resourceNames));
    }
    return node.with("verbs", ListNode.ofTexts(verbs));
  }
}
