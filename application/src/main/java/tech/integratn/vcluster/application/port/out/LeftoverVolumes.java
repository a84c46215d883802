package tech.integratn.vcluster.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import tech.integratn.vcluster.domain.cleanup.CleanupFailure;
import tech.integratn.vcluster.domain.cleanup.LeftoverVolume;
import tech.integratn.vcluster.domain.cleanup.Redaction;

/**
 * The host's PersistentVolumes that a deleted vcluster leaves behind (spec 7.1): found by label,
 * removed one by one by name. An implementation bounds every call in time and answers a failure
 * as data; it never removes anything but the volume it is asked to, and never sends a name that is
 * not a DNS-1123 subdomain. What it finds is the API server's answer: the caller checks every
 * volume before it asks for its removal (spec 10.3).
 */
public interface LeftoverVolumes {

  /**
   * The volumes the API server lists for {@code labelSelector} ({@code key=value}, comma-separated),
   * with their labels, every page of the answer, or a failure.
   */
  Either<CleanupFailure, Seq<LeftoverVolume>> find(String labelSelector);

  /** Removes the volume {@code name}: {@code true} when it was removed, {@code false} when it was already gone. */
  Either<CleanupFailure, Boolean> remove(String name);

  /** The redaction every clean-up line passes through: it knows the credentials this access holds. */
  default Redaction redaction() {
    return Redaction.none();
  }
}
