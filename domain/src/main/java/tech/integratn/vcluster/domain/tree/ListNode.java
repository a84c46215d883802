package tech.integratn.vcluster.domain.tree;

import io.vavr.collection.Vector;

/**
 * An ordered list of nodes. {@code equals} and {@code hashCode} are spelled out (same values as the
 * generated ones); under the image's AOT cache the generated ones would cost a cold run nothing that
 * decides (+7.7 ± 5.2 ms with {@link MapNode}'s Vavr idioms, bench/README.md "Idioms under the AOT cache").
 * Lists are built in an {@code ArrayList}, then made a {@code Vector} in one go.
 */
public record ListNode(Vector<Node> items) implements Node {

  public static ListNode of(Node... items) {
    return new ListNode(Vector.of(items));
  }

  public static ListNode ofTexts(Iterable<String> texts) {
    java.util.List<Node> items = new java.util.ArrayList<>();
    for (String text : texts) {
      items.add(Node.text(text));
    }
    return new ListNode(Vector.ofAll(items));
  }

  @Override
  public String typeName() {
    return "list";
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof ListNode o && java.util.Objects.equals(items, o.items));
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hashCode(items);
  }
}
