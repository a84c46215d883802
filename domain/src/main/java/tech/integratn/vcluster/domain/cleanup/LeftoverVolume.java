package tech.integratn.vcluster.domain.cleanup;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;

/**
 * A PersistentVolume on the host as the API server described it: nothing here is believed until
 * {@link HostCleanupPlan#decide(LeftoverVolume)} has checked it (spec 10.3).
 *
 * @param name the volume's name ({@code metadata.name}, as answered; not necessarily a valid name)
 * @param claimNamespace the namespace of {@code spec.claimRef}, if the volume has a claim with one
 * @param phase {@code status.phase} ({@code Bound}, {@code Released}, ...), or empty if unknown
 * @param labels the volume's labels, as answered
 */
public record LeftoverVolume(String name, Option<String> claimNamespace, String phase, Map<String, String> labels) {

  public static LeftoverVolume unclaimed(String name, String phase) {
    return new LeftoverVolume(name, Option.none(), phase, LinkedHashMap.empty());
  }

  public static LeftoverVolume claimedFrom(String name, String namespace, String phase) {
    return new LeftoverVolume(name, Option.some(namespace), phase, LinkedHashMap.empty());
  }

  /** This volume with the labels {@code key, value, ...} (an odd last key is ignored). */
  public LeftoverVolume withLabels(String... keysAndValues) {
    Map<String, String> map = LinkedHashMap.empty();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      map = map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return new LeftoverVolume(name, claimNamespace, phase, map);
  }
}
