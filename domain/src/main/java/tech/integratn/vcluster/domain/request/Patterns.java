package tech.integratn.vcluster.domain.request;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The field table's regular expressions, each compiled once per JVM (no {@code computeIfAbsent}
 * with a method reference: linking it is a cold-start cost).
 */
final class Patterns {

  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  private Patterns() {}

  static Pattern compiled(String regex) {
    Pattern pattern = COMPILED.get(regex);
    if (pattern == null) {
      pattern = Pattern.compile(regex);
      Pattern raced = COMPILED.putIfAbsent(regex, pattern);
      return raced != null ? raced : pattern;
    }
    return pattern;
  }

  static boolean matches(String regex, String value) {
    return compiled(regex).matcher(value).matches();
  }
}
