package tech.integratn.vcluster.domain.contract;

import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** The type of a request field, as the CRD schema and the decoder see it. */
public enum FieldType {
  STRING("a string"),
  INTEGER("an integer"),
  BOOLEAN("a boolean"),
  /** A Kubernetes quantity: an integer, a number or a string such as {@code 500m}. */
  QUANTITY("a Kubernetes quantity (integer or string)"),
  /** A map of string keys to string values. */
  STRING_MAP("a map of strings"),
  /** A free-form object, passed on as written. */
  OBJECT("a map"),
  /** A list of strings, each checked against the field's rules. */
  STRING_LIST("a list of strings"),
  /** A list of objects whose fields are described by child fields. */
  OBJECT_LIST("a list");

  private final String expected;

  FieldType(String expected) {
    this.expected = expected;
  }

  /** Whether {@code value} has this type (a quantity may be a string, an integer or a number). */
  public boolean accepts(Node value) {
    switch (this) {
      case STRING:
        return value instanceof Node.Text;
      case INTEGER:
        return value instanceof Node.Int;
      case BOOLEAN:
        return value instanceof Node.Bool;
      case QUANTITY:
        return value instanceof Node.Text || value instanceof Node.Int || value instanceof Node.Decimal;
      case STRING_MAP:
      case OBJECT:
        return value instanceof MapNode;
      case STRING_LIST:
      default:
        return value instanceof ListNode;
    }
  }

  /** How the type reads in a message: {@code must be <expected>}. */
  public String expected() {
    return expected;
  }
}
