package tech.integratn.vcluster.adapters.fs.yaml;

import java.util.regex.Pattern;

/**
 * Decides which strings must be quoted so that every YAML reader, including YAML 1.1 readers
 * such as the Go libraries behind kubectl and Argo CD, reads them back as strings: booleans
 * ({@code yes}, {@code on}), nulls, integers in any base, floats, sexagesimals and timestamps.
 */
final class PlainScalarSafety {

  static final Pattern AMBIGUOUS = Pattern.compile(String.join("|",
      "(?i:y|yes|n|no|true|false|on|off|null|~)",
      "[-+]?(0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*)",
      "[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?",
      "[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?",
      "[-+]?[0-9][0-9_]*([eE][-+]?[0-9]+)",
      "[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)",
      "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?"));

  private PlainScalarSafety() {}

  /**
   * Also true for text holding a character that YAML 1.1 readers take for a line break inside
   * plain, single-quoted and block scalars (NEL, LS, PS): only double quotes keep it as written.
   */
  static boolean ambiguous(String text) {
    return text.isEmpty() || matchesAmbiguous(text) || hasUnicodeBreak(text);
  }

  /**
   * {@code AMBIGUOUS.matcher(text).matches()} for a non-empty text, without running the regular
   * expression where its first character already decides: only the number, float, sexagesimal
   * and date forms start with a digit, sign or dot, and a text starting with anything else can
   * only be one of the (ASCII, case-insensitive) keywords. Every key and string value of a run
   * passes here, and interpreting the full expression for each is a measurable part of a cold start.
   */
  static boolean matchesAmbiguous(String text) {
    char first = text.charAt(0);
    if ((first >= '0' && first <= '9') || first == '+' || first == '-' || first == '.') {
      return AMBIGUOUS.matcher(text).matches();
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
