package tech.integratn.vcluster.application.port.in;

import tech.integratn.vcluster.domain.profile.PlatformProfile;

/**
 * Run the configure workflow: read the request, render, publish the manifests and the status.
 *
 * @param profile the platform profile to render with
 * @param promiseName the promise name of the base labels
 */
public record ConfigureVClusterCommand(PlatformProfile profile, String promiseName) {

  /** With the promise name of the table, {@code vcluster-orchestrator-v2}. */
  public ConfigureVClusterCommand(PlatformProfile profile) {
    this(profile, RenderVClusterCommand.DEFAULT_PROMISE_NAME);
  }
}
