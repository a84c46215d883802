package tech.integratn.vcluster.domain.schema;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tech.integratn.vcluster.domain.names.EditDistance;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * A JSON Schema (draft 2020-12 style) compiled from a {@link Node} tree, restricted to the
 * keywords the vcluster chart's {@code values.schema.json} uses, plus a few cheap neighbours.
 *
 * <p>Evaluated: {@code type} (a name or a list of names), {@code properties},
 * {@code patternProperties}, {@code additionalProperties} (boolean or schema), {@code required},
 * {@code items} (boolean or schema), {@code enum}, {@code const}, {@code $ref} (local JSON
 * pointers such as {@code #/$defs/Name}), {@code allOf}, {@code anyOf}, {@code oneOf},
 * {@code not}, and boolean schemas. Annotations ({@code description}, {@code $schema},
 * {@code $id}, {@code default}, {@code format}, {@code pro}, {@code x-*}, ...) are ignored. Any
 * other keyword is ignored too, but listed by {@link #unsupportedKeywords()} so that a caller or
 * a test can refuse a schema this validator would only partly check.
 */
public final class JsonSchema {

  private static final Set<String> ANNOTATIONS = HashSet.of(
      "$schema", "$id", "$comment", "$defs", "definitions", "title", "description", "default", "examples",
      "deprecated", "readOnly", "writeOnly", "format", "contentEncoding", "contentMediaType", "pro");
  private static final Set<String> TYPE_NAMES =
      HashSet.of("object", "array", "string", "integer", "number", "boolean", "null");
  /** Guards against a schema that refers to itself without consuming any of the value. */
  private static final int MAX_DEPTH = 512;

  private final Compiled root;
  private final Map<String, Compiled> refs;
  private final Seq<String> unsupported;

  private JsonSchema(Compiled root, Map<String, Compiled> refs, Seq<String> unsupported) {
    this.root = root;
    this.refs = refs;
    this.unsupported = unsupported;
  }

  /**
   * Compiles {@code schema} (a map or a boolean). Left: the first reason it cannot be used (a
   * {@code $ref} that does not resolve, a malformed keyword, a bad regular expression), with the
   * JSON pointer of the schema location.
   */
  public static Either<String, JsonSchema> compile(Node schema) {
    Compiler compiler = new Compiler(schema);
    try {
      Compiled root = compiler.compile(schema, "#");
      return Either.right(new JsonSchema(root, compiler.refs, compiler.unsupported.toVector()));
    } catch (Malformed e) {
      return Either.left(e.getMessage());
    }
  }

  /**
   * Keywords present in the schema that this validator does not evaluate, each as
   * {@code <schema pointer>: <keyword>}. Empty for the vcluster chart schema.
   */
  public Seq<String> unsupportedKeywords() {
    return unsupported;
  }

  /** Every violation of this schema by {@code value}, in document order. Empty when it is valid. */
  public Seq<SchemaViolation> validate(Node value) {
    return new Evaluation().check(root, value, Vector.empty(), 0);
  }

  /** Whether {@code value} is valid. */
  public boolean accepts(Node value) {
    return validate(value).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Compiled form

  /** One schema, its keywords parsed once. */
  private static final class Compiled {
    static final Compiled TRUE = new Compiled(true);
    static final Compiled FALSE = new Compiled(false);

    final boolean acceptsAll;
    final boolean rejectsAll;
    Option<Seq<String>> types = Option.none();
    Map<String, Compiled> properties = Map.of();
    Seq<Tuple2<Pattern, Compiled>> patternProperties = List.empty();
    Option<Compiled> additionalProperties = Option.none();
    Seq<String> required = List.empty();
    Option<Compiled> items = Option.none();
    Option<Seq<Node>> enumValues = Option.none();
    Option<Node> constValue = Option.none();
    Option<String> ref = Option.none();
    Seq<Compiled> allOf = List.empty();
    Seq<Compiled> anyOf = List.empty();
    Seq<Compiled> oneOf = List.empty();
    Option<Compiled> not = Option.none();

    private Compiled(boolean constant) {
      this.acceptsAll = constant;
      this.rejectsAll = !constant;
    }

    Compiled() {
      this.acceptsAll = false;
      this.rejectsAll = false;
    }
  }

  /** Signals a schema that cannot be compiled; caught in {@link #compile}. */
  private static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message, null, false, false);
    }
  }

  private static final class Compiler {
    final Node document;
    final Map<String, Compiled> refs = new HashMap<>();
    Vector<String> unsupported = Vector.empty();

    Compiler(Node document) {
      this.document = document;
    }

    Compiled compile(Node schema, String pointer) {
      if (schema instanceof Node.Bool b) {
        return b.value() ? Compiled.TRUE : Compiled.FALSE;
      }
      if (!(schema instanceof MapNode map)) {
        throw new Malformed(pointer + ": a schema must be an object or a boolean, not " + Node.describe(schema));
      }
      Compiled c = new Compiled();
      for (Tuple2<String, Node> e : map.entries()) {
        String key = e._1;
        Node v = e._2;
        String at = pointer + "/" + escape(key);
        switch (key) {
          case "type":
            c.types = Option.some(typeNames(v, at));
            break;
          case "properties":
            c.properties = properties(v, at);
            break;
          case "patternProperties":
            c.patternProperties = patternProperties(v, at);
            break;
          case "additionalProperties":
            c.additionalProperties = Option.some(compile(v, at));
            break;
          case "required":
            c.required = strings(v, at);
            break;
          case "items":
            c.items = Option.some(compile(v, at));
            break;
          case "enum":
            if (!(v instanceof ListNode list)) {
              throw new Malformed(at + ": enum must be a list");
            }
            c.enumValues = Option.some(list.items());
            break;
          case "const":
            c.constValue = Option.some(v);
            break;
          case "$ref":
            c.ref = Option.some(reference(v, at));
            break;
          case "allOf":
            c.allOf = schemas(v, at);
            break;
          case "anyOf":
            c.anyOf = schemas(v, at);
            break;
          case "oneOf":
            c.oneOf = schemas(v, at);
            break;
          case "not":
            c.not = Option.some(compile(v, at));
            break;
          default:
            if (!ANNOTATIONS.contains(key) && !key.startsWith("x-")) {
              unsupported = unsupported.append(pointer + ": " + key);
            }
        }
      }
      return c;
    }

    private Seq<String> typeNames(Node v, String at) {
      Seq<String> names;
      if (v instanceof Node.Text t) {
        names = List.of(t.value());
      } else if (v instanceof ListNode list && list.items().forAll(Node.Text.class::isInstance)) {
        names = list.items().map(n -> ((Node.Text) n).value());
      } else {
        throw new Malformed(at + ": type must be a type name or a list of them");
      }
      for (String name : names) {
        if (!TYPE_NAMES.contains(name)) {
          throw new Malformed(at + ": unknown type name \"" + name + "\"");
        }
      }
      return names;
    }

    private Map<String, Compiled> properties(Node v, String at) {
      if (!(v instanceof MapNode map)) {
        throw new Malformed(at + ": properties must be an object");
      }
      Map<String, Compiled> result = new HashMap<>();
      for (Tuple2<String, Node> e : map.entries()) {
        result.put(e._1, compile(e._2, at + "/" + escape(e._1)));
      }
      return result;
    }

    private Seq<Tuple2<Pattern, Compiled>> patternProperties(Node v, String at) {
      if (!(v instanceof MapNode map)) {
        throw new Malformed(at + ": patternProperties must be an object");
      }
      Vector<Tuple2<Pattern, Compiled>> result = Vector.empty();
      for (Tuple2<String, Node> e : map.entries()) {
        Pattern pattern;
        try {
          pattern = Pattern.compile(e._1);
        } catch (PatternSyntaxException ex) {
          throw new Malformed(at + ": bad regular expression \"" + e._1 + "\"");
        }
        result = result.append(Tuple.of(pattern, compile(e._2, at + "/" + escape(e._1))));
      }
      return result;
    }

    private Seq<String> strings(Node v, String at) {
      if (v instanceof ListNode list && list.items().forAll(Node.Text.class::isInstance)) {
        return list.items().map(n -> ((Node.Text) n).value());
      }
      throw new Malformed(at + ": must be a list of strings");
    }

    private Seq<Compiled> schemas(Node v, String at) {
      if (!(v instanceof ListNode list) || list.items().isEmpty()) {
        throw new Malformed(at + ": must be a non-empty list of schemas");
      }
      return list.items().zipWithIndex().map(t -> compile(t._1, at + "/" + t._2));
    }

    private String reference(Node v, String at) {
      if (!(v instanceof Node.Text t) || !t.value().startsWith("#")) {
        throw new Malformed(at + ": only local references (#/...) are supported, got " + Node.describe(v));
      }
      String target = t.value();
      if (!refs.containsKey(target)) {
        Node node = resolve(target).getOrElseThrow(() -> new Malformed(at + ": reference " + target + " does not resolve"));
        refs.put(target, Compiled.TRUE); // placeholder while compiling: a cycle stops here
        refs.put(target, compile(node, target));
      }
      return target;
    }

    /** The node a local JSON pointer ({@code #}, {@code #/a/b}) names in the document. */
    private Option<Node> resolve(String pointer) {
      if (pointer.equals("#")) {
        return Option.some(document);
      }
      if (!pointer.startsWith("#/")) {
        return Option.none();
      }
      Node current = document;
      for (String raw : pointer.substring(2).split("/", -1)) {
        String token = raw.replace("~1", "/").replace("~0", "~");
        if (current instanceof MapNode map && map.containsKey(token)) {
          current = map.get(token).get();
        } else if (current instanceof ListNode list && token.matches("[0-9]+")
            && Integer.parseInt(token) < list.items().size()) {
          current = list.items().get(Integer.parseInt(token));
        } else {
          return Option.none();
        }
      }
      return Option.some(current);
    }

    private static String escape(String key) {
      return key.replace("~", "~0").replace("/", "~1");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Evaluation

  private final class Evaluation {

    Seq<SchemaViolation> check(Compiled s, Node value, Vector<String> at, int depth) {
      if (s.acceptsAll) {
        return List.empty();
      }
      if (s.rejectsAll) {
        return List.of(new SchemaViolation(at, "not allowed here"));
      }
      if (depth > MAX_DEPTH) {
        return List.of(new SchemaViolation(at, "the schema refers to itself too deeply to check this value"));
      }
      if (s.types.isDefined() && !s.types.get().exists(t -> hasType(value, t))) {
        return List.of(new SchemaViolation(at, "expected " + s.types.get().mkString(" or ") + ", got " + shown(value)));
      }
      Vector<SchemaViolation> out = Vector.empty();
      if (s.ref.isDefined()) {
        out = out.appendAll(check(refs.get(s.ref.get()), value, at, depth + 1));
      }
      if (s.enumValues.isDefined() && !s.enumValues.get().exists(e -> jsonEquals(e, value))) {
        out = out.append(new SchemaViolation(at,
            "must be one of " + s.enumValues.get().map(Node::describe).mkString(", ") + "; got " + shown(value)));
      }
      if (s.constValue.isDefined() && !jsonEquals(s.constValue.get(), value)) {
        out = out.append(new SchemaViolation(at, "must be " + Node.describe(s.constValue.get()) + "; got " + shown(value)));
      }
      if (value instanceof MapNode map) {
        out = out.appendAll(object(s, map, at, depth));
      }
      if (value instanceof ListNode list && s.items.isDefined()) {
        for (int i = 0; i < list.items().size(); i++) {
          out = out.appendAll(check(s.items.get(), list.items().get(i), at.append("[" + i + "]"), depth + 1));
        }
      }
      for (Compiled branch : s.allOf) {
        out = out.appendAll(check(branch, value, at, depth + 1));
      }
      if (!s.anyOf.isEmpty()) {
        out = out.appendAll(alternatives(s.anyOf, value, at, depth, false));
      }
      if (!s.oneOf.isEmpty()) {
        out = out.appendAll(alternatives(s.oneOf, value, at, depth, true));
      }
      if (s.not.isDefined() && check(s.not.get(), value, at, depth + 1).isEmpty()) {
        out = out.append(new SchemaViolation(at, "must not match the schema excluded here"));
      }
      return out;
    }

    private Seq<SchemaViolation> object(Compiled s, MapNode map, Vector<String> at, int depth) {
      Vector<SchemaViolation> out = Vector.empty();
      for (String key : s.required) {
        if (!map.containsKey(key)) {
          out = out.append(new SchemaViolation(at, "missing the required key \"" + key + "\""));
        }
      }
      for (Tuple2<String, Node> e : map.entries()) {
        String key = e._1;
        Vector<String> here = at.append(key);
        boolean matched = false;
        Compiled property = s.properties.get(key);
        if (property != null) {
          matched = true;
          out = out.appendAll(check(property, e._2, here, depth + 1));
        }
        for (Tuple2<Pattern, Compiled> p : s.patternProperties) {
          if (p._1.matcher(key).find()) {
            matched = true;
            out = out.appendAll(check(p._2, e._2, here, depth + 1));
          }
        }
        if (!matched && s.additionalProperties.isDefined()) {
          Compiled extra = s.additionalProperties.get();
          if (extra.rejectsAll) {
            out = out.append(new SchemaViolation(here, unknownKey(key, s)));
          } else {
            out = out.appendAll(check(extra, e._2, here, depth + 1));
          }
        }
      }
      return out;
    }

    private Seq<SchemaViolation> alternatives(
        Seq<Compiled> branches, Node value, Vector<String> at, int depth, boolean exactlyOne) {
      Seq<Seq<SchemaViolation>> results = branches.map(b -> check(b, value, at, depth + 1));
      int passing = results.count(Seq::isEmpty);
      if (passing == 0) {
        return List.of(new SchemaViolation(at, noAlternative(results, value, at)));
      }
      if (exactlyOne && passing > 1) {
        return List.of(new SchemaViolation(at,
            "matches " + passing + " of the " + branches.size() + " alternatives; exactly one is allowed"));
      }
      return List.empty();
    }

    /** "expected string or boolean, got 3" when every branch failed on its type alone; else each branch's first problem. */
    private String noAlternative(Seq<Seq<SchemaViolation>> results, Node value, Vector<String> at) {
      boolean typesOnly = results.forAll(r -> r.size() == 1 && r.head().location().equals(at)
          && r.head().message().startsWith("expected ") && r.head().message().contains(", got "));
      if (typesOnly) {
        Seq<String> expected = results.map(r -> r.head().message())
            .map(m -> m.substring("expected ".length(), m.lastIndexOf(", got ")))
            .distinct();
        return "expected " + expected.mkString(" or ") + ", got " + shown(value);
      }
      return "matches none of the " + results.size() + " alternatives: "
          + results.zipWithIndex().map(t -> "(" + (t._2 + 1) + ") " + t._1.head().render()).mkString("; ");
    }

    private String unknownKey(String key, Compiled s) {
      Option<String> near = Vector.ofAll(s.properties.keySet())
          .map(k -> Tuple.of(k, EditDistance.between(k.toLowerCase(java.util.Locale.ROOT), key.toLowerCase(java.util.Locale.ROOT))))
          .filter(t -> t._2 <= Math.max(1, Math.min(3, key.length() / 3)))
          .sorted(java.util.Comparator.<Tuple2<String, Integer>, Integer>comparing(Tuple2::_2).thenComparing(Tuple2::_1))
          .headOption()
          .map(Tuple2::_1);
      return "not a key the chart's schema allows here" + near.map(n -> " (did you mean \"" + n + "\"?)").getOrElse("");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private static boolean hasType(Node value, String type) {
    switch (type) {
      case "object":
        return value instanceof MapNode;
      case "array":
        return value instanceof ListNode;
      case "string":
        return value instanceof Node.Text;
      case "boolean":
        return value instanceof Node.Bool;
      case "null":
        return value instanceof Node.Null;
      case "number":
        return value instanceof Node.Int || value instanceof Node.Decimal;
      case "integer":
        return value instanceof Node.Int
            || value instanceof Node.Decimal d && d.value().stripTrailingZeros().scale() <= 0;
      default:
        return false;
    }
  }

  private static String shown(Node value) {
    return Node.describe(value);
  }

  /** JSON equality: numbers by value (1 equals 1.0), maps regardless of key order. */
  static boolean jsonEquals(Node a, Node b) {
    if (isNumber(a) && isNumber(b)) {
      return number(a).compareTo(number(b)) == 0;
    }
    if (a instanceof MapNode x && b instanceof MapNode y) {
      return x.size() == y.size()
          && x.entries().forAll(e -> y.get(e._1).map(v -> jsonEquals(e._2, v)).getOrElse(false));
    }
    if (a instanceof ListNode x && b instanceof ListNode y) {
      return x.items().size() == y.items().size()
          && x.items().zip(y.items()).forAll(t -> jsonEquals(t._1, t._2));
    }
    return a.equals(b);
  }

  private static boolean isNumber(Node n) {
    return n instanceof Node.Int || n instanceof Node.Decimal;
  }

  private static BigDecimal number(Node n) {
    return n instanceof Node.Int i ? new BigDecimal(i.value()) : ((Node.Decimal) n).value();
  }
}
