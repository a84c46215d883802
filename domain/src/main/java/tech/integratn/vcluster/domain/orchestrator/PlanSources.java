package tech.integratn.vcluster.domain.orchestrator;

import tech.integratn.vcluster.domain.contract.Provenance;
import io.vavr.control.Option;
import org.immutables.value.Value;
import tech.integratn.vcluster.domain.DomainStyle;
import tech.integratn.vcluster.domain.tree.MapNode;

/**
 * Where each value of a {@link ClusterPlan} that goes into the chart values came from: recorded
 * by {@link ClusterPlanner} as it resolves the value (request field, preset, profile key, derived
 * rule), read only when the values are explained (spec 12.3).
 */
@Value.Immutable
@DomainStyle
public interface PlanSources {

  Provenance name();

  Provenance targetNamespace();

  Provenance environment();

  Provenance kubernetesImageTag();

  Provenance replicas();

  Provenance cpuRequest();

  Provenance memoryRequest();

  Provenance cpuLimit();

  Provenance memoryLimit();

  Provenance persistenceEnabled();

  Provenance persistenceSize();

  Provenance storageClass();

  Provenance corednsReplicas();

  Provenance clusterDomain();

  Provenance isolationMode();

  Provenance hostname();

  Provenance apiPort();

  Provenance vip();

  Provenance externalServerUrl();

  Provenance clusterIssuerSelectorLabels();

  Provenance clusterStoreSelectorLabels();

  /**
   * The request's own {@code vcluster.exportKubeConfig} (empty maps dropped), before it is merged
   * over {@code {server: externalServerURL}}: the chart section merges the two again so that each
   * leaf keeps its source.
   */
  Option<MapNode> requestedExportKubeConfig();

  static ImmutablePlanSources.Builder builder() {
    return ImmutablePlanSources.builder();
  }
}
