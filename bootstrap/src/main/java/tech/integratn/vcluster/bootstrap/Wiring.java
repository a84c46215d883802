package tech.integratn.vcluster.bootstrap;

import io.vavr.control.Either;
import tech.integratn.vcluster.application.port.in.DiffUseCase;
import tech.integratn.vcluster.application.port.in.ExplainValuesUseCase;
import tech.integratn.vcluster.application.port.in.RunWorkflowUseCase;
import tech.integratn.vcluster.application.port.in.ValidateRepositoryUseCase;
import tech.integratn.vcluster.application.port.out.PreviousOutputSource;
import tech.integratn.vcluster.application.port.out.RequestRepository;
import tech.integratn.vcluster.application.service.DiffService;
import tech.integratn.vcluster.application.service.ExplainValuesService;
import tech.integratn.vcluster.application.service.ValidateRepositoryService;
import tech.integratn.vcluster.application.port.in.ValidateRenderedUseCase;
import tech.integratn.vcluster.application.port.in.ValidateRequestUseCase;
import tech.integratn.vcluster.application.port.out.ChartSchemaSource;
import tech.integratn.vcluster.application.port.out.EventLog;
import tech.integratn.vcluster.application.port.out.HostCleanupAccess;
import tech.integratn.vcluster.application.port.out.ManifestSink;
import tech.integratn.vcluster.application.port.out.PipelineContext;
import tech.integratn.vcluster.application.port.out.RenderedTreeSource;
import tech.integratn.vcluster.application.port.out.RequestSource;
import tech.integratn.vcluster.application.port.out.StatusSink;
import tech.integratn.vcluster.application.port.out.WorkflowControl;
import tech.integratn.vcluster.application.service.HostCleanupService;
import tech.integratn.vcluster.application.service.ValidateRenderedService;
import tech.integratn.vcluster.application.service.WorkflowService;

/**
 * Plain constructor wiring: the services behind the in-ports the drivers (Kratix mode and the CLI)
 * call through, each given its out-ports once, by constructor. No container, no scanning, no
 * reflection.
 *
 * @param input where the request comes from (a file, or standard input for the CLI's {@code --input -})
 * @param manifests where the manifests go (a directory, or standard output for the CLI)
 * @param status where the status goes (status.yaml)
 * @param workflow where a suspension goes (workflow-control.yaml)
 * @param chartSchemas where chart values schemas come from
 * @param context the pipeline context
 * @param log the event log
 */
record Wiring(
    RequestSource input,
    ManifestSink manifests,
    StatusSink status,
    WorkflowControl workflow,
    ChartSchemaSource chartSchemas,
    PipelineContext context,
    EventLog log) {

  /** The workflow run; the orchestrator's delete cleans up the host through {@code host}. */
  RunWorkflowUseCase workflow(HostCleanupAccess host) {
    return new WorkflowService(input, manifests, status, workflow, chartSchemas, context, log,
        new HostCleanupService(host, context, log));
  }

  /** The request check of {@code validate --input}: it reads {@code input} and writes nothing. */
  static ValidateRequestUseCase requestValidation(RequestSource input, ChartSchemaSource chartSchemas,
      PipelineContext context, EventLog log) {
    return new Wiring(input, files -> Either.left("validate writes no manifests"),
        s -> Either.left("validate writes no status"), m -> Either.left("validate suspends nothing"),
        chartSchemas, context, log).validation();
  }

  private ValidateRequestUseCase validation() {
    return new WorkflowService(input, manifests, status, workflow, chartSchemas, context, log,
        new HostCleanupService(HostAccess.none("validate cleans up nothing"), context, log));
  }

  /** The repository check of {@code validate --input DIR}: it reads {@code repository} and writes nothing. */
  static ValidateRepositoryUseCase repositoryValidation(RequestRepository repository, ChartSchemaSource chartSchemas,
      EventLog log) {
    return new ValidateRepositoryService(repository, chartSchemas, log);
  }

  /** {@code diff}: renders {@code input} in memory and compares it with {@code previous}. */
  static DiffUseCase diff(RequestSource input, PreviousOutputSource previous, ChartSchemaSource chartSchemas,
      PipelineContext context, EventLog log) {
    return new DiffService(input, previous, chartSchemas, context, log);
  }

  /** {@code explain}: the chart values of {@code input} with their provenance (spec 12.3); writes nothing. */
  static ExplainValuesUseCase explanation(RequestSource input, EventLog log) {
    return new ExplainValuesService(input, log);
  }

  /** The rendered-tree check of {@code validate --rendered}. */
  static ValidateRenderedUseCase renderedValidation(RenderedTreeSource tree, ChartSchemaSource chartSchemas,
      EventLog log) {
    return new ValidateRenderedService(tree, chartSchemas, log);
  }
}
