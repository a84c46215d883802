package tech.integratn.vcluster.domain.schema;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Turns a chart-values {@link SchemaViolation} into a message about the request. A violation
 * whose location exists inside the request's {@code spec.vcluster.helmOverrides} is the user's
 * override: {@code spec.vcluster.helmOverrides.<path>: <message>}. Anything else is a derived
 * value: {@code valuesObject.<path> (derived from <fields>): <message>}, the fields coming from
 * {@link ChartValueSources}.
 */
public final class ValuesViolations {

  /** The request field prefix of overrides. */
  public static final String OVERRIDES = "spec.vcluster.helmOverrides";

  private ValuesViolations() {}

  /** One violation as a request-field message. */
  public static String describe(SchemaViolation violation, Option<MapNode> helmOverrides) {
    String path = violation.path();
    if (helmOverrides.isDefined() && !violation.location().isEmpty()
        && exists(helmOverrides.get(), violation.location())) {
      return OVERRIDES + "." + path + ": " + violation.message();
    }
    String where = path.isEmpty() ? "valuesObject" : "valuesObject." + path;
    return where + " (derived from " + ChartValueSources.sourceOf(path) + "): " + violation.message();
  }

  /** Every violation as a request-field message, in order. */
  public static Seq<String> describeAll(Seq<SchemaViolation> violations, Option<MapNode> helmOverrides) {
    return violations.map(v -> describe(v, helmOverrides));
  }

  /** Whether the overrides tree holds a value at every step of {@code location}. */
  static boolean exists(Node root, Seq<String> location) {
    Node current = root;
    for (String step : location) {
      if (current instanceof MapNode map && map.containsKey(step)) {
        current = map.get(step).get();
      } else if (current instanceof ListNode list && SchemaViolation.isIndex(step)) {
        int index = Integer.parseInt(step.substring(1, step.length() - 1));
        if (index >= list.items().size()) {
          return false;
        }
        current = list.items().get(index);
      } else {
        return false;
      }
    }
    return true;
  }
}
