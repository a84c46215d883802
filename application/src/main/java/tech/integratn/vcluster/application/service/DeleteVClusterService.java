package tech.integratn.vcluster.application.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import tech.integratn.vcluster.application.port.in.DeleteVClusterCommand;
import tech.integratn.vcluster.application.port.in.DeleteVClusterUseCase;
import tech.integratn.vcluster.application.port.in.RunFailure;
import tech.integratn.vcluster.application.port.in.RunReport;
import tech.integratn.vcluster.application.port.out.EventLog;
import tech.integratn.vcluster.application.port.out.LeftoverVolumes;
import tech.integratn.vcluster.application.port.out.PipelineContext;
import tech.integratn.vcluster.application.port.out.RequestSource;
import tech.integratn.vcluster.application.port.out.StatusSink;
import tech.integratn.vcluster.domain.cleanup.CleanupFailure;
import tech.integratn.vcluster.domain.cleanup.CleanupTexts;
import tech.integratn.vcluster.domain.cleanup.HostCleanupPlan;
import tech.integratn.vcluster.domain.cleanup.LeftoverVolume;
import tech.integratn.vcluster.domain.cleanup.VolumeVerdict;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.contract.RequestStatus;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.orchestrator.Deletion;
import tech.integratn.vcluster.domain.orchestrator.VClusterRenderer;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Delete: Kratix removes what configure scheduled; this run logs every object that goes away and
 * reports the {@code Deleting} status. It succeeds for a request that no longer validates, and
 * even for one that cannot be read (the object name from the context is used then).
 *
 * <p>After the status is written it cleans up the host (spec 7.1): the PersistentVolumes the
 * profile's selection finds are removed when their claim is absent or from the target namespace,
 * every other one is kept and named, nothing else is touched. A dry run only lists. Every failure
 * of the clean-up is a warning: the delete itself has succeeded by then.
 *
 * <p>Written with {@code if}s rather than lambdas, like the configure service: each lambda call
 * site costs link time on the cold start of a pipeline run.
 */
public final class DeleteVClusterService implements DeleteVClusterUseCase {

  private final RequestSource source;
  private final StatusSink status;
  private final PipelineContext context;
  private final EventLog log;
  private final Either<String, LeftoverVolumes> host;

  /** A delete without host access: the clean-up is reported as skipped. */
  public DeleteVClusterService(RequestSource source, StatusSink status, PipelineContext context, EventLog log) {
    this(source, status, context, log, Either.left("no cluster access was given"));
  }

  /**
   * @param host the host's leftover volumes, or why this run has no access to the host's API
   */
  public DeleteVClusterService(RequestSource source, StatusSink status, PipelineContext context, EventLog log,
      Either<String, LeftoverVolumes> host) {
    this.source = source;
    this.status = status;
    this.context = context;
    this.log = log;
    this.host = host;
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
    Deletion deletion = VClusterRenderer.delete(document, command.profile(), command.promiseName());
    if (!deletion.exact()) {
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
    for (String problem : deletion.notListed()) {
      log.warn("not listed: " + problem);
    }
    Either<String, RequestStatus> reported = status.report(deletion.status());
    if (reported.isLeft()) {
      return Either.left(new RunFailure.WriteFailed("status", reported.getLeft()));
    }
    cleanUpHost(document, command.profile());
    return Either.right(new RunReport(List.empty(), reported.get(), false));
  }

  private void cleanUpHost(Node document, PlatformProfile profile) {
    if (!profile.deleteCleanupEnabled()) {
      log.info("host clean-up off (profile " + profile.name() + ": deleteCleanup.enabled: false)");
      return;
    }
    if (host.isLeft()) {
      log.info("host clean-up skipped: " + host.getLeft());
      return;
    }
    LeftoverVolumes volumes = host.get();
    // the selector only from spec.name and the target namespace, and only once both passed their rules (10.3)
    Either<String, HostCleanupPlan> planned = HostCleanupPlan.forRequest(profile, document);
    if (planned.isLeft()) {
      warn(volumes, "host clean-up skipped: " + planned.getLeft());
      return;
    }
    HostCleanupPlan plan = planned.get();
    if (!plan.checkable()) {
      warn(volumes, "host clean-up skipped: the profile's selector " + plan.selector() + " cannot be checked on the "
          + "client (only key=value, key==value, key!=value, key and !key terms)");
      return;
    }
    if (plan.ambiguous()) {
      warn(volumes, CleanupTexts.ambiguous(plan));
    }
    Either<CleanupFailure, Seq<LeftoverVolume>> found = volumes.find(plan.selector());
    if (found.isLeft()) {
      warn(volumes, "host clean-up failed: " + CleanupTexts.render(found.getLeft()));
      return;
    }
    if (found.get().isEmpty()) {
      info(volumes, "host clean-up: no PersistentVolume matches " + plan.selector());
      return;
    }
    boolean dryRun = context.dryRun();
    boolean stopped = false;
    for (LeftoverVolume volume : found.get()) {
      // every item of the answer is checked here, whatever the server claims it matched (10.3)
      VolumeVerdict verdict = plan.decide(volume);
      if (verdict instanceof VolumeVerdict.KeepClaimedElsewhere) {
        info(volumes, CleanupTexts.kept(verdict));
      } else if (!(verdict instanceof VolumeVerdict.Delete)) {
        warn(volumes, CleanupTexts.kept(verdict));
      } else if (dryRun) {
        info(volumes, CleanupTexts.wouldDelete(volume));
      } else if (stopped) {
        warn(volumes, "host clean-up: " + CleanupTexts.notAttempted(volume));
      } else {
        stopped = remove(volumes, volume);
      }
    }
  }

  /** Removes one checked volume and logs how it went; true when the clean-up's budget is used up. */
  private boolean remove(LeftoverVolumes volumes, LeftoverVolume volume) {
    Either<CleanupFailure, Boolean> removed = volumes.remove(volume.name());
    if (removed.isRight()) {
      info(volumes, removed.get() ? CleanupTexts.deleted(volume) : CleanupTexts.alreadyGone(volume));
      return false;
    }
    CleanupFailure failure = removed.getLeft();
    if (failure instanceof CleanupFailure.NoAnswer || failure instanceof CleanupFailure.TimedOut) {
      warn(volumes, "host clean-up: " + CleanupTexts.sentNoAnswer(volume, failure));
      return failure instanceof CleanupFailure.NoAnswer;
    }
    if (failure instanceof CleanupFailure.OutOfTime outOfTime) {
      warn(volumes, "host clean-up: " + CleanupTexts.notAttempted(volume, outOfTime));
      return true;
    }
    warn(volumes, "host clean-up failed: " + CleanupTexts.render(failure));
    return false;
  }

  /** Every line of the clean-up passes the one redaction of the access (10.3). */
  private void warn(LeftoverVolumes volumes, String line) {
    log.warn(volumes.redaction().apply(line));
  }

  private void info(LeftoverVolumes volumes, String line) {
    log.info(volumes.redaction().apply(line));
  }

  private MapNode fallbackDocument() {
    Node name = Node.text(context.objectName().getOrElse("unknown"));
    return MapNode.of("metadata", MapNode.of("name", name)).with("spec", MapNode.of("name", name));
  }

  /** A shared request namespace: rendered with the no-prune annotations, so it outlives the request (7.1). */
  static boolean neverPruned(KubernetesObject o) {
    // isDefined/get, not Option.contains: that links a lambda inside Vavr on every cold delete
    io.vavr.control.Option<String> syncOptions = o.metadata().annotations().get("argocd.argoproj.io/sync-options");
    return o.kind().equals("Namespace") && syncOptions.isDefined() && syncOptions.get().equals("Prune=false");
  }

  static String describe(KubernetesObject o) {
    String namespace = o.metadata().namespace().isDefined() ? o.metadata().namespace().get() + "/" : "";
    return o.apiVersion() + " " + o.kind() + " " + namespace + o.metadata().name();
  }
}
