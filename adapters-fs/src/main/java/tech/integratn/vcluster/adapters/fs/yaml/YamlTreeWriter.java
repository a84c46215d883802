package tech.integratn.vcluster.adapters.fs.yaml;

import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Writes {@link Node} trees as block YAML: keys in tree order, two-space indentation with sequence
 * items indented under their key, every document opened with {@code ---}, multi-line strings as
 * literal blocks, and every string quoted wherever a YAML 1.1 or 1.2 reader could take it for
 * another type or another structure ({@link ScalarStyle} decides). The same tree always gives the
 * same bytes.
 *
 * <p>This is a purpose-built emitter rather than Jackson's YAML generator: a tree of maps, lists
 * and scalars needs none of a general emitter's event machinery, and running that machinery cold
 * was the largest phase of a pipeline run's start-up (bench/README.md, round 3). Its output is the
 * generator's, byte for byte, except where the generator's choice was fragile (see
 * {@link ScalarStyle}); tests keep both claims true.
 */
public final class YamlTreeWriter {

  private static final int INDENT = 2;
  private static final String SPACES = " ".repeat(64);

  /** The documents, one after the other, as one YAML stream. */
  public String write(Iterable<? extends Node> documents) {
    StringBuilder out = new StringBuilder(4096);
    for (Node document : documents) {
      document(out, document);
    }
    return out.toString();
  }

  public String write(Node document) {
    StringBuilder out = new StringBuilder(4096);
    document(out, document);
    return out.toString();
  }

  private static void document(StringBuilder out, Node root) {
    out.append("---");
    if (root instanceof MapNode map && !map.entries().isEmpty()) {
      out.append('\n');
      entries(out, map.entries(), 0, 0);
    } else if (root instanceof ListNode list && !list.items().isEmpty()) {
      out.append('\n');
      items(out, list.items(), INDENT, 0);
    } else {
      out.append(' ');
      scalar(out, root, INDENT);
    }
  }

  /** Map entries at {@code indent}, from the {@code from}-th one, each on its own line. */
  private static void entries(StringBuilder out, Vector<Tuple2<String, Node>> entries, int indent, int from) {
    for (int i = from; i < entries.size(); i++) {
      pad(out, indent);
      entry(out, entries.get(i), indent);
    }
  }

  /** One entry, its key starting at the current position, which is column {@code indent}. */
  private static void entry(StringBuilder out, Tuple2<String, Node> entry, int indent) {
    String key = entry._1;
    if (ScalarStyle.needsExplicitKey(key)) {
      out.append("? ");
      ScalarStyle.writeInline(out, key, ScalarStyle.forKey(key));
      out.append('\n');
      pad(out, indent);
      out.append(':');
      afterIndicator(out, entry._2, indent);
      return;
    }
    ScalarStyle.writeInline(out, key, ScalarStyle.forKey(key));
    out.append(':');
    Node value = entry._2;
    if (value instanceof MapNode map && !map.entries().isEmpty()) {
      out.append('\n');
      entries(out, map.entries(), indent + INDENT, 0);
    } else if (value instanceof ListNode list && !list.items().isEmpty()) {
      out.append('\n');
      items(out, list.items(), indent + INDENT, 0);
    } else {
      out.append(' ');
      scalar(out, value, indent + INDENT);
    }
  }

  /** Sequence items at {@code indent}, from the {@code from}-th one. */
  private static void items(StringBuilder out, Vector<Node> items, int indent, int from) {
    for (int i = from; i < items.size(); i++) {
      pad(out, indent);
      out.append('-');
      afterIndicator(out, items.get(i), indent);
    }
  }

  /**
   * The node after a {@code -} or an explicit key's {@code :} written at column {@code column}: a
   * map's first entry and a list's first item continue that line, the rest line up below them.
   */
  private static void afterIndicator(StringBuilder out, Node node, int column) {
    if (node instanceof MapNode map && !map.entries().isEmpty()) {
      out.append(' ');
      entry(out, map.entries().get(0), column + INDENT);
      entries(out, map.entries(), column + INDENT, 1);
    } else if (node instanceof ListNode list && !list.items().isEmpty()) {
      pad(out, 2 * INDENT - 1);
      out.append('-');
      afterIndicator(out, list.items().get(0), column + 2 * INDENT);
      items(out, list.items(), column + 2 * INDENT, 1);
    } else {
      out.append(' ');
      scalar(out, node, column + INDENT);
    }
  }

  /** A scalar or an empty collection, and the line break after it; block text at {@code blockIndent}. */
  private static void scalar(StringBuilder out, Node node, int blockIndent) {
    if (node instanceof Node.Text t) {
      String text = t.value();
      ScalarStyle.Style style = ScalarStyle.forValue(text);
      if (style == ScalarStyle.Style.LITERAL) {
        literal(out, text, blockIndent);
        return;
      }
      ScalarStyle.writeInline(out, text, style);
    } else if (node instanceof Node.Int i) {
      out.append(i.value().toString());
    } else if (node instanceof Node.Decimal d) {
      decimal(out, d.value());
    } else if (node instanceof Node.Bool b) {
      out.append(b.value() ? "true" : "false");
    } else if (node instanceof MapNode) {
      out.append("{}");
    } else if (node instanceof ListNode) {
      out.append("[]");
    } else {
      out.append("null");
    }
    out.append('\n');
  }

  /**
   * A decimal as {@code BigDecimal.toString} spells it, with a {@code .} closing the mantissa when it
   * has none: {@code 5.}, {@code 1.E-7}, {@code 1.E+3}, {@code 0.E-10}. The YAML 1.1 float form (as
   * PyYAML on libyaml reads it) needs a {@code .} and a signed exponent, which {@code toString} always
   * writes; without the {@code .}, {@code 5} reads as an integer and {@code 1E-7} as a string. YAML 1.2,
   * SnakeYAML and go-yaml read all these forms as the same number, and {@code BigDecimal} reads each
   * back with its scale, so a tree reads back equal. The rest is written as before, {@code 1.5E+10} too.
   */
  static void decimal(StringBuilder out, java.math.BigDecimal value) {
    String text = value.toString();
    if (text.indexOf('.') >= 0) {
      out.append(text);
      return;
    }
    int exponent = text.indexOf('E');
    if (exponent < 0) {
      out.append(text).append('.');
    } else {
      out.append(text, 0, exponent).append('.').append(text, exponent, text.length());
    }
  }

  /**
   * A literal block: {@code |} keeps one final line break, {@code |-} none, {@code |+} all of them.
   * Empty lines carry no indentation (no trailing spaces).
   */
  private static void literal(StringBuilder out, String text, int indent) {
    int end = text.length();
    out.append('|');
    if (text.charAt(end - 1) != '\n') {
      out.append('-');
    } else {
      end--;
      if (end > 0 && text.charAt(end - 1) == '\n') {
        out.append('+');
      }
    }
    out.append('\n');
    int start = 0;
    while (start <= end) {
      int lineEnd = text.indexOf('\n', start);
      if (lineEnd < 0 || lineEnd > end) {
        lineEnd = end;
      }
      if (lineEnd > start) {
        pad(out, indent);
        // a substring is copied in bulk; append(CharSequence, int, int) copies char by char
        out.append(text.substring(start, lineEnd));
      }
      out.append('\n');
      start = lineEnd + 1;
    }
  }

  private static void pad(StringBuilder out, int width) {
    int left = width;
    while (left > SPACES.length()) {
      out.append(SPACES);
      left -= SPACES.length();
    }
    out.append(SPACES, 0, left);
  }
}
