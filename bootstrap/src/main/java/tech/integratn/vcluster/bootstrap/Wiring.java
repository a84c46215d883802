package tech.integratn.vcluster.bootstrap;

import io.vavr.control.Either;
import java.nio.file.Path;
import tech.integratn.vcluster.adapters.fs.DirectoryManifestSink;
import tech.integratn.vcluster.adapters.fs.FileRequestSource;
import tech.integratn.vcluster.adapters.fs.FileStatusSink;
import tech.integratn.vcluster.adapters.fs.FileWorkflowControl;
import tech.integratn.vcluster.application.port.in.ConfigureVClusterCommand;
import tech.integratn.vcluster.application.port.in.DeleteVClusterCommand;
import tech.integratn.vcluster.application.port.in.RunFailure;
import tech.integratn.vcluster.application.port.in.RunReport;
import tech.integratn.vcluster.application.port.out.ChartSchemaSource;
import tech.integratn.vcluster.application.port.out.EventLog;
import tech.integratn.vcluster.application.port.out.PipelineContext;
import tech.integratn.vcluster.application.service.ConfigureVClusterService;
import tech.integratn.vcluster.application.service.DeleteVClusterService;
import tech.integratn.vcluster.domain.profile.PlatformProfile;

/**
 * Plain constructor wiring of one workflow run: no container, no scanning, no reflection.
 *
 * @param input the request file
 * @param output the manifest directory
 * @param outputMode how the manifest directory is updated
 * @param metadata the directory of status.yaml and workflow-control.yaml
 * @param chartSchemas where chart values schemas come from
 * @param context the pipeline context
 * @param log the event log
 */
record Wiring(
    Path input,
    Path output,
    DirectoryManifestSink.Mode outputMode,
    Path metadata,
    ChartSchemaSource chartSchemas,
    PipelineContext context,
    EventLog log) {

  /** Runs the context's action with {@code profile}; a delete skips the host clean-up. */
  Either<RunFailure, RunReport> run(PlatformProfile profile) {
    return run(profile, HostAccess.none("no cluster access was given"));
  }

  /** Runs the context's action with {@code profile}; a delete cleans up the host through {@code host}. */
  Either<RunFailure, RunReport> run(PlatformProfile profile, HostAccess host) {
    FileRequestSource source = new FileRequestSource(input);
    FileStatusSink status = new FileStatusSink(metadata.resolve("status.yaml"));
    if (context.action() == PipelineContext.Action.DELETE) {
      return new DeleteVClusterService(source, status, context, log, host.open())
          .delete(new DeleteVClusterCommand(profile));
    }
    return new ConfigureVClusterService(
            source,
            new DirectoryManifestSink(output, outputMode),
            status,
            new FileWorkflowControl(metadata.resolve("workflow-control.yaml")),
            chartSchemas,
            context,
            log)
        .configure(new ConfigureVClusterCommand(profile));
  }
}
