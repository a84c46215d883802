package tech.integratn.vcluster.domain.orchestrator;

import java.util.Optional;
import org.immutables.value.Value;
import tech.integratn.vcluster.domain.DomainStyle;
import tech.integratn.vcluster.domain.profile.PresetName;
import tech.integratn.vcluster.domain.tree.MapNode;

/** {@code spec.vcluster}: the virtual cluster's size, version and chart settings. */
@Value.Immutable
@DomainStyle
public interface VClusterSettings {

  Optional<String> k8sVersion();

  Optional<PresetName> preset();

  Optional<Integer> replicas();

  Optional<IsolationMode> isolationMode();

  Optional<String> cpuRequest();

  Optional<String> memoryRequest();

  Optional<String> cpuLimit();

  Optional<String> memoryLimit();

  Optional<Boolean> persistenceEnabled();

  Optional<String> persistenceSize();

  Optional<String> storageClass();

  Optional<Integer> corednsReplicas();

  Optional<String> clusterDomain();

  Optional<MapNode> backingStore();

  Optional<MapNode> exportKubeConfig();

  Optional<MapNode> helmOverrides();

  static ImmutableVClusterSettings.Builder builder() {
    return ImmutableVClusterSettings.builder();
  }
}
