package tech.integratn.vcluster.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.network.Cidr;
import tech.integratn.vcluster.domain.network.PortRule;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** The profile's {@code networkPolicies} (spec 8.5): merge rules, load rules, every problem named. */
class NetworkPolicyProfileDecoderTest {

  static final NetworkPolicyProfile BASE = IntegratnProfile.PROFILE.networkPolicies();

  static PlatformProfile decode(MapNode policies) {
    return ProfileDecoder.decode(MapNode.of("networkPolicies", policies), IntegratnProfile.PROFILE)
        .getOrElseThrow(p -> new AssertionError(p.map(ProfileProblems::render).mkString("\n")));
  }

  static java.util.List<String> problems(MapNode policies) {
    return ProfileDecoder.decode(MapNode.of("networkPolicies", policies), IntegratnProfile.PROFILE).getLeft().map(ProfileProblems::render).toJavaList();
  }

  static ListNode texts(String... values) {
    return ListNode.ofTexts(List.of(values));
  }

  static Cidr cidr(String text) {
    return Cidr.parse(text).get();
  }

  @Test
  void theEmbeddedProfileIsTheIntegratnBaseline() {
    assertThat(BASE.enabled()).isTrue();
    assertThat(BASE.defaultDeny()).isTrue();
    assertThat(BASE.syncToHost()).isTrue();
    assertThat(BASE.platformEgress()).containsExactly(
        new NetworkPolicyProfile.CidrEgress(cidr("10.0.1.139/32"), PortRule.tcp(443)));
    assertThat(BASE.nfs()).isEqualTo(new NetworkPolicyProfile.Nfs(List.of(cidr("10.0.0.0/8")), 2049));
    assertThat(BASE.extraPolicies().map(NetworkPolicyProfile.ExtraPolicy::kind)).containsOnly("CiliumNetworkPolicy");
  }

  @Test
  void structuralObjectsMergeKeyByKeyAndListsAreReplacedWhole() {
    NetworkPolicyProfile p = decode(MapNode.of("defaultDeny", Node.bool(false))
        .with("dns", Node.Null.NULL)
        .with("extraPolicies", ListNode.of())
        .with("apiIngress", MapNode.of("cidrs", texts("10.1.0.0/16")))
        .with("publicEgress", MapNode.of("blocks", ListNode.of(
            MapNode.of("cidr", Node.text("0.0.0.0/0")).with("except", texts("10.0.0.0/8")),
            MapNode.of("cidr", Node.text("::/0")).with("except", texts("fc00::/7", "fe80::/10")))))
        .with("nfs", MapNode.of("port", Node.integer(2050)))).networkPolicies();
    assertThat(p.defaultDeny()).isFalse();
    assertThat(p.dns()).isEqualTo(Option.none());
    assertThat(p.extraPolicies()).isEmpty();
    assertThat(p.apiIngress().namespaces()).containsExactly("argocd");
    assertThat(p.apiIngress().cidrs()).containsExactly(cidr("10.1.0.0/16"));
    assertThat(p.publicEgress().blocks()).hasSize(2);
    assertThat(p.publicEgress().ports()).isEqualTo(BASE.publicEgress().ports());
    assertThat(p.nfs()).isEqualTo(new NetworkPolicyProfile.Nfs(BASE.nfs().cidrs(), 2050));
    assertThat(p.podEgress()).isEqualTo(BASE.podEgress());
    assertThat(p.syncToHost()).isTrue();

    NetworkPolicyProfile dns = decode(MapNode.of("dns", MapNode.of("namespace", Node.text("dns-system"))
        .with("podLabels", MapNode.of("app", Node.text("coredns"))))).networkPolicies();
    assertThat(dns.dns().get()).isEqualTo(new NetworkPolicyProfile.Dns("dns-system",
        tech.integratn.vcluster.domain.tree.StringMap.of("app", "coredns"), List.of(53)));
  }

  @Test
  void aCustomCiliumPolicyIsKeptVerbatim() {
    MapNode spec = MapNode.of("endpointSelector", MapNode.empty())
        .with("egress", ListNode.of(MapNode.of("toEntities", texts("cluster"))));
    NetworkPolicyProfile p = decode(MapNode.of("extraPolicies", ListNode.of(MapNode.of("apiVersion",
        Node.text("cilium.io/v2")).with("kind", "CiliumNetworkPolicy").with("name", "allow-cluster").with("spec", spec))))
        .networkPolicies();
    assertThat(p.extraPolicies()).containsExactly(
        new NetworkPolicyProfile.ExtraPolicy("cilium.io/v2", "CiliumNetworkPolicy", "allow-cluster", spec));
  }

  @Test
  void everyBrokenRuleIsNamedByItsKey() {
    MapNode policies = MapNode.of("enabled", Node.text("yes"))
        .with("colour", "blue")
        .with("dns", MapNode.of("ports", ListNode.of()))
        .with("apiIngress", MapNode.of("namespaces", texts("Argo_CD")).with("cidrs", texts("10.0.0.1/8", "10.0.0.0/33")))
        .with("publicIngress", MapNode.of("ports", ListNode.of(Node.integer(0), Node.text("80"))))
        .with("platformEgress", ListNode.of(MapNode.of("cidr", Node.text("fd00::1:0/112")).with("port", Node.integer(443))
            .with("protocol", "SCTP")))
        .with("podEgress", ListNode.of(MapNode.of("namespace", Node.text("kube-system"))
            .with("podLabels", MapNode.of("bad key!", Node.text("x"))).with("port", Node.integer(1)).with("protocol", "TCP")))
        .with("publicEgress", MapNode.of("blocks", ListNode.of(
            MapNode.of("cidr", Node.text("10.0.0.0/8")).with("except", texts("192.168.0.0/16", "fd00::/8")),
            MapNode.of("cidr", Node.text("10.0.0.0/8")).with("except", texts("10.0.0.1/16", "10.0.0.0/8", "11.0.0.0/8")))))
        .with("nfs", MapNode.of("cidrs", texts("::ffff:10.0.0.0/104")))
        .with("extraPolicies", ListNode.of(
            MapNode.of("apiVersion", Node.text("cilium.io/v2")).with("kind", "CiliumClusterwideNetworkPolicy")
                .with("name", "a").with("spec", MapNode.empty()),
            MapNode.of("apiVersion", Node.text("networking.k8s.io/v1")).with("kind", "NetworkPolicy")
                .with("name", "allow-dns").with("spec", MapNode.empty()),
            MapNode.of("apiVersion", Node.text("cilium.io/v2")).with("kind", "CiliumNetworkPolicy")
                .with("name", "b").with("spec", Node.text("x")).with("metadata", MapNode.empty()),
            MapNode.of("apiVersion", Node.text("cilium.io/v2")).with("kind", "CiliumNetworkPolicy")
                .with("name", "c").with("spec", MapNode.empty()),
            MapNode.of("apiVersion", Node.text("cilium.io/v2")).with("kind", "CiliumNetworkPolicy")
                .with("name", "c").with("spec", MapNode.empty())));
    assertThat(problems(policies)).containsExactlyInAnyOrder(
        "profile: networkPolicies.colour: unknown key",
        "profile: networkPolicies.enabled: must be a boolean (got \"yes\")",
        "profile: networkPolicies.dns.ports: must not be empty (set dns: null to drop allow-dns)",
        "profile: networkPolicies.apiIngress.namespaces[0]: must be a DNS-1123 label (lower-case letters, digits and "
            + "'-', starting and ending with a letter or digit) (got \"Argo_CD\")",
        "profile: networkPolicies.apiIngress.cidrs[0]: must be written canonically as 10.0.0.0/8 (got 10.0.0.1/8)",
        "profile: networkPolicies.apiIngress.cidrs[1]: cannot parse '10.0.0.0/33': prefix length 33 is out of range 0-32",
        "profile: networkPolicies.publicIngress.ports[0]: must be an integer port 1-65535 (got 0)",
        "profile: networkPolicies.publicIngress.ports[1]: must be an integer port 1-65535 (got \"80\")",
        "profile: networkPolicies.platformEgress[0].protocol: must be TCP or UDP (got \"SCTP\")",
        "profile: networkPolicies.podEgress[0].podLabels[\"bad key!\"]: must be a Kubernetes label key",
        "profile: networkPolicies.publicEgress.blocks[0].except[0]: must be a strict subset of 10.0.0.0/8 "
            + "(got 192.168.0.0/16)",
        "profile: networkPolicies.publicEgress.blocks[0].except[1]: must be a strict subset of 10.0.0.0/8 (got fd00::/8)",
        "profile: networkPolicies.publicEgress.blocks[1].except[0]: must be written canonically as 10.0.0.0/16 "
            + "(got 10.0.0.1/16)",
        "profile: networkPolicies.publicEgress.blocks[1].except[1]: must be a strict subset of 10.0.0.0/8 "
            + "(got 10.0.0.0/8)",
        "profile: networkPolicies.publicEgress.blocks[1].except[2]: must be a strict subset of 10.0.0.0/8 "
            + "(got 11.0.0.0/8)",
        "profile: networkPolicies.nfs.cidrs[0]: cannot parse '::ffff:10.0.0.0/104': an IPv4-mapped or dotted IPv6 "
            + "address; write the IPv4 address or block",
        "profile: networkPolicies.extraPolicies[0]: apiVersion and kind must be one of networking.k8s.io/v1 "
            + "NetworkPolicy, cilium.io/v2 CiliumNetworkPolicy (got cilium.io/v2 CiliumClusterwideNetworkPolicy)",
        "profile: networkPolicies.extraPolicies[1].name: is the name of a policy the engine renders itself (got allow-dns)",
        "profile: networkPolicies.extraPolicies[2].metadata: must not be given: name the policy with name; namespace "
            + "and labels are rendered",
        "profile: networkPolicies.extraPolicies[2].spec: must be a map (got \"x\")",
        "profile: networkPolicies.extraPolicies[4].name: duplicate policy name (got c)");
  }
}
