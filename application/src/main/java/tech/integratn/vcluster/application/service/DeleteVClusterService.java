package tech.integratn.vcluster.application.service;

import io.vavr.collection.List;
import io.vavr.control.Either;
import tech.integratn.vcluster.application.port.in.DeleteVClusterCommand;
import tech.integratn.vcluster.application.port.in.DeleteVClusterUseCase;
import tech.integratn.vcluster.application.port.in.RunFailure;
import tech.integratn.vcluster.application.port.in.RunReport;
import tech.integratn.vcluster.application.port.out.EventLog;
import tech.integratn.vcluster.application.port.out.PipelineContext;
import tech.integratn.vcluster.application.port.out.RequestSource;
import tech.integratn.vcluster.application.port.out.StatusSink;
import tech.integratn.vcluster.domain.render.Deletion;
import tech.integratn.vcluster.domain.render.OutputFile;
import tech.integratn.vcluster.domain.render.VClusterRenderer;
import tech.integratn.vcluster.domain.request.Problems;
import tech.integratn.vcluster.domain.request.RequestProblem;
import tech.integratn.vcluster.domain.request.VClusterOrchestratorV2Status;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Delete: Kratix removes what configure scheduled; this run logs every object that goes away and
 * reports the {@code Deleting} status. It succeeds for a request that no longer validates, and
 * even for one that cannot be read (the object name from the context is used then).
 *
 * <p>Written with {@code if}s rather than lambdas, like the configure service: each lambda call
 * site costs link time on the cold start of a pipeline run.
 */
public final class DeleteVClusterService implements DeleteVClusterUseCase {

  private final RequestSource source;
  private final StatusSink status;
  private final PipelineContext context;
  private final EventLog log;

  public DeleteVClusterService(RequestSource source, StatusSink status, PipelineContext context, EventLog log) {
    this.source = source;
    this.status = status;
    this.context = context;
    this.log = log;
  }

  @Override
  public Either<RunFailure, RunReport> delete(DeleteVClusterCommand command) {
    Either<RequestProblem, Node> loaded = source.load();
    Node document;
    if (loaded.isLeft() && loaded.getLeft() instanceof RequestProblem.Inaccessible missing
        && context.objectName().isEmpty()) {
      return Either.left(new RunFailure.InputUnreadable(missing.source(), missing.reason()));
    }
    if (loaded.isLeft()) {
      log.warn("request unreadable, deleting by name: " + Problems.render(loaded.getLeft()));
      document = fallbackDocument();
    } else {
      document = loaded.get();
    }
    Deletion deletion = VClusterRenderer.delete(document, command.profile(), context.promiseName());
    if (!deletion.exact()) {
      log.warn("request " + deletion.name() + " no longer validates; listing the objects derived from its name");
    }
    for (OutputFile file : deletion.files()) {
      for (KubernetesObject o : file.objects()) {
        log.info("deleting " + file.path() + ": " + describe(o));
      }
    }
    Either<String, VClusterOrchestratorV2Status> reported = status.report(deletion.status());
    if (reported.isLeft()) {
      return Either.left(new RunFailure.WriteFailed("status", reported.getLeft()));
    }
    return Either.right(new RunReport(List.empty(), reported.get(), false));
  }

  private MapNode fallbackDocument() {
    Node name = Node.text(context.objectName().getOrElse("unknown"));
    return MapNode.of("metadata", MapNode.of("name", name)).with("spec", MapNode.of("name", name));
  }

  static String describe(KubernetesObject o) {
    String namespace = o.metadata().namespace().isDefined() ? o.metadata().namespace().get() + "/" : "";
    return o.apiVersion() + " " + o.kind() + " " + namespace + o.metadata().name();
  }
}
