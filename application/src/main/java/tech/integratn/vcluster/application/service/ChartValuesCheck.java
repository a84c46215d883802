package tech.integratn.vcluster.application.service;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.application.port.in.RunFailure;
import tech.integratn.vcluster.application.port.out.ChartSchemaSource;
import tech.integratn.vcluster.application.port.out.EventLog;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.orchestrator.Rendering;
import tech.integratn.vcluster.domain.schema.SchemaViolation;
import tech.integratn.vcluster.domain.schema.ValuesViolations;
import tech.integratn.vcluster.domain.tree.MapNode;

/**
 * Checks the final chart values (preset, derived values and {@code helmOverrides}) against the
 * chart's values schema when the platform provides one for the requested chart version. Every
 * violation names the request field it came from. A schema whose version is not confirmed only
 * warns; no schema at all is said once and the run goes on.
 */
final class ChartValuesCheck {

  private final ChartSchemaSource schemas;
  private final EventLog log;

  ChartValuesCheck(ChartSchemaSource schemas, EventLog log) {
    this.schemas = schemas;
    this.log = log;
  }

  /** The rendering when its values pass (or cannot be checked), else the rejection or failure. */
  Either<RunFailure, Rendering> check(Rendering rendering) {
    String version = rendering.plan().chartVersion();
    Either<String, Option<ChartSchemaSource.ChartValuesSchema>> found = schemas.valuesSchema(version);
    if (found.isLeft()) {
      return Either.left(new RunFailure.SchemaUnusable(found.getLeft()));
    }
    if (found.get().isEmpty()) {
      if (schemas.configured()) {
        log.info("no values schema for chart " + rendering.plan().chartName() + " " + version + " in "
            + schemas.describe() + "; chart values not checked");
      }
      return Either.right(rendering);
    }
    ChartSchemaSource.ChartValuesSchema schema = found.get().get();
    MapNode values = rendering.resources().application().spec().valuesObject();
    Seq<String> messages = describe(schema.schema().validate(values), rendering.plan().helmOverrides());
    if (messages.isEmpty()) {
      return Either.right(rendering);
    }
    if (!schema.versionConfirmed()) {
      log.warn("chart values checked against " + schema.origin() + ", whose version is not confirmed to be "
          + version + "; reporting as warnings:");
      messages.forEach(log::warn);
      return Either.right(rendering);
    }
    Seq<RequestProblem> problems = messages.map(m -> new RequestProblem.ChartValues(fieldOf(m), m));
    return Either.left(new RunFailure.Rejected(new Rejection(problems, rendering.warnings())));
  }

  private static Seq<String> describe(Seq<SchemaViolation> violations, Option<MapNode> overrides) {
    return ValuesViolations.describeAll(violations, overrides);
  }

  /** The field path at the start of a violation message. */
  static String fieldOf(String message) {
    int end = message.length();
    for (String stop : new String[] {": ", " ("}) {
      int at = message.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return message.substring(0, end);
  }
}
