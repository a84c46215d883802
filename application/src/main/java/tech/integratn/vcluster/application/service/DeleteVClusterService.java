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
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Delete: Kratix removes what configure scheduled; this run logs every object that goes away and
 * reports the {@code Deleting} status. It succeeds for a request that no longer validates, and
 * even for one that cannot be read (the object name from the context is used then).
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
    Node document = source.load().fold(problem -> {
      log.warn("request unreadable, deleting by name: " + Problems.render(problem));
      return fallbackDocument();
    }, d -> d);
    Deletion deletion = VClusterRenderer.delete(document, command.profile(), context.promiseName());
    if (!deletion.exact()) {
      log.warn("request " + deletion.name() + " no longer validates; listing the objects derived from its name");
    }
    for (OutputFile file : deletion.files()) {
      for (KubernetesObject o : file.objects()) {
        log.info("deleting " + file.path() + ": " + describe(o));
      }
    }
    return status.report(deletion.status())
        .mapLeft(reason -> (RunFailure) new RunFailure.WriteFailed("status", reason))
        .map(s -> new RunReport(List.empty(), s, false));
  }

  private MapNode fallbackDocument() {
    Node name = Node.text(context.objectName().getOrElse("unknown"));
    return MapNode.of("metadata", MapNode.of("name", name)).with("spec", MapNode.of("name", name));
  }

  static String describe(KubernetesObject o) {
    return o.apiVersion() + " " + o.kind() + " "
        + o.metadata().namespace().map(ns -> ns + "/").getOrElse("") + o.metadata().name();
  }
}
