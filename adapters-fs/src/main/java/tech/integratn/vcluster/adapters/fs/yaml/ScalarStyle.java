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
 *       or 1.2 keyword, number, date or null ({@link PlainScalarSafety#ambiguous}), a number to
 *       go-yaml ({@link PlainScalarSafety#goYamlNumber}), the YAML 1.1 merge key {@code <<} or value
 *       key {@code =}, starting with {@code ~}, holding a Unicode line break (NEL, LS, PS)
 *       or a byte-order mark; a value also when it holds a flow indicator ({@code [ ] { } ,}), a
 *       {@code #} after a blank or at the start, or a {@code :} before a blank or at the end; a
 *       key also when it holds a control character.</li>
 *   <li>Plain when the YAML grammar allows it; else single quotes when every character is
 *       printable; else double quotes, with escapes.</li>
 * </ol>
 * These are the choices Jackson's YAML generator (with minimised quotes and literal blocks) and
 * SnakeYAML's emitter make, with deliberate differences where theirs was fragile: multi-line
 * text starting with a space or a line break is double-quoted rather than a block with an
 * indentation indicator; a byte-order mark is escaped rather than written raw (YAML allows it only
 * at the start of a stream); an unpaired surrogate is escaped rather than written raw (UTF-8
 * cannot encode it; the reader refuses such input, so renderings never hold one); {@code <<} and
 * {@code =} are quoted (YAML 1.1 readers take a plain one for a merge or a value key); texts
 * go-yaml reads as numbers ({@code 0X1F}, {@code +_1}) are quoted. A decimal whose mantissa has no
 * {@code .} gets one ({@code 5.}, {@code 1.E-7}; Jackson wrote {@code 5} and {@code 1E-7}), so that
 * YAML 1.1 readers read it back as a decimal ({@link YamlTreeWriter#decimal}).
 */
final class ScalarStyle {

  enum Style { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL }

  /** Keys longer than this, empty ones and ones with a line break are written as explicit {@code ? key} entries. */
  static final int LONGEST_IMPLICIT_KEY = 127;

  private ScalarStyle() {}

  static Style forValue(String s) {
    int f = scan(s);
    if ((f & LINE_FEED) != 0 && (f & OTHER_BREAK) == 0) {
      return blockSafe(s, f) ? Style.LITERAL : Style.DOUBLE_QUOTED;
    }
    if (mustDoubleQuote(s, f) || (f & (FLOW_INDICATOR | COMMENT | MAPPING)) != 0) {
      return Style.DOUBLE_QUOTED;
    }
    return inlineStyle(s, f);
  }

  static Style forKey(String s) {
    int f = scan(s);
    if (mustDoubleQuote(s, f) || (f & CONTROL) != 0) {
      return Style.DOUBLE_QUOTED;
    }
    return inlineStyle(s, f);
  }

  static boolean needsExplicitKey(String key) {
    return key.isEmpty() || key.length() > LONGEST_IMPLICIT_KEY || (scan(key) & (LINE_FEED | OTHER_BREAK)) != 0;
  }

  /**
   * Whether a reader would take {@code s}, written plain, for something other than this string
   * (rule 2's first part: empty, a keyword, number, date or null, {@code <<}, {@code =}, a leading
   * {@code ~}, a Unicode line break).
   */
  static boolean readsAsOther(String s) {
    return mustDoubleQuote(s, scan(s));
  }

  private static boolean mustDoubleQuote(String s, int f) {
    return s.isEmpty() || s.charAt(0) == '~' || (f & OTHER_BREAK) != 0 || PlainScalarSafety.matchesAmbiguous(s)
        || PlainScalarSafety.goYamlNumber(s) || s.equals("<<") || s.equals("=");
  }

  private static Style inlineStyle(String s, int f) {
    if ((f & UNPRINTABLE) != 0) {
      return Style.DOUBLE_QUOTED;
    }
    return plainAllowed(s, f) ? Style.PLAIN : Style.SINGLE_QUOTED;
  }

  // ---- one pass over a text: what it holds, as bit flags ------------------------------------------

  /** A line feed. */
  private static final int LINE_FEED = 1;
  /** NEL, LS or PS: line breaks to YAML 1.1 readers. */
  private static final int OTHER_BREAK = 1 << 1;
  /** A character other than the line feed that must be escaped: tab, other controls, BOM, unpaired surrogates... */
  private static final int UNPRINTABLE = 1 << 2;
  /** A character below U+0020, the line feed and tab included. */
  private static final int CONTROL = 1 << 3;
  /** One of {@code [ ] { } ,}. */
  private static final int FLOW_INDICATOR = 1 << 4;
  /** A {@code #} first or after a blank. */
  private static final int COMMENT = 1 << 5;
  /** A {@code :} last or before a blank. */
  private static final int MAPPING = 1 << 6;
  /** A space before a line feed. */
  private static final int SPACE_BREAK = 1 << 7;

  /** The kind of each ASCII character for {@link #scan}; 0 is an ordinary printable one. */
  private static final byte[] ASCII = new byte[128];
  private static final byte HASH = 1;
  private static final byte COLON = 2;
  private static final byte FLOW = 3;
  private static final byte SPACE = 4;
  private static final byte LF = 5;
  private static final byte OTHER_CONTROL = 6;

  static {
    for (int c = 0; c < 0x20; c++) {
      ASCII[c] = OTHER_CONTROL;
    }
    ASCII[0x7F] = OTHER_CONTROL;
    ASCII['\n'] = LF;
    ASCII[' '] = SPACE;
    ASCII['#'] = HASH;
    ASCII[':'] = COLON;
    ASCII['['] = FLOW;
    ASCII[']'] = FLOW;
    ASCII['{'] = FLOW;
    ASCII['}'] = FLOW;
    ASCII[','] = FLOW;
  }

  /**
   * Everything the style rules ask of a text, in one pass (every key and string of a run goes
   * through here).
   */
  static int scan(String s) {
    int flags = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        switch (ASCII[c]) {
          case 0:
            break;
          case HASH:
            if (i == 0 || isBlank(s.charAt(i - 1))) {
              flags |= COMMENT;
            }
            break;
          case COLON:
            if (i == n - 1 || isBlank(s.charAt(i + 1))) {
              flags |= MAPPING;
            }
            break;
          case FLOW:
            flags |= FLOW_INDICATOR;
            break;
          case SPACE:
            if (i + 1 < n && s.charAt(i + 1) == '\n') {
              flags |= SPACE_BREAK;
            }
            break;
          case LF:
            flags |= LINE_FEED | CONTROL;
            break;
          default:
            flags |= UNPRINTABLE | (c < 0x20 ? CONTROL : 0);
            break;
        }
      } else if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
        flags |= OTHER_BREAK | UNPRINTABLE;
      } else if (!printable(s, i)) {
        flags |= UNPRINTABLE;
      } else if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    return flags;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /**
   * A single-line text (all printable, no tab) as a plain scalar in block context: no indicator
   * first (a {@code -}, {@code ?} or {@code :} only before a non-blank), no document marker
   * first, no blank at either end, no {@code ": "}, final {@code :} or {@code " #"}.
   */
  private static boolean plainAllowed(String s, int f) {
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
    return (f & (MAPPING | COMMENT)) == 0 && !s.startsWith("---") && !s.startsWith("...")
        && s.charAt(s.length() - 1) != ' ';
  }

  /**
   * Multi-line text a literal block keeps as it is: printable, no tab, no carriage return, no
   * leading space or line break (which would need an indentation indicator), no space before a
   * line break or at the very end (a block cannot show trailing blanks).
   */
  private static boolean blockSafe(String s, int f) {
    char first = s.charAt(0);
    return first != ' ' && first != '\n' && s.charAt(s.length() - 1) != ' ' && (f & (SPACE_BREAK | UNPRINTABLE)) == 0;
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
