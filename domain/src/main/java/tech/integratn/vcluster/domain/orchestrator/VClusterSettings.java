package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.control.Option;
import org.immutables.value.Value;
import tech.integratn.vcluster.domain.DomainStyle;
import tech.integratn.vcluster.domain.profile.PresetName;
import tech.integratn.vcluster.domain.tree.MapNode;

/** {@code spec.vcluster}: the virtual cluster's size, version and chart settings. */
@Value.Immutable
@DomainStyle
public interface VClusterSettings {

  @Value.Default
  default Option<String> k8sVersion() {
    return Option.none();
  }

  @Value.Default
  default Option<PresetName> preset() {
    return Option.none();
  }

  @Value.Default
  default Option<Integer> replicas() {
    return Option.none();
  }

  @Value.Default
  default Option<IsolationMode> isolationMode() {
    return Option.none();
  }

  @Value.Default
  default Option<String> cpuRequest() {
    return Option.none();
  }

  @Value.Default
  default Option<String> memoryRequest() {
    return Option.none();
  }

  @Value.Default
  default Option<String> cpuLimit() {
    return Option.none();
  }

  @Value.Default
  default Option<String> memoryLimit() {
    return Option.none();
  }

  @Value.Default
  default Option<Boolean> persistenceEnabled() {
    return Option.none();
  }

  @Value.Default
  default Option<String> persistenceSize() {
    return Option.none();
  }

  @Value.Default
  default Option<String> storageClass() {
    return Option.none();
  }

  @Value.Default
  default Option<Integer> corednsReplicas() {
    return Option.none();
  }

  @Value.Default
  default Option<String> clusterDomain() {
    return Option.none();
  }

  @Value.Default
  default Option<MapNode> backingStore() {
    return Option.none();
  }

  @Value.Default
  default Option<MapNode> exportKubeConfig() {
    return Option.none();
  }

  @Value.Default
  default Option<MapNode> helmOverrides() {
    return Option.none();
  }

  static ImmutableVClusterSettings.Builder builder() {
    return ImmutableVClusterSettings.builder();
  }
}
