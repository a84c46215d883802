package tech.integratn.vcluster.domain.promise;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.Patterns;
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
    java.util.List<String> problems = new java.util.ArrayList<>();
    String name = text(promise, "metadata", "name").getOrElse("");
    Option<Node> scope = Paths.at(promise, "spec", "api", "spec", "scope");
    if (scope.isDefined() && !scope.get().equals(Node.text("Namespaced"))) {
      problems.add("spec.api.spec.scope: the API must be namespace-scoped (got " + Node.describe(scope.get()) + ")");
    }
    for (String type : WORKFLOW_TYPES) {
      for (String action : ACTIONS) {
        Option<Node> pipelines = Paths.at(promise, "spec", "workflows", type, action);
        if (pipelines.isDefined() && pipelines.get() instanceof ListNode list) {
          pipelines(name, type, action, list, problems);
        }
      }
    }
    Option<Node> interval = Paths.at(promise, "spec", "workflows", "config", "reconciliationInterval");
    if (interval.isDefined()) {
      Option<Long> seconds = interval.get() instanceof Node.Text t ? seconds(t.value()) : Option.none();
      if (seconds.isEmpty() || seconds.get() < MIN_RECONCILIATION_SECONDS) {
        problems.add("spec.workflows.config.reconciliationInterval: must be a duration of at least 1m (got "
            + Node.describe(interval.get()) + ")");
      }
    }
    return Vector.ofAll(problems);
  }

  private static void pipelines(String promise, String type, String action, ListNode list, java.util.List<String> problems) {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (int i = 0; i < list.items().size(); i++) {
      Node pipeline = list.items().get(i);
      String where = "spec.workflows." + type + "." + action + "[" + i + "]";
      String pipelineName = text(pipeline, "metadata", "name").getOrElse("");
      if (!Patterns.matches(RequestFields.DNS_LABEL, pipelineName) || pipelineName.length() > 63) {
        problems.add(where + ".metadata.name: " + RequestFields.DNS_LABEL_RULE + " (got " + Node.quote(pipelineName) + ")");
      }
      String id = promise + "-" + type + "-" + action + "-" + pipelineName;
      if (id.length() > MAX_PIPELINE_ID) {
        problems.add(where + ".metadata.name: " + promise + "-" + type + "-" + action + "-<pipeline> names the "
            + "pipeline's ServiceAccount and must be at most " + MAX_PIPELINE_ID + " characters (got " + id + ", "
            + id.length() + ")");
      }
      if (!names.add(pipelineName)) {
        problems.add(where + ".metadata.name: pipeline names must be unique per action (got " + pipelineName + ")");
      }
      Option<Node> labels = Paths.at(pipeline, "metadata", "labels");
      if (labels.isDefined() && labels.get() instanceof MapNode map) {
        for (Tuple2<String, Node> label : map.entries()) {
          String at = where + ".metadata.labels[" + Node.quote(label._1) + "]";
          if (!Patterns.matches(RequestFields.LABEL_KEY, label._1)) {
            problems.add(at + ": " + RequestFields.LABEL_KEY_RULE);
          }
          if (!(label._2 instanceof Node.Text v) || !Patterns.matches(RequestFields.LABEL_VALUE, v.value())) {
            problems.add(at + ": " + RequestFields.LABEL_VALUE_RULE + " (got " + Node.describe(label._2) + ")");
          }
        }
      }
    }
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

  private static Option<String> text(Node node, String... keys) {
    Option<Node> at = Paths.at(node, keys);
    return at.isDefined() && at.get() instanceof Node.Text t ? Option.some(t.value()) : Option.none();
  }
}
