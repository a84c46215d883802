package tech.integratn.vcluster.domain.request;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The field table's regular expressions, each compiled once per JVM. */
final class Patterns {

  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  private Patterns() {}

  static Pattern compiled(String regex) {
    return COMPILED.computeIfAbsent(regex, Pattern::compile);
  }

  static boolean matches(String regex, String value) {
    return compiled(regex).matcher(value).matches();
  }
}
