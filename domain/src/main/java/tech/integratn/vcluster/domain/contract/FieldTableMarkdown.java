package tech.integratn.vcluster.domain.contract;

import io.vavr.collection.Seq;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * A field table as the Markdown table of the README: one row per field with its path, type, rules
 * (required, patterns, bounds, choices, the CRD default) and description. The README's tables of the
 * sub-promises are this text, drift-tested, so the docs say what the decoder and the CRD check.
 */
public final class FieldTableMarkdown {

  private FieldTableMarkdown() {}

  /** The table of {@code fields}: a header and one row per field, each line ending in a newline. */
  public static String render(Seq<RequestField> fields) {
    StringBuilder out = new StringBuilder("| `spec` field | type | rules | description |\n|---|---|---|---|\n");
    for (RequestField f : fields) {
      out.append("| `").append(f.path().substring("spec.".length())).append("` | ")
          .append(type(f.type())).append(" | ")
          .append(rules(f)).append(" | ")
          .append(cell(f.description())).append(" |\n");
    }
    return out.toString();
  }

  private static String type(FieldType type) {
    switch (type) {
      case STRING:
        return "string";
      case INTEGER:
        return "integer";
      case BOOLEAN:
        return "boolean";
      case QUANTITY:
        return "quantity";
      case STRING_MAP:
        return "map of strings";
      case OBJECT:
        return "map (kept as written)";
      case STRING_LIST:
        return "list of strings";
      default:
        return "list of maps";
    }
  }

  private static String rules(RequestField f) {
    java.util.List<String> rules = new java.util.ArrayList<>();
    if (f.required()) {
      rules.add("required");
    }
    for (Constraint c : f.constraints()) {
      if (c instanceof Constraint.Matches m) {
        rules.add(m.rule());
      } else if (c instanceof Constraint.MaxLength m) {
        rules.add("at most " + m.max() + " characters");
      } else if (c instanceof Constraint.MinItems m) {
        rules.add("at least " + m.min() + (m.min() == 1 ? " entry" : " entries"));
      } else if (c instanceof Constraint.MaxItems m) {
        rules.add("at most " + m.max() + " entries");
      } else if (c instanceof Constraint.OneOf o) {
        rules.add("one of " + o.values().mkString(", "));
      } else if (c instanceof Constraint.Between b) {
        rules.add(b.min() + "–" + b.max());
      } else if (c instanceof Constraint.KeysMatch k) {
        rules.add(k.rule());
      } else if (c instanceof Constraint.ValuesMatch v) {
        rules.add(v.rule());
      } else if (c instanceof Constraint.EntryIs e) {
        rules.add(e.key() + ", if given, " + e.rule());
      } else if (c instanceof Constraint.MaxBytes m) {
        rules.add("at most " + m.max() + " bytes in all");
      }
    }
    if (f.crdDefault().isDefined()) {
      Node d = f.crdDefault().get();
      rules.add("default " + (d instanceof Node.Text t ? "`" + t.value() + "`" : Node.describe(d)));
    }
    return rules.isEmpty() ? "—" : cell(String.join("; ", rules));
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
