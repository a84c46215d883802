package tech.integratn.vcluster.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The profile's {@code networkPolicies} (spec 8.5) at its edges: each flag both ways, a partial
 * {@code dns} over a base with and without one, the port range ends, and the problems of extra
 * policies and label values word for word.
 */
class NetworkPolicyProfileEdgesTest {

  static NetworkPolicyProfile decode(MapNode policies) {
    return NetworkPolicyProfileDecoderTest.decode(policies).networkPolicies();
  }

  static java.util.List<String> problems(MapNode policies) {
    return NetworkPolicyProfileDecoderTest.problems(policies);
  }

  @Test
  void eachFlagIsReadBothWays() {
    for (boolean value : new boolean[] {false, true}) {
      assertThat(decode(MapNode.of("enabled", Node.bool(value))).enabled()).isEqualTo(value);
      assertThat(decode(MapNode.of("defaultDeny", Node.bool(value))).defaultDeny()).isEqualTo(value);
      assertThat(decode(MapNode.of("syncToHost", Node.bool(value))).syncToHost()).isEqualTo(value);
    }
  }

  @Test
  void aPartialDnsTakesTheRestFromTheBase() {
    NetworkPolicyProfile.Dns base = NetworkPolicyProfileDecoderTest.BASE.dns().get();
    NetworkPolicyProfile.Dns ports = decode(MapNode.of("dns", MapNode.of("ports", ListNode.of(Node.integer(5353)))))
        .dns().get();
    assertThat(ports).isEqualTo(new NetworkPolicyProfile.Dns(base.namespace(), base.podLabels(), List.of(5353)));
    NetworkPolicyProfile.Dns namespace = decode(MapNode.of("dns", MapNode.of("namespace", Node.text("coredns"))))
        .dns().get();
    assertThat(namespace).isEqualTo(new NetworkPolicyProfile.Dns("coredns", base.podLabels(), base.ports()));
  }

  @Test
  void aPartialDnsOverABaseWithoutOneNeedsEveryKey() {
    PlatformProfile noDns = ProfileDecoder.decode(
        MapNode.of("networkPolicies", MapNode.of("dns", Node.Null.NULL)), IntegratnProfile.PROFILE).get();
    assertThat(noDns.networkPolicies().dns()).isEmpty();
    assertThat(ProfileDecoder.decode(MapNode.of("networkPolicies",
            MapNode.of("dns", MapNode.of("ports", ListNode.of(Node.integer(53))))), noDns).getLeft().map(ProfileProblems::render))
        .containsExactly("profile: networkPolicies.dns: needs namespace, podLabels and ports");
  }

  @Test
  void anAbsentFlagKeepsTheBaseValueEvenWhenItIsFalse() {
    PlatformProfile off = ProfileDecoder.decode(MapNode.of("networkPolicies", MapNode.of("enabled", Node.bool(false))
        .with("defaultDeny", Node.bool(false)).with("syncToHost", Node.bool(false))), IntegratnProfile.PROFILE).get();
    NetworkPolicyProfile over = ProfileDecoder.decode(MapNode.of("networkPolicies", MapNode.of("ingressNamespaces",
        ListNode.ofTexts(List.of("ingress")))), off).get().networkPolicies();
    assertThat(over.enabled()).isFalse();
    assertThat(over.defaultDeny()).isFalse();
    assertThat(over.syncToHost()).isFalse();
  }

  @Test
  void dnsPortsThatAreNoListAreOneProblem() {
    assertThat(problems(MapNode.of("dns", MapNode.of("ports", Node.text("53")))))
        .hasSize(1)
        .allSatisfy(p -> assertThat(p).startsWith("profile: networkPolicies.dns.ports: "));
  }

  @Test
  void portsRunFromOneTo65535() {
    assertThat(decode(MapNode.of("nfs", MapNode.of("port", Node.integer(65535)))).nfs().port()).isEqualTo(65535);
    assertThat(decode(MapNode.of("nfs", MapNode.of("port", Node.integer(1)))).nfs().port()).isEqualTo(1);
    assertThat(decode(MapNode.of("nfs", MapNode.of("port", Node.integer(2049)))).nfs().port()).isEqualTo(2049);
    assertThat(problems(MapNode.of("nfs", MapNode.of("port", Node.integer(65536)))))
        .containsExactly("profile: networkPolicies.nfs.port: must be an integer port 1-65535 (got 65536)");
    assertThat(problems(MapNode.of("nfs", MapNode.of("port", Node.integer(131072)))))
        .containsExactly("profile: networkPolicies.nfs.port: must be an integer port 1-65535 (got 131072)");
    assertThat(problems(MapNode.of("nfs", MapNode.of("port", Node.integer(-1)))))
        .containsExactly("profile: networkPolicies.nfs.port: must be an integer port 1-65535 (got -1)");
  }

  @Test
  void listsMustBeListsAndLabelValuesValid() {
    assertThat(problems(MapNode.of("platformEgress", Node.text("x"))))
        .containsExactly("profile: networkPolicies.platformEgress: must be a list (got \"x\")");
    assertThat(problems(MapNode.of("dns", MapNode.of("podLabels", MapNode.of("app", Node.text("bad value!"))))))
        .containsExactly("profile: networkPolicies.dns.podLabels[\"app\"]: must be a Kubernetes label value "
            + "(got \"bad value!\")");
    assertThat(problems(MapNode.of("dns", MapNode.of("podLabels", MapNode.of("app", Node.integer(1))))))
        .containsExactly("profile: networkPolicies.dns.podLabels[\"app\"]: must be a string (got 1)");
  }

  @Test
  void anExtraPolicyNeedsEveryPartAsText() {
    MapNode missing = MapNode.of("apiVersion", Node.text("cilium.io/v2")).with("kind", "CiliumNetworkPolicy")
        .with("spec", MapNode.empty());
    MapNode badName = missing.with("name", Node.integer(5));
    MapNode nullName = missing.with("name", Node.Null.NULL);
    assertThat(problems(MapNode.of("extraPolicies", ListNode.of(missing, badName, nullName, Node.text("p")))))
        .containsExactlyInAnyOrder(
            "profile: networkPolicies.extraPolicies[0].name: is required",
            "profile: networkPolicies.extraPolicies[1].name: must be a string (got 5)",
            "profile: networkPolicies.extraPolicies[2].name: is required",
            "profile: networkPolicies.extraPolicies[3]: must be a map (got \"p\")");
    assertThat(decode(MapNode.of("extraPolicies", ListNode.of(missing.with("name", "allow-x")))).extraPolicies())
        .containsExactly(new NetworkPolicyProfile.ExtraPolicy("cilium.io/v2", "CiliumNetworkPolicy", "allow-x",
            MapNode.empty()));
  }
}
