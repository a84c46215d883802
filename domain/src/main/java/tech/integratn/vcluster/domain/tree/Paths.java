package tech.integratn.vcluster.domain.tree;

import io.vavr.collection.List;
import io.vavr.control.Option;

/** Navigation of a tree by dotted key paths. */
public final class Paths {

  private Paths() {}

  /** The node at the given keys below {@code root}, if every step is a map holding the key. */
  public static Option<Node> at(Node root, String... keys) {
    Node current = root;
    for (String key : keys) {
      if (!(current instanceof MapNode map)) {
        return Option.none();
      }
      Option<Node> next = map.get(key);
      if (next.isEmpty()) {
        return Option.none();
      }
      current = next.get();
    }
    return Option.some(current);
  }

  /** The text at the given keys below {@code root}, if there is a node there and it is text. */
  public static Option<String> text(Node root, String... keys) {
    Option<Node> value = at(root, keys);
    return value.isDefined() && value.get() instanceof Node.Text t ? Option.some(t.value()) : Option.none();
  }

  /** {@code root} with {@code value} set at {@code keys}, creating (or replacing non-map) intermediate maps. */
  public static MapNode put(MapNode root, List<String> keys, Node value) {
    String head = keys.head();
    if (keys.tail().isEmpty()) {
      return root.with(head, value);
    }
    Option<Node> existing = root.get(head);
    MapNode child =
        existing.isDefined() && existing.get() instanceof MapNode map ? map : MapNode.empty();
    return root.with(head, put(child, keys.tail(), value));
  }
}
