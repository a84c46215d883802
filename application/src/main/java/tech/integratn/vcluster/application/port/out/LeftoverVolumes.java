package tech.integratn.vcluster.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import tech.integratn.vcluster.domain.cleanup.CleanupFailure;
import tech.integratn.vcluster.domain.cleanup.LeftoverVolume;

/**
 * The host's PersistentVolumes that a deleted vcluster leaves behind (spec 7.1): found by label,
 * removed one by one by name. An implementation bounds every call in time and answers a failure
 * as data; it never removes anything but the volume it is asked to.
 */
public interface LeftoverVolumes {

  /** The volumes whose labels match {@code labelSelector} ({@code key=value}, comma-separated). */
  Either<CleanupFailure, Seq<LeftoverVolume>> find(String labelSelector);

  /** Removes the volume {@code name}: {@code true} when it was removed, {@code false} when it was already gone. */
  Either<CleanupFailure, Boolean> remove(String name);
}
