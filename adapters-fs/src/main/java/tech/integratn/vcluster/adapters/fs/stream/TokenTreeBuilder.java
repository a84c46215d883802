package tech.integratn.vcluster.adapters.fs.stream;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Set;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Builds one {@link Node} tree from a Jackson token stream (JSON): keys in document
 * order, integers as {@link Node.Int}, other numbers as {@link Node.Decimal} (or text when they
 * are not decimal). Bounded ({@link TreeBudget}): depth, value count and duplicate keys are refused
 * with a {@link Refusal} carrying the parser's location. Linear in the document's size, however
 * wide its maps are.
 */
public final class TokenTreeBuilder {

  /** Why a document was refused, and where. */
  public static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient JsonLocation location;

    Refusal(String reason, JsonLocation location) {
      super(reason, null, false, false);
      this.location = location;
    }

    public JsonLocation location() {
      return location;
    }

    public String reason() {
      return getMessage();
    }
  }

  private final JsonParser parser;
  private final TreeBudget budget;

  public TokenTreeBuilder(JsonParser parser, int maxDepth, int maxNodes) {
    this.parser = parser;
    this.budget = new TreeBudget(maxDepth, maxNodes);
  }

  /** The value starting at {@code token}, nested {@code depth} levels deep. */
  public Node value(JsonToken token, int depth) throws IOException {
    String refused = budget.admit(depth);
    if (refused != null) {
      throw refuse(refused);
    }
    switch (token) {
      case START_OBJECT:
        return map(depth);
      case START_ARRAY:
        return list(depth);
      case VALUE_STRING:
        return Node.text(parser.getText());
      case VALUE_NUMBER_INT:
        return new Node.Int(parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        return decimal(parser.getText());
      case VALUE_TRUE:
        return Node.bool(true);
      case VALUE_FALSE:
        return Node.bool(false);
      case VALUE_NULL:
        return Node.Null.NULL;
      default:
        throw refuse("unsupported value " + token);
    }
  }

  /** The first line of a parser message, trimmed. */
  public static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    String trimmed = message.strip();
    int newline = trimmed.indexOf('\n');
    return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
  }

  private static Node decimal(String text) {
    try {
      return new Node.Decimal(new BigDecimal(text));
    } catch (NumberFormatException e) {
      return Node.text(text);
    }
  }

  private MapNode map(int depth) throws IOException {
    Vector<Tuple2<String, Node>> entries = Vector.empty();
    Set<String> keys = TreeBudget.keys();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      String duplicate = TreeBudget.duplicate(keys, key);
      if (duplicate != null) {
        throw refuse(duplicate);
      }
      entries = entries.append(Tuple.of(key, value(parser.nextToken(), depth + 1)));
    }
    if (token != JsonToken.END_OBJECT) {
      throw refuse("unexpected " + token + " in a map");
    }
    return new MapNode(entries);
  }

  private ListNode list(int depth) throws IOException {
    Vector<Node> items = Vector.empty();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw refuse("unexpected end of document in a list");
      }
      items = items.append(value(token, depth + 1));
    }
    return new ListNode(items);
  }

  private Refusal refuse(String reason) {
    return new Refusal(reason, parser.currentLocation());
  }
}
