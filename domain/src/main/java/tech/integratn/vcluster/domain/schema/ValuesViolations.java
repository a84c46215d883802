package tech.integratn.vcluster.domain.schema;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.orchestrator.RequestFields;
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
  public static final String OVERRIDES = RequestFields.VCLUSTER_HELM_OVERRIDES;

  private static final Vector<String> OVERRIDE_STEPS = Vector.of("spec", "vcluster", "helmOverrides");

  private ValuesViolations() {}

  /** One violation as a violation of a request field. */
  public static ChartValueViolation locate(SchemaViolation violation, Option<MapNode> helmOverrides) {
    if (helmOverrides.isDefined() && !violation.location().isEmpty()
        && exists(helmOverrides.get(), violation.location())) {
      return new ChartValueViolation(OVERRIDE_STEPS.appendAll(violation.location()), Option.none(), violation.message());
    }
    return new ChartValueViolation(Vector.of("valuesObject").appendAll(violation.location()),
        Option.some(ChartValueSources.sourceOf(violation.path())), violation.message());
  }

  /** Every violation as a violation of a request field, in order. */
  public static Seq<ChartValueViolation> locateAll(Seq<SchemaViolation> violations, Option<MapNode> helmOverrides) {
    Vector<ChartValueViolation> located = Vector.empty();
    for (SchemaViolation v : violations) {
      located = located.append(locate(v, helmOverrides));
    }
    return located;
  }

  /** One violation as a request-field message. */
  public static String describe(SchemaViolation violation, Option<MapNode> helmOverrides) {
    return locate(violation, helmOverrides).render();
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
