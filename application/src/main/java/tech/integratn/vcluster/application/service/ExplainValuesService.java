package tech.integratn.vcluster.application.service;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.application.port.in.ExplainFailure;
import tech.integratn.vcluster.application.port.in.ExplainValuesCommand;
import tech.integratn.vcluster.application.port.in.ExplainValuesUseCase;
import tech.integratn.vcluster.application.port.out.EventLog;
import tech.integratn.vcluster.application.port.out.RequestSource;
import tech.integratn.vcluster.domain.contract.Accepted;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.diff.ObjectPath;
import tech.integratn.vcluster.domain.diff.ObjectPathParser;
import tech.integratn.vcluster.domain.contract.Promise;
import tech.integratn.vcluster.domain.contract.ExplainedValue;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.profile.UnknownFieldPolicy;
import tech.integratn.vcluster.domain.promise.PromiseKind;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Explains the chart values of an orchestrator request (spec 12.3): reads and decodes it as
 * {@code validate} does (every problem at once, warnings logged), then asks its promise (through
 * {@code Promise.explainedValues}; the kind chooses the promise) for the chart values with their
 * sources, and keeps those at the path asked. Only the orchestrator renders a chart.
 */
public final class ExplainValuesService implements ExplainValuesUseCase {

  private final RequestSource source;
  private final EventLog log;

  public ExplainValuesService(RequestSource source, EventLog log) {
    this.source = source;
    this.log = log;
  }

  @Override
  public Either<ExplainFailure, Seq<ExplainedValue>> explain(ExplainValuesCommand command) {
    PlatformProfile profile = command.profile();
    Option<String> path = command.path();
    Option<ObjectPath> asked = Option.none();
    if (path.isDefined()) {
      Either<String, ObjectPath> parsed = ObjectPathParser.parse(path.get());
      if (parsed.isLeft()) {
        return Either.left(new ExplainFailure.BadPath(path.get(), parsed.getLeft()));
      }
      asked = Option.some(parsed.get());
    }
    Either<RequestProblem, Node> loaded = source.load();
    if (loaded.isLeft() && loaded.getLeft() instanceof RequestProblem.Inaccessible missing) {
      return Either.left(new ExplainFailure.InputUnreadable(missing.source(), missing.reason()));
    }
    if (loaded.isLeft()) {
      return Either.left(new ExplainFailure.Rejected(new Rejection(io.vavr.collection.List.of(loaded.getLeft()),
          io.vavr.collection.List.empty())));
    }
    Either<RequestProblem, Option<PromiseKind>> kind = PromiseKind.of(loaded.get());
    if (kind.isLeft()) {
      return Either.left(new ExplainFailure.Rejected(new Rejection(io.vavr.collection.List.of(kind.getLeft()),
          io.vavr.collection.List.empty())));
    }
    PromiseKind promise = kind.get().getOrElse(PromiseKind.VCLUSTER_ORCHESTRATOR);
    Either<Rejection, Option<Seq<ExplainedValue>>> explained = explained(promise.promise(), loaded.get(), profile);
    if (explained.isLeft()) {
      return Either.left(new ExplainFailure.Rejected(explained.getLeft()));
    }
    if (explained.get().isEmpty()) {
      return Either.left(new ExplainFailure.NoChartValues(promise.kind()));
    }
    Seq<ExplainedValue> values = explained.get().get();
    if (asked.isEmpty()) {
      return Either.right(values);
    }
    java.util.List<ExplainedValue> kept = new java.util.ArrayList<>();
    for (ExplainedValue value : values) {
      if (value.isAtOrBelow(asked.get()) || value.reaches(asked.get())) {
        kept.add(value);
      }
    }
    return kept.isEmpty()
        ? Either.left(new ExplainFailure.UnknownPath(path.get()))
        : Either.right(io.vavr.collection.Vector.ofAll(kept));
  }

  /** Decodes as {@code validate} does (warnings logged), then asks the promise for its explained chart values. */
  private <R> Either<Rejection, Option<Seq<ExplainedValue>>> explained(Promise<R> promise, Node document,
      PlatformProfile profile) {
    Either<Rejection, Accepted<R>> decoded = promise.decode(document, profile, promise.promiseName(),
        profile.unknownFields() == UnknownFieldPolicy.REJECT);
    Reporting.warnings(log, decoded.isLeft() ? decoded.getLeft().warnings() : decoded.get().warnings());
    return decoded.isLeft() ? Either.left(decoded.getLeft()) : Either.right(promise.explainedValues(decoded.get().request()));
  }
}
