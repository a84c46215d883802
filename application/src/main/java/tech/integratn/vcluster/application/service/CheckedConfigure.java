package tech.integratn.vcluster.application.service;

import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.application.port.in.RunFailure;
import tech.integratn.vcluster.application.port.out.EventLog;
import tech.integratn.vcluster.domain.contract.ChartValues;
import tech.integratn.vcluster.domain.contract.Promise;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Configure, log the warnings, check the chart values: the one way a service validates and renders
 * a request without writing anything (a pipeline's configure and validate, {@code diff},
 * {@code validate --input DIR}).
 */
final class CheckedConfigure {

  private CheckedConfigure() {}

  /**
   * {@code promise}'s rendering of {@code document}, its warnings (or the rejection's) logged to
   * {@code log} first; when the promise renders a chart, its values checked by {@code chartValues}.
   */
  static <R> Either<RunFailure, Rendering<R>> run(Promise<R> promise, Node document, PlatformProfile profile,
      String promiseName, ChartValuesCheck chartValues, EventLog log) {
    Either<Rejection, Rendering<R>> rendered = promise.configure(document, profile, promiseName);
    Reporting.warnings(log, rendered.isLeft() ? rendered.getLeft().warnings() : rendered.get().warnings());
    if (rendered.isLeft()) {
      return Either.left(new RunFailure.Rejected(rendered.getLeft()));
    }
    Option<ChartValues> values = promise.chartValues(rendered.get());
    if (values.isDefined()) {
      Option<RunFailure> failed = chartValues.check(values.get(), rendered.get().warnings());
      if (failed.isDefined()) {
        return Either.left(failed.get());
      }
    }
    return Either.right(rendered.get());
  }
}
