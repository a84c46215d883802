package tech.integratn.vcluster.domain.promise;

import io.vavr.control.Either;

/**
 * Turns a Java regular expression of the field table into a CRD {@code pattern}.
 *
 * <p>The decoder tests a value with {@link java.util.regex.Matcher#matches()} (the whole value must
 * match); a CRD pattern is searched (the API server compiles it with Go's RE2, clients such as
 * editors with ECMA-262). So a pattern keeps its meaning only if it is anchored at both ends and
 * uses no construct that one of those dialects lacks or reads differently. This class checks
 * the second condition conservatively and establishes the first by wrapping when needed.
 */
public final class CrdPattern {

  private CrdPattern() {}

  /** Escapes after a backslash that mean the same in Java, RE2 and ECMA-262. */
  private static final String PORTABLE_ESCAPE_LETTERS = "dDwWsSbBtnrfv";

  /**
   * The CRD pattern for {@code javaRegex} (right), or why it cannot be published (left): a
   * construct of Java's dialect that RE2 or ECMA-262 rejects or reads differently.
   */
  public static Either<String, String> of(String javaRegex) {
    String problem = portabilityProblem(javaRegex);
    if (!problem.isEmpty()) {
      return Either.left(problem);
    }
    return Either.right(anchored(javaRegex));
  }

  /** {@code crdPattern} widened to accept the empty string too (which the decoder treats as absent). */
  public static String allowingEmpty(String crdPattern) {
    return "^$|" + crdPattern;
  }

  /** The pattern as is when it is anchored at both ends without top-level alternation, else wrapped. */
  static String anchored(String regex) {
    boolean anchoredAlready = regex.startsWith("^") && endsWithUnescapedDollar(regex) && !hasTopLevelAlternation(regex);
    return anchoredAlready ? regex : "^(?:" + regex + ")$";
  }

  private static boolean endsWithUnescapedDollar(String regex) {
    if (!regex.endsWith("$")) {
      return false;
    }
    int backslashes = 0;
    for (int i = regex.length() - 2; i >= 0 && regex.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 0;
  }

  private static boolean hasTopLevelAlternation(String regex) {
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
        if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
          i++;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  /** The first non-portable construct of {@code regex}, described, or the empty string. */
  static String portabilityProblem(String regex) {
    boolean inClass = false;
    boolean afterQuantifier = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        if (i + 1 >= regex.length()) {
          return "trailing backslash";
        }
        char e = regex.charAt(i + 1);
        if (Character.isLetterOrDigit(e) && PORTABLE_ESCAPE_LETTERS.indexOf(e) < 0) {
          return "escape \\" + e + " is Java-specific or means something else in RE2/ECMA-262";
        }
        i++;
        afterQuantifier = false;
        continue;
      }
      if (inClass) {
        if (c == '[') {
          return "nested character class (Java union) at index " + i;
        }
        if (c == '&' && i + 1 < regex.length() && regex.charAt(i + 1) == '&') {
          return "character class intersection && at index " + i;
        }
        if (c == ']') {
          inClass = false;
        }
        continue;
      }
      if (afterQuantifier && c == '+') {
        return "possessive quantifier at index " + i;
      }
      afterQuantifier = false;
      switch (c) {
        case '[':
          inClass = true;
          if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
            i++;
          }
          if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
            return "character class opening with ] (a literal in Java and RE2, an empty class in ECMA-262) at index " + i;
          }
          break;
        case '(':
          if (i + 1 < regex.length() && regex.charAt(i + 1) == '?') {
            if (i + 2 >= regex.length() || regex.charAt(i + 2) != ':') {
              return "group construct (?" + (i + 2 < regex.length() ? regex.charAt(i + 2) : "")
                  + " (inline flags, lookaround, atomic or named group) at index " + i;
            }
          }
          break;
        case '*':
        case '+':
        case '?':
        case '}':
          afterQuantifier = true;
          break;
        default:
          break;
      }
    }
    return inClass ? "unterminated character class" : "";
  }
}
