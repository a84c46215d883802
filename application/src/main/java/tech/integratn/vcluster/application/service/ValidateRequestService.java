package tech.integratn.vcluster.application.service;

import io.vavr.collection.List;
import io.vavr.control.Either;
import tech.integratn.vcluster.application.port.in.RunFailure;
import tech.integratn.vcluster.application.port.in.RunReport;
import tech.integratn.vcluster.application.port.in.ValidateRequestCommand;
import tech.integratn.vcluster.application.port.in.ValidateRequestUseCase;
import tech.integratn.vcluster.application.port.out.ChartSchemaSource;
import tech.integratn.vcluster.application.port.out.EventLog;
import tech.integratn.vcluster.application.port.out.PipelineContext;
import tech.integratn.vcluster.application.port.out.RequestSource;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.orchestrator.Rendering;
import tech.integratn.vcluster.domain.orchestrator.VClusterRenderer;
import tech.integratn.vcluster.domain.tree.Node;

/** Validates a request by rendering it in memory; writes nothing. */
public final class ValidateRequestService implements ValidateRequestUseCase {

  private final RequestSource source;
  private final PipelineContext context;
  private final EventLog log;
  private final ChartValuesCheck chartValues;

  public ValidateRequestService(
      RequestSource source, ChartSchemaSource chartSchemas, PipelineContext context, EventLog log) {
    this.source = source;
    this.context = context;
    this.log = log;
    this.chartValues = new ChartValuesCheck(chartSchemas, log);
  }

  @Override
  public Either<RunFailure, RunReport> validate(ValidateRequestCommand command) {
    Either<RequestProblem, Node> loaded = source.load();
    if (loaded.isLeft() && loaded.getLeft() instanceof RequestProblem.Inaccessible missing) {
      return Either.left(new RunFailure.InputUnreadable(missing.source(), missing.reason()));
    }
    Either<RunFailure, RequestRouting.Route> route = RequestRouting.route(loaded, context.promiseName(), false);
    if (route.isLeft()) {
      return Either.left(route.getLeft());
    }
    if (route.get().kind().subPromise().isDefined()) {
      return new SubRequestService(route.get().kind().subPromise().get(), new LoadedRequest(loaded, source.describe()), log)
          .render(command.profile(), route.get().promiseName())
          .map(r -> new RunReport(List.empty(), r.status(), false))
          .peek(r -> log.info(source.describe() + ": valid"));
    }
    String promiseName = route.get().promiseName();
    Either<Rejection, Rendering> rendered = loaded
        .mapLeft(problem -> new Rejection(List.of(problem), List.empty()))
        .flatMap(document -> VClusterRenderer.render(document, command.profile(), promiseName));
    Reporting.warnings(log, rendered.fold(Rejection::warnings, Rendering::warnings));
    return rendered
        .mapLeft(r -> (RunFailure) new RunFailure.Rejected(r))
        .flatMap(chartValues::check)
        .map(r -> new RunReport(List.empty(), r.status(), false))
        .peek(r -> log.info(source.describe() + ": valid"));
  }
}
