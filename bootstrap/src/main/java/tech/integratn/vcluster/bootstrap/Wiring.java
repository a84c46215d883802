package tech.integratn.vcluster.bootstrap;

import io.vavr.control.Either;
import tech.integratn.vcluster.application.port.in.RunFailure;
import tech.integratn.vcluster.application.port.in.RunReport;
import tech.integratn.vcluster.application.port.in.RunWorkflowCommand;
import tech.integratn.vcluster.application.port.out.ChartSchemaSource;
import tech.integratn.vcluster.application.port.out.EventLog;
import tech.integratn.vcluster.application.port.out.ManifestSink;
import tech.integratn.vcluster.application.port.out.PipelineContext;
import tech.integratn.vcluster.application.port.out.RequestSource;
import tech.integratn.vcluster.application.port.out.StatusSink;
import tech.integratn.vcluster.application.port.out.WorkflowControl;
import tech.integratn.vcluster.application.service.RunWorkflowService;
import tech.integratn.vcluster.domain.profile.PlatformProfile;

/**
 * Plain constructor wiring of one workflow run: no container, no scanning, no reflection.
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

  /** Runs the context's action with {@code profile}; a delete skips the host clean-up. */
  Either<RunFailure, RunReport> run(PlatformProfile profile) {
    return run(profile, HostAccess.none("no cluster access was given"));
  }

  /** Runs the context's action with {@code profile}; the orchestrator's delete cleans up the host through {@code host}. */
  Either<RunFailure, RunReport> run(PlatformProfile profile, HostAccess host) {
    return new RunWorkflowService(input, manifests, status, workflow, chartSchemas, context, log,
        host).run(new RunWorkflowCommand(profile));
  }
}
