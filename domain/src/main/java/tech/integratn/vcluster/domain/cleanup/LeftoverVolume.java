package tech.integratn.vcluster.domain.cleanup;

import io.vavr.control.Option;

/**
 * A PersistentVolume on the host, as far as the clean-up needs to know it.
 *
 * @param name the volume's name
 * @param claimNamespace the namespace of {@code spec.claimRef}, if the volume has a claim with one
 * @param phase {@code status.phase} ({@code Bound}, {@code Released}, ...), or empty if unknown
 */
public record LeftoverVolume(String name, Option<String> claimNamespace, String phase) {

  public static LeftoverVolume unclaimed(String name, String phase) {
    return new LeftoverVolume(name, Option.none(), phase);
  }

  public static LeftoverVolume claimedFrom(String name, String namespace, String phase) {
    return new LeftoverVolume(name, Option.some(namespace), phase);
  }
}
