package tech.integratn.vcluster.domain.tree;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * One value of an ordered data tree: the shape of YAML and JSON documents without any
 * format attached. Maps keep insertion order so that rendering is deterministic.
 *
 * <p>The scalar records spell out {@code equals} and {@code hashCode} (with the values the
 * generated ones give). That was a cold-start measure before the image's AOT cache; under it the
 * generated ones cost a cold run nothing that decides (the "tree" variant, generated record
 * {@code equals}/{@code hashCode} included, measured +7.7 ± 5.2 ms of CPU, under the 10 ms rule:
 * bench/README.md, "Idioms under the AOT cache"). They stay because they are equivalent.
 */
public sealed interface Node
    permits MapNode, ListNode, Node.Text, Node.Int, Node.Decimal, Node.Bool, Node.Null {

  /** A short name of the node's type, used in messages ({@code string}, {@code integer}, ...). */
  String typeName();

  /** A string scalar. */
  record Text(String value) implements Node {
    @Override
    public boolean equals(Object other) {
      return this == other || (other instanceof Text o && java.util.Objects.equals(value, o.value));
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hashCode(value);
    }

    @Override
    public String typeName() {
      return "string";
    }
  }

  /** An integer scalar of any size. */
  record Int(BigInteger value) implements Node {
    @Override
    public boolean equals(Object other) {
      return this == other || (other instanceof Int o && java.util.Objects.equals(value, o.value));
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hashCode(value);
    }

    @Override
    public String typeName() {
      return "integer";
    }
  }

  /** A non-integral number. */
  record Decimal(BigDecimal value) implements Node {
    @Override
    public boolean equals(Object other) {
      return this == other || (other instanceof Decimal o && java.util.Objects.equals(value, o.value));
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hashCode(value);
    }

    @Override
    public String typeName() {
      return "number";
    }
  }

  /** A boolean scalar. */
  record Bool(boolean value) implements Node {
    @Override
    public boolean equals(Object other) {
      return this == other || (other instanceof Bool o && value == o.value);
    }

    @Override
    public int hashCode() {
      return Boolean.hashCode(value);
    }

    @Override
    public String typeName() {
      return "boolean";
    }
  }

  /** The explicit null. */
  enum Null implements Node {
    NULL;

    @Override
    public String typeName() {
      return "null";
    }
  }

  static Node text(String value) {
    return new Text(value);
  }

  static Node integer(long value) {
    return new Int(BigInteger.valueOf(value));
  }

  static Node bool(boolean value) {
    return new Bool(value);
  }

  /**
   * {@code text} in double quotes on one line: quotes, backslashes and every control or
   * line-breaking character escaped ({@code \n}, {@code \r}, {@code \t}, else {@code \}{@code uXXXX}).
   */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /**
   * A decimal as plain digits ({@code 1000}, {@code 0.25}), or in scientific notation when that
   * would run past a hundred zeros ({@code 1E+999999999} must not become a billion characters).
   */
  static String decimalText(java.math.BigDecimal value) {
    return Math.abs((long) value.scale()) <= 100 ? value.toPlainString() : value.toString();
  }

  /** A short, single-line rendering of a value for messages ({@code "abc"}, {@code 7}, {@code a map}). */
  static String describe(Node node) {
    if (node instanceof Text t) {
      String v = t.value();
      // cut before a surrogate pair, never inside it
      int cut = v.length() > 60 && Character.isLowSurrogate(v.charAt(57)) ? 56 : 57;
      return quote(v.length() > 60 ? v.substring(0, cut) + "..." : v);
    }
    if (node instanceof Int i) {
      return i.value().toString();
    }
    if (node instanceof Decimal d) {
      return decimalText(d.value());
    }
    if (node instanceof Bool b) {
      return Boolean.toString(b.value());
    }
    if (node instanceof MapNode) {
      return "a map";
    }
    if (node instanceof ListNode) {
      return "a list";
    }
    return "null";
  }
}
