package tech.integratn.vcluster.adapters.fs.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.vavr.control.Either;
import java.io.IOException;
import tech.integratn.vcluster.adapters.fs.IoErrors;
import tech.integratn.vcluster.adapters.fs.stream.TokenTreeBuilder;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Reads one JSON document into a {@link Node} tree with Jackson's streaming {@link JsonParser}
 * (jackson-core only: no {@code ObjectMapper}, nothing reflective). Keys keep
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
      Node root = new TokenTreeBuilder(parser, maxDepth, maxNodes).value(first, 0);
      if (parser.nextToken() != null) {
        return Either.left(at(source, parser.currentLocation()) + "unexpected content after the JSON document");
      }
      return Either.right(root);
    } catch (TokenTreeBuilder.Refusal e) {
      return Either.left(at(source, e.location()) + e.reason());
    } catch (JsonProcessingException e) {
      return Either.left(at(source, e.getLocation()) + TokenTreeBuilder.firstLine(e.getOriginalMessage()));
    } catch (IOException | RuntimeException e) {
      return Either.left(source + ": not readable as JSON: " + IoErrors.describe(e));
    }
  }

  private static String at(String source, JsonLocation location) {
    if (location == null) {
      return source + ": ";
    }
    return source + ":" + location.getLineNr() + ":" + location.getColumnNr() + ": ";
  }
}
