package tech.integratn.vcluster.domain.schema;

import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * A chart-values violation said about the request: the field it is on, as steps, and what is wrong.
 *
 * @param field the steps of the field: {@code spec, vcluster, helmOverrides, <chart path...>} for a
 *     value the request's overrides set, else {@code valuesObject, <chart path...>}; map keys as
 *     written, list positions as {@code [i]}
 * @param derivedFrom for a derived value, the request fields, preset or profile settings it comes from
 * @param message what is wrong, in words
 */
public record ChartValueViolation(Vector<String> field, Option<String> derivedFrom, String message) {

  /** The field as a path: {@code spec.vcluster.helmOverrides.proxy.extraSANs[0]}, {@code valuesObject.sync}. */
  public String fieldPath() {
    return new SchemaViolation(field, message).path();
  }

  /** {@code <field>: <message>}, or {@code <field> (derived from <sources>): <message>}. */
  public String render() {
    return fieldPath() + (derivedFrom.isDefined() ? " (derived from " + derivedFrom.get() + ")" : "") + ": " + message;
  }
}
