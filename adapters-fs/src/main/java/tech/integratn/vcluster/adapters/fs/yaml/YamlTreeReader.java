package tech.integratn.vcluster.adapters.fs.yaml;

import io.vavr.Tuple2;
import io.vavr.Tuple;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import tech.integratn.vcluster.adapters.fs.stream.TokenTreeBuilder;
import tech.integratn.vcluster.adapters.fs.stream.TreeBudget;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Reads one YAML document into a {@link Node} tree from SnakeYAML's parser events, resolving
 * scalars with {@link YamlScalars} (no data binding, no object construction). Refuses, with a
 * message naming the line and column: malformed YAML, aliases (accepting them unexpanded would
 * silently change data), keys that are not scalars, duplicate keys, more than one document, and
 * anything beyond {@link YamlLimits}.
 *
 * <p>The events are read directly rather than through Jackson's YAML parser, which builds
 * SnakeYAML's regular-expression resolver for every parser: compiling it was a measurable part of
 * a pipeline run's cold start (bench/README.md, round 3). Tests check that both read every request alike.
 * Plain block documents, most requests, are read by {@link BlockYaml} without SnakeYAML at all,
 * for the same reason; tests hold it to SnakeYAML's answers.
 */
public final class YamlTreeReader {

  private final YamlLimits limits;

  public YamlTreeReader(YamlLimits limits) {
    this.limits = limits;
  }

  public YamlTreeReader() {
    this(YamlLimits.DEFAULT);
  }

  /** Parses {@code bytes} (UTF-8) named {@code source} in messages. */
  public Either<RequestProblem, Node> read(String source, byte[] bytes) {
    if (bytes.length > limits.maxBytes()) {
      return Either.left(new RequestProblem.Unreadable(source,
          "file is " + bytes.length + " bytes; the limit is " + limits.maxBytes() + " bytes"));
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    Node plain = BlockYaml.read(text, limits);
    return plain != null ? Either.right(plain) : readEvents(source, text);
  }

  /** The document read from SnakeYAML's events: every document, every error. */
  Either<RequestProblem, Node> readEvents(String source, String text) {
    StreamReader stream = new StreamReader(text);
    try {
      Parser events = parser(stream);
      events.getEvent();
      if (events.getEvent().getEventId() == Event.ID.StreamEnd) {
        return Either.left(new RequestProblem.Unreadable(source, "the document is empty"));
      }
      Node root = new Builder(events, limits).value(events.getEvent(), 0);
      events.getEvent();
      Event next = events.getEvent();
      if (next.getEventId() != Event.ID.StreamEnd) {
        return Either.left(syntax(source, next.getStartMark(), "more than one YAML document; give one request"));
      }
      return Either.right(root);
    } catch (Refusal e) {
      return Either.left(syntax(source, e.mark, e.getMessage()));
    } catch (RuntimeException e) {
      return Either.left(failure(source, text, stream, e));
    }
  }

  /**
   * The scalar values of the top-level keys of one document ({@code apiVersion}, {@code kind}...),
   * read from the parser's events alone: aliases are not resolved, anchors, merge keys and tags not
   * interpreted, so a document this reader refuses for such a construct can still say what it is.
   * Left when the text is not well-formed YAML (or beyond the limits' size and depth): the same
   * problem {@link #read} gives for broken syntax.
   */
  public Either<RequestProblem, java.util.Map<String, String>> topLevelScalars(String source, String text) {
    StreamReader stream = new StreamReader(text);
    try {
      Parser events = parser(stream);
      java.util.Map<String, String> scalars = new java.util.LinkedHashMap<>();
      int depth = 0;
      boolean topMap = false;
      boolean atKey = true;
      String key = null;
      while (true) {
        Event event = events.getEvent();
        Event.ID id = event.getEventId();
        if (id == Event.ID.StreamEnd) {
          return Either.right(scalars);
        }
        if (id == Event.ID.MappingStart || id == Event.ID.SequenceStart) {
          if (depth == 0) {
            topMap = id == Event.ID.MappingStart;
          } else if (depth == 1 && topMap && !atKey) {
            atKey = true;
          } else if (depth == 1 && topMap) {
            atKey = false; // a complex key: its value is skipped too
            key = null;
          }
          depth++;
        } else if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
          depth--;
        } else if (depth == 1 && topMap && (id == Event.ID.Scalar || id == Event.ID.Alias)) {
          if (atKey) {
            key = id == Event.ID.Scalar ? ((ScalarEvent) event).getValue() : null;
          } else if (key != null && id == Event.ID.Scalar) {
            scalars.putIfAbsent(key, ((ScalarEvent) event).getValue());
          }
          atKey = !atKey;
        }
      }
    } catch (RuntimeException e) {
      return Either.left(failure(source, text, stream, e));
    }
  }

  /** Why a document was refused, and where. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Mark mark;

    Refusal(String reason, Mark mark) {
      super(reason, null, false, false);
      this.mark = mark;
    }
  }

  /** Builds the tree from the events of one document, within the limits. */
  private static final class Builder {
    private final Parser events;
    private final TreeBudget budget;

    Builder(Parser events, YamlLimits limits) {
      this.events = events;
      this.budget = new TreeBudget(limits.maxDepth(), limits.maxNodes());
    }

    Node value(Event event, int depth) {
      String refused = budget.admit(depth);
      if (refused != null) {
        throw new Refusal(refused, event.getStartMark());
      }
      switch (event.getEventId()) {
        case Scalar: {
          ScalarEvent scalar = (ScalarEvent) event;
          unicode(scalar.getValue(), event);
          try {
            return YamlScalars.resolve(scalar.getValue(), scalar.getImplicit().canOmitTagInPlainScalar(), scalar.getTag());
          } catch (YamlScalars.Refused e) {
            throw new Refusal(e.getMessage(), event.getStartMark());
          }
        }
        case MappingStart:
          return map(depth);
        case SequenceStart:
          return list(depth);
        case Alias:
          throw new Refusal("YAML aliases (*" + ((AliasEvent) event).getAnchor()
              + ") are not supported; write the value out", event.getStartMark());
        default:
          throw new Refusal("unexpected " + event.getEventId(), event.getStartMark());
      }
    }

    /** Escapes can spell half a surrogate pair, which is not text: no YAML or UTF-8 writer could write it back. */
    private static void unicode(String text, Event event) {
      if (YamlScalars.hasUnpairedSurrogate(text)) {
        throw new Refusal("an escape spells half of a UTF-16 surrogate pair, which is not a Unicode character",
            event.getStartMark());
      }
    }

    private MapNode map(int depth) {
      List<Tuple2<String, Node>> entries = new ArrayList<>();
      Set<String> keys = TreeBudget.keys();
      while (true) {
        Event key = events.getEvent();
        if (key.getEventId() == Event.ID.MappingEnd) {
          return new MapNode(Vector.ofAll(entries));
        }
        if (key.getEventId() != Event.ID.Scalar) {
          throw new Refusal("map keys must be plain strings (complex '?' keys and alias keys are not supported)",
              key.getStartMark());
        }
        String name = ((ScalarEvent) key).getValue();
        unicode(name, key);
        String duplicate = TreeBudget.duplicate(keys, name);
        if (duplicate != null) {
          throw new Refusal(duplicate, key.getStartMark());
        }
        entries.add(Tuple.of(name, value(events.getEvent(), depth + 1)));
      }
    }

    private ListNode list(int depth) {
      List<Node> items = new ArrayList<>();
      while (true) {
        Event item = events.getEvent();
        if (item.getEventId() == Event.ID.SequenceEnd) {
          return new ListNode(Vector.ofAll(items));
        }
        items.add(value(item, depth + 1));
      }
    }
  }

  /** SnakeYAML's mark of the offending character, its context and problem in one line. */
  /** SnakeYAML's parser over {@code stream}, within the limits' size and depth. */
  private Parser parser(StreamReader stream) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(limits.maxBytes());
    options.setNestingDepthLimit(limits.maxDepth() + 2);
    return new ParserImpl(stream, options);
  }

  /** Why SnakeYAML could not read {@code text}: at its line where it says, else in plain words. */
  private static RequestProblem failure(String source, String text, StreamReader stream, RuntimeException e) {
    if (e instanceof MarkedYAMLException marked) {
      return yamlError(source, marked);
    }
    if (e instanceof ReaderException reader) {
      return readerError(source, text, reader);
    }
    if (e instanceof NumberFormatException) {
      return outOfRange(source, text, stream.getMark());
    }
    return new RequestProblem.Unreadable(source, "not readable as YAML: " + explain(e.getMessage()));
  }

  private static RequestProblem yamlError(String source, MarkedYAMLException e) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    if (mark == null) {
      return new RequestProblem.Unreadable(source, "not readable as YAML: " + explain(e.getMessage()));
    }
    Mark start = e.getContextMark();
    String where = start == null || start.getLine() == mark.getLine() ? ""
        : " started at line " + (start.getLine() + 1) + ", column " + (start.getColumn() + 1);
    String context = e.getContext() == null ? "" : e.getContext().strip() + where + ": ";
    return new RequestProblem.Syntax(source, mark.getLine() + 1, mark.getColumn() + 1,
        context + explain(e.getProblem()));
  }

  /** A character YAML does not allow: the first such one, at its line and column. */
  private static RequestProblem readerError(String source, String text, ReaderException e) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      int c = text.codePointAt(i);
      if (!StreamReader.isPrintable(c)) {
        break;
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new RequestProblem.Syntax(source, line, column, explain(e.getMessage()));
  }

  /**
   * SnakeYAML reads the eight digits of a {@code \\U} escape with {@code Integer.parseInt}, which
   * throws from {@code 80000000} on, outside its error reporting; its reader then stands on those
   * digits. The escape is reported in SnakeYAML's words for the escapes between U+10FFFF and that,
   * so that every escape beyond Unicode reads alike.
   */
  private static RequestProblem outOfRange(String source, String text, Mark mark) {
    int codePoints = text.codePointCount(0, text.length());
    int at = text.offsetByCodePoints(0, Math.min(mark.getIndex(), codePoints));
    String message = at >= 2 && text.startsWith("\\U", at - 2)
        ? "while scanning a double-quoted scalar: found unknown escape character " + text.substring(at, Math.min(at + 8, text.length()))
        : "a number too large for YAML";
    return syntax(source, mark, message);
  }

  private static RequestProblem syntax(String source, Mark mark, String message) {
    return new RequestProblem.Syntax(source, mark.getLine() + 1, mark.getColumn() + 1, explain(message));
  }

  /**
   * Parser messages in the words of a request author: no parser class names, no library
   * settings, one line.
   */
  static String explain(String message) {
    String line = TokenTreeBuilder.firstLine(message);
    if (line.toLowerCase(java.util.Locale.ROOT).contains("nesting depth")) {
      return "nested too deeply";
    }
    return line.replaceAll("<org\\.yaml[^>]*>", "an unsupported construct").strip();
  }
}
