package tech.integratn.vcluster.application.port.out;

import io.vavr.control.Either;

/**
 * How a delete run reaches the host's leftover volumes (spec 7.1). Opened only by the
 * orchestrator's delete, so no other run loads the cluster client.
 */
public interface HostCleanupAccess {

  /** The host's leftover volumes, or why this run cannot reach them. */
  Either<String, LeftoverVolumes> open();
}
