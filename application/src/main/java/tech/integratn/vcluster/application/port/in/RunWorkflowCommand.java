package tech.integratn.vcluster.application.port.in;

import tech.integratn.vcluster.domain.profile.PlatformProfile;

/**
 * Run the pipeline's workflow (the context's action) for whichever of the four promises the
 * request's kind selects.
 *
 * @param profile the platform profile all four promises share
 */
public record RunWorkflowCommand(PlatformProfile profile) {}
