package tech.integratn.vcluster.domain.argocdproject;

import io.vavr.control.Option;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * One entry of a resource whitelist.
 *
 * @param group the API group ({@code ""} for the core group, {@code *} for any)
 * @param kind the kind ({@code *} for any)
 * @param name the object name, a glob; none: every object of the kind (spec 9.4, 10.2)
 */
public record ProjectResource(String group, String kind, Option<String> name) {

  /** An entry for every object of the kind. */
  public ProjectResource(String group, String kind) {
    this(group, kind, Option.none());
  }

  /** {@code {group, kind}}, then {@code name} when given. */
  public MapNode toNode() {
    MapNode node = MapNode.of("group", Node.text(group)).with("kind", kind);
    return name.isDefined() ? node.with("name", name.get()) : node;
  }
}
