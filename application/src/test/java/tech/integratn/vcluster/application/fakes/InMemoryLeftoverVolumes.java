package tech.integratn.vcluster.application.fakes;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.integratn.vcluster.application.port.out.LeftoverVolumes;
import tech.integratn.vcluster.domain.cleanup.CleanupFailure;
import tech.integratn.vcluster.domain.cleanup.LeftoverVolume;
import tech.integratn.vcluster.domain.cleanup.Redaction;
import tech.integratn.vcluster.domain.names.KubernetesNames;

/**
 * PersistentVolumes held in memory with their labels. Understands equality selectors
 * ({@code k=v}, {@code k==v}, comma-separated, all must hold). Failures can be planted for the
 * listing and for the removal of single volumes; every call is counted. It can also play a hostile
 * API server that ignores the selector ({@link #ignoringSelector()}). Like the real adapter, it
 * never sends (removes) a name that is not a DNS-1123 subdomain.
 */
public final class InMemoryLeftoverVolumes implements LeftoverVolumes {

  /** One stored volume. */
  record Stored(LeftoverVolume volume, Map<String, String> labels) {}

  private final Map<String, Stored> volumes = new LinkedHashMap<>();
  private final Map<String, CleanupFailure> removeFailures = new LinkedHashMap<>();
  private Option<CleanupFailure> findFailure = Option.none();
  private Vector<String> calls = Vector.empty();
  private boolean ignoreSelector;
  private Redaction redaction = Redaction.none();

  public InMemoryLeftoverVolumes with(LeftoverVolume volume, String... labelKeysAndValues) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i + 1 < labelKeysAndValues.length; i += 2) {
      labels.put(labelKeysAndValues[i], labelKeysAndValues[i + 1]);
    }
    volumes.put(volume.name(), new Stored(volume.withLabels(labelKeysAndValues), labels));
    return this;
  }

  /** From now on every volume is listed, whatever the selector (a server that ignores it). */
  public InMemoryLeftoverVolumes ignoringSelector() {
    ignoreSelector = true;
    return this;
  }

  /** The access holds these credentials: its redaction removes them. */
  public InMemoryLeftoverVolumes holding(String... secrets) {
    redaction = new Redaction(io.vavr.collection.List.of(secrets));
    return this;
  }

  @Override
  public Redaction redaction() {
    return redaction;
  }

  public InMemoryLeftoverVolumes failingToFind(CleanupFailure failure) {
    findFailure = Option.some(failure);
    return this;
  }

  public InMemoryLeftoverVolumes failingToRemove(String name, CleanupFailure failure) {
    removeFailures.put(name, failure);
    return this;
  }

  @Override
  public Either<CleanupFailure, Seq<LeftoverVolume>> find(String labelSelector) {
    calls = calls.append("find " + labelSelector);
    if (findFailure.isDefined()) {
      return Either.left(findFailure.get());
    }
    Vector<LeftoverVolume> found = Vector.empty();
    for (Stored s : volumes.values()) {
      if (ignoreSelector || matches(labelSelector, s.labels())) {
        found = found.append(s.volume());
      }
    }
    return Either.right(found);
  }

  @Override
  public Either<CleanupFailure, Boolean> remove(String name) {
    calls = calls.append("remove " + name);
    if (!KubernetesNames.isDnsSubdomain(name)) {
      return Either.left(new CleanupFailure.InvalidName("delete PersistentVolume " + name));
    }
    if (removeFailures.containsKey(name)) {
      return Either.left(removeFailures.get(name));
    }
    return Either.right(volumes.remove(name) != null);
  }

  /** The names still stored. */
  public Seq<String> names() {
    return Vector.ofAll(volumes.keySet());
  }

  /** Every call, in order ({@code find <selector>}, {@code remove <name>}). */
  public Vector<String> calls() {
    return calls;
  }

  private static boolean matches(String selector, Map<String, String> labels) {
    for (String term : selector.split(",")) {
      String[] kv = term.trim().split("==?", 2);
      if (kv.length != 2 || !kv[1].trim().equals(labels.get(kv[0].trim()))) {
        return false;
      }
    }
    return true;
  }
}
