package tech.integratn.vcluster.adapters.fs.yaml;

/**
 * Decides which strings must be quoted so that every YAML reader, including YAML 1.1 readers
 * such as the Go libraries behind kubectl and Argo CD, reads them back as strings: booleans
 * ({@code yes}, {@code on}), nulls, integers in any base, floats, sexagesimals and timestamps.
 *
 * <p>The ambiguous texts are exactly those matching this regular expression (the tests keep it
 * as the oracle of the hand-written matcher below, which runs instead so that a cold start
 * compiles no regular expression; bench/README.md, round 3, measured one at ~9 ms on Java 17):
 * <pre>
 * (?i:y|yes|n|no|true|false|on|off|null|~)
 * | [-+]?(0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*)
 * | [-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?
 * | [-+]?([0-9][0-9_]*)?\.[0-9_]*([eE][-+]?[0-9]+)?
 * | [-+]?[0-9][0-9_]*([eE][-+]?[0-9]+)
 * | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)
 * | [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?
 * </pre>
 */
final class PlainScalarSafety {

  private PlainScalarSafety() {}
  /**
   * Also true for text holding a character that YAML 1.1 readers take for a line break inside
   * plain, single-quoted and block scalars (NEL, LS, PS): only double quotes keep it as written.
   */
  static boolean ambiguous(String text) {
    return text.isEmpty() || matchesAmbiguous(text) || hasUnicodeBreak(text);
  }

  /**
   * Whether a non-empty text matches the expression of the class comment. Only the number,
   * float, sexagesimal and date forms start with a digit, sign or dot, and a text starting with
   * anything else can only be one of the (ASCII, case-insensitive) keywords.
   */
  static boolean matchesAmbiguous(String text) {
    char first = text.charAt(0);
    if (isDigit(first) || first == '+' || first == '-' || first == '.') {
      return isNumberLike(text);
    }
    if (first == '~') {
      return text.length() == 1;
    }
    if (text.length() > 5) {
      return false;
    }
    String lower = asciiLowerCase(text);
    switch (lower) {
      case "y":
      case "yes":
      case "n":
      case "no":
      case "true":
      case "false":
      case "on":
      case "off":
      case "null":
        return true;
      default:
        return false;
    }
  }

  /** The number, float, sexagesimal, infinity, not-a-number and date alternatives. */
  private static boolean isNumberLike(String text) {
    if (isDate(text) || text.equals(".nan") || text.equals(".NaN") || text.equals(".NAN")) {
      return true;
    }
    int start = text.charAt(0) == '+' || text.charAt(0) == '-' ? 1 : 0;
    String unsigned = text.substring(start);
    return unsigned.equals(".inf") || unsigned.equals(".Inf") || unsigned.equals(".INF")
        || isPrefixedInteger(unsigned) || isDecimal(unsigned);
  }

  /** {@code 0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+}. */
  private static boolean isPrefixedInteger(String s) {
    if (s.length() < 2 || s.charAt(0) != '0') {
      return false;
    }
    char marker = s.charAt(1);
    if (marker == 'b' || marker == 'o' || marker == 'x') {
      if (s.length() == 2) {
        return false;
      }
      for (int i = 2; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean allowed = marker == 'b' ? c == '0' || c == '1' || c == '_'
            : marker == 'o' ? (c >= '0' && c <= '7') || c == '_'
            : isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '_';
        if (!allowed) {
          return false;
        }
      }
      return true;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '7') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The unsigned decimal forms: {@code [0-9][0-9_]*} alone, followed by sexagesimal parts
   * {@code (:[0-5]?[0-9])+(\.[0-9_]*)?}, by a fraction {@code \.[0-9_]*} and an optional exponent, or
   * by an exponent {@code [eE][-+]?[0-9]+}; or, without the integer part, a fraction and an optional exponent.
   */
  private static boolean isDecimal(String s) {
    int n = s.length();
    int i = 0;
    if (i < n && isDigit(s.charAt(i))) {
      i = skipDigitsOrUnderscores(s, i + 1);
      if (i == n) {
        return true;
      }
      char next = s.charAt(i);
      if (next == ':') {
        return isSexagesimalTail(s, i);
      }
      if (next == 'e' || next == 'E') {
        return isExponent(s, i);
      }
    }
    if (i == n || s.charAt(i) != '.') {
      return false;
    }
    i = skipDigitsOrUnderscores(s, i + 1);
    return i == n || isExponent(s, i);
  }

  /** {@code (:[0-5]?[0-9])+(\.[0-9_]*)?} from {@code i} to the end, {@code s.charAt(i)} being a colon. */
  private static boolean isSexagesimalTail(String s, int i) {
    int n = s.length();
    while (i < n && s.charAt(i) == ':') {
      i++;
      if (i == n || !isDigit(s.charAt(i))) {
        return false;
      }
      char tens = s.charAt(i);
      i++;
      if (i < n && isDigit(s.charAt(i)) && tens <= '5') {
        i++;
      }
    }
    if (i == n) {
      return true;
    }
    return s.charAt(i) == '.' && skipDigitsOrUnderscores(s, i + 1) == n;
  }

  /** {@code [eE][-+]?[0-9]+} from {@code i} to the end. */
  private static boolean isExponent(String s, int i) {
    int n = s.length();
    if (i == n || (s.charAt(i) != 'e' && s.charAt(i) != 'E')) {
      return false;
    }
    i++;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    if (i == n) {
      return false;
    }
    for (; i < n; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?}, where {@code .} is any character but a line terminator. */
  private static boolean isDate(String s) {
    int n = s.length();
    if (n < 8) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    int i = 4;
    for (int part = 0; part < 2; part++) {
      if (i == n || s.charAt(i) != '-') {
        return false;
      }
      i++;
      if (i == n || !isDigit(s.charAt(i))) {
        return false;
      }
      i++;
      if (i < n && isDigit(s.charAt(i))) {
        i++;
      }
    }
    if (i == n) {
      return true;
    }
    char separator = s.charAt(i);
    if (separator != 'T' && separator != 't' && separator != ' ') {
      return false;
    }
    for (i++; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  private static int skipDigitsOrUnderscores(String s, int i) {
    while (i < s.length() && (isDigit(s.charAt(i)) || s.charAt(i) == '_')) {
      i++;
    }
    return i;
  }

  /** An ASCII digit, as {@code [0-9]} (not {@link Character#isDigit}). */
  /**
   * Whether go-yaml (v2 and v3, behind kubectl, Argo CD and Kratix) reads {@code text} as a number:
   * it first drops every {@code _}, then tries Go's integer syntax with a case-insensitive base prefix
   * ({@code 0x}, {@code 0b}, {@code 0o}, or a leading {@code 0}) and then its float syntax
   * {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?}; only texts starting with a sign, a
   * digit or a dot are tried. After a {@code 0b} or {@code 0o} prefix a sign is taken too
   * ({@code 0b-1}, {@code 0b_+1}, {@code 0o+7}: go-yaml v2's {@code 0b} branch and v3's {@code 0o}
   * branch read them as integers). Syntax only: a number too large for Go, which go-yaml keeps as
   * text, is quoted as well. Wider than the YAML 1.1 forms above ({@code 0X1F}, {@code +_1},
   * {@code 1e_3}), so checked as well.
   */
  static boolean goYamlNumber(String text) {
    char first = text.charAt(0);
    if (!((first >= '0' && first <= '9') || first == '+' || first == '-' || first == '.')) {
      return false;
    }
    StringBuilder plain = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '_') {
        plain.append(c);
      }
    }
    String p = plain.toString();
    int i = p.isEmpty() || (p.charAt(0) != '+' && p.charAt(0) != '-') ? 0 : 1;
    if (i >= p.length()) {
      return false;
    }
    if (p.length() > i + 2 && p.charAt(i) == '0') {
      char base = (char) (p.charAt(i + 1) | 0x20);
      int radix = base == 'x' ? 16 : base == 'b' ? 2 : base == 'o' ? 8 : 0;
      if (radix != 0) {
        // go-yaml v2's 0b branch and v3's 0o branch parse what follows the prefix with
        // strconv.ParseInt, which takes a sign there: 0b-1 is -1, 0o+7 is 7
        int at = i + 2;
        if (radix != 16 && (p.charAt(at) == '-' || p.charAt(at) == '+')) {
          at++;
        }
        return allDigits(p, at, radix);
      }
    }
    if (allDigits(p, i, 10)) {
      return true;
    }
    // [0-9]+(\.[0-9]*)? or \.[0-9]+, then an optional exponent
    int j = i;
    while (j < p.length() && isDigit(p.charAt(j))) {
      j++;
    }
    boolean digits = j > i;
    if (j < p.length() && p.charAt(j) == '.') {
      int k = j + 1;
      while (k < p.length() && isDigit(p.charAt(k))) {
        k++;
      }
      digits = digits || k > j + 1;
      j = k;
    }
    if (!digits) {
      return false;
    }
    if (j == p.length()) {
      return true;
    }
    if ((p.charAt(j) | 0x20) != 'e') {
      return false;
    }
    j++;
    if (j < p.length() && (p.charAt(j) == '+' || p.charAt(j) == '-')) {
      j++;
    }
    return allDigits(p, j, 10);
  }

  /** At least one character from {@code from}, all digits of {@code radix} (ASCII). */
  private static boolean allDigits(String s, int from, int radix) {
    if (from >= s.length()) {
      return false;
    }
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 'f' || Character.digit(c, radix) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** ASCII letters lower-cased, every other character kept (the regex's {@code (?i:)} matches likewise). */
  private static String asciiLowerCase(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] = (char) (chars[i] + ('a' - 'A'));
      }
    }
    return new String(chars);
  }

  static boolean hasUnicodeBreak(String text) {
    return text.indexOf('\u0085') >= 0 || text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0;
  }
}
