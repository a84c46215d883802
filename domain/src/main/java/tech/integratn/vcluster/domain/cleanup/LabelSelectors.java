package tech.integratn.vcluster.domain.cleanup;

import io.vavr.collection.Map;
import io.vavr.control.Option;

/**
 * The client-side check of a profile's label selector (spec 10.3): equality-based terms
 * ({@code k=v}, {@code k==v}, {@code k!=v}) and existence terms ({@code k}, {@code !k}), joined by
 * commas. A set-based term ({@code k in (a,b)}) cannot be checked here, so no volume matches it.
 */
final class LabelSelectors {

  private LabelSelectors() {}

  static boolean checkable(String selector) {
    return selector.indexOf('(') < 0 && selector.indexOf(')') < 0 && !selector.isBlank();
  }

  static boolean matches(String selector, Map<String, String> labels) {
    if (!checkable(selector)) {
      return false;
    }
    for (String raw : selector.split(",")) {
      String term = raw.strip();
      if (term.isEmpty() || !holds(term, labels)) {
        return false;
      }
    }
    return true;
  }

  private static boolean holds(String term, Map<String, String> labels) {
    int not = term.indexOf("!=");
    if (not >= 0) {
      Option<String> value = labels.get(term.substring(0, not).strip());
      return value.isEmpty() || !value.get().equals(term.substring(not + 2).strip());
    }
    int eq = term.indexOf('=');
    if (eq >= 0) {
      String value = term.substring(term.startsWith("==", eq) ? eq + 2 : eq + 1).strip();
      Option<String> actual = labels.get(term.substring(0, eq).strip());
      return actual.isDefined() && actual.get().equals(value);
    }
    if (term.startsWith("!")) {
      return labels.get(term.substring(1).strip()).isEmpty();
    }
    if (term.indexOf(' ') >= 0) {
      // "k in ..." without parentheses, or another form this check does not know
      return false;
    }
    return labels.get(term).isDefined();
  }
}
