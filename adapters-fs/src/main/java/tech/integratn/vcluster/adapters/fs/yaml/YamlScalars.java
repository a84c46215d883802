package tech.integratn.vcluster.adapters.fs.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * What a scalar of a request means: untagged plain scalars resolve as {@code sigs.k8s.io/yaml}
 * resolves them (go-yaml v2's {@code resolve.go}, with Go's {@code strconv} underneath), which is
 * what Kratix, Argo CD and kubectl read; the standard tags as before.
 *
 * <ul>
 *   <li>an empty scalar, tagged or not: the empty text (a key without a value reads as
 *       {@code ""}, as with Jackson's YAML parser);</li>
 *   <li>{@code ~}, {@code null}, {@code Null}, {@code NULL}: null;</li>
 *   <li>{@code y yes true on} and {@code n no false off}, lower-case, capitalised or upper-case:
 *       booleans ({@code y}/{@code n} too, as go-yaml v2 reads them; YAML 1.1 readers such as
 *       PyYAML do not);</li>
 *   <li>a text starting with a digit or a sign, all {@code _} dropped, that Go's
 *       {@code strconv.ParseInt(s, 0, 64)} reads (an optional sign, then {@code 0b}, {@code 0o},
 *       {@code 0x} in either case, a leading {@code 0} for octal, or decimal digits), or
 *       {@code ParseUint} without a sign: an integer; one beyond 64 bits is not an integer;</li>
 *   <li>otherwise, when it is {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?} and
 *       finite as a {@code float64}: a decimal ({@code 08}, {@code 1e3}, {@code 1_000.5}, and an
 *       integer in decimal digits beyond 64 bits; a number that overflows, {@code 1e400}, is text);</li>
 *   <li>otherwise {@code 0b} followed by a signed binary number ({@code 0b-1}, {@code 0b+1}, as
 *       go-yaml v2's {@code 0b} branch reads it): an integer;</li>
 *   <li>a text starting with {@code .}: a decimal when Go's {@code ParseFloat} reads it and finite
 *       ({@code .5}, {@code .5_5}, {@code .5e3});</li>
 *   <li>everything else is text: base 60 ({@code 1:30}), {@code 0x} or {@code 0b} beyond 64 bits
 *       ({@code 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed}), timestamps (go-yaml v2 reads them into
 *       a string), {@code .inf} and {@code .nan} (go-yaml reads a float that
 *       {@code sigs.k8s.io/yaml} cannot convert to JSON: a decimal cannot hold it), {@code <<}, and
 *       every quoted or block scalar.</li>
 * </ul>
 * A decimal keeps the digits written (Go rounds to a {@code float64}); one whose exponent moves
 * the point beyond {@value #LARGEST_SCALE} places, or longer than {@value #LONGEST_NUMBER}
 * characters, is the nearest {@code double} instead ({@code 1e-999999} is {@code 0.0}, as in Go).
 * Tags: {@code !!str} is text; {@code !!int} reads the integers above; {@code !!float} any
 * decimal; {@code !!bool} the boolean words in any case, {@code y} and {@code n} too; {@code !!null}
 * any non-empty text (each is text when it is not that type); {@code !!binary} is refused; other
 * tags are ignored (text). Written without regular expressions, in place of SnakeYAML's regex
 * resolver (bench/README.md, round 3).
 */
final class YamlScalars {

  /** Longer number-like texts are read through a {@code double}: no quadratic digit parsing of hostile input. */
  static final int LONGEST_NUMBER = 1024;
  /**
   * Decimals whose exponent moves the point further than this are read as the nearest
   * {@code double} ({@code 1e-999999} is 0.0): written out in digits, such a number would be larger
   * than any request.
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
        Node n = isDigitOrSign(value.charAt(0)) ? number(value) : null;
        return n instanceof Node.Int ? n : Node.text(value);
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

  /** An untagged plain scalar, as go-yaml v2 resolves it (see the class comment). */
  static Node plain(String s) {
    if (s.equals("~") || s.equals("null") || s.equals("Null") || s.equals("NULL")) {
      return Node.Null.NULL;
    }
    Boolean b = bool(s);
    if (b != null) {
      return Node.bool(b);
    }
    char first = s.charAt(0);
    Node n = first == '.' ? dotFloat(s) : isDigitOrSign(first) ? number(s) : null;
    return n == null ? Node.text(s) : n;
  }

  /** The booleans of go-yaml v2 ({@code y}, {@code yes}, {@code true}, {@code on} and their negations) in their spellings, or null. */
  static @Nullable Boolean bool(String s) {
    switch (s) {
      case "y": case "Y": case "yes": case "Yes": case "YES": case "true": case "True": case "TRUE":
      case "on": case "On": case "ON":
        return Boolean.TRUE;
      case "n": case "N": case "no": case "No": case "NO": case "false": case "False": case "FALSE":
      case "off": case "Off": case "OFF":
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

  // ---- go-yaml v2's 'D' and 'S' branch: integers, then YAML-style floats, then 0b with a sign -----

  /** The number a text starting with a digit or sign is to go-yaml v2, or null for text. */
  static @Nullable Node number(String s) {
    String p = s.indexOf('_') < 0 ? s : withoutUnderscores(s, 0);
    Node n = baseZeroInteger(p);
    if (n != null) {
      return n;
    }
    if (isYamlStyleFloat(p)) {
      Node d = finiteDecimal(p);
      if (d != null) {
        return d;
      }
    }
    // go-yaml v2: ParseInt(plain[2:], 2, 64) takes a sign after the prefix, then ParseUint; its
    // "-0b" branch reads nothing the base-0 parse above has not read
    if (p.length() > 2 && p.charAt(0) == '0' && p.charAt(1) == 'b') {
      char c = p.charAt(2);
      if (c == '-' || c == '+') {
        return signedInteger(p, 3, 2, c == '-', true);
      }
      return signedInteger(p, 2, 2, false, false);
    }
    return null;
  }

  /** Go's {@code ParseInt(p, 0, 64)}, then {@code ParseUint(p, 0, 64)}: an integer of 64 bits, or null. */
  private static @Nullable Node baseZeroInteger(String p) {
    int i = sign(p);
    int n = p.length();
    if (i >= n) {
      return null;
    }
    int radix = 10;
    int from = i;
    if (p.charAt(i) == '0') {
      if (i + 1 == n) {
        return Node.integer(0);
      }
      char marker = (char) (p.charAt(i + 1) | 0x20);
      radix = marker == 'b' ? 2 : marker == 'o' ? 8 : marker == 'x' ? 16 : 0;
      from = radix == 0 ? i + 1 : i + 2;
      radix = radix == 0 ? 8 : radix;
    }
    return signedInteger(p, from, radix, p.charAt(0) == '-', i == 1);
  }

  /**
   * The digits of {@code radix} from {@code from} to the end (at least one) as an integer: negative
   * down to -2^63, signed up to 2^63-1, unsigned up to 2^64-1; null when they are not digits or
   * out of range.
   */
  private static @Nullable Node signedInteger(String p, int from, int radix, boolean negative, boolean signed) {
    int n = p.length();
    if (from >= n) {
      return null;
    }
    long max = Long.divideUnsigned(-1L, radix);
    long value = 0;
    for (int j = from; j < n; j++) {
      int d = digit(p.charAt(j));
      if (d < 0 || d >= radix) {
        return null;
      }
      if (Long.compareUnsigned(value, max) > 0) {
        return null;
      }
      long next = value * radix + d;
      if (Long.compareUnsigned(next, value * radix) < 0) {
        return null;
      }
      value = next;
    }
    if (negative) {
      return Long.compareUnsigned(value, Long.MIN_VALUE) <= 0 ? new Node.Int(BigInteger.valueOf(-value)) : null;
    }
    if (value >= 0) {
      return new Node.Int(BigInteger.valueOf(value));
    }
    return signed ? null : new Node.Int(new BigInteger(Long.toUnsignedString(value)));
  }

  /** {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?}, go-yaml's {@code yamlStyleFloat}. */
  static boolean isYamlStyleFloat(String p) {
    int n = p.length();
    int i = sign(p);
    int digits = run(p, i);
    int j = digits;
    if (j > i) {
      if (j < n && p.charAt(j) == '.') {
        j = run(p, j + 1);
      }
    } else {
      if (j >= n || p.charAt(j) != '.') {
        return false;
      }
      j = run(p, j + 1);
      if (j == i + 1) {
        return false;
      }
    }
    return j == n || ((p.charAt(j) == 'e' || p.charAt(j) == 'E') && exponent(p, j));
  }

  /**
   * go-yaml's {@code '.'} branch, {@code strconv.ParseFloat} of the text as written: a dot, digits
   * with single {@code _} between digits, an optional exponent likewise; a finite decimal or null.
   */
  private static @Nullable Node dotFloat(String s) {
    int n = s.length();
    int j = goDigits(s, 1);
    if (j < 0) {
      return null;
    }
    if (j < n) {
      if (s.charAt(j) != 'e' && s.charAt(j) != 'E') {
        return null;
      }
      j++;
      if (j < n && (s.charAt(j) == '-' || s.charAt(j) == '+')) {
        j++;
      }
      if (goDigits(s, j) != n) {
        return null;
      }
    }
    return finiteDecimal(s.indexOf('_') < 0 ? s : withoutUnderscores(s, 0));
  }

  /** The end of {@code [0-9](_?[0-9])*} from {@code from}, or -1 when no digit is there. */
  private static int goDigits(String s, int from) {
    int n = s.length();
    if (from >= n || !isDigit(s.charAt(from))) {
      return -1;
    }
    int j = from + 1;
    while (j < n) {
      char c = s.charAt(j);
      if (isDigit(c)) {
        j++;
      } else if (c == '_' && j + 1 < n && isDigit(s.charAt(j + 1))) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * The decimal of a text in {@link #isYamlStyleFloat}'s form, or null when, as a {@code float64},
   * it overflows (Go's {@code ParseFloat} fails, go-yaml keeps the text).
   */
  private static @Nullable Node finiteDecimal(String p) {
    if (p.length() <= LONGEST_NUMBER) {
      try {
        BigDecimal d = new BigDecimal(p);
        int magnitude = d.precision() - d.scale();
        if (d.signum() != 0 && (magnitude > 309 || (magnitude == 309 && Double.isInfinite(d.doubleValue())))) {
          return null;
        }
        if (Math.abs((long) d.scale()) <= LARGEST_SCALE) {
          return new Node.Decimal(d);
        }
      } catch (NumberFormatException | ArithmeticException e) {
        // an exponent beyond an int: the double below decides
      }
    }
    double value = Double.parseDouble(p);
    return Double.isInfinite(value) ? null : new Node.Decimal(BigDecimal.valueOf(value));
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

  private static boolean isDigitOrSign(char c) {
    return isDigit(c) || c == '-' || c == '+';
  }

  /** The value of an ASCII digit or letter (as a digit of base 16 and below), or -1. */
  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    char lower = (char) (c | 0x20);
    return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
  }

  /** The end of a run of digits from {@code from}. */
  private static int run(String s, int from) {
    int j = from;
    while (j < s.length() && isDigit(s.charAt(j))) {
      j++;
    }
    return j;
  }

  /** {@code [eE][-+]?[0-9]+} from {@code at} to the end. */
  private static boolean exponent(String s, int at) {
    int j = at + 1;
    if (j < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '+')) {
      j++;
    }
    return j < s.length() && run(s, j) == s.length();
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
