package tech.integratn.vcluster.domain.contract;

import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The shape of an Argo CD 3.5 {@code Application.spec.syncPolicy} (spec 9.5): {@code automated},
 * {@code syncOptions}, {@code retry} and {@code managedNamespaceMetadata}, each with its own keys
 * and types. Any other key is refused: a typo such as {@code selfheal} would otherwise do nothing,
 * and a value of the wrong type makes the API server refuse the whole Application.
 */
public final class SyncPolicyRules {

  private SyncPolicyRules() {}

  /** Every problem of {@code policy}, named below {@code path}. */
  public static Seq<RequestProblem> check(String path, Node policy) {
    if (!(policy instanceof MapNode map)) {
      return Vector.empty();
    }
    Vector<RequestProblem> problems = Vector.empty();
    for (Tuple2<String, Node> e : map.entries()) {
      if (e._2 == Node.Null.NULL) {
        continue; // null is absent (section 1); the API server drops it
      }
      String at = RequestField.shown(path, e._1);
      switch (e._1) {
        case "automated":
          problems = problems.appendAll(booleans(at, e._2, "enabled", "prune", "selfHeal", "allowEmpty"));
          break;
        case "syncOptions":
          problems = problems.appendAll(strings(at, e._2));
          break;
        case "retry":
          problems = problems.appendAll(retry(at, e._2));
          break;
        case "managedNamespaceMetadata":
          problems = problems.appendAll(namespaceMetadata(at, e._2));
          break;
        default:
          problems = problems.append(new RequestProblem.RuleBroken(at,
              "is not a field of Argo CD's syncPolicy (automated, syncOptions, retry, managedNamespaceMetadata)",
              Node.describe(e._2)));
      }
    }
    return problems;
  }

  private static Seq<RequestProblem> booleans(String path, Node node, String... keys) {
    if (!(node instanceof MapNode map)) {
      return notAMap(path, node);
    }
    java.util.List<String> known = java.util.Arrays.asList(keys);
    Vector<RequestProblem> problems = Vector.empty();
    for (Tuple2<String, Node> e : map.entries()) {
      if (e._2 == Node.Null.NULL) {
        continue; // null is absent at every level, as at the top
      }
      String at = RequestField.shown(path, e._1);
      if (!known.contains(e._1)) {
        problems = problems.append(new RequestProblem.RuleBroken(at, "is not a field of Argo CD's " + last(path) + " ("
            + String.join(", ", keys) + ")", Node.describe(e._2)));
      } else if (!(e._2 instanceof Node.Bool)) {
        problems = problems.append(new RequestProblem.WrongType(at, "a boolean", Node.describe(e._2)));
      }
    }
    return problems;
  }

  private static Seq<RequestProblem> strings(String path, Node node) {
    if (!(node instanceof ListNode list)) {
      return Vector.of(new RequestProblem.WrongType(path, "a list of strings", Node.describe(node)));
    }
    Vector<RequestProblem> problems = Vector.empty();
    for (int i = 0; i < list.items().size(); i++) {
      if (!(list.items().get(i) instanceof Node.Text)) {
        problems = problems.append(
            new RequestProblem.WrongType(path + "[" + i + "]", "a string", Node.describe(list.items().get(i))));
      }
    }
    return problems;
  }

  private static Seq<RequestProblem> retry(String path, Node node) {
    if (!(node instanceof MapNode map)) {
      return notAMap(path, node);
    }
    Vector<RequestProblem> problems = Vector.empty();
    for (Tuple2<String, Node> e : map.entries()) {
      if (e._2 == Node.Null.NULL) {
        continue;
      }
      String at = RequestField.shown(path, e._1);
      switch (e._1) {
        case "limit":
          problems = problems.appendAll(typed(at, e._2, isInt64(e._2), "an integer"));
          break;
        case "refresh":
          problems = problems.appendAll(typed(at, e._2, e._2 instanceof Node.Bool, "a boolean"));
          break;
        case "backoff":
          problems = problems.appendAll(backoff(at, e._2));
          break;
        default:
          problems = problems.append(new RequestProblem.RuleBroken(at,
              "is not a field of Argo CD's retry (limit, refresh, backoff)", Node.describe(e._2)));
      }
    }
    return problems;
  }

  private static Seq<RequestProblem> backoff(String path, Node node) {
    if (!(node instanceof MapNode map)) {
      return notAMap(path, node);
    }
    Vector<RequestProblem> problems = Vector.empty();
    for (Tuple2<String, Node> e : map.entries()) {
      if (e._2 == Node.Null.NULL) {
        continue;
      }
      String at = RequestField.shown(path, e._1);
      if (e._1.equals("duration") || e._1.equals("maxDuration")) {
        problems = problems.appendAll(typed(at, e._2, e._2 instanceof Node.Text, "a string such as 5s"));
      } else if (e._1.equals("factor")) {
        problems = problems.appendAll(typed(at, e._2, isInt64(e._2), "an integer"));
      } else {
        problems = problems.append(new RequestProblem.RuleBroken(at,
            "is not a field of Argo CD's backoff (duration, factor, maxDuration)", Node.describe(e._2)));
      }
    }
    return problems;
  }

  private static Seq<RequestProblem> namespaceMetadata(String path, Node node) {
    if (!(node instanceof MapNode map)) {
      return notAMap(path, node);
    }
    Vector<RequestProblem> problems = Vector.empty();
    for (Tuple2<String, Node> e : map.entries()) {
      if (e._2 == Node.Null.NULL) {
        continue;
      }
      String at = RequestField.shown(path, e._1);
      boolean labels = e._1.equals("labels");
      if (!labels && !e._1.equals("annotations")) {
        problems = problems.append(new RequestProblem.RuleBroken(at,
            "is not a field of Argo CD's managedNamespaceMetadata (labels, annotations)", Node.describe(e._2)));
        continue;
      }
      if (!(e._2 instanceof MapNode entries)) {
        problems = problems.appendAll(notAMap(at, e._2));
        continue;
      }
      for (Tuple2<String, Node> entry : entries.entries()) {
        String entryPath = at + "[" + Node.quote(entry._1) + "]";
        if (!Patterns.matches(Patterns.LABEL_KEY, entry._1)) {
          problems = problems.append(new RequestProblem.RuleBroken(entryPath, Patterns.LABEL_KEY_RULE, Node.quote(entry._1)));
        }
        if (!(entry._2 instanceof Node.Text t)) {
          problems = problems.append(new RequestProblem.WrongType(entryPath, "a string", Node.describe(entry._2)));
        } else if (labels && !Patterns.matches(Patterns.LABEL_VALUE, t.value())) {
          problems = problems.append(
              new RequestProblem.RuleBroken(entryPath, Patterns.LABEL_VALUE_RULE, Node.describe(entry._2)));
        }
      }
    }
    return problems;
  }

  private static Seq<RequestProblem> typed(String path, Node node, boolean ok, String expected) {
    return ok ? Vector.empty() : Vector.of(new RequestProblem.WrongType(path, expected, Node.describe(node)));
  }

  private static Seq<RequestProblem> notAMap(String path, Node node) {
    return Vector.of(new RequestProblem.WrongType(path, "a map", Node.describe(node)));
  }

  /** An integer Argo CD can hold (Go's int64). */
  private static boolean isInt64(Node node) {
    return node instanceof Node.Int i && i.value().bitLength() < 64;
  }

  private static String last(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }
}
