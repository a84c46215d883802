package tech.integratn.vcluster.application.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import tech.integratn.vcluster.application.port.in.RunFailure;
import tech.integratn.vcluster.application.port.in.RunReport;
import tech.integratn.vcluster.application.port.out.EventLog;
import tech.integratn.vcluster.application.port.out.ManifestSink;
import tech.integratn.vcluster.application.port.out.PipelineContext;
import tech.integratn.vcluster.application.port.out.RequestSource;
import tech.integratn.vcluster.application.port.out.StatusSink;
import tech.integratn.vcluster.application.port.out.WorkflowControl;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.contract.RequestStatus;
import tech.integratn.vcluster.domain.contract.SubPromise;
import tech.integratn.vcluster.domain.contract.SubRequestDeletion;
import tech.integratn.vcluster.domain.contract.SubRequestRendering;
import tech.integratn.vcluster.domain.profile.InvalidRequestPolicy;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Configure, validate and delete of one sub-promise (spec 9): the same steps as the orchestrator's
 * (section 7: all problems at once, warnings logged, nothing written on a refusal or the profile's
 * suspension, a delete that logs every object and is never blocked by validation), with the
 * sub-promise's own rules, renderer and status.
 */
final class SubRequestService {

  private final SubPromise promise;
  private final RequestSource source;
  private final EventLog log;

  SubRequestService(SubPromise promise, RequestSource source, EventLog log) {
    this.promise = promise;
    this.source = source;
    this.log = log;
  }

  /** Validates and renders without writing anything. */
  Either<RunFailure, SubRequestRendering> render(PlatformProfile profile, String promiseName) {
    Either<RequestProblem, Node> loaded = source.load();
    if (loaded.isLeft() && loaded.getLeft() instanceof RequestProblem.Inaccessible missing) {
      return Either.left(new RunFailure.InputUnreadable(missing.source(), missing.reason()));
    }
    Either<Rejection, SubRequestRendering> rendered = loaded.isLeft()
        ? Either.left(new Rejection(List.of(loaded.getLeft()), List.empty()))
        : promise.configure(loaded.get(), profile, promiseName);
    Reporting.warnings(log, rendered.isLeft() ? rendered.getLeft().warnings() : rendered.get().warnings());
    return rendered.isLeft() ? Either.left(new RunFailure.Rejected(rendered.getLeft())) : Either.right(rendered.get());
  }

  /** Configure: render, then publish the files and the status (or suspend, as the profile says). */
  Either<RunFailure, RunReport> configure(PlatformProfile profile, String promiseName, ManifestSink manifests,
      StatusSink status, WorkflowControl workflow, PipelineContext context) {
    Either<RunFailure, SubRequestRendering> rendered = render(profile, promiseName);
    if (rendered.isLeft()) {
      if (rendered.getLeft() instanceof RunFailure.Rejected rejected
          && profile.onInvalidRequest() == InvalidRequestPolicy.SUSPEND) {
        return suspend(rejected.rejection(), manifests, status, workflow, context);
      }
      return Either.left(rendered.getLeft());
    }
    Either<String, Seq<String>> published = manifests.publish(rendered.get().files());
    if (published.isLeft()) {
      return Either.left(new RunFailure.WriteFailed("manifests", published.getLeft()));
    }
    for (String p : published.get()) {
      log.info("rendered " + p);
    }
    Either<String, RequestStatus> reported = status.report(rendered.get().status());
    if (reported.isLeft()) {
      return Either.left(new RunFailure.WriteFailed("status", reported.getLeft()));
    }
    return Either.right(new RunReport(published.get(), reported.get(), false));
  }

  private Either<RunFailure, RunReport> suspend(Rejection rejection, ManifestSink manifests, StatusSink status,
      WorkflowControl workflow, PipelineContext context) {
    java.util.List<String> problems = new java.util.ArrayList<>();
    for (RequestProblem p : rejection.problems()) {
      problems.add(Problems.render(p));
      log.warn(Problems.render(p));
    }
    RequestStatus invalid = promise.invalid(context.objectName(), List.ofAll(problems));
    Either<String, Seq<String>> emptied = manifests.publish(List.empty());
    Either<String, String> suspended = emptied.isLeft() ? Either.left(emptied.getLeft()) : workflow.suspend(invalid.message());
    Either<String, RequestStatus> reported = suspended.isLeft() ? Either.left(suspended.getLeft()) : status.report(invalid);
    if (reported.isLeft()) {
      return Either.left(new RunFailure.WriteFailed("suspension", reported.getLeft()));
    }
    return Either.right(new RunReport(List.empty(), reported.get(), true));
  }

  /**
   * Delete: logs every object configure would render now, or why it cannot list them, and
   * reports the {@code Deleting} status; a request that cannot be read is deleted by the context's
   * object name.
   */
  Either<RunFailure, RunReport> delete(PlatformProfile profile, String promiseName, StatusSink status,
      PipelineContext context) {
    Either<RequestProblem, Node> loaded = source.load();
    if (loaded.isLeft() && loaded.getLeft() instanceof RequestProblem.Inaccessible missing
        && context.objectName().isEmpty()) {
      return Either.left(new RunFailure.InputUnreadable(missing.source(), missing.reason()));
    }
    Node document;
    if (loaded.isLeft()) {
      log.warn("request unreadable, deleting by name: " + Problems.render(loaded.getLeft()));
      document = MapNode.of("metadata", MapNode.of("name", Node.text(context.objectName().getOrElse(""))));
    } else {
      document = loaded.get();
    }
    SubRequestDeletion deletion = promise.delete(document, profile, promiseName);
    for (OutputFile file : deletion.files()) {
      for (KubernetesObject o : file.objects()) {
        log.info("deleting " + file.path() + ": " + DeleteVClusterService.describe(o));
      }
    }
    for (String problem : deletion.notListed()) {
      log.warn("not listed: " + problem);
    }
    Either<String, RequestStatus> reported = status.report(deletion.status());
    if (reported.isLeft()) {
      return Either.left(new RunFailure.WriteFailed("status", reported.getLeft()));
    }
    return Either.right(new RunReport(List.empty(), reported.get(), false));
  }
}
