package tech.integratn.vcluster.adapters.fs.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * What a scalar of a request means: YAML 1.1 resolution of untagged plain scalars, as the Go
 * libraries behind kubectl and Kratix and SnakeYAML resolve them, and the standard tags.
 *
 * <ul>
 *   <li>an empty scalar, tagged or not: the empty text (a key without a value reads as
 *       {@code ""}, as with Jackson's YAML parser);</li>
 *   <li>{@code ~}, {@code null}, {@code Null}, {@code NULL}: null;</li>
 *   <li>{@code yes no true false on off} in lower, capitalised or upper case: booleans;</li>
 *   <li>integers in base 2 ({@code 0b}), 8 (leading {@code 0}), 10 and 16 ({@code 0x}), with a
 *       sign and {@code _} separators; base 60 ({@code 1:30}) stays text; more than
 *       {@value #MOST_DIGITS} digits are refused;</li>
 *   <li>floats ({@code 1.5}, {@code .5}, {@code 1e3}) as decimals; those a decimal cannot hold
 *       ({@code .inf}, {@code .nan}, {@code 1_000.5}, base 60) or whose exponent is beyond
 *       {@value #LARGEST_SCALE} stay text;</li>
 *   <li>everything else, and every quoted or block scalar, is text.</li>
 * </ul>
 * Tags: {@code !!str} is text; {@code !!int} reads the integer forms above; {@code !!float} any
 * decimal; {@code !!bool} the boolean words in any case, {@code y} and {@code n} too; {@code !!null}
 * any non-empty text (each is text when it is not that type); {@code !!binary} is refused; other
 * tags are ignored (text). Written without regular expressions: this runs on every scalar of
 * every pipeline run, cold.
 */
final class YamlScalars {

  /** Longer untagged scalars are never numbers (as in SnakeYAML's resolver). */
  static final int LONGEST_NUMBER = 1024;
  /** Integers with more digits (in any base) are refused rather than read. */
  static final int MOST_DIGITS = 100;
  /**
   * Decimals whose exponent moves the point further than this stay text ({@code 1e999999999}):
   * written out in digits, such a number would be larger than any request.
   */
  static final int LARGEST_SCALE = 1000;

  private static final String YAML_TAG = "tag:yaml.org,2002:";

  private YamlScalars() {}

  /** Thrown for a scalar the reader refuses; the reader adds where. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * The node of a scalar: {@code plain} when it was written plain, {@code tag} its explicit tag
   * (null or {@code !} for none).
   */
  static Node resolve(String value, boolean plain, @Nullable String tag) {
    if (value.isEmpty()) {
      return Node.text(value);
    }
    if (tag == null || tag.equals("!")) {
      return plain ? plain(value) : Node.text(value);
    }
    String type = tag.startsWith(YAML_TAG) ? tag.substring(YAML_TAG.length()) : tag;
    switch (type) {
      case "binary":
        throw new Refused("binary values (!!binary) are not supported");
      case "int": {
        Node n = isInt(value) ? integer(value) : null;
        return n == null ? Node.text(value) : n;
      }
      case "float":
        return value.length() <= LONGEST_NUMBER ? decimal(value) : Node.text(value);
      case "bool": {
        Boolean b = boolWord(value);
        return b == null ? Node.text(value) : Node.bool(b);
      }
      case "null":
        return Node.Null.NULL;
      default:
        return Node.text(value);
    }
  }

  /** An untagged plain scalar. */
  static Node plain(String s) {
    if (s.equals("~") || s.equals("null") || s.equals("Null") || s.equals("NULL")) {
      return Node.Null.NULL;
    }
    Boolean b = bool(s);
    if (b != null) {
      return Node.bool(b);
    }
    if (s.length() <= LONGEST_NUMBER) {
      if (isInt(s)) {
        Node n = integer(s);
        return n == null ? Node.text(s) : n;
      }
      if (isFloat(s)) {
        return decimal(s);
      }
    }
    return Node.text(s);
  }

  /** The YAML 1.1 booleans in their three spellings each, or null. */
  static @Nullable Boolean bool(String s) {
    switch (s) {
      case "yes": case "Yes": case "YES": case "true": case "True": case "TRUE": case "on": case "On": case "ON":
        return Boolean.TRUE;
      case "no": case "No": case "NO": case "false": case "False": case "FALSE": case "off": case "Off": case "OFF":
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /** A boolean word in any case, {@code y} and {@code n} included (for {@code !!bool}), or null. */
  static @Nullable Boolean boolWord(String s) {
    for (String word : TRUE_WORDS) {
      if (word.equalsIgnoreCase(s)) {
        return Boolean.TRUE;
      }
    }
    for (String word : FALSE_WORDS) {
      if (word.equalsIgnoreCase(s)) {
        return Boolean.FALSE;
      }
    }
    return null;
  }

  private static final String[] TRUE_WORDS = {"y", "yes", "true", "on"};
  private static final String[] FALSE_WORDS = {"n", "no", "false", "off"};

  // ---- integers: [-+]? then 0b[01_]+ | 0[0-7_]+ | 0 | [1-9][0-9_]* | 0x[0-9a-fA-F_]+ | [1-9][0-9_]*(:[0-5]?[0-9])+
  //      (each digit group holding at least one digit)

  static boolean isInt(String s) {
    int i = sign(s);
    int n = s.length();
    if (i >= n) {
      return false;
    }
    char c = s.charAt(i);
    if (c == '0') {
      if (i + 1 == n) {
        return true;
      }
      char d = s.charAt(i + 1);
      if (d == 'b') {
        return digits(s, i + 2, 2);
      }
      if (d == 'x') {
        return digits(s, i + 2, 16);
      }
      return digits(s, i + 1, 8);
    }
    if (c < '1' || c > '9') {
      return false;
    }
    int j = i + 1;
    while (j < n && (isDigit(s.charAt(j)) || s.charAt(j) == '_')) {
      j++;
    }
    return j == n || sexagesimalTail(s, j);
  }

  /** The value of a text {@link #isInt} accepts; null for base 60, which stays text. */
  private static @Nullable Node integer(String s) {
    int i = sign(s);
    boolean negative = s.charAt(0) == '-';
    BigInteger value;
    if (s.indexOf(':') >= 0) {
      return null;
    }
    int radix = 10;
    int from = i;
    if (s.charAt(i) == '0' && i + 1 < s.length()) {
      char d = s.charAt(i + 1);
      radix = d == 'b' ? 2 : d == 'x' ? 16 : 8;
      from = radix == 8 ? i + 1 : i + 2;
    }
    String digits = withoutUnderscores(s, from);
    if (digits.length() > MOST_DIGITS) {
      throw new Refused("a number longer than " + MOST_DIGITS + " digits");
    }
    value = new BigInteger(digits, radix);
    return new Node.Int(negative ? value.negate() : value);
  }

  // ---- floats: [-+]? then D\.[0-9_]*E? | DE | \.[0-9_]+E? | D(:[0-5]?[0-9])+\.[0-9_]* | \.inf ; or \.nan
  //      where D = [0-9][0-9_]* and E = [eE][-+]?[0-9]+

  static boolean isFloat(String s) {
    int n = s.length();
    if (s.equals(".nan") || s.equals(".NaN") || s.equals(".NAN")) {
      return true;
    }
    int i = sign(s);
    if (i >= n) {
      return false;
    }
    String rest = s.substring(i);
    if (rest.equals(".inf") || rest.equals(".Inf") || rest.equals(".INF")) {
      return true;
    }
    if (s.charAt(i) == '.') {
      int end = run(s, i + 1, true);
      return end > i + 1 && exponentOrEnd(s, end);
    }
    if (!isDigit(s.charAt(i))) {
      return false;
    }
    int end = run(s, i + 1, true);
    if (end == n) {
      return false;
    }
    char c = s.charAt(end);
    if (c == '.') {
      return exponentOrEnd(s, run(s, end + 1, true));
    }
    if (c == 'e' || c == 'E') {
      return exponent(s, end);
    }
    if (c == ':') {
      int j = end;
      int groups = 0;
      while (j < n && s.charAt(j) == ':') {
        int k = j + 1;
        int digits = 0;
        while (k < n && isDigit(s.charAt(k)) && digits < 2) {
          k++;
          digits++;
        }
        if (digits == 0 || (digits == 2 && s.charAt(j + 1) > '5')) {
          return false;
        }
        j = k;
        groups++;
      }
      return groups > 0 && j < n && s.charAt(j) == '.' && run(s, j + 1, true) == n;
    }
    return false;
  }

  /** The decimal of {@code s}, or the text itself when it is none or its exponent is beyond {@link #LARGEST_SCALE}. */
  private static Node decimal(String s) {
    try {
      BigDecimal d = new BigDecimal(s);
      return Math.abs((long) d.scale()) <= LARGEST_SCALE ? new Node.Decimal(d) : Node.text(s);
    } catch (NumberFormatException e) {
      return Node.text(s);
    }
  }

  /** Whether {@code s} holds half of a surrogate pair without the other half (not Unicode text). */
  static boolean hasUnpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  // ---- pieces -------------------------------------------------------------------------------------

  private static int sign(String s) {
    return !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** From {@code from} to the end: digits of {@code radix} and underscores, at least one digit. */
  private static boolean digits(String s, int from, int radix) {
    if (from >= s.length()) {
      return false;
    }
    boolean digit = false;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '_') {
        continue;
      }
      if (Character.digit(c, radix) < 0 || c > 'f') {
        return false;
      }
      digit = true;
    }
    return digit;
  }

  /** {@code (:[0-5]?[0-9])+} from {@code from} to the end. */
  private static boolean sexagesimalTail(String s, int from) {
    int n = s.length();
    int j = from;
    if (j >= n) {
      return false;
    }
    while (j < n) {
      if (s.charAt(j) != ':') {
        return false;
      }
      int k = j + 1;
      int digits = 0;
      while (k < n && isDigit(s.charAt(k))) {
        k++;
        digits++;
      }
      if (digits == 0 || digits > 2 || (digits == 2 && s.charAt(j + 1) > '5')) {
        return false;
      }
      j = k;
    }
    return true;
  }

  /** The end of a run of digits (and underscores when allowed) from {@code from}. */
  private static int run(String s, int from, boolean underscores) {
    int j = from;
    while (j < s.length() && (isDigit(s.charAt(j)) || (underscores && s.charAt(j) == '_'))) {
      j++;
    }
    return j;
  }

  private static boolean exponentOrEnd(String s, int at) {
    return at == s.length() || ((s.charAt(at) == 'e' || s.charAt(at) == 'E') && exponent(s, at));
  }

  /** {@code [eE][-+]?[0-9]+} from {@code at} to the end. */
  private static boolean exponent(String s, int at) {
    int j = at + 1;
    if (j < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '+')) {
      j++;
    }
    return j < s.length() && run(s, j, false) == s.length();
  }

  private static String withoutUnderscores(String s, int from) {
    StringBuilder out = new StringBuilder(s.length() - from);
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '_') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
