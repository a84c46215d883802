package tech.integratn.vcluster.application.port.in;

import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.orchestrator.VClusterOrchestratorV2;

/**
 * Render one request in process.
 *
 * @param request the request value
 * @param profile the platform profile to render with
 * @param promiseName the promise name for the base labels
 */
public record RenderVClusterCommand(VClusterOrchestratorV2 request, PlatformProfile profile, String promiseName) {

  public static final String DEFAULT_PROMISE_NAME = "vcluster-orchestrator-v2";

  /** The request rendered with the embedded integratn profile, as promise {@code vcluster-orchestrator-v2}. */
  public static RenderVClusterCommand of(VClusterOrchestratorV2 request) {
    return new RenderVClusterCommand(request, IntegratnProfile.PROFILE, DEFAULT_PROMISE_NAME);
  }
}
