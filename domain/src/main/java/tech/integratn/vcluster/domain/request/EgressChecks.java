package tech.integratn.vcluster.domain.request;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import tech.integratn.vcluster.domain.network.AddressError;
import tech.integratn.vcluster.domain.network.Cidr;
import tech.integratn.vcluster.domain.profile.NetworkPolicyProfile;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The rules of {@code spec.networkPolicies} that need more than one field or the profile (spec
 * 8.7): unique names, the reserved {@code nfs}, no clash with a profile policy, CIDRs that parse
 * as the domain's address types, and NFS servers for {@code enableNFS}.
 */
final class EgressChecks {

  static final String LIST = "spec.networkPolicies.extraEgress";

  private EgressChecks() {}

  /**
   * What is wrong with a request's complete {@code extraEgress} entries.
   *
   * @param indexes the position of each rule in the request's list
   * @param rules the entries whose every field is valid on its own
   */
  static Findings check(
      java.util.List<Integer> indexes, java.util.List<ExtraEgressRule> rules, boolean enableNfs,
      NetworkPolicyProfile profile) {
    Vector<RequestProblem> problems = Vector.empty();
    Vector<RequestWarning> warnings = Vector.empty();
    if (enableNfs && profile.nfs().cidrs().isEmpty()) {
      problems = problems.append(new RequestProblem.RuleBroken("spec.networkPolicies.enableNFS",
          "this platform defines no NFS servers (the profile's networkPolicies.nfs.cidrs is empty)", "true"));
    }
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      ExtraEgressRule rule = rules.get(i);
      String path = LIST + "[" + indexes.get(i) + "]";
      Integer first = seen.putIfAbsent(rule.name(), indexes.get(i));
      if (first != null) {
        problems = problems.append(new RequestProblem.RuleBroken(path + ".name",
            "duplicate of " + LIST + "[" + first + "].name", Node.quote(rule.name())));
      }
      if (rule.name().equals("nfs")) {
        problems = problems.append(new RequestProblem.RuleBroken(path + ".name",
            "'nfs' is reserved for allow-nfs-egress (set spec.networkPolicies.enableNFS instead)",
            Node.quote(rule.name())));
      }
      String policy = policyName(rule.name());
      for (NetworkPolicyProfile.ExtraPolicy extra : profile.extraPolicies()) {
        if (extra.name().equals(policy)) {
          problems = problems.append(new RequestProblem.RuleBroken(path + ".name",
              policy + " is the name of a policy of the platform profile; choose another name",
              Node.quote(rule.name())));
        }
      }
      Either<RequestProblem, Cidr> cidr = cidr(path + ".cidr", rule.cidr());
      if (cidr.isLeft()) {
        problems = problems.append(cidr.getLeft());
      } else if (cidr.get().clearedHostBitsOf(rule.cidr())) {
        String address = rule.cidr().substring(0, rule.cidr().indexOf('/'));
        warnings = warnings.append(new RequestWarning.NoEffect(path + ".cidr",
            "host bits cleared: " + rule.cidr() + " is rendered as " + cidr.get() + " (write " + address
                + "/" + cidr.get().family().bits() + " for one host)"));
      }
    }
    return new Findings(problems, warnings);
  }

  /** {@code allow-<name>-egress}. */
  static String policyName(String ruleName) {
    return "allow-" + ruleName + "-egress";
  }

  /**
   * Parses an {@code extraEgress} CIDR: IPv4 or IPv6 with a prefix in range, no zone and no
   * IPv4-mapped or dotted IPv6 form. Host bits are cleared (the caller warns).
   */
  static Either<RequestProblem, Cidr> cidr(String path, String text) {
    if (text.indexOf('/') < 0) {
      return Either.left(new RequestProblem.RuleBroken(path,
          "must include a prefix length, e.g. " + text + "/32", Node.quote(text)));
    }
    Either<AddressError, Cidr> parsed = Cidr.parseStrict(text);
    return parsed.isLeft()
        ? Either.left(new RequestProblem.BadAddress(path, parsed.getLeft()))
        : Either.right(parsed.get());
  }

  /**
   * The problems and warnings of one check.
   *
   * @param problems what rejects the request
   * @param warnings what the author should know
   */
  record Findings(Seq<RequestProblem> problems, Seq<RequestWarning> warnings) {}
}
