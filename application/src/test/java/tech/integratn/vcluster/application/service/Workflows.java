package tech.integratn.vcluster.application.service;

import io.vavr.control.Either;
import tech.integratn.vcluster.application.fakes.InMemoryManifestSink;
import tech.integratn.vcluster.application.fakes.InMemoryStatusSink;
import tech.integratn.vcluster.application.fakes.InMemoryWorkflowControl;
import tech.integratn.vcluster.application.port.out.ChartSchemaSource;
import tech.integratn.vcluster.application.port.out.EventLog;
import tech.integratn.vcluster.application.port.out.LeftoverVolumes;
import tech.integratn.vcluster.application.port.out.ManifestSink;
import tech.integratn.vcluster.application.port.out.PipelineContext;
import tech.integratn.vcluster.application.port.out.RequestSource;
import tech.integratn.vcluster.application.port.out.StatusSink;
import tech.integratn.vcluster.application.port.out.WorkflowControl;
import tech.integratn.vcluster.application.fakes.InMemoryChartSchemas;

/** The one workflow service wired with in-memory fakes, as the tests of each of its runs need it. */
final class Workflows {

  private Workflows() {}

  /** A workflow whose delete has no host access. */
  static WorkflowService service(RequestSource source, ManifestSink manifests, StatusSink status,
      WorkflowControl workflow, ChartSchemaSource schemas, PipelineContext context, EventLog log) {
    return new WorkflowService(source, manifests, status, workflow, schemas, context, log,
        new HostCleanupService(() -> Either.left("no cluster access was given"), context, log));
  }

  /** A workflow for delete runs: only the status and the log are looked at. */
  static WorkflowService delete(RequestSource source, StatusSink status, PipelineContext context, EventLog log) {
    return delete(source, status, context, log, Either.left("no cluster access was given"));
  }

  /** A workflow for delete runs whose host clean-up reaches {@code host}. */
  static WorkflowService delete(RequestSource source, StatusSink status, PipelineContext context, EventLog log,
      Either<String, LeftoverVolumes> host) {
    return new WorkflowService(source, new InMemoryManifestSink(), status, new InMemoryWorkflowControl(),
        InMemoryChartSchemas.none(), context, log, new HostCleanupService(() -> host, context, log));
  }

  /** A workflow for validate runs: nothing is written. */
  static WorkflowService validation(RequestSource source, ChartSchemaSource schemas, PipelineContext context,
      EventLog log) {
    return service(source, new InMemoryManifestSink(), new InMemoryStatusSink(), new InMemoryWorkflowControl(),
        schemas, context, log);
  }
}
