package tech.integratn.vcluster.application.service;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.application.port.in.ExplainFailure;
import tech.integratn.vcluster.application.port.in.ExplainValuesUseCase;
import tech.integratn.vcluster.application.port.out.EventLog;
import tech.integratn.vcluster.application.port.out.RequestSource;
import tech.integratn.vcluster.domain.contract.Accepted;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.diff.ObjectPath;
import tech.integratn.vcluster.domain.diff.ObjectPathParser;
import tech.integratn.vcluster.domain.orchestrator.ClusterPlan;
import tech.integratn.vcluster.domain.orchestrator.ExplainedValue;
import tech.integratn.vcluster.domain.orchestrator.HelmValues;
import tech.integratn.vcluster.domain.orchestrator.OrchestratorPromise;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.profile.UnknownFieldPolicy;
import tech.integratn.vcluster.domain.promise.PromiseKind;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Explains the chart values of an orchestrator request (spec 12.3): reads and decodes it as
 * {@code validate} does (every problem at once, warnings logged), then asks the values builder for
 * its values with their sources ({@link HelmValues#explain}) and keeps those at the path asked.
 */
public final class ExplainValuesService implements ExplainValuesUseCase {

  private final RequestSource source;
  private final EventLog log;

  public ExplainValuesService(RequestSource source, EventLog log) {
    this.source = source;
    this.log = log;
  }

  @Override
  public Either<ExplainFailure, Seq<ExplainedValue>> explain(PlatformProfile profile, Option<String> path) {
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
    if (kind.get().isDefined() && kind.get().get() != PromiseKind.VCLUSTER_ORCHESTRATOR) {
      return Either.left(new ExplainFailure.NoChartValues(kind.get().get().kind()));
    }
    Either<Rejection, Accepted<ClusterPlan>> decoded = OrchestratorPromise.INSTANCE.decode(loaded.get(), profile,
        OrchestratorPromise.PROMISE_NAME, profile.unknownFields() == UnknownFieldPolicy.REJECT);
    Reporting.warnings(log, decoded.isLeft() ? decoded.getLeft().warnings() : decoded.get().warnings());
    if (decoded.isLeft()) {
      return Either.left(new ExplainFailure.Rejected(decoded.getLeft()));
    }
    Seq<ExplainedValue> values = HelmValues.explain(decoded.get().request());
    if (asked.isEmpty()) {
      return Either.right(values);
    }
    java.util.List<ExplainedValue> kept = new java.util.ArrayList<>();
    for (ExplainedValue value : values) {
      if (value.isAtOrBelow(asked.get()) || value.holds(asked.get())) {
        kept.add(value);
      }
    }
    return kept.isEmpty()
        ? Either.left(new ExplainFailure.UnknownPath(path.get()))
        : Either.right(io.vavr.collection.Vector.ofAll(kept));
  }
}
