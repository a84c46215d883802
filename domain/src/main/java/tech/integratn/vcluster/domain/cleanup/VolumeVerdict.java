package tech.integratn.vcluster.domain.cleanup;

/** What the clean-up does with one volume the API server listed, after checking it (spec 7.1, 10.3). */
public sealed interface VolumeVerdict {

  LeftoverVolume volume();

  /** The volume passed every check: it goes, whatever its phase. */
  record Delete(LeftoverVolume volume) implements VolumeVerdict {}

  /** The volume carries the marker but its claim comes from another namespace: it stays. */
  record KeepClaimedElsewhere(LeftoverVolume volume, String claimNamespace) implements VolumeVerdict {}

  /** The server listed a volume whose labels do not satisfy the selector (it ignored the selector): it stays. */
  record KeepLabelMismatch(LeftoverVolume volume) implements VolumeVerdict {}

  /** The server listed a name that is not a DNS-1123 subdomain (a path, a query, a fragment ...): never sent back. */
  record KeepInvalidName(LeftoverVolume volume) implements VolumeVerdict {}

  /** Unclaimed, and the marker is ambiguous: another vcluster may own the volume, so it stays. */
  record KeepAmbiguous(LeftoverVolume volume, String marker) implements VolumeVerdict {}
}
