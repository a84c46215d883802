package tech.integratn.vcluster.domain.promise;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.math.BigInteger;
import tech.integratn.vcluster.domain.contract.Constraint;
import tech.integratn.vcluster.domain.contract.CrdTexts;
import tech.integratn.vcluster.domain.contract.FieldType;
import tech.integratn.vcluster.domain.contract.RequestField;
import tech.integratn.vcluster.domain.orchestrator.OrchestratorPromise;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * The {@code openAPIV3Schema} of the request CRD, generated from the field table that the decoder
 * validates with, so the API server and the pipeline apply the same rules.
 *
 * <p>The schema is structural (every node typed, defaults only outside {@code anyOf}, free-form
 * objects marked {@code x-kubernetes-preserve-unknown-fields}). Two deliberate widenings keep the
 * API server from refusing what the decoder accepts: an optional string also accepts the empty
 * string (section 1: an empty field takes its default), and a regex that RE2 or ECMA-262 cannot
 * read the same way is left to the pipeline and named in the description instead.
 *
 * <p>What a structural schema cannot state, and the API server therefore does not check: the key
 * rule of a string map (named in the description), address arithmetic (VIP inside the subnet),
 * and the empty string standing for "absent" in a non-string field. A bare decimal quantity such
 * as {@code 0.5}, which the decoder reads, is refused by the API server as for every Kubernetes
 * quantity in a CRD (write {@code "0.5"} or {@code 500m}).
 */
public final class CrdSchema {

  private CrdSchema() {}

  /** The orchestrator's texts (they live with its promise). */
  public static final CrdTexts ORCHESTRATOR = OrchestratorPromise.INSTANCE.crdTexts();

  /** The orchestrator's whole {@code openAPIV3Schema}. */
  public static MapNode of(Seq<RequestField> fields) {
    return of(fields, ORCHESTRATOR);
  }

  /** The whole {@code openAPIV3Schema}: apiVersion, kind, metadata, spec (from {@code fields}) and status. */
  public static MapNode of(Seq<RequestField> fields, CrdTexts texts) {
    Seq<RequestField> outside = fields.filter(f -> !f.path().startsWith("spec."));
    if (!outside.isEmpty()) {
      throw new IllegalArgumentException("fields outside spec: " + outside.map(RequestField::path).mkString(", "));
    }
    return MapNode.of("type", Node.text("object"))
        .with("description", texts.root())
        .with("required", ListNode.ofTexts(List.of("spec")))
        .with("properties", MapNode.of("apiVersion", typed("string",
                "APIVersion defines the versioned schema of this representation of an object."))
            .with("kind", typed("string", "Kind is a string value representing the REST resource this object represents."))
            .with("metadata", MapNode.of("type", Node.text("object")))
            .with("spec", object("spec", fields, texts.sections()))
            .with("status", typed("object", texts.status())
                .with("x-kubernetes-preserve-unknown-fields", Node.bool(true))));
  }

  /** The schema of the object at {@code path}, whose properties are the fields below it. */
  static MapNode object(String path, Seq<RequestField> fields) {
    return object(path, fields, ORCHESTRATOR.sections());
  }

  static MapNode object(String path, Seq<RequestField> fields, StringMap sections) {
    String prefix = path + ".";
    Seq<RequestField> below = fields.filter(f -> f.path().startsWith(prefix));
    Seq<String> childKeys = below.map(f -> f.path().substring(prefix.length()).split("\\.")[0]).distinct();
    MapNode properties = MapNode.empty();
    Vector<String> required = Vector.empty();
    for (String key : childKeys) {
      String childPath = prefix + key;
      Seq<RequestField> exact = below.filter(f -> f.path().equals(childPath));
      Seq<RequestField> deeper = below.filter(f -> f.path().startsWith(childPath + "."));
      if (exact.isEmpty()) {
        properties = properties.with(key, object(childPath, deeper, sections));
        if (holdsARequiredField(deeper)) {
          // absent, the section's required field is missing too: the API server says so at once
          required = required.append(key);
        }
        continue;
      }
      RequestField field = exact.head();
      if (exact.size() > 1 || (!deeper.isEmpty() && field.type() != FieldType.OBJECT_LIST)) {
        throw new IllegalArgumentException("field table is ambiguous at " + childPath);
      }
      properties = properties.with(key, field(field, deeper));
      if (field.required()) {
        required = required.append(key);
      }
    }
    MapNode schema = typed("object", sections.get(path).getOrElse(() -> "Settings under " + path + "."));
    if (!required.isEmpty()) {
      schema = schema.with("required", ListNode.ofTexts(required));
    }
    return schema.with("properties", properties);
  }

  /** Whether a field of {@code fields} is required, other than in the items of a list among them. */
  private static boolean holdsARequiredField(Seq<RequestField> fields) {
    for (RequestField f : fields) {
      boolean inItems = false;
      for (RequestField list : fields) {
        inItems |= list.type() == FieldType.OBJECT_LIST && f.path().startsWith(list.path() + ".");
      }
      if (f.required() && !inItems) {
        return true;
      }
    }
    return false;
  }

  /**
   * The schema of one field. {@code itemFields} are the fields of an {@link FieldType#OBJECT_LIST}'s
   * items (empty for other types); an item field without a default is required, as the decoder
   * requires it.
   */
  static MapNode field(RequestField field, Seq<RequestField> itemFields) {
    boolean optional = !field.required();
    String description = field.description() + ruleNotes(field);
    MapNode schema;
    switch (field.type()) {
      case STRING:
        schema = typed("string", description);
        schema = withEnum(schema, field, optional);
        schema = withPattern(schema, field, optional);
        schema = withMaxLength(schema, field);
        break;
      case INTEGER:
        schema = withRange(typed("integer", description), field);
        break;
      case BOOLEAN:
        schema = typed("boolean", description);
        break;
      case QUANTITY:
        schema = MapNode.of("description", Node.text(description))
            .with("anyOf", ListNode.of(MapNode.of("type", Node.text("integer")), MapNode.of("type", Node.text("string"))))
            .with("x-kubernetes-int-or-string", Node.bool(true));
        schema = withPattern(schema, field, optional);
        schema = withQuantityMinimum(schema, field);
        break;
      case STRING_MAP:
        MapNode values = MapNode.of("type", Node.text("string"));
        for (Constraint c : field.constraints()) {
          if (c instanceof Constraint.ValuesMatch v) {
            values = CrdPattern.of(v.regex()).fold(problem -> MapNode.of("type", Node.text("string")),
                pattern -> MapNode.of("type", Node.text("string")).with("pattern", pattern));
          }
        }
        schema = typed("object", description).with("additionalProperties", values);
        break;
      case OBJECT:
        schema = typed("object", description).with("x-kubernetes-preserve-unknown-fields", Node.bool(true));
        break;
      case STRING_LIST:
        MapNode item = withMaxLength(withPattern(MapNode.of("type", Node.text("string")), field, false), field);
        schema = withItemCounts(typed("array", description).with("items", item), field);
        break;
      default:
        schema = withItemCounts(typed("array", description).with("items", items(field, itemFields)), field);
        break;
    }
    return schema.withSome("default", field.crdDefault());
  }

  private static MapNode withItemCounts(MapNode schema, RequestField field) {
    MapNode result = schema;
    for (Constraint c : field.constraints()) {
      if (c instanceof Constraint.MinItems min) {
        result = result.with("minItems", Node.integer(min.min()));
      }
    }
    for (Constraint c : field.constraints()) {
      if (c instanceof Constraint.MaxItems max) {
        result = result.with("maxItems", Node.integer(max.max()));
      }
    }
    return result;
  }

  private static MapNode items(RequestField list, Seq<RequestField> itemFields) {
    MapNode properties = MapNode.empty();
    Vector<String> required = Vector.empty();
    for (RequestField item : itemFields) {
      if (item.keys().size() != list.keys().size() + 1) {
        throw new IllegalArgumentException("nested item field " + item.path() + " is not supported");
      }
      boolean itemRequired = item.required() || item.crdDefault().isEmpty();
      RequestField asItem = itemRequired && !item.required()
          ? new RequestField(item.path(), item.type(), item.constraints(), true, item.crdDefault(), item.description())
          : item;
      properties = properties.with(item.key(), field(asItem, List.empty()));
      if (itemRequired) {
        required = required.append(item.key());
      }
    }
    MapNode schema = typed("object", "One " + list.key() + " entry.");
    if (!required.isEmpty()) {
      schema = schema.with("required", ListNode.ofTexts(required));
    }
    return schema.with("properties", properties);
  }

  private static MapNode typed(String type, String description) {
    return MapNode.of("type", Node.text(type)).with("description", description);
  }

  private static MapNode withEnum(MapNode schema, RequestField field, boolean optional) {
    MapNode result = schema;
    for (Constraint c : field.constraints()) {
      if (c instanceof Constraint.OneOf oneOf) {
        Seq<String> values = optional && !oneOf.values().contains("") ? oneOf.values().append("") : oneOf.values();
        result = result.with("enum", ListNode.ofTexts(values));
      }
    }
    return result;
  }

  private static MapNode withPattern(MapNode schema, RequestField field, boolean optional) {
    MapNode result = schema;
    for (Constraint c : field.constraints()) {
      if (c instanceof Constraint.Matches m) {
        Either<String, String> pattern = CrdPattern.of(m.regex());
        if (pattern.isRight()) {
          result = result.with("pattern", Node.text(optional ? CrdPattern.allowingEmpty(pattern.get()) : pattern.get()));
        }
      }
    }
    return result;
  }

  /**
   * The decoder checks an integer quantity as its decimal text, but a CRD pattern applies to
   * strings only: when the pattern refuses {@code -1} and accepts {@code 0}, integers get
   * {@code minimum: 0} so that the API server refuses negative integers too.
   */
  private static MapNode withQuantityMinimum(MapNode schema, RequestField field) {
    boolean nonNegative = field.constraints().exists(c -> c instanceof Constraint.Matches m
        && !m.test("-1") && m.test("0"));
    return nonNegative ? schema.with("minimum", Node.integer(0)) : schema;
  }

  private static MapNode withMaxLength(MapNode schema, RequestField field) {
    MapNode result = schema;
    for (Constraint c : field.constraints()) {
      if (c instanceof Constraint.MaxLength max) {
        result = result.with("maxLength", Node.integer(max.max()));
      }
    }
    return result;
  }

  private static MapNode withRange(MapNode schema, RequestField field) {
    MapNode result = schema;
    for (Constraint c : field.constraints()) {
      if (c instanceof Constraint.Between between) {
        result = result.with("minimum", new Node.Int(BigInteger.valueOf(between.min())))
            .with("maximum", new Node.Int(BigInteger.valueOf(between.max())));
      }
    }
    return result;
  }

  /**
   * Rules the schema cannot carry, appended to the description: map key rules (a structural schema
   * has no {@code propertyNames}) and regexes that are not portable to RE2/ECMA-262.
   */
  private static String ruleNotes(RequestField field) {
    StringBuilder notes = new StringBuilder();
    for (Constraint c : field.constraints()) {
      if (c instanceof Constraint.KeysMatch k) {
        notes.append(' ').append(sentence(k.rule(), ""));
      } else if (c instanceof Constraint.EntryIs e) {
        notes.append(' ').append(sentence("the entry " + e.key() + ", if given, " + e.rule(), PIPELINE_CHECKED));
      } else if (c instanceof Constraint.Matches m && CrdPattern.of(m.regex()).isLeft()) {
        notes.append(' ').append(sentence("the value " + m.rule(), PIPELINE_CHECKED));
      } else if (c instanceof Constraint.ValuesMatch v && CrdPattern.of(v.regex()).isLeft()) {
        notes.append(' ').append(sentence(v.rule(), PIPELINE_CHECKED));
      }
    }
    return notes.toString();
  }

  /** Marks a rule that only the pipeline enforces. */
  static final String PIPELINE_CHECKED = " (checked by the pipeline)";

  private static String sentence(String rule, String suffix) {
    String trimmed = rule.endsWith(".") ? rule.substring(0, rule.length() - 1) : rule;
    return Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1) + suffix + ".";
  }
}
