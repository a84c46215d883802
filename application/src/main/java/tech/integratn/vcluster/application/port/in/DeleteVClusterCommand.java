package tech.integratn.vcluster.application.port.in;

import tech.integratn.vcluster.domain.profile.PlatformProfile;

/**
 * Run the delete workflow: report what goes away and the {@code Deleting} status.
 *
 * @param profile the platform profile the objects were rendered with
 * @param promiseName the promise name of the base labels
 */
public record DeleteVClusterCommand(PlatformProfile profile, String promiseName) {

  /** With the promise name of the table, {@code vcluster-orchestrator-v2}. */
  public DeleteVClusterCommand(PlatformProfile profile) {
    this(profile, RenderVClusterCommand.DEFAULT_PROMISE_NAME);
  }
}
