package tech.integratn.vcluster.application.port.in;

import tech.integratn.vcluster.domain.profile.PlatformProfile;

/**
 * Run the configure workflow: read the request, render, publish the manifests and the status.
 *
 * @param profile the platform profile to render with
 */
public record ConfigureVClusterCommand(PlatformProfile profile) {}
