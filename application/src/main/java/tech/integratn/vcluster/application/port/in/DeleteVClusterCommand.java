package tech.integratn.vcluster.application.port.in;

import tech.integratn.vcluster.domain.profile.PlatformProfile;

/**
 * Run the delete workflow: report what goes away and the {@code Deleting} status.
 *
 * @param profile the platform profile the objects were rendered with
 */
public record DeleteVClusterCommand(PlatformProfile profile) {}
