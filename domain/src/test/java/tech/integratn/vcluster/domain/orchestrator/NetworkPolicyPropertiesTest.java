package tech.integratn.vcluster.domain.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.Tuple2;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import tech.integratn.vcluster.domain.Docs.Rendered;
import tech.integratn.vcluster.domain.Docs;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.network.Cidr;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/**
 * Generated {@code extraEgress} lists, valid and not (spec 8.7): a list is accepted exactly when
 * an independent oracle says it is, and every accepted list renders unique policy names, label
 * values of at most 63 characters, no rule with an empty or missing peer list or an empty port
 * list, and canonical CIDRs that parse back to the same block.
 */
class NetworkPolicyPropertiesTest {

  static final String LABEL_VALUE = "(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?";

  /** One entry: name, cidr, port and protocol, each possibly broken or absent (null). */
  record Entry(String name, String cidr, Integer port, String protocol) {
    MapNode toNode() {
      MapNode m = MapNode.empty();
      m = name == null ? m : m.with("name", name);
      m = cidr == null ? m : m.with("cidr", cidr);
      m = port == null ? m : m.with("port", Node.integer(port));
      return protocol == null ? m : m.with("protocol", protocol);
    }
  }

  static Gen<Entry> entries() {
    Gen<String> name = Generate.pick(java.util.Arrays.asList("db", "cache", "nfs", "smtp", "x", "db",
        "a-very-long-rule-name-that-still-fits-in-fifty-ch", "a-very-long-rule-name-that-no-longer-fits-in-fifty",
        "Bad_Name", "-dash", null));
    Gen<String> cidr = Generate.pick(java.util.Arrays.asList("10.0.3.1/32", "10.0.3.1/24", "0.0.0.0/0", "192.168.0.0/16",
        "10.0.0.0/33", "10.0.3.1", "300.1.1.1/32", "010.0.0.0/8", "fd00::/8", "FD00:0:0:0:0:0:0:1/64", "::/0",
        "2001:db8::1/129", "::ffff:10.0.0.0/104", "fe80::1%eth0/64", null));
    Gen<Integer> port = Generate.pick(java.util.Arrays.asList(1, 53, 443, 5432, 65535, 0, 65536, null))
        .mix(SourceDSL.integers().between(1, 65535), 40);
    Gen<String> protocol = Generate.pick(java.util.Arrays.asList("TCP", "UDP", null, "SCTP", "tcp"));
    return name.zip(cidr, port, protocol, Entry::new);
  }

  static Gen<List<Entry>> lists() {
    Gen<List<Entry>> valid = SourceDSL.lists().of(validEntries()).ofSizeBetween(0, 6);
    return SourceDSL.lists().of(entries()).ofSizeBetween(0, 36).mix(valid, 50);
  }

  /** Entries that pass on their own (names may still repeat). */
  static Gen<Entry> validEntries() {
    Gen<String> name = SourceDSL.integers().between(0, 40).map(i -> "rule-" + i);
    Gen<String> cidr = Generate.pick(java.util.Arrays.asList("10.0.3.1/32", "10.0.3.1/24", "fd00::/8",
        "FD00:0:0:0:0:0:0:1/64", "::/0", "0.0.0.0/0"));
    return name.zip(cidr, SourceDSL.integers().between(1, 65535), Generate.pick(java.util.Arrays.asList("TCP", "UDP")),
        Entry::new);
  }

  /** The oracle: whether spec 8.7 accepts the list, written without the engine's code. */
  static boolean accepted(List<Entry> list) {
    if (list.size() > 32) {
      return false;
    }
    Set<String> names = new HashSet<>();
    for (Entry e : list) {
      boolean name = e.name != null && e.name.length() <= 50 && e.name.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?")
          && !e.name.equals("nfs") && names.add(e.name);
      boolean cidr = e.cidr != null && !e.cidr.contains("%") && !e.cidr.contains("ffff:") && e.cidr.contains("/")
          && !e.cidr.startsWith("300.") && !e.cidr.startsWith("010.") && !e.cidr.endsWith("/33")
          && !e.cidr.endsWith("/129");
      boolean port = e.port != null && e.port >= 1 && e.port <= 65535;
      boolean protocol = e.protocol == null || e.protocol.equals("TCP") || e.protocol.equals("UDP");
      if (!(name && cidr && port && protocol)) {
        return false;
      }
    }
    return true;
  }

  static MapNode request(List<Entry> list) {
    List<Node> items = new ArrayList<>();
    for (Entry e : list) {
      items.add(e.toNode());
    }
    return Docs.with(Docs.with(Docs.minimal(), "spec.targetNamespace", "vc-demo"),
        "spec.networkPolicies.extraEgress", new ListNode(io.vavr.collection.Vector.ofAll(items)));
  }

  @Test
  void acceptedListsRenderSafePoliciesAndTheRestAreRefusedByPath() {
    java.util.concurrent.atomic.AtomicInteger rendered = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger withRules = new java.util.concurrent.atomic.AtomicInteger();
    qt().withExamples(3000).withFixedSeed(0x5EC8L).forAll(lists()).checkAssert(list -> {
      Either<Rejection, Rendered> result = Docs.configure(request(list), IntegratnProfile.PROFILE, Docs.PROMISE);
      assertThat(result.isRight()).as("accepted: %s -> %s", list,
          result.isLeft() ? Problems.renderAll(result.getLeft().problems()) : "rendered").isEqualTo(accepted(list));
      if (result.isLeft()) {
        assertThat(result.getLeft().problems().map(Problems::path))
            .allMatch(p -> p.startsWith("spec.networkPolicies.extraEgress"));
        return;
      }
      io.vavr.collection.Seq<KubernetesObject> policies =
          result.get().files().find(f -> f.path().equals(NetworkPolicyRendererTest.FILE)).get().objects();
      assertThat(policies).hasSize(7 + list.size());
      rendered.incrementAndGet();
      if (list.size() >= 2) {
        withRules.incrementAndGet();
      }
      Set<String> names = new HashSet<>();
      for (KubernetesObject o : policies) {
        assertThat(names.add(o.metadata().name())).as("unique name %s", o.metadata().name()).isTrue();
        for (Tuple2<String, String> label : o.metadata().labels()) {
          assertThat(label._2).as(label._1).hasSizeLessThanOrEqualTo(63).matches(LABEL_VALUE);
        }
        if (o.kind().equals("NetworkPolicy")) {
          checkRules(o, "ingress", "from");
          checkRules(o, "egress", "to");
        }
      }
    });
    // the generator reaches both sides of the oracle, and accepted lists of several rules
    assertThat(rendered.get()).isBetween(300, 2700);
    assertThat(withRules.get()).isGreaterThan(50);
  }

  private static void checkRules(KubernetesObject policy, String direction, String peers) {
    Node spec = policy.body().get("spec").get();
    for (Node rule : Paths.at(spec, direction).map(n -> ((ListNode) n).items()).getOrElse(io.vavr.collection.Vector.empty())) {
      Node peerList = Paths.at(rule, peers).getOrElseThrow(() -> new AssertionError("rule without " + peers));
      assertThat(((ListNode) peerList).items()).as("%s %s", policy.metadata().name(), peers).isNotEmpty();
      Paths.at(rule, "ports").forEach(ports -> assertThat(((ListNode) ports).items()).isNotEmpty());
      if (policy.metadata().name().endsWith("-egress")) {
        assertThat(Paths.at(rule, "ports").isDefined()).as("ports of %s", policy.metadata().name()).isTrue();
      }
      for (Node peer : ((ListNode) peerList).items()) {
        Paths.at(peer, "ipBlock", "cidr").forEach(c -> {
          String text = ((Node.Text) c).value();
          assertThat(Cidr.parseStrict(text).map(Cidr::toString)).as("canonical %s", text).contains(text);
        });
      }
    }
  }
}
