package tech.integratn.vcluster.domain.cleanup;

import io.vavr.control.Option;
import tech.integratn.vcluster.domain.profile.PlatformProfile;

/**
 * Which PersistentVolumes a delete run removes from the host (spec 7.1): those the label selector
 * finds whose claim is absent or comes from the target namespace.
 *
 * @param name the vcluster's name
 * @param targetNamespace the host namespace the vcluster ran in
 * @param selector the label selector the volumes are listed with
 */
public record HostCleanupPlan(String name, String targetNamespace, String selector) {

  /**
   * The plan for the vcluster {@code name} in {@code targetNamespace}: the profile's
   * {@code deleteCleanup.persistentVolumeSelector} with {@code {name}} and {@code {targetNamespace}}
   * filled in, or {@code vcluster.loft.sh/managed-by=<marker>}. None when the profile turns the
   * clean-up off.
   */
  public static Option<HostCleanupPlan> of(PlatformProfile profile, String name, String targetNamespace) {
    if (!profile.deleteCleanupEnabled()) {
      return Option.none();
    }
    Option<String> custom = profile.deleteCleanupPersistentVolumeSelector();
    // a blank selector would select every volume; the profile decoder refuses one, and so does this
    String selector = custom.isDefined() && !custom.get().isBlank()
        ? custom.get().replace("{name}", name).replace("{targetNamespace}", targetNamespace)
        : VClusterMarker.LABEL + "=" + VClusterMarker.of(targetNamespace, name);
    return Option.some(new HostCleanupPlan(name, targetNamespace, selector));
  }

  /** What happens to {@code volume}, one the selector found. */
  public VolumeVerdict decide(LeftoverVolume volume) {
    Option<String> claim = volume.claimNamespace();
    if (claim.isEmpty() || claim.get().equals(targetNamespace)) {
      return new VolumeVerdict.Delete(volume);
    }
    return new VolumeVerdict.KeepClaimedElsewhere(volume, claim.get());
  }
}
