package tech.integratn.vcluster.application.port.in;

import tech.integratn.vcluster.domain.profile.PlatformProfile;

/**
 * Check a request without writing anything.
 *
 * @param profile the platform profile to check against
 */
public record ValidateRequestCommand(PlatformProfile profile) {}
