package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.control.Option;
import java.util.List;
import org.immutables.value.Value;
import tech.integratn.vcluster.domain.DomainStyle;

/** {@code spec.networkPolicies}: the request's additions to its namespace's network policies (8.7). */
@Value.Immutable
@DomainStyle
public interface NetworkPolicySettings {

  /** Allow egress to the platform's NFS servers (default false). */
  @Value.Default
  default Option<Boolean> enableNFS() {
    return Option.none();
  }

  /** Extra egress rules, one policy each, in request order. */
  List<ExtraEgressRule> extraEgress();

  static ImmutableNetworkPolicySettings.Builder builder() {
    return ImmutableNetworkPolicySettings.builder();
  }
}
