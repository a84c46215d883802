package tech.integratn.vcluster.application.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import tech.integratn.vcluster.application.port.in.RunFailure;
import tech.integratn.vcluster.application.port.in.RunReport;
import tech.integratn.vcluster.application.port.in.RunWorkflowUseCase;
import tech.integratn.vcluster.application.port.in.ValidateRequestUseCase;
import tech.integratn.vcluster.application.port.out.ChartSchemaSource;
import tech.integratn.vcluster.application.port.out.EventLog;
import tech.integratn.vcluster.application.port.out.ManifestSink;
import tech.integratn.vcluster.application.port.out.PipelineContext;
import tech.integratn.vcluster.application.port.out.RequestSource;
import tech.integratn.vcluster.application.port.out.StatusSink;
import tech.integratn.vcluster.application.port.out.WorkflowControl;
import tech.integratn.vcluster.domain.contract.Deletion;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.Promise;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.contract.RequestStatus;
import tech.integratn.vcluster.domain.profile.InvalidRequestPolicy;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The one workflow of the four promises (spec 7, 9.1): reads the request once, routes it to its
 * promise by kind, then configures (render, the optional chart-values check, publish the files and
 * the status; on a refusal nothing is written, or with the profile's {@code onInvalidRequest:
 * suspend} an empty output, the invalid status and a suspension), validates (the same, writing
 * nothing) or deletes (logs every object configure would render now and what it cannot list,
 * reports {@code Deleting}, never blocked by validation; a request that cannot be read is deleted
 * by the context's object name; then the promise's host clean-up, when it has one). Every step is
 * the promise's through {@link Promise}; nothing here knows a concrete promise.
 */
public final class WorkflowService implements RunWorkflowUseCase, ValidateRequestUseCase {

  private final RequestSource source;
  private final ManifestSink manifests;
  private final StatusSink status;
  private final WorkflowControl workflow;
  private final PipelineContext context;
  private final EventLog log;
  private final ChartValuesCheck chartValues;
  private final HostCleanupService hostCleanup;

  public WorkflowService(RequestSource source, ManifestSink manifests, StatusSink status, WorkflowControl workflow,
      ChartSchemaSource chartSchemas, PipelineContext context, EventLog log, HostCleanupService hostCleanup) {
    this.source = source;
    this.manifests = manifests;
    this.status = status;
    this.workflow = workflow;
    this.context = context;
    this.log = log;
    this.chartValues = new ChartValuesCheck(chartSchemas, log);
    this.hostCleanup = hostCleanup;
  }

  @Override
  public Either<RunFailure, RunReport> run(PlatformProfile profile) {
    Either<RequestProblem, Node> loaded = source.load();
    boolean delete = context.action() == PipelineContext.Action.DELETE;
    Either<RunFailure, RequestRouting.Route> route = RequestRouting.route(loaded, context.promiseName(), delete);
    if (route.isLeft()) {
      return Either.left(route.getLeft());
    }
    String promiseName = route.get().promiseName();
    Promise<?> promise = route.get().kind().promise();
    Either<RunFailure, RunReport> outcome = delete
        ? delete(promise, loaded, profile, promiseName)
        : configure(promise, loaded, profile, promiseName);
    return outcome.isRight() ? Either.right(outcome.get().withPromiseName(promiseName)) : outcome;
  }

  @Override
  public Either<RunFailure, RunReport> validate(PlatformProfile profile) {
    Either<RequestProblem, Node> loaded = source.load();
    if (loaded.isLeft() && loaded.getLeft() instanceof RequestProblem.Inaccessible missing) {
      return Either.left(new RunFailure.InputUnreadable(missing.source(), missing.reason()));
    }
    Either<RunFailure, RequestRouting.Route> route = RequestRouting.route(loaded, context.promiseName(), false);
    if (route.isLeft()) {
      return Either.left(route.getLeft());
    }
    Either<RunFailure, RequestStatus> rendered =
        render(route.get().kind().promise(), loaded, profile, route.get().promiseName());
    if (rendered.isLeft()) {
      return Either.left(rendered.getLeft());
    }
    log.info(source.describe() + ": valid");
    return Either.right(new RunReport(List.empty(), rendered.get(), false));
  }

  /** Configure: render, then publish the files and the status (or suspend, as the profile says). */
  private <R> Either<RunFailure, RunReport> configure(Promise<R> promise, Either<RequestProblem, Node> loaded,
      PlatformProfile profile, String promiseName) {
    Either<RunFailure, Rendering<R>> rendered = rendering(promise, loaded, profile, promiseName);
    if (rendered.isLeft()) {
      if (rendered.getLeft() instanceof RunFailure.Rejected rejected
          && profile.onInvalidRequest() == InvalidRequestPolicy.SUSPEND) {
        return suspend(promise, rejected.rejection());
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

  /** The status a validate run reports, or why the request is refused. */
  private <R> Either<RunFailure, RequestStatus> render(Promise<R> promise, Either<RequestProblem, Node> loaded,
      PlatformProfile profile, String promiseName) {
    Either<RunFailure, Rendering<R>> rendered = rendering(promise, loaded, profile, promiseName);
    return rendered.isLeft() ? Either.left(rendered.getLeft()) : Either.right(rendered.get().status());
  }

  /** Validates and renders without writing anything; warnings logged; the chart values checked when the promise has them. */
  private <R> Either<RunFailure, Rendering<R>> rendering(Promise<R> promise, Either<RequestProblem, Node> loaded,
      PlatformProfile profile, String promiseName) {
    if (loaded.isLeft() && loaded.getLeft() instanceof RequestProblem.Inaccessible missing) {
      return Either.left(new RunFailure.InputUnreadable(missing.source(), missing.reason()));
    }
    if (loaded.isLeft()) {
      return Either.left(new RunFailure.Rejected(new Rejection(List.of(loaded.getLeft()), List.empty())));
    }
    return CheckedConfigure.run(promise, loaded.get(), profile, promiseName, chartValues, log);
  }

  private Either<RunFailure, RunReport> suspend(Promise<?> promise, Rejection rejection) {
    Seq<String> problems = List.empty();
    for (RequestProblem p : rejection.problems()) {
      problems = problems.append(Problems.render(p));
    }
    RequestStatus invalid = promise.invalid(context.objectName(), problems);
    for (String p : problems) {
      log.warn(p);
    }
    // the suspension before the status: a CLI run commits everything when the status is reported
    Either<String, Seq<String>> emptied = manifests.publish(List.empty());
    Either<String, String> suspended = emptied.isLeft() ? Either.left(emptied.getLeft()) : workflow.suspend(invalid.message());
    Either<String, RequestStatus> reported = suspended.isLeft() ? Either.left(suspended.getLeft()) : status.report(invalid);
    if (reported.isLeft()) {
      return Either.left(new RunFailure.WriteFailed("suspension", reported.getLeft()));
    }
    return Either.right(new RunReport(List.empty(), reported.get(), true));
  }

  /**
   * Delete: logs every object configure would render now, or why it cannot list them, reports the
   * {@code Deleting} status, then cleans up the host when the promise has a clean-up.
   */
  private Either<RunFailure, RunReport> delete(Promise<?> promise, Either<RequestProblem, Node> loaded,
      PlatformProfile profile, String promiseName) {
    if (loaded.isLeft() && loaded.getLeft() instanceof RequestProblem.Inaccessible missing
        && context.objectName().isEmpty()) {
      return Either.left(new RunFailure.InputUnreadable(missing.source(), missing.reason()));
    }
    Node document;
    if (loaded.isLeft()) {
      log.warn("request unreadable, deleting by name: " + Problems.render(loaded.getLeft()));
      document = byName();
    } else {
      document = loaded.get();
    }
    Deletion deletion = promise.delete(document, profile, promiseName);
    if (deletion.fromName()) {
      log.warn("request " + deletion.name() + " no longer validates; listing the objects derived from its name");
    }
    for (OutputFile file : deletion.files()) {
      for (KubernetesObject o : file.objects()) {
        if (neverPruned(o)) {
          log.info("keeping " + file.path() + ": " + describe(o)
              + " (shared with other requests; Argo CD and Flux do not prune it)");
        } else {
          log.info("deleting " + file.path() + ": " + describe(o));
        }
      }
    }
    for (RequestProblem problem : deletion.notListed()) {
      log.warn("not listed: " + Problems.render(problem));
    }
    Either<String, RequestStatus> reported = status.report(deletion.status());
    if (reported.isLeft()) {
      return Either.left(new RunFailure.WriteFailed("status", reported.getLeft()));
    }
    if (promise.cleansUpTheHost()) {
      hostCleanup.cleanUp(promise, document, profile);
    }
    return Either.right(new RunReport(List.empty(), reported.get(), false));
  }

  /**
   * The request a delete falls back to when it cannot be read: named by the context's object name
   * as {@code metadata.name} and {@code spec.name} (the name of the base labels, 9.3), {@code unknown}
   * when the engine gave none.
   */
  private MapNode byName() {
    Node name = Node.text(context.objectName().getOrElse("unknown"));
    return MapNode.of("metadata", MapNode.of("name", name)).with("spec", MapNode.of("name", name));
  }

  /** A shared request namespace: rendered with the no-prune annotations, so it outlives the request (7.1). */
  static boolean neverPruned(KubernetesObject o) {
    return o.kind().equals("Namespace")
        && o.metadata().annotations().get("argocd.argoproj.io/sync-options").contains("Prune=false");
  }

  static String describe(KubernetesObject o) {
    String namespace = o.metadata().namespace().isDefined() ? o.metadata().namespace().get() + "/" : "";
    return o.apiVersion() + " " + o.kind() + " " + namespace + o.metadata().name();
  }
}
