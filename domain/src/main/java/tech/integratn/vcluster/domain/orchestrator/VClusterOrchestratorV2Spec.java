package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.control.Option;
import org.immutables.value.Value;
import tech.integratn.vcluster.domain.DomainStyle;

/** The {@code spec} of a request, every field as the author wrote it (absent means default). */
@Value.Immutable
@DomainStyle
public interface VClusterOrchestratorV2Spec {

  String name();

  @Value.Default
  default Option<String> targetNamespace() {
    return Option.none();
  }

  @Value.Default
  default Option<String> projectName() {
    return Option.none();
  }

  @Value.Default
  default VClusterSettings vcluster() {
    return VClusterSettings.builder().build();
  }

  @Value.Default
  default ExposureSettings exposure() {
    return ExposureSettings.builder().build();
  }

  @Value.Default
  default IntegrationSettings integrations() {
    return IntegrationSettings.builder().build();
  }

  @Value.Default
  default ArgoCDApplicationSettings argocdApplication() {
    return ArgoCDApplicationSettings.builder().build();
  }

  /** The request's additions to its namespace's network policies (section 8). */
  @Value.Default
  default NetworkPolicySettings networkPolicies() {
    return NetworkPolicySettings.builder().build();
  }

  static ImmutableVClusterOrchestratorV2Spec.Builder builder() {
    return ImmutableVClusterOrchestratorV2Spec.builder();
  }
}
