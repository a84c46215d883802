package tech.integratn.vcluster.domain.orchestrator;

/**
 * A {@code platform.integratn.tech/v1alpha1 VClusterOrchestratorV2} request: what Kratix hands
 * the pipeline, reduced to the parts the pipeline reads.
 */
public record VClusterOrchestratorV2(RequestMetadata metadata, VClusterOrchestratorV2Spec spec) {

  public static final String API_VERSION = "platform.integratn.tech/v1alpha1";
  public static final String KIND = "VClusterOrchestratorV2";
}
