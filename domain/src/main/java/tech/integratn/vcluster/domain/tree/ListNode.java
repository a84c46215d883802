package tech.integratn.vcluster.domain.tree;

import io.vavr.collection.Vector;

/** An ordered list of nodes. */
public record ListNode(Vector<Node> items) implements Node {

  public static ListNode of(Node... items) {
    return new ListNode(Vector.of(items));
  }

  public static ListNode ofTexts(Iterable<String> texts) {
    return new ListNode(Vector.ofAll(texts).map(Node::text));
  }

  @Override
  public String typeName() {
    return "list";
  }
}
