package tech.integratn.vcluster.application.service;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import tech.integratn.vcluster.application.port.out.EventLog;
import tech.integratn.vcluster.application.port.out.HostCleanupAccess;
import tech.integratn.vcluster.application.port.out.LeftoverVolumes;
import tech.integratn.vcluster.application.port.out.PipelineContext;
import tech.integratn.vcluster.domain.cleanup.CleanupFailure;
import tech.integratn.vcluster.domain.cleanup.CleanupTexts;
import tech.integratn.vcluster.domain.cleanup.HostCleanupPlan;
import tech.integratn.vcluster.domain.cleanup.LeftoverVolume;
import tech.integratn.vcluster.domain.cleanup.NoCleanupPlan;
import tech.integratn.vcluster.domain.cleanup.VolumeVerdict;
import tech.integratn.vcluster.domain.contract.Promise;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The host clean-up after a delete whose promise has one (the orchestrator's, spec 7.1): the
 * PersistentVolumes the profile's selection finds are removed when their claim is absent or from
 * the target namespace, every other one is kept and named, nothing else is touched. A dry run only
 * lists. Every failure is a warning: the delete itself has succeeded by then. The host access is
 * opened only here, so no other run loads the cluster client.
 */
public final class HostCleanupService {

  private final HostCleanupAccess access;
  private final PipelineContext context;
  private final EventLog log;

  public HostCleanupService(HostCleanupAccess access, PipelineContext context, EventLog log) {
    this.access = access;
    this.context = context;
    this.log = log;
  }

  /** Cleans up the host after the delete of {@code document}, with the plan {@code promise} makes for it. */
  void cleanUp(Promise<?> promise, Node document, PlatformProfile profile) {
    if (!profile.deleteCleanupEnabled()) {
      log.info("host clean-up off (profile " + profile.name() + ": deleteCleanup.enabled: false)");
      return;
    }
    Either<String, LeftoverVolumes> host = access.open();
    if (host.isLeft()) {
      log.info("host clean-up skipped: " + host.getLeft());
      return;
    }
    LeftoverVolumes volumes = host.get();
    // the selector only from spec.name and the target namespace, and only once both passed their rules (10.3)
    Either<NoCleanupPlan, HostCleanupPlan> planned = promise.hostCleanup(document, profile);
    if (planned.isLeft()) {
      warn(volumes, "host clean-up skipped: " + CleanupTexts.render(planned.getLeft()));
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
}
