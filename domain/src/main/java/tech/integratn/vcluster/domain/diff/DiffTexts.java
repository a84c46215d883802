package tech.integratn.vcluster.domain.diff;

import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The one place a diff becomes text or the tree of its JSON form (spec 12.2).
 *
 * <p><b>Text</b>, one line per change, objects in {@link ObjectKey} order:
 * <pre>
 * ArgoCDApplication platform-requests/vcluster-media: spec.source.helm.valuesObject.controlPlane.statefulSet.resources.limits.memory: 3Gi -&gt; 4Gi
 * Namespace vcluster-media: metadata.labels.team: (absent) -&gt; media
 * ConfigMap vcluster-media/vc-media-coredns: removed
 * Certificate vcluster-media/media-etcd-peer: added
 * </pre>
 * An object is named {@code <kind> <namespace>/<name>}, a cluster-scoped one {@code <kind> <name>};
 * when the diff holds two objects of that kind, namespace and name under different apiVersions,
 * each is followed by its apiVersion in parentheses. A value added or removed inside an object shows
 * {@code (absent)} on its missing side. Values are written on one line: a string as it is unless it
 * could be read as something else (empty, surrounding blanks, a line break or other control
 * character, {@code null}, {@code true}, {@code false}, a number, {@code (absent)}, a
 * {@code " -> "}, {@code (redacted)}, a leading quote or bracket, or, with the YAML codec's {@link ScalarQuoting} the
 * CLI passes, anything a YAML 1.1 or 1.2 reader would read as a boolean, number, date or null, such
 * as {@code yes}, {@code on}, {@code 0x10}, {@code ~}), then in double quotes with escapes
 * ({@code "3"} is the string, {@code 3} the integer; {@code "yes"} the string, {@code true} the
 * boolean); maps and lists in flow form with keys in
 * sorted order ({@code {cpu: 1, memory: 2Gi}}, {@code [a, b]}), where a string holding
 * {@code , : { } [ ]} is quoted too.
 *
 * <p><b>JSON</b> ({@link #json}): <pre>
 * {"different": true, "objects": [
 *   {"change": "changed", "apiVersion": "...", "kind": "...", "namespace": "...", "name": "...",
 *    "changes": [{"path": "spec.replicas", "segments": ["spec", "replicas"], "old": 1, "new": 3}]},
 *   {"change": "added", "apiVersion": ..., "object": {...}},
 *   {"change": "removed", "apiVersion": ..., "object": {...}}]}
 * </pre>
 * {@code objects} in the order of the text; {@code namespace} left out for a cluster-scoped object;
 * {@code segments} is the path as data (a string per key, an integer per list index);
 * {@code old} or {@code new} left out where the value is absent (a JSON {@code null} is a YAML
 * {@code null}); {@code object} is the whole object added or removed.
 */
public final class DiffTexts {

  /** What an absent side of a change shows. */
  public static final String ABSENT = "(absent)";

  /** What a diff shows instead of each value of a Secret's {@code data} or {@code stringData}. */
  public static final String REDACTED = "(redacted)";

  /** The marker as a value; written as it is in the text form (a string {@code (redacted)} is quoted). */
  private static final Node REDACTED_VALUE = Node.text(REDACTED);

  /** The quoting of this class alone, without a codec's: no string quoted beyond the class comment's own rules. */
  public static final ScalarQuoting OWN_RULES = new ScalarQuoting() {
    @Override
    public boolean readsAsOther(String text) {
      return false;
    }
  };

  private DiffTexts() {}

  /** {@link #lines(Seq, ScalarQuoting)} with {@link #OWN_RULES}. */
  public static Seq<String> lines(Seq<ObjectDiff> diffs) {
    return lines(diffs, OWN_RULES);
  }

  /** Every line of the text form, in order, strings quoted also where {@code quoting} says; empty when nothing differs. */
  public static Seq<String> lines(Seq<ObjectDiff> diffs, ScalarQuoting quoting) {
    List<String> lines = new ArrayList<>();
    for (ObjectDiff diff : diffs) {
      String label = label(diff.key(), diffs);
      if (diff instanceof ObjectDiff.Added) {
        lines.add(label + ": added");
      } else if (diff instanceof ObjectDiff.Removed) {
        lines.add(label + ": removed");
      } else {
        for (ValueChange change : ((ObjectDiff.Changed) diff).changes()) {
          lines.add(label + ": " + change.path().text() + ": " + side(redacted(diff.key(), change.path(), change.before()), quoting) + " -> "
              + side(redacted(diff.key(), change.path(), change.after()), quoting));
        }
      }
    }
    return Vector.ofAll(lines);
  }

  /** How an object is named in the text: {@code Kind namespace/name}, with its apiVersion when another in {@code diffs} shares the rest. */
  static String label(ObjectKey key, Seq<ObjectDiff> diffs) {
    String label = key.kind() + " " + key.qualifiedName();
    for (ObjectDiff other : diffs) {
      ObjectKey k = other.key();
      if (!k.apiVersion().equals(key.apiVersion()) && k.kind().equals(key.kind()) && k.namespace().equals(key.namespace())
          && k.name().equals(key.name())) {
        return label + " (" + key.apiVersion() + ")";
      }
    }
    return label;
  }

  /** One problem that keeps two outputs from being compared. */
  public static String problem(DiffProblem problem) {
    if (problem instanceof DiffProblem.NotAnObject p) {
      return p.side().text() + " " + p.source() + ": " + p.reason();
    }
    DiffProblem.Duplicate d = (DiffProblem.Duplicate) problem;
    return d.side().text() + ": " + d.key().kind() + " " + d.key().qualifiedName() + " (" + d.key().apiVersion()
        + ") is written twice, in " + d.first() + " and " + d.second();
  }

  private static String side(Option<Node> value, ScalarQuoting quoting) {
    return value.isDefined() ? value(value.get(), quoting) : ABSENT;
  }

  /** {@link #value(Node, ScalarQuoting)} with {@link #OWN_RULES}. */
  public static String value(Node node) {
    return value(node, OWN_RULES);
  }

  /** A value on one line, as the class comment describes, strings quoted also where {@code quoting} says. */
  public static String value(Node node, ScalarQuoting quoting) {
    StringBuilder out = new StringBuilder();
    write(node, false, quoting, out);
    return out.toString();
  }

  private static void write(Node node, boolean inFlow, ScalarQuoting quoting, StringBuilder out) {
    if (node == REDACTED_VALUE) {
      out.append(REDACTED);
    } else if (node instanceof Node.Text t) {
      out.append(needsQuotes(t.value(), inFlow) || quoting.readsAsOther(t.value()) ? Node.quote(t.value()) : t.value());
    } else if (node instanceof MapNode map) {
      TreeMap<String, Node> sorted = new TreeMap<>();
      for (Tuple2<String, Node> e : map.entries()) {
        sorted.put(e._1, e._2);
      }
      out.append('{');
      String separator = "";
      for (java.util.Map.Entry<String, Node> e : sorted.entrySet()) {
        out.append(separator).append(needsQuotes(e.getKey(), true) || quoting.readsAsOther(e.getKey())
            ? Node.quote(e.getKey()) : e.getKey()).append(": ");
        write(e.getValue(), true, quoting, out);
        separator = ", ";
      }
      out.append('}');
    } else if (node instanceof ListNode list) {
      out.append('[');
      String separator = "";
      for (Node item : list.items()) {
        out.append(separator);
        write(item, true, quoting, out);
        separator = ", ";
      }
      out.append(']');
    } else {
      out.append(Node.describe(node));
    }
  }

  /** Whether a string would read as something else on a diff line (see the class comment). */
  static boolean needsQuotes(String text, boolean inFlow) {
    if (text.isEmpty() || text.equals("null") || text.equals("true") || text.equals("false") || text.equals(ABSENT)
        || text.equals(REDACTED)
        || text.contains(" -> ") || Character.isWhitespace(text.charAt(0))
        || Character.isWhitespace(text.charAt(text.length() - 1))) {
      return true;
    }
    char first = text.charAt(0);
    if (first == '"' || first == '[' || first == '{') {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085'
          || (inFlow && (c == ',' || c == ':' || c == '{' || c == '}' || c == '[' || c == ']'))) {
        return true;
      }
    }
    return looksNumeric(text);
  }

  private static boolean looksNumeric(String text) {
    char first = text.charAt(0);
    if (!(first == '-' || first == '+' || first == '.' || (first >= '0' && first <= '9'))) {
      return false;
    }
    try {
      new BigDecimal(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The JSON form's tree (see the class comment); the caller writes it. */
  public static Node json(Seq<ObjectDiff> diffs) {
    List<Node> objects = new ArrayList<>();
    for (ObjectDiff diff : diffs) {
      ObjectKey key = diff.key();
      String change = diff instanceof ObjectDiff.Added ? "added" : diff instanceof ObjectDiff.Removed ? "removed" : "changed";
      MapNode entry = MapNode.of("change", Node.text(change))
          .with("apiVersion", key.apiVersion())
          .with("kind", key.kind());
      if (!key.namespace().isEmpty()) {
        entry = entry.with("namespace", key.namespace());
      }
      entry = entry.with("name", key.name());
      if (diff instanceof ObjectDiff.Added a) {
        entry = entry.with("object", redacted(key, a.object()));
      } else if (diff instanceof ObjectDiff.Removed r) {
        entry = entry.with("object", redacted(key, r.object()));
      } else {
        List<Node> changes = new ArrayList<>();
        for (ValueChange c : ((ObjectDiff.Changed) diff).changes()) {
          changes.add(MapNode.of("path", Node.text(c.path().text()))
              .with("segments", segments(c.path()))
              .withSome("old", redacted(key, c.path(), c.before()))
              .withSome("new", redacted(key, c.path(), c.after())));
        }
        entry = entry.with("changes", new ListNode(Vector.ofAll(changes)));
      }
      objects.add(entry);
    }
    return MapNode.of("different", Node.bool(!diffs.isEmpty())).with("objects", new ListNode(Vector.ofAll(objects)));
  }

  /** Whether {@code key} is a Kubernetes Secret, whose data a diff never prints. */
  static boolean isSecret(ObjectKey key) {
    return key.apiVersion().equals("v1") && key.kind().equals("Secret");
  }

  /**
   * {@code object} as a diff may print it: a Secret's data and stringData values redacted, and its
   * annotations too (a {@code kubectl.kubernetes.io/last-applied-configuration} holds the data).
   */
  static Node redacted(ObjectKey key, Node object) {
    if (!isSecret(key) || !(object instanceof MapNode map)) {
      return object;
    }
    MapNode out = map;
    for (String field : new String[] {"data", "stringData"}) {
      Option<Node> values = map.get(field);
      if (values.isDefined()) {
        out = out.with(field, redactedValues(values.get()));
      }
    }
    Option<Node> metadata = map.get("metadata");
    if (metadata.isDefined() && metadata.get() instanceof MapNode m && m.get("annotations").isDefined()) {
      out = out.with("metadata", m.with("annotations", redactedValues(m.get("annotations").get())));
    }
    return out;
  }

  /** The value at {@code path} inside the object {@code key} as a diff may print it. */
  static Option<Node> redacted(ObjectKey key, ObjectPath path, Option<Node> value) {
    if (!isSecret(key) || value.isEmpty()) {
      return value;
    }
    if (path.segments().isEmpty()) {
      return Option.some(redacted(key, value.get()));
    }
    if (path.segments().head() instanceof ObjectPath.Key k && (k.key().equals("data") || k.key().equals("stringData"))) {
      return Option.some(path.segments().size() == 1 ? redactedValues(value.get()) : REDACTED_VALUE);
    }
    if (path.segments().head() instanceof ObjectPath.Key k && k.key().equals("metadata")) {
      if (path.segments().size() == 1) {
        return ((MapNode) redacted(key, MapNode.of("metadata", value.get()))).get("metadata");
      }
      if (path.segments().get(1) instanceof ObjectPath.Key a && a.key().equals("annotations")) {
        return Option.some(path.segments().size() == 2 ? redactedValues(value.get()) : REDACTED_VALUE);
      }
    }
    return value;
  }

  /** A map with each value replaced by the marker (keys kept); anything else the marker alone. */
  private static Node redactedValues(Node values) {
    if (!(values instanceof MapNode map)) {
      return REDACTED_VALUE;
    }
    MapNode out = map;
    for (Tuple2<String, Node> e : map.entries()) {
      out = out.with(e._1, REDACTED_VALUE);
    }
    return out;
  }

  private static Node segments(ObjectPath path) {
    List<Node> out = new ArrayList<>();
    for (ObjectPath.Segment s : path.segments()) {
      out.add(s instanceof ObjectPath.Index i ? Node.integer(i.index()) : Node.text(((ObjectPath.Key) s).key()));
    }
    return new ListNode(Vector.ofAll(out));
  }
}
