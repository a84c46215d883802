package tech.integratn.vcluster.domain.argocdproject;

import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * One entry of a resource whitelist.
 *
 * @param group the API group ({@code ""} for the core group, {@code *} for any)
 * @param kind the kind ({@code *} for any)
 */
public record ProjectResource(String group, String kind) {

  /** {@code {group, kind}}. */
  public MapNode toNode() {
    return MapNode.of("group", Node.text(group)).with("kind", kind);
  }
}
