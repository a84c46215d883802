package tech.integratn.vcluster.adapters.fs.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.io.IOException;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Reads one JSON document into a {@link Node} tree with Jackson's streaming {@link JsonParser}
 * (jackson-core only: no {@code ObjectMapper}, nothing reflective, cheap at cold start). Keys keep
 * their order; integers become {@link Node.Int}, other numbers {@link Node.Decimal}. Refuses, with
 * a message naming line and column: malformed JSON, duplicate keys, trailing content, and input
 * beyond the size, depth or node bounds.
 */
public final class JsonTreeReader {

  /** 16 MiB, depth 256, 2 000 000 values: far above the vcluster schema (190 KB, depth ~20). */
  public static final int DEFAULT_MAX_BYTES = 16 << 20;
  public static final int DEFAULT_MAX_DEPTH = 256;
  public static final int DEFAULT_MAX_NODES = 2_000_000;

  private final JsonFactory factory;
  private final int maxBytes;
  private final int maxDepth;
  private final int maxNodes;

  public JsonTreeReader(int maxBytes, int maxDepth, int maxNodes) {
    this.maxBytes = maxBytes;
    this.maxDepth = maxDepth;
    this.maxNodes = maxNodes;
    this.factory = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(maxDepth + 2)
            .maxStringLength(maxBytes)
            .maxNumberLength(1000)
            .build())
        .build();
  }

  public JsonTreeReader() {
    this(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_NODES);
  }

  /** Parses {@code bytes} (UTF-8 JSON) named {@code source} in messages; left: why it cannot be read. */
  public Either<String, Node> read(String source, byte[] bytes) {
    if (bytes.length > maxBytes) {
      return Either.left(source + ": file is " + bytes.length + " bytes; the limit is " + maxBytes + " bytes");
    }
    try (JsonParser parser = factory.createParser(bytes)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return Either.left(source + ": the document is empty");
      }
      Node root = new Walk(source, parser).value(first, 0);
      if (parser.nextToken() != null) {
        return Either.left(at(source, parser.currentLocation()) + "unexpected content after the JSON document");
      }
      return Either.right(root);
    } catch (Refused e) {
      return Either.left(e.getMessage());
    } catch (JsonProcessingException e) {
      return Either.left(at(source, e.getLocation()) + firstLine(e.getOriginalMessage()));
    } catch (IOException | RuntimeException e) {
      return Either.left(source + ": not readable as JSON: " + firstLine(e.getMessage()));
    }
  }

  private static String at(String source, JsonLocation location) {
    if (location == null) {
      return source + ": ";
    }
    return source + ":" + location.getLineNr() + ":" + location.getColumnNr() + ": ";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    String trimmed = message.strip();
    int newline = trimmed.indexOf('\n');
    return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
  }

  /** A refusal with its full message, thrown inside the walk and caught at its top. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message, null, false, false);
    }
  }

  private final class Walk {
    private final String source;
    private final JsonParser parser;
    private int nodes;

    Walk(String source, JsonParser parser) {
      this.source = source;
      this.parser = parser;
    }

    Node value(JsonToken token, int depth) throws IOException {
      if (++nodes > maxNodes) {
        throw refuse("more than " + maxNodes + " values in one document");
      }
      if (depth > maxDepth) {
        throw refuse("nested deeper than " + maxDepth + " levels");
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
          return new Node.Decimal(parser.getDecimalValue());
        case VALUE_TRUE:
          return Node.bool(true);
        case VALUE_FALSE:
          return Node.bool(false);
        case VALUE_NULL:
          return Node.Null.NULL;
        default:
          throw refuse("unexpected " + token);
      }
    }

    private MapNode map(int depth) throws IOException {
      // Collect entries first: MapNode.with is linear per key, which is quadratic for wide objects.
      Vector<io.vavr.Tuple2<String, Node>> entries = Vector.empty();
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        entries = entries.append(io.vavr.Tuple.of(key, value(parser.nextToken(), depth + 1)));
      }
      if (token != JsonToken.END_OBJECT) {
        throw refuse("unexpected " + token + " in an object");
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

    private Refused refuse(String reason) {
      return new Refused(at(source, parser.currentLocation()) + reason);
    }
  }
}
