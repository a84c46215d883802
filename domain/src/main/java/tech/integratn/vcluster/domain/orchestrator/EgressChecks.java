package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.contract.RequestWarning;
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

  static final String LIST = RequestFields.NETWORK_POLICIES_EXTRA_EGRESS;

  private EgressChecks() {}

  /**
   * One {@code extraEgress} entry as far as it is valid on its own.
   *
   * @param index its position in the request's list
   * @param name its name, when that passed the field's rules, else null
   * @param cidr its CIDR text, when that passed the field's pattern, else null
   */
  record Entry(int index, @Nullable String name, @Nullable String cidr) {}

  /**
   * What is wrong with a request's {@code extraEgress} entries across entries and against the
   * profile. Each entry's valid fields are checked even when another of its fields is broken, so
   * that every problem is reported at once.
   */
  static Findings check(Seq<Entry> entries, boolean enableNfs, NetworkPolicyProfile profile) {
    Vector<RequestProblem> problems = Vector.empty();
    Vector<RequestWarning> warnings = Vector.empty();
    if (enableNfs && profile.nfs().cidrs().isEmpty()) {
      problems = problems.append(new RequestProblem.RuleBroken(RequestFields.NETWORK_POLICIES_ENABLE_NFS,
          "this platform defines no NFS servers (the profile's networkPolicies.nfs.cidrs is empty)", "true"));
    }
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    for (Entry entry : entries) {
      String path = entryPath(entry.index());
      if (entry.name() != null) {
        problems = problems.appendAll(checkName(path, entry, seen, profile));
      }
      if (entry.cidr() != null) {
        Either<RequestProblem, Cidr> cidr = cidr(path + ".cidr", entry.cidr());
        if (cidr.isLeft()) {
          problems = problems.append(cidr.getLeft());
        } else if (cidr.get().clearedHostBitsOf(entry.cidr())) {
          String address = entry.cidr().substring(0, entry.cidr().indexOf('/'));
          warnings = warnings.append(new RequestWarning.NoEffect(path + ".cidr",
              "host bits cleared: " + entry.cidr() + " is rendered as " + cidr.get() + " (write " + address
                  + "/" + cidr.get().family().bits() + " for one host)"));
        }
      }
    }
    return new Findings(problems, warnings);
  }

  /** The problems of one entry's name; {@code seen} is the check's own record of the names so far. */
  private static Seq<RequestProblem> checkName(String path, Entry entry, java.util.Map<String, Integer> seen,
      NetworkPolicyProfile profile) {
    Vector<RequestProblem> problems = Vector.empty();
    String name = entry.name();
    Integer first = seen.putIfAbsent(name, entry.index());
    if (first != null) {
      problems = problems.append(duplicateName(path, name, first));
    }
    if (name.equals("nfs")) {
      problems = problems.append(new RequestProblem.RuleBroken(path + ".name",
          "'nfs' is reserved for allow-nfs-egress (set spec.networkPolicies.enableNFS instead)", Node.quote(name)));
    }
    String policy = policyName(name);
    for (NetworkPolicyProfile.ExtraPolicy extra : profile.extraPolicies()) {
      if (extra.name().equals(policy)) {
        problems = problems.append(new RequestProblem.RuleBroken(path + ".name",
            policy + " is the name of a policy of the platform profile; choose another name", Node.quote(name)));
      }
    }
    return problems;
  }

  /** The one definition of the duplicate-name rule: entry {@code path}'s {@code name} is entry {@code first}'s. */
  static RequestProblem duplicateName(String path, String name, int first) {
    return new RequestProblem.RuleBroken(path + ".name", "duplicate of " + entryPath(first) + ".name",
        Node.quote(name));
  }

  /** {@code spec.networkPolicies.extraEgress[<index>]}, the path of one entry and the prefix of its fields' paths. */
  static String entryPath(int index) {
    return LIST + "[" + index + "]";
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
