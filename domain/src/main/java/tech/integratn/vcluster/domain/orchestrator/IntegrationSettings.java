package tech.integratn.vcluster.domain.orchestrator;

import java.util.Optional;
import org.immutables.value.Value;
import tech.integratn.vcluster.domain.DomainStyle;
import tech.integratn.vcluster.domain.tree.StringMap;

/** {@code spec.integrations}: cert-manager, External Secrets and Argo CD settings. */
@Value.Immutable
@DomainStyle
public interface IntegrationSettings {

  Optional<StringMap> clusterIssuerSelectorLabels();

  Optional<StringMap> clusterStoreSelectorLabels();

  Optional<String> environment();

  @Value.Default
  default StringMap clusterLabels() {
    return StringMap.empty();
  }

  @Value.Default
  default StringMap clusterAnnotations() {
    return StringMap.empty();
  }

  Optional<String> workloadRepoUrl();

  Optional<String> workloadRepoBasePath();

  Optional<String> workloadRepoPath();

  Optional<String> workloadRepoRevision();

  static ImmutableIntegrationSettings.Builder builder() {
    return ImmutableIntegrationSettings.builder();
  }
}
