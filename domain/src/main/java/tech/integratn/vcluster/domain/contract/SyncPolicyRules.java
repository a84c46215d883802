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
    java.util.List<RequestProblem> problems = new java.util.ArrayList<>();
    MapNode map = map(path, policy, problems);
    if (map == null) {
      return Vector.empty();
    }
    for (Tuple2<String, Node> e : map.entries()) {
      if (e._2 == Node.Null.NULL) {
        continue; // null is absent (section 1); the API server drops it
      }
      String at = RequestField.shown(path, e._1);
      switch (e._1) {
        case "automated":
          booleans(at, e._2, problems, "enabled", "prune", "selfHeal", "allowEmpty");
          break;
        case "syncOptions":
          strings(at, e._2, problems);
          break;
        case "retry":
          retry(at, e._2, problems);
          break;
        case "managedNamespaceMetadata":
          namespaceMetadata(at, e._2, problems);
          break;
        default:
          problems.add(new RequestProblem.RuleBroken(at,
              "is not a field of Argo CD's syncPolicy (automated, syncOptions, retry, managedNamespaceMetadata)",
              Node.describe(e._2)));
      }
    }
    return Vector.ofAll(problems);
  }

  private static void booleans(String path, Node node, java.util.List<RequestProblem> problems, String... keys) {
    MapNode map = map(path, node, problems);
    if (map == null) {
      return;
    }
    java.util.List<String> known = java.util.Arrays.asList(keys);
    for (Tuple2<String, Node> e : map.entries()) {
      if (e._2 == Node.Null.NULL) {
        continue; // null is absent at every level, as at the top
      }
      String at = RequestField.shown(path, e._1);
      if (!known.contains(e._1)) {
        problems.add(new RequestProblem.RuleBroken(at, "is not a field of Argo CD's " + last(path) + " ("
            + String.join(", ", keys) + ")", Node.describe(e._2)));
      } else if (!(e._2 instanceof Node.Bool)) {
        problems.add(new RequestProblem.WrongType(at, "a boolean", Node.describe(e._2)));
      }
    }
  }

  private static void strings(String path, Node node, java.util.List<RequestProblem> problems) {
    if (!(node instanceof ListNode list)) {
      problems.add(new RequestProblem.WrongType(path, "a list of strings", Node.describe(node)));
      return;
    }
    for (int i = 0; i < list.items().size(); i++) {
      if (!(list.items().get(i) instanceof Node.Text)) {
        problems.add(new RequestProblem.WrongType(path + "[" + i + "]", "a string", Node.describe(list.items().get(i))));
      }
    }
  }

  private static void retry(String path, Node node, java.util.List<RequestProblem> problems) {
    MapNode map = map(path, node, problems);
    if (map == null) {
      return;
    }
    for (Tuple2<String, Node> e : map.entries()) {
      if (e._2 == Node.Null.NULL) {
        continue;
      }
      String at = RequestField.shown(path, e._1);
      switch (e._1) {
        case "limit":
          typed(at, e._2, isInt64(e._2), "an integer", problems);
          break;
        case "refresh":
          typed(at, e._2, e._2 instanceof Node.Bool, "a boolean", problems);
          break;
        case "backoff":
          backoff(at, e._2, problems);
          break;
        default:
          problems.add(new RequestProblem.RuleBroken(at, "is not a field of Argo CD's retry (limit, refresh, backoff)",
              Node.describe(e._2)));
      }
    }
  }

  private static void backoff(String path, Node node, java.util.List<RequestProblem> problems) {
    MapNode map = map(path, node, problems);
    if (map == null) {
      return;
    }
    for (Tuple2<String, Node> e : map.entries()) {
      if (e._2 == Node.Null.NULL) {
        continue;
      }
      String at = RequestField.shown(path, e._1);
      if (e._1.equals("duration") || e._1.equals("maxDuration")) {
        typed(at, e._2, e._2 instanceof Node.Text, "a string such as 5s", problems);
      } else if (e._1.equals("factor")) {
        typed(at, e._2, isInt64(e._2), "an integer", problems);
      } else {
        problems.add(new RequestProblem.RuleBroken(at,
            "is not a field of Argo CD's backoff (duration, factor, maxDuration)", Node.describe(e._2)));
      }
    }
  }

  private static void namespaceMetadata(String path, Node node, java.util.List<RequestProblem> problems) {
    MapNode map = map(path, node, problems);
    if (map == null) {
      return;
    }
    for (Tuple2<String, Node> e : map.entries()) {
      if (e._2 == Node.Null.NULL) {
        continue;
      }
      String at = RequestField.shown(path, e._1);
      boolean labels = e._1.equals("labels");
      if (!labels && !e._1.equals("annotations")) {
        problems.add(new RequestProblem.RuleBroken(at,
            "is not a field of Argo CD's managedNamespaceMetadata (labels, annotations)", Node.describe(e._2)));
        continue;
      }
      MapNode entries = map(at, e._2, problems);
      if (entries == null) {
        continue;
      }
      for (Tuple2<String, Node> entry : entries.entries()) {
        String entryPath = at + "[" + Node.quote(entry._1) + "]";
        if (!Patterns.matches(Patterns.LABEL_KEY, entry._1)) {
          problems.add(new RequestProblem.RuleBroken(entryPath, Patterns.LABEL_KEY_RULE, Node.quote(entry._1)));
        }
        if (!(entry._2 instanceof Node.Text t)) {
          problems.add(new RequestProblem.WrongType(entryPath, "a string", Node.describe(entry._2)));
        } else if (labels && !Patterns.matches(Patterns.LABEL_VALUE, t.value())) {
          problems.add(new RequestProblem.RuleBroken(entryPath, Patterns.LABEL_VALUE_RULE, Node.describe(entry._2)));
        }
      }
    }
  }

  private static void typed(String path, Node node, boolean ok, String expected, java.util.List<RequestProblem> problems) {
    if (!ok) {
      problems.add(new RequestProblem.WrongType(path, expected, Node.describe(node)));
    }
  }

  private static @org.jspecify.annotations.Nullable MapNode map(
      String path, Node node, java.util.List<RequestProblem> problems) {
    if (node instanceof MapNode m) {
      return m;
    }
    problems.add(new RequestProblem.WrongType(path, "a map", Node.describe(node)));
    return null;
  }

  /** An integer Argo CD can hold (Go's int64). */
  private static boolean isInt64(Node node) {
    return node instanceof Node.Int i && i.value().bitLength() < 64;
  }

  private static String last(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }
}
