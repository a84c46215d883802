package tech.integratn.vcluster.domain.contract;

import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * Reads the {@code spec} of one request against a field table, collecting every problem and
 * warning of one pass: each promise's decoder asks it for the typed values of its fields and adds
 * the rules that span fields. Absent, {@code null} and {@code ""} are absent (section 1); a value
 * of the wrong type or breaking a rule of its row is a problem naming the field path; a key the
 * table does not know is a warning with the closest sibling, or a problem when unknown fields are
 * rejected.
 *
 * <p>Plain loops and {@code if}s, the style of the decoders (bench/README.md, "Idioms under the AOT cache").
 */
public final class FieldReader {

  private final Seq<RequestField> fields;
  private final java.util.Map<String, RequestField> byPath = new java.util.HashMap<>();
  // immutable sequences, appended in the order the pass finds them (the order users see)
  private Vector<RequestProblem> problems = Vector.empty();
  private Vector<RequestWarning> warnings = Vector.empty();
  private final boolean rejectUnknown;
  private MapNode spec = MapNode.empty();

  /**
   * A reader of the fields of {@code fields} (paths from the object root, {@code spec.*}).
   *
   * @param rejectUnknown whether an unknown field is a problem rather than a warning
   */
  public FieldReader(Seq<RequestField> fields, boolean rejectUnknown) {
    this.fields = fields;
    this.rejectUnknown = rejectUnknown;
    for (RequestField f : fields) {
      byPath.putIfAbsent(f.path(), f);
    }
  }

  /**
   * Takes the document's {@code spec}: a problem when the document is not a map or has no
   * {@code spec} map; else the spec to read, its unknown fields already reported.
   */
  public Option<MapNode> spec(Node document) {
    if (!(document instanceof MapNode root)) {
      add(new RequestProblem.WrongType("(document)", "a map (a Kubernetes object)", Node.describe(document)));
      return Option.none();
    }
    Option<Node> specNode = root.get("spec");
    if (specNode.isEmpty() || specNode.get() == Node.Null.NULL) {
      add(new RequestProblem.Missing("spec"));
      return Option.none();
    }
    if (!(specNode.get() instanceof MapNode specMap)) {
      add(new RequestProblem.WrongType("spec", "a map", Node.describe(specNode.get())));
      return Option.none();
    }
    spec = specMap;
    warnUnknown(specMap, "spec");
    return Option.some(specMap);
  }

  /** Every problem so far, in the order found. */
  public Seq<RequestProblem> problems() {
    return problems;
  }

  /** Every warning so far, in the order found. */
  public Seq<RequestWarning> warnings() {
    return warnings;
  }

  /** Adds a problem of a rule across fields, after those found so far. */
  public void add(RequestProblem problem) {
    problems = problems.append(problem);
  }

  /** Adds the problems of a rule across fields, after those found so far. */
  public void addAll(Iterable<? extends RequestProblem> found) {
    problems = problems.appendAll(found);
  }

  /** Adds a warning, after those found so far. */
  public void warn(RequestWarning warning) {
    warnings = warnings.append(warning);
  }

  /** Adds warnings, after those found so far. */
  public void warnAll(Iterable<? extends RequestWarning> found) {
    warnings = warnings.appendAll(found);
  }

  /** The table's row at {@code path}; a missing row is a programming error. */
  public RequestField field(String path) {
    RequestField f = byPath.get(path);
    if (f == null) {
      throw new IllegalStateException("no field " + path);
    }
    return f;
  }

  /** The raw value at the field's path when present; a missing required field is a problem. */
  public Option<Node> present(RequestField f) {
    String[] keys = f.path().split("\\.");
    return present(f, Paths.at(spec, Arrays.copyOfRange(keys, 1, keys.length)));
  }

  /**
   * {@code raw} when it is present (absent, {@code null} and {@code ""} are not); a missing
   * required field is a problem. The typed entry hands its values in here.
   */
  public Option<Node> present(RequestField f, Option<Node> raw) {
    if (raw.isDefined() && !isPresent(raw.get())) {
      raw = Option.none();
    }
    if (raw.isEmpty() && f.required()) {
      add(new RequestProblem.Missing(f.path()));
    }
    return raw;
  }

  /** The checked value at {@code path}: present, of the field's type and within its rules; else null. */
  public @Nullable Node value(String path) {
    RequestField f = field(path);
    return value(f, present(f));
  }

  /** The checked value of {@code present} (already past {@link #present}): of the field's type and within its rules; else null. */
  public @Nullable Node value(RequestField f, Option<Node> raw) {
    if (raw.isEmpty()) {
      return null;
    }
    Option<Node> converted = convert(f, f.path(), raw.get());
    return converted.isDefined() ? converted.get() : null;
  }

  public Option<String> string(String path) {
    Node n = value(path);
    return n == null ? Option.none() : Option.some(text(n));
  }

  public Option<Integer> integer(String path) {
    Node n = value(path);
    return n == null ? Option.none() : Option.some(((Node.Int) n).value().intValueExact());
  }

  public Option<Boolean> bool(String path) {
    Node n = value(path);
    return n == null ? Option.none() : Option.some(((Node.Bool) n).value());
  }

  public Option<MapNode> object(String path) {
    Node n = value(path);
    return n == null ? Option.none() : Option.some((MapNode) n);
  }

  public Option<StringMap> stringMap(String path) {
    Node n = value(path);
    return n == null ? Option.none() : Option.some(toStringMap(n));
  }

  /** A list of strings, each checked against the row's rules ({@code path[i]} in messages). */
  public Option<Seq<String>> strings(String path) {
    Node n = value(path);
    if (n == null) {
      return Option.none();
    }
    java.util.List<String> values = new java.util.ArrayList<>();
    for (Node item : ((ListNode) n).items()) {
      values.add(text(item));
    }
    return Option.some(Vector.ofAll(values));
  }

  /**
   * The entries of an object list, each checked against the list's item rows ({@code path.key}):
   * per entry the map of its checked values by key, or none when a field of it is missing or
   * invalid (the problem is recorded); item keys the table does not know are reported as unknown.
   */
  public Option<java.util.List<Option<java.util.Map<String, Node>>>> objects(String path) {
    RequestField list = field(path);
    Node n = value(path);
    if (n == null) {
      return Option.none();
    }
    Seq<RequestField> itemFields = itemFields(list);
    java.util.List<Option<java.util.Map<String, Node>>> result = new java.util.ArrayList<>();
    ListNode items = (ListNode) n;
    for (int i = 0; i < items.items().size(); i++) {
      result.add(item(list, itemFields, i, items.items().get(i)));
    }
    return Option.some(result);
  }

  /** The rows of an object list's items ({@code <list path>.*}). */
  public Seq<RequestField> itemFields(RequestField list) {
    String prefix = list.path() + ".";
    java.util.List<RequestField> items = new java.util.ArrayList<>();
    for (RequestField f : fields) {
      if (f.path().startsWith(prefix)) {
        items.add(f);
      }
    }
    return Vector.ofAll(items);
  }

  private Option<java.util.Map<String, Node>> item(RequestField list, Seq<RequestField> itemFields, int index, Node item) {
    String itemPath = list.path() + "[" + index + "]";
    if (!(item instanceof MapNode map)) {
      add(new RequestProblem.WrongType(itemPath, "a map", Node.describe(item)));
      return Option.none();
    }
    java.util.Map<String, Node> values = new java.util.LinkedHashMap<>();
    boolean complete = true;
    for (RequestField f : itemFields) {
      String at = itemPath + "." + f.key();
      Option<Node> value = map.get(f.key());
      if (value.isEmpty() || !isPresent(value.get())) {
        if (f.crdDefault().isDefined()) {
          values.put(f.key(), f.crdDefault().get());
        } else {
          // an item field without a default is required, as the CRD schema says
          add(new RequestProblem.Missing(at));
          complete = false;
        }
      } else {
        Option<Node> converted = convert(f, at, value.get());
        if (converted.isDefined()) {
          values.put(f.key(), converted.get());
        } else {
          complete = false;
        }
      }
    }
    java.util.List<String> known = keys(itemFields);
    for (String key : map.keys()) {
      if (!known.contains(key)) {
        unknown(itemPath, key, known);
      }
    }
    return complete ? Option.some(values) : Option.none();
  }

  /** Checks type and rules of one value; a valid value comes back normalised, else none. */
  public Option<Node> convert(RequestField f, String path, Node value) {
    Option<Node> typed = typed(f.type(), value);
    if (typed.isEmpty()) {
      wrongType(path, f.type(), value);
      return Option.none();
    }
    Seq<RequestProblem> found = check(f, path, typed.get());
    addAll(found);
    return found.isEmpty() ? typed : Option.none();
  }

  /**
   * The problems of a value already of the row's type ({@link #typed}) against the row's rules:
   * the one definition of each rule, for documents and typed requests alike.
   */
  public static Seq<RequestProblem> check(RequestField f, String path, Node typed) {
    if (f.type() == FieldType.STRING_MAP) {
      return checkMap(f, path, (MapNode) typed);
    }
    if (f.type() == FieldType.STRING_LIST) {
      return checkStrings(f, path, (ListNode) typed);
    }
    Vector<RequestProblem> found = Vector.empty();
    for (Constraint c : f.constraints()) {
      found = found.appendAll(Rules.check(c, path, typed));
    }
    return found;
  }

  private static Seq<RequestProblem> checkMap(RequestField f, String path, MapNode map) {
    Vector<RequestProblem> found = Vector.empty();
    for (Tuple2<String, Node> e : map.entries()) {
      String entryPath = path + "[" + Node.quote(e._1) + "]";
      if (!(e._2 instanceof Node.Text)) {
        found = found.append(new RequestProblem.WrongType(entryPath, "a string", Node.describe(e._2)));
        continue;
      }
      for (Constraint c : f.constraints()) {
        found = found.appendAll(Rules.checkEntry(c, entryPath, e._1, text(e._2)));
      }
    }
    for (Constraint c : f.constraints()) {
      if (c instanceof Constraint.MaxBytes) {
        found = found.appendAll(Rules.check(c, path, map));
      }
    }
    return found;
  }

  private static Seq<RequestProblem> checkStrings(RequestField f, String path, ListNode list) {
    Vector<RequestProblem> found = Vector.empty();
    for (Constraint c : f.constraints()) {
      if (c instanceof Constraint.MaxItems || c instanceof Constraint.MinItems) {
        found = found.appendAll(Rules.check(c, path, list));
      }
    }
    for (int i = 0; i < list.items().size(); i++) {
      Node item = list.items().get(i);
      String itemPath = path + "[" + i + "]";
      if (!(item instanceof Node.Text)) {
        found = found.append(new RequestProblem.WrongType(itemPath, "a string", Node.describe(item)));
        continue;
      }
      for (Constraint c : f.constraints()) {
        if (!(c instanceof Constraint.MaxItems) && !(c instanceof Constraint.MinItems)) {
          found = found.appendAll(Rules.check(c, itemPath, item));
        }
      }
    }
    return found;
  }

  public void wrongType(String path, FieldType type, Node value) {
    String got = Node.describe(value);
    if (type == FieldType.STRING && (value instanceof Node.Decimal || value instanceof Node.Int)) {
      // YAML reads a version such as 1.33 (or 133, or preset: 1) as a number: the text as written, quoted,
      // is what was meant (spec 11.4)
      got = got + ", a number; write \"" + got + "\" to give a string";
    }
    add(new RequestProblem.WrongType(path, type.expected(), got));
  }

  // ---- unknown fields ---------------------------------------------------------------------

  private void warnUnknown(MapNode node, String path) {
    for (Tuple2<String, Node> e : node.entries()) {
      String childPath = path + "." + e._1;
      if (byPath.containsKey(childPath)) {
        continue;
      }
      boolean isPrefix = isPrefix(childPath + ".");
      if (!isPrefix) {
        unknown(path, e._1, childKeys(path + "."));
      } else if (e._2 instanceof MapNode child) {
        warnUnknown(child, childPath);
      } else if (isPresent(e._2)) {
        add(new RequestProblem.WrongType(childPath, "a map", Node.describe(e._2)));
      }
    }
  }

  /**
   * An unknown {@code key} under {@code path}: a warning, or a problem when the run rejects
   * unknown fields; either way with the closest of {@code siblings}, if one is close.
   */
  public void unknown(String path, String key, java.util.List<String> siblings) {
    @Nullable String closest = Suggestions.closest(key, siblings);
    Option<String> suggestion = closest == null ? Option.none() : Option.some(RequestField.shown(path, closest));
    if (rejectUnknown) {
      add(new RequestProblem.UnknownField(RequestField.shown(path, key), suggestion));
    } else {
      warn(new RequestWarning.UnknownField(RequestField.shown(path, key), suggestion));
    }
  }

  /** The known keys directly below {@code prefix} ({@code spec.vcluster.} gives preset, resources, ...). */
  private java.util.List<String> childKeys(String prefix) {
    java.util.List<String> keys = new java.util.ArrayList<>();
    for (RequestField f : fields) {
      if (f.path().startsWith(prefix)) {
        int end = f.path().indexOf('.', prefix.length());
        String key = end < 0 ? f.path().substring(prefix.length()) : f.path().substring(prefix.length(), end);
        if (!keys.contains(key)) {
          keys.add(key);
        }
      }
    }
    return keys;
  }

  private boolean isPrefix(String prefix) {
    for (RequestField f : fields) {
      if (f.path().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  // ---- pure helpers -----------------------------------------------------------------------------

  /** The last keys of {@code fields}' paths, in order. */
  public static java.util.List<String> keys(Seq<RequestField> fields) {
    java.util.List<String> keys = new java.util.ArrayList<>();
    for (RequestField f : fields) {
      keys.add(f.key());
    }
    return keys;
  }

  /**
   * What names a request for a delete's log and status, whatever else is wrong with it:
   * {@code spec.name} when it is a non-empty string, else {@code metadata.name}, else empty.
   */
  public static String requestName(Node document) {
    Option<Node> specName = Paths.at(document, "spec", "name");
    if (specName.isDefined() && specName.get() instanceof Node.Text t && !t.value().isEmpty()) {
      return t.value();
    }
    Option<Node> metadataName = Paths.at(document, "metadata", "name");
    if (metadataName.isDefined() && metadataName.get() instanceof Node.Text t && !t.value().isEmpty()) {
      return t.value();
    }
    return "";
  }

  /** Absent, {@code null} and {@code ""} are all "not given" (section 1). */
  public static boolean isPresent(Node node) {
    return node != Node.Null.NULL && !(node instanceof Node.Text t && t.value().isEmpty());
  }

  public static String text(Node node) {
    return ((Node.Text) node).value();
  }

  public static StringMap toStringMap(Node node) {
    java.util.Map<String, String> result = new java.util.LinkedHashMap<>();
    for (Tuple2<String, Node> e : ((MapNode) node).entries()) {
      result.put(e._1, text(e._2));
    }
    return StringMap.ofAll(result);
  }

  /** The value as the field's type (quantities normalised to text), or none if it has another type. */
  public static Option<Node> typed(FieldType type, Node value) {
    if (!type.accepts(value)) {
      return Option.none();
    }
    if (type == FieldType.QUANTITY && value instanceof Node.Int i) {
      return Option.some(Node.text(i.value().toString()));
    }
    if (type == FieldType.QUANTITY && value instanceof Node.Decimal d) {
      return Option.some(Node.text(Node.decimalText(d.value())));
    }
    return Option.some(value);
  }
}
