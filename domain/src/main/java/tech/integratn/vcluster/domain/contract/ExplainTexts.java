package tech.integratn.vcluster.domain.contract;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import tech.integratn.vcluster.domain.diff.DiffTexts;
import tech.integratn.vcluster.domain.diff.ScalarQuoting;

/**
 * The one place that renders explained chart values as text (spec 12.3), one line per value:
 * {@code <path>: <value>  (<chain>)}, the chain as its sources joined by {@code ->}, each with the
 * value it set when there is more than one ({@code preset prod: 2Gi -> helmOverrides: 3Gi}).
 * Paths as {@code ObjectPath} writes them, values as {@link DiffTexts#value} (the same as a diff's),
 * strings quoted also where the {@link ScalarQuoting} passed says (the CLI passes the YAML codec's).
 */
public final class ExplainTexts {

  private ExplainTexts() {}

  public static Seq<String> lines(Seq<ExplainedValue> values) {
    return lines(values, DiffTexts.OWN_RULES);
  }

  public static Seq<String> lines(Seq<ExplainedValue> values, ScalarQuoting quoting) {
    java.util.List<String> lines = new java.util.ArrayList<>(values.size());
    for (ExplainedValue value : values) {
      lines.add(line(value, quoting));
    }
    return Vector.ofAll(lines);
  }

  public static String line(ExplainedValue value) {
    return line(value, DiffTexts.OWN_RULES);
  }

  public static String line(ExplainedValue value, ScalarQuoting quoting) {
    return value.path().text() + ": " + DiffTexts.value(value.value(), quoting) + "  (" + chain(value.chain(), quoting) + ")";
  }

  /**
   * What {@code diff --why} prints under one changed chart value at {@code path} (inside the
   * {@code valuesObject}): the chain of the value there (or of the list holding it) as
   * {@code   why: <chain>}; for a changed map, one {@code   why: <path>: <chain>} per value below
   * it; nothing where the engine sets no value now (a value only removed).
   */
  public static Seq<String> why(tech.integratn.vcluster.domain.diff.ObjectPath path, Seq<ExplainedValue> values,
      ScalarQuoting quoting) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    for (ExplainedValue value : values) {
      if (value.path().equals(path) || value.holds(path)) {
        return Vector.of("  why: " + chain(value.chain(), quoting));
      }
      if (value.isAtOrBelow(path)) {
        lines.add("  why: " + value.path().text() + ": " + chain(value.chain(), quoting));
      }
    }
    return Vector.ofAll(lines);
  }

  /** The chain alone: {@code preset prod}, or {@code preset prod: 2Gi -> helmOverrides: 3Gi}. */
  public static String chain(Seq<ProvenanceStep> chain) {
    return chain(chain, DiffTexts.OWN_RULES);
  }

  /** The chain, strings quoted also where {@code quoting} says. */
  public static String chain(Seq<ProvenanceStep> chain, ScalarQuoting quoting) {
    if (chain.isEmpty()) {
      return "no recorded source";
    }
    if (chain.size() == 1) {
      return source(chain.head().source());
    }
    StringBuilder out = new StringBuilder();
    for (ProvenanceStep step : chain) {
      out.append(out.length() == 0 ? "" : " -> ").append(source(step.source())).append(": ")
          .append(DiffTexts.value(step.value(), quoting));
    }
    return out.toString();
  }

  /** One source: {@code request spec.vcluster.replicas}, {@code preset prod}, {@code profile <key>}, {@code derived (...)}. */
  public static String source(Provenance source) {
    if (source instanceof Provenance.Request r) {
      return "request " + r.field();
    }
    if (source instanceof Provenance.Preset p) {
      return "preset " + p.preset().value();
    }
    if (source instanceof Provenance.Profile p) {
      return "profile " + p.key();
    }
    if (source instanceof Provenance.Derived d) {
      return "derived (" + d.rule() + ")";
    }
    if (source instanceof Provenance.Contract c) {
      return "contract (" + c.section() + ")";
    }
    return "helmOverrides";
  }
}
