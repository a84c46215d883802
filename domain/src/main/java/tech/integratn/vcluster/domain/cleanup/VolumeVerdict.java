package tech.integratn.vcluster.domain.cleanup;

/** What the clean-up does with one selected volume. */
public sealed interface VolumeVerdict {

  LeftoverVolume volume();

  /** The volume belongs to the deleted vcluster: it goes, whatever its phase. */
  record Delete(LeftoverVolume volume) implements VolumeVerdict {}

  /** The volume carries the marker but its claim comes from another namespace: it stays. */
  record KeepClaimedElsewhere(LeftoverVolume volume, String claimNamespace) implements VolumeVerdict {}
}
