package tech.integratn.vcluster.domain.orchestrator;

import tech.integratn.vcluster.domain.network.Cidr;
import tech.integratn.vcluster.domain.network.PortRule;

/**
 * A checked {@code extraEgress} entry: rendered as the policy {@code allow-<name>-egress}.
 *
 * @param name the rule name
 * @param cidr the destination block, host bits cleared
 * @param port the port and protocol
 */
public record EgressRule(String name, Cidr cidr, PortRule port) {

  /** {@code allow-<name>-egress}. */
  public String policyName() {
    return "allow-" + name + "-egress";
  }
}
