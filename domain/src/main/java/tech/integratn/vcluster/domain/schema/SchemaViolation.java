package tech.integratn.vcluster.domain.schema;

import io.vavr.collection.Vector;

/**
 * One place where a value tree breaks its schema.
 *
 * @param location the steps from the root to the offending value: map keys as written, list
 *     positions as {@code [i]}; empty for the root itself
 * @param message what is wrong, in words (for example {@code expected boolean, got "yes"})
 */
public record SchemaViolation(Vector<String> location, String message) {

  /**
   * The location as a dotted path ({@code controlPlane.statefulSet.foo}, {@code proxy.extraSANs[0]});
   * empty for the root.
   */
  public String path() {
    StringBuilder out = new StringBuilder();
    for (String step : location) {
      if (!isIndex(step) && out.length() > 0) {
        out.append('.');
      }
      out.append(step);
    }
    return out.toString();
  }

  /** {@code <path>: <message>}, or {@code (root): <message>}. */
  public String render() {
    String path = path();
    return (path.isEmpty() ? "(root)" : path) + ": " + message;
  }

  /** Whether a location step is a list position ({@code [3]}) rather than a map key. */
  static boolean isIndex(String step) {
    if (step.length() < 3 || step.charAt(0) != '[' || step.charAt(step.length() - 1) != ']') {
      return false;
    }
    for (int i = 1; i < step.length() - 1; i++) {
      if (!Character.isDigit(step.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
