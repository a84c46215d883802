package tech.integratn.vcluster.adapters.fs.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import tech.integratn.vcluster.adapters.fs.stream.TokenTreeBuilder;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The reader the project used before {@link YamlTreeReader} read SnakeYAML's events itself, kept
 * as a test oracle: one YAML document into a {@link Node} tree with Jackson's streaming parser.
 * Refuses malformed YAML, duplicate keys, more than one document and anything beyond
 * {@link YamlLimits}; reads an alias as its name (the reader under test refuses aliases).
 */
public final class JacksonYamlReader {

  private final YAMLFactory factory;
  private final YamlLimits limits;

  public JacksonYamlReader(YamlLimits limits) {
    this.limits = limits;
    LoaderOptions loader = new LoaderOptions();
    loader.setMaxAliasesForCollections(10);
    loader.setNestingDepthLimit(limits.maxDepth() + 2);
    loader.setCodePointLimit(limits.maxBytes());
    loader.setAllowDuplicateKeys(false);
    this.factory = YAMLFactory.builder()
        .loaderOptions(loader)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth() + 2)
            .maxStringLength(limits.maxBytes())
            .maxNumberLength(100)
            .build())
        .build();
  }

  public JacksonYamlReader() {
    this(YamlLimits.DEFAULT);
  }

  /** Parses {@code bytes} (UTF-8) named {@code source} in messages. */
  public Either<RequestProblem, Node> read(String source, byte[] bytes) {
    if (bytes.length > limits.maxBytes()) {
      return Either.left(new RequestProblem.Unreadable(source,
          "file is " + bytes.length + " bytes; the limit is " + limits.maxBytes() + " bytes"));
    }
    JsonParser parser = null;
    try {
      parser = factory.createParser(new String(bytes, StandardCharsets.UTF_8));
      TokenTreeBuilder walk = new TokenTreeBuilder(parser, limits.maxDepth(), limits.maxNodes());
      JsonToken first = parser.nextToken();
      if (first == null) {
        return Either.left(new RequestProblem.Unreadable(source, "the document is empty"));
      }
      Node root = walk.value(first, 0);
      if (parser.nextToken() != null) {
        return Either.left(syntax(source, parser.currentLocation(), "more than one YAML document; give one request"));
      }
      return Either.right(root);
    } catch (TokenTreeBuilder.Refusal e) {
      return Either.left(syntax(source, e.location(), e.reason()));
    } catch (JsonProcessingException e) {
      return Either.left(yamlError(source, e, parser == null ? null : parser.currentLocation()));
    } catch (IOException | RuntimeException e) {
      return Either.left(new RequestProblem.Unreadable(source, "not readable as YAML: " + explain(e.getMessage())));
    } finally {
      closeQuietly(parser);
    }
  }

  private static void closeQuietly(JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException | RuntimeException e) {
        // nothing was written; a failed close of an in-memory parser changes no outcome
      }
    }
  }

  /**
   * The problem of a parser exception: SnakeYAML's own mark (the offending character) when there
   * is one, else Jackson's location; the message is SnakeYAML's context and problem in one line.
   */
  private static RequestProblem yamlError(String source, JsonProcessingException e, JsonLocation current) {
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      Mark mark = marked.getProblemMark();
      Mark start = marked.getContextMark();
      String where = start == null || start.getLine() == mark.getLine() ? ""
          : " started at line " + (start.getLine() + 1) + ", column " + (start.getColumn() + 1);
      String context = marked.getContext() == null ? "" : marked.getContext().strip() + where + ": ";
      return new RequestProblem.Syntax(source, mark.getLine() + 1, mark.getColumn() + 1,
          context + explain(marked.getProblem()));
    }
    JsonLocation location = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : current;
    return syntax(source, location, e.getOriginalMessage());
  }

  private static RequestProblem syntax(String source, JsonLocation location, String message) {
    int line = location == null ? 0 : location.getLineNr();
    int column = location == null ? 0 : location.getColumnNr();
    return new RequestProblem.Syntax(source, Math.max(line, 1), Math.max(column, 1), explain(message));
  }

  /**
   * Parser messages in the words of a request author: no parser class names, no library
   * settings, one line.
   */
  static String explain(String message) {
    String line = TokenTreeBuilder.firstLine(message);
    if (line.contains("Expected a field name")) {
      return "map keys must be plain strings (complex '?' keys and alias keys are not supported)";
    }
    if (line.contains("Number value length")) {
      return "a number longer than 100 digits";
    }
    if (line.contains("String value length")) {
      return "a string longer than the size limit";
    }
    if (line.contains("nesting depth")) {
      return "nested too deeply";
    }
    return line.replaceAll("<org\\.yaml[^>]*>", "an unsupported construct")
        .replaceAll("\\(from `[^`]*`\\)", "")
        .replaceAll("com\\.fasterxml\\.[\\w.$]+", "the YAML reader")
        .strip();
  }
}
