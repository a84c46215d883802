package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.control.Option;
import org.immutables.value.Value;
import tech.integratn.vcluster.domain.DomainStyle;
import tech.integratn.vcluster.domain.tree.StringMap;

/** {@code spec.integrations}: cert-manager, External Secrets and Argo CD settings. */
@Value.Immutable
@DomainStyle
public interface IntegrationSettings {

  @Value.Default
  default Option<StringMap> clusterIssuerSelectorLabels() {
    return Option.none();
  }

  @Value.Default
  default Option<StringMap> clusterStoreSelectorLabels() {
    return Option.none();
  }

  @Value.Default
  default Option<String> environment() {
    return Option.none();
  }

  @Value.Default
  default StringMap clusterLabels() {
    return StringMap.empty();
  }

  @Value.Default
  default StringMap clusterAnnotations() {
    return StringMap.empty();
  }

  @Value.Default
  default Option<String> workloadRepoUrl() {
    return Option.none();
  }

  @Value.Default
  default Option<String> workloadRepoBasePath() {
    return Option.none();
  }

  @Value.Default
  default Option<String> workloadRepoPath() {
    return Option.none();
  }

  @Value.Default
  default Option<String> workloadRepoRevision() {
    return Option.none();
  }

  static ImmutableIntegrationSettings.Builder builder() {
    return ImmutableIntegrationSettings.builder();
  }
}
