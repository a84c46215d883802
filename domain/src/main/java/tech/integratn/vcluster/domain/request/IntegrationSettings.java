package tech.integratn.vcluster.domain.request;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tech.integratn.vcluster.domain.DomainStyle;

/** {@code spec.integrations}: cert-manager, External Secrets and Argo CD settings. */
@Value.Immutable
@DomainStyle
public interface IntegrationSettings {

  Optional<Map<String, String>> clusterIssuerSelectorLabels();

  Optional<Map<String, String>> clusterStoreSelectorLabels();

  Optional<String> environment();

  @Value.Default
  default Map<String, String> clusterLabels() {
    return LinkedHashMap.empty();
  }

  @Value.Default
  default Map<String, String> clusterAnnotations() {
    return LinkedHashMap.empty();
  }

  Optional<String> workloadRepoUrl();

  Optional<String> workloadRepoBasePath();

  Optional<String> workloadRepoPath();

  Optional<String> workloadRepoRevision();

  static ImmutableIntegrationSettings.Builder builder() {
    return ImmutableIntegrationSettings.builder();
  }
}
