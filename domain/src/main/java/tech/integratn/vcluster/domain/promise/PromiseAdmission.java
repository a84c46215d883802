package tech.integratn.vcluster.domain.promise;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.Patterns;
import tech.integratn.vcluster.domain.names.KubernetesNames;
import tech.integratn.vcluster.domain.orchestrator.RequestFields;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/**
 * The rules Kratix's Promise admission webhook applies beyond the Promise's JSON schema (spec
 * 7.3): a file that passes the schema but breaks one of these is still refused on a real platform.
 * Every problem is a line {@code <where>: <rule> (got <value>)}.
 */
public final class PromiseAdmission {

  /** {@code <promise>-<workflow type>-<action>-<pipeline>} names the pipeline's ServiceAccount. */
  public static final int MAX_PIPELINE_ID = 60;
  /** Kratix's shortest reconciliation interval. */
  static final long MIN_RECONCILIATION_SECONDS = 60;

  private static final Seq<String> WORKFLOW_TYPES = List.of("resource", "promise");
  private static final Seq<String> ACTIONS = List.of("configure", "delete");

  private PromiseAdmission() {}

  /** Every rule {@code promise} breaks; empty when Kratix would admit it. */
  public static Seq<String> problems(Node promise) {
    String name = Paths.text(promise, "metadata", "name").getOrElse("");
    Seq<String> scope = Paths.at(promise, "spec", "api", "spec", "scope")
        .filter(s -> !s.equals(Node.text("Namespaced")))
        .map(s -> "spec.api.spec.scope: the API must be namespace-scoped (got " + Node.describe(s) + ")")
        .toList();
    Seq<String> pipelines = WORKFLOW_TYPES.flatMap(type -> ACTIONS.flatMap(action ->
        Paths.at(promise, "spec", "workflows", type, action)
            .filter(ListNode.class::isInstance)
            .map(list -> pipelines(name, type, action, (ListNode) list))
            .getOrElse(List.empty())));
    Seq<String> interval = Paths.at(promise, "spec", "workflows", "config", "reconciliationInterval")
        .filter(i -> !(i instanceof Node.Text t) || seconds(t.value()).filter(n -> n >= MIN_RECONCILIATION_SECONDS).isEmpty())
        .map(i -> "spec.workflows.config.reconciliationInterval: must be a duration of at least 1m (got "
            + Node.describe(i) + ")")
        .toList();
    return Vector.ofAll(scope).appendAll(pipelines).appendAll(interval);
  }

  private static Seq<String> pipelines(String promise, String type, String action, ListNode list) {
    Seq<String> names = list.items().map(pipeline -> Paths.text(pipeline, "metadata", "name").getOrElse(""));
    return list.items().zipWithIndex().flatMap(indexed -> {
      Node pipeline = indexed._1;
      int i = indexed._2;
      String where = "spec.workflows." + type + "." + action + "[" + i + "]";
      String pipelineName = names.get(i);
      String id = promise + "-" + type + "-" + action + "-" + pipelineName;
      Seq<String> own = List.of(
          !Patterns.matches(RequestFields.DNS_LABEL, pipelineName) || pipelineName.length() > 63
              ? Option.some(where + ".metadata.name: " + KubernetesNames.DNS_LABEL_RULE + " (got "
                  + Node.quote(pipelineName) + ")")
              : Option.<String>none(),
          id.length() > MAX_PIPELINE_ID
              ? Option.some(where + ".metadata.name: " + promise + "-" + type + "-" + action + "-<pipeline> names the "
                  + "pipeline's ServiceAccount and must be at most " + MAX_PIPELINE_ID + " characters (got " + id
                  + ", " + id.length() + ")")
              : Option.<String>none(),
          names.take(i).contains(pipelineName)
              ? Option.some(where + ".metadata.name: pipeline names must be unique per action (got " + pipelineName + ")")
              : Option.<String>none())
          .flatMap(o -> o);
      Seq<String> labels = Paths.at(pipeline, "metadata", "labels")
          .filter(MapNode.class::isInstance)
          .<Seq<String>>map(map -> ((MapNode) map).entries().flatMap(label -> labelProblems(where, label)))
          .getOrElse(List.empty());
      return own.appendAll(labels);
    });
  }

  private static Seq<String> labelProblems(String where, Tuple2<String, Node> label) {
    String at = where + ".metadata.labels[" + Node.quote(label._1) + "]";
    Seq<String> key = Patterns.matches(RequestFields.LABEL_KEY, label._1)
        ? List.empty() : List.of(at + ": " + RequestFields.LABEL_KEY_RULE);
    Seq<String> value = label._2 instanceof Node.Text v && Patterns.matches(RequestFields.LABEL_VALUE, v.value())
        ? List.empty() : List.of(at + ": " + RequestFields.LABEL_VALUE_RULE + " (got " + Node.describe(label._2) + ")");
    return key.appendAll(value);
  }

  /** A Go duration ({@code 90s}, {@code 1m}, {@code 1h30m}) in whole seconds, or none. */
  static Option<Long> seconds(String text) {
    if (text.isEmpty()) {
      return Option.none();
    }
    double total = 0;
    int at = 0;
    while (at < text.length()) {
      int start = at;
      while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
        at++;
      }
      if (at == start) {
        return Option.none();
      }
      double value;
      try {
        value = Double.parseDouble(text.substring(start, at));
      } catch (NumberFormatException e) {
        return Option.none();
      }
      int unit = at;
      while (at < text.length() && !Character.isDigit(text.charAt(at)) && text.charAt(at) != '.') {
        at++;
      }
      double factor = unitSeconds(text.substring(unit, at));
      if (factor < 0) {
        return Option.none();
      }
      total += value * factor;
    }
    return Option.some((long) Math.floor(total));
  }

  private static double unitSeconds(String unit) {
    switch (unit) {
      case "h":
        return 3600;
      case "m":
        return 60;
      case "s":
        return 1;
      case "ms":
        return 1e-3;
      case "us":
      case "µs":
        return 1e-6;
      case "ns":
        return 1e-9;
      default:
        return -1;
    }
  }

}
