package tech.integratn.vcluster.adapters.fs.yaml;

/**
 * How each string is written, and the writing of the single-line styles.
 *
 * <p>The rules, in order, for a string {@code s}:
 * <ol>
 *   <li>A value with a line feed (and no other kind of line break): a literal block, unless a
 *       block would change it (a leading space or line break, a space before a line break or at
 *       the end, a tab or another character YAML cannot print as is); then double quotes.</li>
 *   <li>Double quotes when a reader could take {@code s} for something else: empty, a YAML 1.1
 *       or 1.2 keyword, number, date or null ({@link PlainScalarSafety#ambiguous}), the YAML 1.1
 *       merge key {@code <<}, starting with {@code ~}, holding a Unicode line break (NEL, LS, PS)
 *       or a byte-order mark; a value also when it holds a flow indicator ({@code [ ] { } ,}), a
 *       {@code #} after a blank or at the start, or a {@code :} before a blank or at the end; a
 *       key also when it holds a control character.</li>
 *   <li>Plain when the YAML grammar allows it; else single quotes when every character is
 *       printable; else double quotes, with escapes.</li>
 * </ol>
 * These are the choices Jackson's YAML generator (with minimised quotes and literal blocks) and
 * SnakeYAML's emitter make, with four deliberate differences where theirs was fragile: multi-line
 * text starting with a space or a line break is double-quoted rather than a block with an
 * indentation indicator; a byte-order mark is escaped rather than written raw (YAML allows it only
 * at the start of a stream); an unpaired surrogate is escaped rather than written raw (UTF-8
 * cannot encode it); and {@code <<} is quoted (YAML 1.1 readers take a plain one for a merge).
 */
final class ScalarStyle {

  enum Style { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL }

  /** Keys longer than this, empty ones and ones with a line break are written as explicit {@code ? key} entries. */
  static final int LONGEST_IMPLICIT_KEY = 127;

  private ScalarStyle() {}

  static Style forValue(String s) {
    if (s.indexOf('\n') >= 0 && !PlainScalarSafety.hasUnicodeBreak(s)) {
      return blockSafe(s) ? Style.LITERAL : Style.DOUBLE_QUOTED;
    }
    if (mustDoubleQuote(s) || valueHasIndicator(s)) {
      return Style.DOUBLE_QUOTED;
    }
    return inlineStyle(s);
  }

  static Style forKey(String s) {
    if (mustDoubleQuote(s) || hasControl(s)) {
      return Style.DOUBLE_QUOTED;
    }
    return inlineStyle(s);
  }

  static boolean needsExplicitKey(String key) {
    return key.isEmpty() || key.length() > LONGEST_IMPLICIT_KEY || key.indexOf('\n') >= 0
        || PlainScalarSafety.hasUnicodeBreak(key);
  }

  private static boolean mustDoubleQuote(String s) {
    return s.isEmpty() || s.charAt(0) == '~' || PlainScalarSafety.ambiguous(s) || s.indexOf('\uFEFF') >= 0
        || s.equals("<<");
  }

  private static Style inlineStyle(String s) {
    if (!allPrintable(s)) {
      return Style.DOUBLE_QUOTED;
    }
    return plainAllowed(s) ? Style.PLAIN : Style.SINGLE_QUOTED;
  }

  /** Jackson's rule for values: flow indicators, a comment start, a mapping indicator. */
  private static boolean valueHasIndicator(String s) {
    int last = s.length() - 1;
    for (int i = 0; i <= last; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '[', ']', '{', '}', ',' -> {
          return true;
        }
        case '#' -> {
          if (i == 0 || isBlank(s.charAt(i - 1))) {
            return true;
          }
        }
        case ':' -> {
          if (i == last || isBlank(s.charAt(i + 1))) {
            return true;
          }
        }
        default -> { }
      }
    }
    return false;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < 0x20) {
        return true;
      }
    }
    return false;
  }

  /**
   * A single-line text (all printable, no tab) as a plain scalar in block context: no indicator
   * first (a {@code -}, {@code ?} or {@code :} only before a non-blank), no document marker
   * first, no blank at either end, no {@code ": "}, final {@code :} or {@code " #"}.
   */
  private static boolean plainAllowed(String s) {
    char first = s.charAt(0);
    switch (first) {
      case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', ' ' -> {
        return false;
      }
      case '-', '?', ':' -> {
        if (s.length() == 1 || s.charAt(1) == ' ') {
          return false;
        }
      }
      default -> { }
    }
    if (s.startsWith("---") || s.startsWith("...") || s.charAt(s.length() - 1) == ' ') {
      return false;
    }
    int last = s.length() - 1;
    for (int i = 1; i <= last; i++) {
      char c = s.charAt(i);
      if (c == ':' && (i == last || s.charAt(i + 1) == ' ')) {
        return false;
      }
      if (c == '#' && s.charAt(i - 1) == ' ') {
        return false;
      }
    }
    return true;
  }

  /**
   * Multi-line text a literal block keeps as it is: printable, no tab, no carriage return, no
   * leading space or line break (which would need an indentation indicator), no space before a
   * line break or at the very end (a block cannot show trailing blanks).
   */
  private static boolean blockSafe(String s) {
    char first = s.charAt(0);
    if (first == ' ' || first == '\n' || s.charAt(s.length() - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        if (s.charAt(i - 1) == ' ') {
          return false;
        }
      } else if (!printable(s, i)) {
        return false;
      } else if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    return true;
  }

  private static boolean allPrintable(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!printable(s, i)) {
        return false;
      }
      if (Character.isHighSurrogate(s.charAt(i))) {
        i++;
      }
    }
    return true;
  }

  /**
   * Whether the character at {@code i} may appear as itself outside double quotes: YAML's
   * printable set less the tab, the line breaks and the byte-order mark; a surrogate only as
   * half of a valid pair.
   */
  private static boolean printable(String s, int i) {
    char c = s.charAt(i);
    if (c >= 0x20 && c <= 0x7E) {
      return true;
    }
    if (c < 0xA0 || c == '\uFEFF' || c == '\u2028' || c == '\u2029' || c > '\uFFFD') {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return !Character.isLowSurrogate(c);
  }

  /** Writes {@code s} in one of the single-line styles. */
  static void writeInline(StringBuilder out, String s, Style style) {
    switch (style) {
      case PLAIN -> out.append(s);
      case SINGLE_QUOTED -> singleQuoted(out, s);
      default -> doubleQuoted(out, s);
    }
  }

  private static void singleQuoted(StringBuilder out, String s) {
    out.append('\'');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'') {
        out.append('\'');
      }
      out.append(c);
    }
    out.append('\'');
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private static void doubleQuoted(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\0' -> out.append("\\0");
        case '\u0007' -> out.append("\\a");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\u000B' -> out.append("\\v");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        case '\u001B' -> out.append("\\e");
        case '\u0085' -> out.append("\\N");
        case '\u00A0' -> out.append("\\_");
        case '\u2028' -> out.append("\\L");
        case '\u2029' -> out.append("\\P");
        default -> {
          if (printable(s, i)) {
            out.append(c);
            if (Character.isHighSurrogate(c)) {
              out.append(s.charAt(++i));
            }
          } else if (c <= 0xFF) {
            out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
          }
        }
      }
    }
    out.append('"');
  }
}
