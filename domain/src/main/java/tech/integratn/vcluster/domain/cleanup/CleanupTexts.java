package tech.integratn.vcluster.domain.cleanup;

/** The one place the clean-up's verdicts and failures become log lines. */
public final class CleanupTexts {

  private CleanupTexts() {}

  public static String deleted(LeftoverVolume volume) {
    return "deleted PersistentVolume " + volume.name();
  }

  public static String wouldDelete(LeftoverVolume volume) {
    return "dry run: would delete PersistentVolume " + volume.name();
  }

  public static String alreadyGone(LeftoverVolume volume) {
    return "PersistentVolume " + volume.name() + " was already gone";
  }

  public static String kept(VolumeVerdict.KeepClaimedElsewhere keep) {
    return "kept PersistentVolume " + keep.volume().name() + ": claimed from namespace " + keep.claimNamespace();
  }

  public static String render(CleanupFailure failure) {
    if (failure instanceof CleanupFailure.BadConfiguration f) {
      return "no usable cluster access: " + f.detail();
    }
    if (failure instanceof CleanupFailure.Refused f) {
      return f.call() + ": refused by the API server (HTTP " + f.status() + ")" + detail(f.detail())
          + "; the pipeline's service account needs get, list and delete on persistentvolumes";
    }
    if (failure instanceof CleanupFailure.ServerError f) {
      return f.call() + ": the API server answered HTTP " + f.status() + detail(f.detail());
    }
    if (failure instanceof CleanupFailure.TimedOut f) {
      return f.call() + ": no answer within " + seconds(f.millis());
    }
    if (failure instanceof CleanupFailure.OutOfTime f) {
      return f.call() + ": not attempted, the clean-up's " + seconds(f.budgetMillis()) + " are used up";
    }
    CleanupFailure.Unreachable f = (CleanupFailure.Unreachable) failure;
    return f.call() + ": the API server is unreachable" + detail(f.detail());
  }

  private static String detail(String detail) {
    return detail.isBlank() ? "" : ": " + detail;
  }

  private static String seconds(long millis) {
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
