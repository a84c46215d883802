package tech.integratn.vcluster.application.service;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.application.port.in.RunFailure;
import tech.integratn.vcluster.application.port.out.ChartSchemaSource;
import tech.integratn.vcluster.application.port.out.EventLog;
import tech.integratn.vcluster.domain.contract.ChartValues;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.contract.RequestWarning;
import tech.integratn.vcluster.domain.schema.ChartValueViolation;
import tech.integratn.vcluster.domain.schema.ValuesViolations;

/**
 * Checks the final chart values (preset, derived values and {@code helmOverrides}) of a promise
 * that renders a chart against the chart's values schema when the platform provides one for the
 * chart version. Every violation names the request field it is on (its steps, not text parsed
 * back). A schema whose version is not confirmed only warns; no schema at all is said once and the
 * run goes on.
 */
final class ChartValuesCheck {

  private final ChartSchemaSource schemas;
  private final EventLog log;

  ChartValuesCheck(ChartSchemaSource schemas, EventLog log) {
    this.schemas = schemas;
    this.log = log;
  }

  /** None when the values pass (or cannot be checked), else the rejection ({@code warnings} kept) or failure. */
  Option<RunFailure> check(ChartValues chart, Seq<RequestWarning> warnings) {
    String version = chart.chartVersion();
    Either<String, Option<ChartSchemaSource.ChartValuesSchema>> found = schemas.valuesSchema(version);
    if (found.isLeft()) {
      return Option.some(new RunFailure.SchemaUnusable(found.getLeft()));
    }
    if (found.get().isEmpty()) {
      if (schemas.configured()) {
        log.info("no values schema for chart " + chart.chartName() + " " + version + " in "
            + schemas.describe() + "; chart values not checked");
      }
      return Option.none();
    }
    ChartSchemaSource.ChartValuesSchema schema = found.get().get();
    Seq<ChartValueViolation> violations =
        ValuesViolations.locateAll(schema.schema().validate(chart.values()), chart.helmOverrides());
    if (violations.isEmpty()) {
      return Option.none();
    }
    if (!schema.versionConfirmed()) {
      log.warn("chart values checked against " + schema.origin() + ", whose version is not confirmed to be "
          + version + "; reporting as warnings:");
      for (ChartValueViolation v : violations) {
        log.warn(v.render());
      }
      return Option.none();
    }
    Vector<RequestProblem> problems = Vector.empty();
    for (ChartValueViolation v : violations) {
      problems = problems.append(new RequestProblem.ChartValues(v.fieldPath(), v.render()));
    }
    return Option.some(new RunFailure.Rejected(new Rejection(problems, warnings)));
  }
}
