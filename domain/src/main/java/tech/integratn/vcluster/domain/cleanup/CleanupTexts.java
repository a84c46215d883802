package tech.integratn.vcluster.domain.cleanup;

import tech.integratn.vcluster.domain.names.KubernetesNames;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The one place the clean-up's verdicts and failures become log lines. A name the API server
 * answered is printed as is only when it is a DNS-1123 subdomain; any other is quoted with its
 * control characters escaped and cut, so a hostile answer cannot forge or split a log line.
 */
public final class CleanupTexts {

  private static final int MAX_SHOWN = 120;

  private CleanupTexts() {}

  /** Why there is no clean-up plan, after {@code host clean-up skipped: }. */
  public static String render(NoCleanupPlan why) {
    if (why instanceof NoCleanupPlan.NameAbsent) {
      return "spec.name is absent (metadata.name is never used in a selector)";
    }
    if (why instanceof NoCleanupPlan.NameInvalid n) {
      return "spec.name " + quote(n.value()) + " " + KubernetesNames.DNS_LABEL_RULE;
    }
    if (why instanceof NoCleanupPlan.TargetNamespaceAbsent) {
      return "the request does not name its target namespace";
    }
    if (why instanceof NoCleanupPlan.TargetNamespaceNotText t) {
      return t.field() + " is not a text";
    }
    if (why instanceof NoCleanupPlan.TargetNamespaceInvalid t) {
      return t.field() + " " + quote(t.value()) + " " + KubernetesNames.DNS_LABEL_RULE;
    }
    if (why instanceof NoCleanupPlan.TurnedOff) {
      return "the profile turns it off (deleteCleanup.enabled: false)";
    }
    return "promise " + ((NoCleanupPlan.NotThisPromise) why).promiseName() + " has no host clean-up";
  }

  public static String deleted(LeftoverVolume volume) {
    return "deleted PersistentVolume " + name(volume);
  }

  public static String wouldDelete(LeftoverVolume volume) {
    return "dry run: would delete PersistentVolume " + name(volume);
  }

  public static String alreadyGone(LeftoverVolume volume) {
    return "PersistentVolume " + name(volume) + " was already gone";
  }

  /** A DELETE that was sent and got no answer before the budget or the call timeout ended (spec 10.3). */
  public static String sentNoAnswer(LeftoverVolume volume, CleanupFailure why) {
    String reason = why instanceof CleanupFailure.TimedOut t ? "no answer within " + seconds(t.millis())
        : why instanceof CleanupFailure.NoAnswer n ? "the clean-up's " + seconds(n.budgetMillis()) + " ran out"
        : "no answer";
    return "sent, no answer: PersistentVolume " + name(volume) + " (" + reason + ")";
  }

  /** A volume that would have gone, never tried because the budget was used up. */
  public static String notAttempted(LeftoverVolume volume) {
    return "not attempted: PersistentVolume " + name(volume);
  }

  /** The first volume not tried because the budget was used up, with the budget. */
  public static String notAttempted(LeftoverVolume volume, CleanupFailure.OutOfTime why) {
    return notAttempted(volume) + " (the clean-up's " + seconds(why.budgetMillis()) + " are used up)";
  }

  public static String kept(VolumeVerdict.KeepClaimedElsewhere keep) {
    return "kept PersistentVolume " + name(keep.volume()) + ": claimed from namespace " + quoteIfOdd(keep.claimNamespace());
  }

  /** The line for a volume that stays (every verdict but {@link VolumeVerdict.Delete}). */
  public static String kept(VolumeVerdict verdict) {
    if (verdict instanceof VolumeVerdict.KeepClaimedElsewhere keep) {
      return kept(keep);
    }
    String prefix = "kept PersistentVolume " + name(verdict.volume()) + ": ";
    if (verdict instanceof VolumeVerdict.KeepLabelMismatch) {
      return prefix + "label does not match";
    }
    if (verdict instanceof VolumeVerdict.KeepInvalidName) {
      return prefix + "name is not a valid DNS-1123 subdomain";
    }
    if (verdict instanceof VolumeVerdict.KeepAmbiguous a) {
      return prefix + "unclaimed, and the marker " + a.marker() + " is ambiguous";
    }
    return prefix + "not kept";
  }

  /** The warning when the marker can belong to two vclusters (spec 10.3). */
  public static String ambiguous(HostCleanupPlan plan) {
    String joined = plan.targetNamespace() + "-x-" + plan.name();
    return "host clean-up: the marker " + plan.marker().getOrElse(joined) + " is ambiguous (\"-x-\" occurs "
        + VClusterMarker.separators(plan.targetNamespace(), plan.name()) + " times in " + joined
        + ", so another vcluster can carry the same marker); unclaimed PersistentVolumes are kept";
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
    if (failure instanceof CleanupFailure.NoAnswer f) {
      return f.call() + ": sent, no answer before the clean-up's " + seconds(f.budgetMillis()) + " ran out";
    }
    if (failure instanceof CleanupFailure.Redirected f) {
      return f.call() + ": the API server answered with a redirect (HTTP " + f.status()
          + "), which is never followed";
    }
    if (failure instanceof CleanupFailure.TooLarge f) {
      return f.call() + ": the answer is larger than " + (f.limitBytes() / (1024 * 1024)) + " MiB; not read";
    }
    if (failure instanceof CleanupFailure.Incomplete f) {
      return f.call() + ": the list still continued after " + f.pages()
          + " pages; stopped, nothing was deleted";
    }
    if (failure instanceof CleanupFailure.InvalidName f) {
      return f.call() + ": not a valid DNS-1123 subdomain, not sent";
    }
    CleanupFailure.Unreachable f = (CleanupFailure.Unreachable) failure;
    return f.call() + ": the API server is unreachable" + detail(f.detail());
  }

  /** {@code text} quoted as {@link Node#quote} quotes a value (escapes included), cut at 120 characters. */
  public static String quote(String text) {
    if (text.length() <= MAX_SHOWN) {
      return Node.quote(text);
    }
    String cut = Node.quote(text.substring(0, MAX_SHOWN));
    return cut.substring(0, cut.length() - 1) + "…\"";
  }

  private static String name(LeftoverVolume volume) {
    return quoteIfOdd(volume.name());
  }

  private static String quoteIfOdd(String name) {
    return KubernetesNames.isDnsSubdomain(name) ? name : quote(name);
  }

  private static String detail(String detail) {
    return detail.isBlank() ? "" : ": " + detail;
  }

  private static String seconds(long millis) {
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
