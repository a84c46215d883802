package tech.integratn.vcluster.application.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import tech.integratn.vcluster.application.port.in.ConfigureVClusterCommand;
import tech.integratn.vcluster.application.port.in.ConfigureVClusterUseCase;
import tech.integratn.vcluster.application.port.in.RunFailure;
import tech.integratn.vcluster.application.port.in.RunReport;
import tech.integratn.vcluster.application.port.out.ChartSchemaSource;
import tech.integratn.vcluster.application.port.out.EventLog;
import tech.integratn.vcluster.application.port.out.ManifestSink;
import tech.integratn.vcluster.application.port.out.PipelineContext;
import tech.integratn.vcluster.application.port.out.RequestSource;
import tech.integratn.vcluster.application.port.out.StatusSink;
import tech.integratn.vcluster.application.port.out.WorkflowControl;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.contract.RequestStatus;
import tech.integratn.vcluster.domain.profile.InvalidRequestPolicy;
import tech.integratn.vcluster.domain.orchestrator.Rendering;
import tech.integratn.vcluster.domain.orchestrator.VClusterRenderer;
import tech.integratn.vcluster.domain.orchestrator.VClusterOrchestratorV2Status;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Configure: read, render, then publish the manifests and the status. A rejected request writes
 * nothing (or, with the profile's {@code onInvalidRequest: suspend}, an empty output, an invalid
 * status and a workflow suspension).
 *
 * <p>The configure path is written with {@code if}s rather than chains of lambdas: each distinct
 * lambda call site costs link time on the cold start of a pipeline run, which configures once.
 */
public final class ConfigureVClusterService implements ConfigureVClusterUseCase {

  private final RequestSource source;
  private final ManifestSink manifests;
  private final StatusSink status;
  private final WorkflowControl workflow;
  private final PipelineContext context;
  private final EventLog log;
  private final ChartValuesCheck chartValues;

  public ConfigureVClusterService(
      RequestSource source,
      ManifestSink manifests,
      StatusSink status,
      WorkflowControl workflow,
      ChartSchemaSource chartSchemas,
      PipelineContext context,
      EventLog log) {
    this.source = source;
    this.manifests = manifests;
    this.status = status;
    this.workflow = workflow;
    this.context = context;
    this.log = log;
    this.chartValues = new ChartValuesCheck(chartSchemas, log);
  }

  @Override
  public Either<RunFailure, RunReport> configure(ConfigureVClusterCommand command) {
    Either<RequestProblem, Node> loaded = source.load();
    if (loaded.isLeft() && loaded.getLeft() instanceof RequestProblem.Inaccessible missing) {
      return Either.left(new RunFailure.InputUnreadable(missing.source(), missing.reason()));
    }
    Either<Rejection, Rendering> rendered = loaded.isLeft()
        ? Either.left(new Rejection(List.of(loaded.getLeft()), List.empty()))
        : VClusterRenderer.render(loaded.get(), command.profile(), command.promiseName());
    Reporting.warnings(log, rendered.isLeft() ? rendered.getLeft().warnings() : rendered.get().warnings());
    Either<RunFailure, Rendering> checked = rendered.isLeft()
        ? Either.left(new RunFailure.Rejected(rendered.getLeft()))
        : chartValues.check(rendered.get());
    if (checked.isLeft() && checked.getLeft() instanceof RunFailure.Rejected rejected) {
      return command.profile().onInvalidRequest() == InvalidRequestPolicy.SUSPEND
          ? suspend(rejected.rejection())
          : Either.left(rejected);
    }
    return checked.isLeft() ? Either.left(checked.getLeft()) : publish(checked.get());
  }

  private Either<RunFailure, RunReport> publish(Rendering rendering) {
    Either<String, Seq<String>> published = manifests.publish(rendering.files());
    if (published.isLeft()) {
      return Either.left(new RunFailure.WriteFailed("manifests", published.getLeft()));
    }
    Seq<String> paths = published.get();
    for (String p : paths) {
      log.info("rendered " + p);
    }
    Either<String, RequestStatus> reported = status.report(rendering.status());
    if (reported.isLeft()) {
      return Either.left(new RunFailure.WriteFailed("status", reported.getLeft()));
    }
    return Either.right(new RunReport(paths, reported.get(), false));
  }

  private Either<RunFailure, RunReport> suspend(Rejection rejection) {
    VClusterOrchestratorV2Status invalid = VClusterOrchestratorV2Status.invalid(
        context.objectName(), rejection.problems().map(Problems::render));
    rejection.problems().forEach(p -> log.warn(Problems.render(p)));
    // the suspension before the status: a CLI run commits everything when the status is reported
    return manifests.publish(List.empty())
        .flatMap(nothing -> workflow.suspend(invalid.message()))
        .flatMap(m -> status.report(invalid))
        .mapLeft(reason -> (RunFailure) new RunFailure.WriteFailed("suspension", reason))
        .map(s -> new RunReport(List.empty(), s, true));
  }
}
