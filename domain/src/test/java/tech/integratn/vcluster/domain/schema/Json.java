package tech.integratn.vcluster.domain.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** Test helper: a minimal JSON reader (single quotes allowed for strings) building {@link Node} trees. */
final class Json {
  private final String text;
  private int pos;

  private Json(String text) {
    this.text = text;
  }

  static Node parse(String text) {
    Json json = new Json(text);
    Node node = json.value();
    json.skip();
    if (json.pos != text.length()) {
      throw new IllegalArgumentException("trailing text at " + json.pos);
    }
    return node;
  }

  private Node value() {
    skip();
    char c = text.charAt(pos);
    if (c == '{') {
      pos++;
      MapNode map = MapNode.empty();
      skip();
      if (text.charAt(pos) == '}') {
        pos++;
        return map;
      }
      while (true) {
        skip();
        String key = string();
        skip();
        expect(':');
        map = map.with(key, value());
        skip();
        if (text.charAt(pos++) == '}') {
          return map;
        }
      }
    }
    if (c == '[') {
      pos++;
      io.vavr.collection.Vector<Node> items = io.vavr.collection.Vector.empty();
      skip();
      if (text.charAt(pos) == ']') {
        pos++;
        return new ListNode(items);
      }
      while (true) {
        items = items.append(value());
        skip();
        if (text.charAt(pos++) == ']') {
          return new ListNode(items);
        }
      }
    }
    if (c == '"' || c == '\'') {
      return Node.text(string());
    }
    if (text.startsWith("true", pos)) {
      pos += 4;
      return Node.bool(true);
    }
    if (text.startsWith("false", pos)) {
      pos += 5;
      return Node.bool(false);
    }
    if (text.startsWith("null", pos)) {
      pos += 4;
      return Node.Null.NULL;
    }
    int start = pos;
    while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    String number = text.substring(start, pos);
    return number.matches("-?[0-9]+") ? new Node.Int(new BigInteger(number)) : new Node.Decimal(new BigDecimal(number));
  }

  private String string() {
    char quote = text.charAt(pos++);
    int end = text.indexOf(quote, pos);
    String s = text.substring(pos, end);
    pos = end + 1;
    return s;
  }

  private void expect(char c) {
    if (text.charAt(pos++) != c) {
      throw new IllegalArgumentException("expected " + c + " at " + (pos - 1));
    }
  }

  private void skip() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }
}
