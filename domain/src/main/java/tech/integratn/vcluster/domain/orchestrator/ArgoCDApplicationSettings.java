package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.control.Option;
import org.immutables.value.Value;
import tech.integratn.vcluster.domain.DomainStyle;
import tech.integratn.vcluster.domain.tree.MapNode;

/** {@code spec.argocdApplication}: where the chart comes from and where it is deployed. */
@Value.Immutable
@DomainStyle
public interface ArgoCDApplicationSettings {

  @Value.Default
  default Option<String> repoURL() {
    return Option.none();
  }

  @Value.Default
  default Option<String> chart() {
    return Option.none();
  }

  @Value.Default
  default Option<String> targetRevision() {
    return Option.none();
  }

  @Value.Default
  default Option<String> destinationServer() {
    return Option.none();
  }

  @Value.Default
  default Option<MapNode> syncPolicy() {
    return Option.none();
  }

  static ImmutableArgoCDApplicationSettings.Builder builder() {
    return ImmutableArgoCDApplicationSettings.builder();
  }
}
