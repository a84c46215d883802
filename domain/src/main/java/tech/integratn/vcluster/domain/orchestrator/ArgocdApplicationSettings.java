package tech.integratn.vcluster.domain.orchestrator;

import java.util.Optional;
import org.immutables.value.Value;
import tech.integratn.vcluster.domain.DomainStyle;
import tech.integratn.vcluster.domain.tree.MapNode;

/** {@code spec.argocdApplication}: where the chart comes from and where it is deployed. */
@Value.Immutable
@DomainStyle
public interface ArgocdApplicationSettings {

  Optional<String> repoURL();

  Optional<String> chart();

  Optional<String> targetRevision();

  Optional<String> destinationServer();

  Optional<MapNode> syncPolicy();

  static ImmutableArgocdApplicationSettings.Builder builder() {
    return ImmutableArgocdApplicationSettings.builder();
  }
}
