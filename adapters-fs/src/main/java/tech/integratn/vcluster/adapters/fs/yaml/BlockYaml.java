package tech.integratn.vcluster.adapters.fs.yaml;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * A reader for the plain block YAML most requests are written in, which answers "not mine" (null)
 * for everything else; {@link YamlTreeReader} then reads the document with SnakeYAML, which also
 * reports every error. It exists for the cold start of a pipeline run: loading and running
 * SnakeYAML's scanner, parser and their one regular expression cold costs more than the rest of
 * the read (bench/README.md, round 3).
 *
 * <p>What it reads: one optional {@code ---}, then a block mapping of block mappings, block
 * sequences (also at their key's indentation, and with a mapping starting on the {@code - } line)
 * and scalars: single-line plain ones (resolved by {@link YamlScalars}, like SnakeYAML's), single-
 * and double-quoted ones (with escapes, over several lines, as the Go YAML library behind Kratix
 * writes long strings), literal block scalars ({@code |}, {@code |-}, {@code |+}) with the
 * indentation of their first line (as the orchestrator's {@code argocd-application} sub-request and
 * Go's YAML library write the CoreDNS configuration, and as {@link YamlTreeWriter} writes multi-line
 * text), {@code {}} and {@code []}; comment lines and comments after a value. Keys are plain
 * single-line text. Anything else (tabs, carriage returns, other control characters, any character
 * from U+D800 up, emoji and private-use characters included, folded scalars, a block scalar with an
 * indentation indicator, an empty first line, a line of blanks only or a line indented between its
 * owner's and its own indentation, multi-line plain scalars, flow collections, anchors, aliases,
 * tags, directives, quoted or complex keys, duplicate keys, a second document, or a document beyond
 * the limits) is not its to read. Tests hold it to this: wherever it answers, the answer is
 * SnakeYAML's.
 */
final class BlockYaml {

  private final String text;
  private final YamlLimits limits;
  /** Start and end offset of every line's content after its indentation, and the indentation. */
  private final int[] starts;
  private final int[] ends;
  private final int[] indents;
  private final int lines;
  private int line;
  private int nodes;

  /** Thrown to give up: the document is not in this reader's subset. */
  private static final class NotMine extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final NotMine INSTANCE = new NotMine();

    private NotMine() {
      super(null, null, false, false);
    }
  }

  private BlockYaml(String text, YamlLimits limits, int[] starts, int[] ends, int[] indents, int lines) {
    this.text = text;
    this.limits = limits;
    this.starts = starts;
    this.ends = ends;
    this.indents = indents;
    this.lines = lines;
  }

  /** The document's tree, or null when it is not plain block YAML of this reader's subset. */
  static @Nullable Node read(String text, YamlLimits limits) {
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        count++;
      } else if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == '\u2028' || c == '\u2029' || c >= 0xD800) {
        return null;
      }
    }
    int[] starts = new int[count];
    int[] ends = new int[count];
    int[] indents = new int[count];
    int lines = 0;
    int from = 0;
    while (from <= text.length()) {
      int end = text.indexOf('\n', from);
      if (end < 0) {
        end = text.length();
      }
      int start = from;
      while (start < end && text.charAt(start) == ' ') {
        start++;
      }
      int last = end;
      while (last > start && text.charAt(last - 1) == ' ') {
        last--;
      }
      // blank and comment-only lines carry no structure outside block scalars, which read the text itself
      if (last > start && text.charAt(start) != '#') {
        starts[lines] = start;
        ends[lines] = last;
        indents[lines] = start - from;
        lines++;
      }
      from = end + 1;
    }
    try {
      return new BlockYaml(text, limits, starts, ends, indents, lines).document();
    } catch (NotMine | YamlScalars.Refused e) {
      return null; // SnakeYAML reads it again and says what is wrong
    }
  }

  private Node document() {
    if (lines > 0 && indents[0] == 0 && is(0, "---")) {
      line = 1;
    }
    if (line >= lines || isItem(line)) {
      throw NotMine.INSTANCE;
    }
    for (int i = line; i < lines; i++) {
      if (indents[i] == 0 && (startsWith(i, "---") || startsWith(i, "...") || text.charAt(starts[i]) == '%')) {
        throw NotMine.INSTANCE;
      }
    }
    Node root = mapping(indents[line], 0);
    if (line < lines) {
      throw NotMine.INSTANCE;
    }
    return root;
  }

  /** A block node starting on the current line, {@code depth} levels deep. */
  private Node block(int depth) {
    return isItem(line) ? sequence(indents[line], depth) : mapping(indents[line], depth);
  }

  private MapNode mapping(int indent, int depth) {
    count(depth);
    List<Tuple2<String, Node>> entries = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    while (line < lines && indents[line] == indent && !isItem(line)) {
      entries.add(entry(starts[line], indent, depth, keys));
    }
    if (line < lines && indents[line] > indent) {
      throw NotMine.INSTANCE;
    }
    return new MapNode(Vector.ofAll(entries));
  }

  /** The entry whose key starts at {@code from} on the current line, at column {@code indent}. */
  private Tuple2<String, Node> entry(int from, int indent, int depth, Set<String> keys) {
    int end = ends[line];
    int colon = -1;
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c == ':' && (i + 1 == end || text.charAt(i + 1) == ' ')) {
        colon = i;
        break;
      }
      if (c == '#' && i > from && text.charAt(i - 1) == ' ') {
        break;
      }
    }
    if (colon < 0) {
      throw NotMine.INSTANCE;
    }
    String key = text.substring(from, colon);
    if (!plainKey(key) || !keys.add(key)) {
      throw NotMine.INSTANCE;
    }
    int value = colon + 1;
    while (value < end && text.charAt(value) == ' ') {
      value++;
    }
    if (value == end || text.charAt(value) == '#') {
      line++;
      return Tuple.of(key, nested(indent, depth));
    }
    Node scalar = inline(value, end, indent, depth + 1);
    line++;
    return Tuple.of(key, scalar);
  }

  /** The value of a key with nothing after its colon: the block below it, or the empty text. */
  private Node nested(int indent, int depth) {
    if (line < lines && indents[line] > indent) {
      return block(depth + 1);
    }
    if (line < lines && indents[line] == indent && isItem(line)) {
      return sequence(indent, depth + 1);
    }
    count(depth + 1);
    return Node.text("");
  }

  private ListNode sequence(int indent, int depth) {
    count(depth);
    List<Node> items = new ArrayList<>();
    while (line < lines && indents[line] == indent && isItem(line)) {
      int from = starts[line] + 1;
      int end = ends[line];
      while (from < end && text.charAt(from) == ' ') {
        from++;
      }
      if (from == end || text.charAt(from) == '#') {
        line++;
        if (line < lines && indents[line] > indent) {
          items.add(block(depth + 1));
        } else {
          count(depth + 1);
          items.add(Node.text(""));
        }
      } else if (isItemAt(from, end)) {
        throw NotMine.INSTANCE;
      } else if (isEntry(from, end)) {
        // a mapping that starts on the item's line: its keys line up with the first one
        int column = from - (starts[line] - indents[line]);
        count(depth + 1);
        List<Tuple2<String, Node>> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        entries.add(entry(from, column, depth + 1, keys));
        while (line < lines && indents[line] == column && !isItem(line)) {
          entries.add(entry(starts[line], column, depth + 1, keys));
        }
        if (line < lines && indents[line] > column) {
          throw NotMine.INSTANCE;
        }
        items.add(new MapNode(Vector.ofAll(entries)));
      } else {
        items.add(inline(from, end, indent, depth + 1));
        line++;
      }
    }
    if (line < lines && indents[line] > indent) {
      throw NotMine.INSTANCE;
    }
    return new ListNode(Vector.ofAll(items));
  }

  /**
   * A scalar (or {@code {}}, {@code []}) starting at {@code from} on the current line (which ends at
   * {@code end}), the value of an entry or item at column {@code owner}. A quoted scalar may go on
   * over more lines; the current line is then the one it ends on. A next line indented more than
   * {@code owner} would continue a plain scalar (or be an error), so it is not read here.
   */
  private Node inline(int from, int end, int owner, int depth) {
    count(depth);
    Node value = scalar(from, end, owner);
    if (line + 1 < lines && indents[line + 1] > owner) {
      throw NotMine.INSTANCE;
    }
    return value;
  }

  private Node scalar(int from, int end, int owner) {
    char first = text.charAt(from);
    if (first == '-' && (from + 1 == end || text.charAt(from + 1) == ' ')) {
      throw NotMine.INSTANCE;
    }
    switch (first) {
      case '\'':
      case '"':
        return quoted(from, first, owner);
      case '{':
      case '[': {
        char close = first == '{' ? '}' : ']';
        if (from + 1 < end && text.charAt(from + 1) == close && afterValue(from + 2, end) == end) {
          return first == '{' ? MapNode.empty() : new ListNode(Vector.empty());
        }
        throw NotMine.INSTANCE;
      }
      case '|':
        return literal(from, end, owner);
      case ']': case '}': case ',': case '&': case '*': case '!': case '>': case '%': case '@':
      case '`': case '?': case ':':
        throw NotMine.INSTANCE;
      default:
        break;
    }
    int last = end;
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c == '#' && text.charAt(i - 1) == ' ') {
        last = i;
        break;
      }
      if ((c == ':' && (i + 1 == end || text.charAt(i + 1) == ' ')) || c == '[' || c == ']' || c == '{' || c == '}'
          || c == ',') {
        throw NotMine.INSTANCE;
      }
    }
    while (text.charAt(last - 1) == ' ') {
      last--;
    }
    return YamlScalars.resolve(text.substring(from, last), true, null);
  }

  /**
   * A single- or double-quoted scalar opened at {@code from}, on one line or folded over several:
   * blanks before a line break are dropped, a line break becomes a space (or, followed by empty
   * lines, one line feed per empty line), the next line's leading blanks are dropped; in double
   * quotes, escapes are decoded and an escaped line break joins the lines. Continuation lines must
   * be indented more than {@code owner}.
   */
  private Node quoted(int from, char quote, int owner) {
    StringBuilder value = new StringBuilder();
    int n = text.length();
    int i = from + 1;
    while (true) {
      if (i >= n) {
        throw NotMine.INSTANCE;
      }
      char c = text.charAt(i);
      if (c == quote) {
        if (quote == '\'' && i + 1 < n && text.charAt(i + 1) == '\'') {
          value.append('\'');
          i += 2;
          continue;
        }
        break;
      }
      if (c == ' ') {
        int j = i;
        while (j < n && text.charAt(j) == ' ') {
          j++;
        }
        if (j == n || text.charAt(j) != '\n') {
          value.append(text, i, j);
        }
        i = j;
      } else if (c == '\n') {
        i = fold(value, i + 1, owner, true);
      } else if (c == '\\' && quote == '"') {
        if (i + 1 < n && text.charAt(i + 1) == '\n') {
          i = fold(value, i + 2, owner, false);
        } else {
          i = escape(value, i + 1);
        }
      } else {
        value.append(c);
        i++;
      }
    }
    // the rest of the closing line: blanks and a comment at most
    int lineEnd = text.indexOf('\n', i);
    if (lineEnd < 0) {
      lineEnd = n;
    }
    while (lineEnd > i + 1 && text.charAt(lineEnd - 1) == ' ') {
      lineEnd--;
    }
    if (afterValue(i + 1, lineEnd) != lineEnd) {
      throw NotMine.INSTANCE;
    }
    while (line + 1 < lines && starts[line + 1] <= i) {
      line++;
    }
    return YamlScalars.resolve(value.toString(), false, null);
  }

  /**
   * A literal block scalar whose header ({@code |}, {@code |-} or {@code |+}, then blanks and a
   * comment at most) is at {@code from} on the current line (which ends at {@code end}), the value
   * of an entry or item at column {@code owner}. Read as SnakeYAML's scanner reads it, in the part
   * where that is simple: the indentation is the first line's, which must be more than
   * {@code owner}; each line at least that indented is content from that column on (comments and
   * trailing blanks included), each empty line one line feed; the first non-empty line indented
   * {@code owner} or less ends it (none at all: the empty text). {@code |} keeps the last content
   * line's break, {@code |-} none, {@code |+} also the empty lines after it. Not read: an
   * indentation indicator, an empty first line, a line of blanks only, a line indented more than
   * {@code owner} but less than the block. The current line is then the last one before the
   * first line after the block.
   */
  private Node literal(int from, int end, int owner) {
    int at = from + 1;
    char chomp = ' ';
    if (at < end && (text.charAt(at) == '-' || text.charAt(at) == '+')) {
      chomp = text.charAt(at);
      at++;
    }
    if (afterValue(at, end) != end) {
      throw NotMine.INSTANCE; // an indentation indicator, or anything else after the header
    }
    int n = text.length();
    int next = text.indexOf('\n', end);
    int stop = n; // where the first line after the block starts
    StringBuilder value = new StringBuilder();
    if (next >= 0) {
      int indent = -1;
      int pending = 0; // empty lines since the last content line
      boolean broken = false; // whether the last content line ended with a line break
      int q = next + 1;
      while (q < n) {
        int s = q;
        while (s < n && text.charAt(s) == ' ') {
          s++;
        }
        if (s == n || text.charAt(s) == '\n') {
          if (s > q || indent < 0) {
            throw NotMine.INSTANCE; // blanks only, or an empty first line
          }
          pending++;
          q = s + 1;
          continue;
        }
        int column = s - q;
        if (indent < 0) {
          if (column <= owner) {
            break;
          }
          indent = column;
        } else if (column < indent) {
          if (column > owner) {
            throw NotMine.INSTANCE;
          }
          break;
        }
        int lineEnd = text.indexOf('\n', s);
        if (lineEnd < 0) {
          lineEnd = n;
        }
        if (broken) {
          value.append('\n'); // the line break of the content line before
        }
        for (int b = 0; b < pending; b++) {
          value.append('\n');
        }
        pending = 0;
        value.append(text, q + indent, lineEnd);
        broken = lineEnd < n;
        q = lineEnd < n ? lineEnd + 1 : n;
      }
      stop = q;
      if (chomp != '-' && broken) {
        value.append('\n');
      }
      if (chomp == '+') {
        for (int b = 0; b < pending; b++) {
          value.append('\n');
        }
      }
    }
    while (line + 1 < lines && starts[line + 1] < stop) {
      line++;
    }
    return YamlScalars.resolve(value.toString(), false, null);
  }

  /**
   * Folds the line break before {@code from}: skips empty lines (one line feed each) and the next
   * line's indentation; with none, a space when {@code space}. Returns where the next line's text starts.
   */
  private int fold(StringBuilder value, int from, int owner, boolean space) {
    int n = text.length();
    int i = from;
    int breaks = 0;
    while (true) {
      int indent = 0;
      while (i < n && text.charAt(i) == ' ') {
        i++;
        indent++;
      }
      if (i < n && text.charAt(i) == '\n') {
        breaks++;
        i++;
        continue;
      }
      if (i == n || indent <= owner) {
        throw NotMine.INSTANCE;
      }
      break;
    }
    if (breaks == 0) {
      if (space) {
        value.append(' ');
      }
    } else {
      for (int b = 0; b < breaks; b++) {
        value.append('\n');
      }
    }
    return i;
  }

  /** Decodes the escape whose letter is at {@code at}; returns where the text goes on. */
  private int escape(StringBuilder value, int at) {
    if (at >= text.length()) {
      throw NotMine.INSTANCE;
    }
    int digits;
    switch (text.charAt(at)) {
      case '0': value.append('\0'); return at + 1;
      case 'a': value.append('\u0007'); return at + 1;
      case 'b': value.append('\b'); return at + 1;
      case 't': value.append('\t'); return at + 1;
      case 'n': value.append('\n'); return at + 1;
      case 'v': value.append('\u000B'); return at + 1;
      case 'f': value.append('\f'); return at + 1;
      case 'r': value.append('\r'); return at + 1;
      case 'e': value.append('\u001B'); return at + 1;
      case ' ': value.append(' '); return at + 1;
      case '"': value.append('"'); return at + 1;
      case '\\': value.append('\\'); return at + 1;
      case 'N': value.append('\u0085'); return at + 1;
      case '_': value.append('\u00A0'); return at + 1;
      case 'L': value.append('\u2028'); return at + 1;
      case 'P': value.append('\u2029'); return at + 1;
      case 'x': digits = 2; break;
      case 'u': digits = 4; break;
      case 'U': digits = 8; break;
      default: throw NotMine.INSTANCE;
    }
    if (at + digits >= text.length()) {
      throw NotMine.INSTANCE;
    }
    long code = 0; // eight hex digits reach 0xFFFFFFFF, past an int
    for (int k = at + 1; k <= at + digits; k++) {
      char h = text.charAt(k);
      int d = Character.digit(h, 16);
      if (d < 0 || h > 'f') {
        throw NotMine.INSTANCE;
      }
      code = code * 16 + d;
    }
    if (code > Character.MAX_CODE_POINT || (code >= Character.MIN_SURROGATE && code <= Character.MAX_SURROGATE)) {
      throw NotMine.INSTANCE; // SnakeYAML reports it where it is
    }
    value.appendCodePoint((int) code);
    return at + digits + 1;
  }

  /** {@code end} when nothing or blanks and a comment follow {@code from}; else {@code from}. */
  private int afterValue(int from, int end) {
    if (from == end) {
      return end;
    }
    int i = from;
    while (i < end && text.charAt(i) == ' ') {
      i++;
    }
    return i > from && (i == end || text.charAt(i) == '#') ? end : from;
  }

  /** A key SnakeYAML reads as the same plain scalar: no indicator first, no flow indicator, no blank at the end. */
  private static boolean plainKey(String key) {
    if (key.isEmpty() || key.length() > 1024 || key.charAt(key.length() - 1) == ' ') {
      return false;
    }
    switch (key.charAt(0)) {
      case '-': case '?': case ':': case ',': case '[': case ']': case '{': case '}': case '#': case '&': case '*':
      case '!': case '|': case '>': case '\'': case '"': case '%': case '@': case '`':
        return false;
      default:
        break;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || (c == '#' && key.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  private boolean isItem(int l) {
    return isItemAt(starts[l], ends[l]);
  }

  private boolean isItemAt(int from, int end) {
    return text.charAt(from) == '-' && (from + 1 == end || text.charAt(from + 1) == ' ');
  }

  /** Whether the text from {@code from} is a mapping entry: a {@code :} before a blank or the end. */
  private boolean isEntry(int from, int end) {
    char first = text.charAt(from);
    if (first == '\'' || first == '"') {
      return false;
    }
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c == ':' && (i + 1 == end || text.charAt(i + 1) == ' ')) {
        return true;
      }
      if (c == '#' && i > from && text.charAt(i - 1) == ' ') {
        return false;
      }
    }
    return false;
  }

  private boolean is(int l, String s) {
    return ends[l] - starts[l] == s.length() && text.startsWith(s, starts[l]);
  }

  private boolean startsWith(int l, String s) {
    return text.startsWith(s, starts[l]);
  }

  private void count(int depth) {
    if (++nodes > limits.maxNodes() || depth > limits.maxDepth()) {
      throw NotMine.INSTANCE;
    }
  }
}
