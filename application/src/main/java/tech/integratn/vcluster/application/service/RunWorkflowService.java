package tech.integratn.vcluster.application.service;

import io.vavr.control.Either;
import tech.integratn.vcluster.application.port.in.ConfigureVClusterCommand;
import tech.integratn.vcluster.application.port.in.DeleteVClusterCommand;
import tech.integratn.vcluster.application.port.in.RunFailure;
import tech.integratn.vcluster.application.port.in.RunReport;
import tech.integratn.vcluster.application.port.in.RunWorkflowCommand;
import tech.integratn.vcluster.application.port.in.RunWorkflowUseCase;
import tech.integratn.vcluster.application.port.out.ChartSchemaSource;
import tech.integratn.vcluster.application.port.out.EventLog;
import tech.integratn.vcluster.application.port.out.HostCleanupAccess;
import tech.integratn.vcluster.application.port.out.ManifestSink;
import tech.integratn.vcluster.application.port.out.PipelineContext;
import tech.integratn.vcluster.application.port.out.RequestSource;
import tech.integratn.vcluster.application.port.out.StatusSink;
import tech.integratn.vcluster.application.port.out.WorkflowControl;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * One pipeline run of the image: reads the request once, routes it to its promise (9.1), then runs
 * that promise's configure or delete. Only the orchestrator's delete opens the host clean-up.
 */
public final class RunWorkflowService implements RunWorkflowUseCase {

  private final RequestSource source;
  private final ManifestSink manifests;
  private final StatusSink status;
  private final WorkflowControl workflow;
  private final ChartSchemaSource chartSchemas;
  private final PipelineContext context;
  private final EventLog log;
  private final HostCleanupAccess host;

  public RunWorkflowService(RequestSource source, ManifestSink manifests, StatusSink status, WorkflowControl workflow,
      ChartSchemaSource chartSchemas, PipelineContext context, EventLog log, HostCleanupAccess host) {
    this.source = source;
    this.manifests = manifests;
    this.status = status;
    this.workflow = workflow;
    this.chartSchemas = chartSchemas;
    this.context = context;
    this.log = log;
    this.host = host;
  }

  @Override
  public Either<RunFailure, RunReport> run(RunWorkflowCommand command) {
    Either<RequestProblem, Node> loaded = source.load();
    boolean delete = context.action() == PipelineContext.Action.DELETE;
    Either<RunFailure, RequestRouting.Route> route = RequestRouting.route(loaded, context.promiseName(), delete);
    if (route.isLeft()) {
      return Either.left(route.getLeft());
    }
    LoadedRequest request = new LoadedRequest(loaded, source.describe());
    String promiseName = route.get().promiseName();
    Either<RunFailure, RunReport> outcome = run(command, route.get(), request, promiseName, delete);
    return outcome.isRight() ? Either.right(outcome.get().withPromiseName(promiseName)) : outcome;
  }

  private Either<RunFailure, RunReport> run(RunWorkflowCommand command, RequestRouting.Route route,
      LoadedRequest request, String promiseName, boolean delete) {
    if (route.kind().subPromise().isDefined()) {
      SubRequestService sub = new SubRequestService(route.kind().subPromise().get(), request, log);
      return delete
          ? sub.delete(command.profile(), promiseName, status, context)
          : sub.configure(command.profile(), promiseName, manifests, status, workflow, context);
    }
    if (delete) {
      return new DeleteVClusterService(request, status, context, log, host.open())
          .delete(new DeleteVClusterCommand(command.profile(), promiseName));
    }
    return new ConfigureVClusterService(request, manifests, status, workflow, chartSchemas, context, log)
        .configure(new ConfigureVClusterCommand(command.profile(), promiseName));
  }
}
