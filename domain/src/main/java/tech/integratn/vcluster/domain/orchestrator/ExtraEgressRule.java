package tech.integratn.vcluster.domain.orchestrator;

/**
 * One entry of {@code spec.networkPolicies.extraEgress}, as written: rendered as the policy
 * {@code allow-<name>-egress} once the planner has checked it against the others and the profile.
 *
 * @param name the rule's name (a DNS label of at most 50 characters)
 * @param cidr the destination block, {@code <address>/<prefix>}
 * @param port the destination port, 1-65535
 * @param protocol {@code TCP} or {@code UDP}
 */
public record ExtraEgressRule(String name, String cidr, int port, String protocol) {

  /** A TCP rule. */
  public static ExtraEgressRule tcp(String name, String cidr, int port) {
    return new ExtraEgressRule(name, cidr, port, "TCP");
  }
}
