package tech.integratn.vcluster.domain.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.Docs.list;
import static tech.integratn.vcluster.domain.Docs.minimal;
import static tech.integratn.vcluster.domain.Docs.with;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.contract.Deletion;
import tech.integratn.vcluster.domain.Docs.Rendered;
import tech.integratn.vcluster.domain.Docs;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.RequestWarning;
import tech.integratn.vcluster.domain.profile.ImmutableNetworkPolicyProfile;
import tech.integratn.vcluster.domain.profile.ImmutablePlatformProfile;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.profile.NetworkPolicyProfile;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/** Spec section 8: when the network-policy file is written, its documents, rules and checks. */
class NetworkPolicyRendererTest {

  static final String FILE = "resources/network-policies.yaml";

  static MapNode own() {
    return with(minimal(), "spec.targetNamespace", "vc-demo");
  }

  static MapNode egress(String name, String cidr, long port) {
    return MapNode.of("name", Node.text(name)).with("cidr", cidr).with("port", Node.integer(port));
  }

  static PlatformProfile profile(UnaryOperator<ImmutableNetworkPolicyProfile> change) {
    return ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE).withNetworkPolicies(
        change.apply(ImmutableNetworkPolicyProfile.copyOf(IntegratnProfile.PROFILE.networkPolicies())));
  }

  static Rendered render(MapNode doc, PlatformProfile profile) {
    return Docs.configure(doc, profile, Docs.PROMISE)
        .getOrElseThrow(r -> new AssertionError(Problems.renderAll(r.problems())));
  }

  static Option<Seq<KubernetesObject>> policies(Rendered r) {
    return r.files().find(f -> f.path().equals(FILE)).map(OutputFile::objects);
  }

  static Seq<String> names(Rendered r) {
    return policies(r).get().map(o -> o.metadata().name());
  }

  static Node spec(KubernetesObject o) {
    return o.body().get("spec").get();
  }

  static int directResources(Rendered r) {
    return ((Node.Int) r.status().toNode().get("directResourcesGenerated").get()).value().intValueExact();
  }

  @Test
  void theIntegratnBaselineIsSevenDocumentsInOrderAndIsWrittenLast() {
    for (MapNode doc : List.of(own(), with(own(), "spec.networkPolicies", Node.Null.NULL),
        with(own(), "spec.networkPolicies", MapNode.empty()))) {
      Rendered r = Docs.render(doc);
      assertThat(r.files().last().path()).isEqualTo(FILE);
      assertThat(names(r)).containsExactly("default-deny-all", "allow-dns", "allow-intra-namespace",
          "allow-vcluster-external", "allow-kube-api", "allow-coredns-to-host-dns", "allow-vcluster-lb-snat");
      assertThat(policies(r).get().map(KubernetesObject::kind)).containsExactly("NetworkPolicy", "NetworkPolicy",
          "NetworkPolicy", "NetworkPolicy", "CiliumNetworkPolicy", "CiliumNetworkPolicy", "CiliumNetworkPolicy");
      assertThat(directResources(r)).isEqualTo(3);
      assertThat(r.warnings()).isEmpty();
    }
  }

  @Test
  void everyDocumentHasTheMetadataOfSection82() {
    for (KubernetesObject o : policies(Docs.render(own())).get()) {
      assertThat(o.metadata().namespace()).contains("vc-demo");
      assertThat(o.metadata().annotations().isEmpty()).isTrue();
      assertThat(o.metadata().labels().keys()).containsExactly("app.kubernetes.io/managed-by", "kratix.io/promise-name",
          "kratix.io/resource-name", "app.kubernetes.io/name", "app.kubernetes.io/component",
          "platform.integratn.tech/type");
      assertThat(o.metadata().labels().get("app.kubernetes.io/name")).contains(o.metadata().name());
      assertThat(o.metadata().labels().get("app.kubernetes.io/component")).contains("network-policy");
      assertThat(o.metadata().labels().get("platform.integratn.tech/type")).contains("vcluster-policy");
    }
  }

  @Test
  void theBaselineRulesAreUpstreamsRuleForRule() {
    Seq<KubernetesObject> p = policies(Docs.render(own())).get();
    assertThat(spec(p.get(0))).isEqualTo(MapNode.of("podSelector", MapNode.empty())
        .with("policyTypes", ListNode.ofTexts(List.of("Ingress", "Egress"))));
    MapNode kubeDns = nsSel("kube-system").with("podSelector",
        MapNode.of("matchLabels", MapNode.of("k8s-app", Node.text("kube-dns"))));
    assertThat(spec(p.get(1))).isEqualTo(MapNode.of("podSelector", MapNode.empty())
        .with("policyTypes", ListNode.ofTexts(List.of("Egress")))
        .with("egress", list(MapNode.of("to", list(kubeDns)).with("ports", list(port("UDP", 53), port("TCP", 53))))));
    MapNode samePods = MapNode.of("podSelector", MapNode.empty());
    assertThat(spec(p.get(2))).isEqualTo(MapNode.of("podSelector", MapNode.empty())
        .with("policyTypes", ListNode.ofTexts(List.of("Ingress", "Egress")))
        .with("ingress", list(MapNode.of("from", list(samePods))))
        .with("egress", list(MapNode.of("to", list(samePods)))));
    MapNode external = MapNode.of("podSelector", MapNode.empty())
        .with("policyTypes", ListNode.ofTexts(List.of("Ingress", "Egress")))
        .with("ingress", list(
            MapNode.of("from", list(nsSel("argocd"), ipBlock("10.0.0.0/8"), ipBlock("192.168.0.0/16")))
                .with("ports", list(port("TCP", 8443))),
            MapNode.of("from", list(nsSel("nginx-gateway"))),
            MapNode.of("from", list(nsSel("monitoring"))),
            MapNode.of("from", list(ipBlock("0.0.0.0/0"))).with("ports", list(port("TCP", 80), port("TCP", 443)))))
        .with("egress", list(
            MapNode.of("to", list(ipBlock("10.0.1.139/32"))).with("ports", list(port("TCP", 443))),
            MapNode.of("to", list(nsSel("kube-system").with("podSelector",
                MapNode.of("matchLabels", MapNode.of("app.kubernetes.io/name", Node.text("metrics-server"))))))
                .with("ports", list(port("TCP", 10250))),
            MapNode.of("to", list(MapNode.of("ipBlock", MapNode.of("cidr", Node.text("0.0.0.0/0"))
                    .with("except", ListNode.ofTexts(List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"))))))
                .with("ports", list(port("TCP", 443), port("TCP", 80), port("UDP", 53), port("TCP", 53)))));
    assertThat(spec(p.get(3))).isEqualTo(external);
    assertThat(p.get(4).apiVersion()).isEqualTo("cilium.io/v2");
    assertThat(spec(p.get(6))).isEqualTo(MapNode.of("endpointSelector",
            MapNode.of("matchLabels", MapNode.of("app", Node.text("vcluster"))))
        .with("ingress", list(MapNode.of("fromEntities", ListNode.ofTexts(List.of("host", "remote-node", "world")))
            .with("toPorts", list(MapNode.of("ports", list(MapNode.of("port", Node.text("8443"))
                .with("protocol", "TCP"))))))));
  }

  @Test
  void nfsThenExtraEgressInRequestOrder() {
    MapNode doc = with(with(own(), "spec.networkPolicies.enableNFS", Node.bool(true)),
        "spec.networkPolicies.extraEgress", list(
            egress("postgresql", "10.0.3.20/32", 5432),
            egress("dns-over-udp", "fd00:0:0:0::/64", 53).with("protocol", "UDP")));
    Rendered r = Docs.render(doc);
    Seq<KubernetesObject> p = policies(r).get();
    assertThat(names(r).drop(7)).containsExactly("allow-nfs-egress", "allow-postgresql-egress",
        "allow-dns-over-udp-egress");
    assertThat(spec(p.get(7))).isEqualTo(MapNode.of("podSelector", MapNode.empty())
        .with("policyTypes", ListNode.ofTexts(List.of("Egress")))
        .with("egress", list(MapNode.of("to", list(ipBlock("10.0.0.0/8"))).with("ports", list(port("TCP", 2049))))));
    assertThat(spec(p.get(9))).isEqualTo(MapNode.of("podSelector", MapNode.empty())
        .with("policyTypes", ListNode.ofTexts(List.of("Egress")))
        .with("egress", list(MapNode.of("to", list(ipBlock("fd00::/64"))).with("ports", list(port("UDP", 53))))));
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void hostBitsAreClearedWithAWarning() {
    Rendered r = Docs.render(with(own(), "spec.networkPolicies.extraEgress", list(egress("db", "10.0.3.1/24", 5432))));
    assertThat(Paths.at(spec(policies(r).get().last()), "egress")).contains(
        list(MapNode.of("to", list(ipBlock("10.0.3.0/24"))).with("ports", list(port("TCP", 5432)))));
    assertThat(r.warnings().map(Problems::render)).containsExactly(
        "spec.networkPolicies.extraEgress[0].cidr: host bits cleared: 10.0.3.1/24 is rendered as 10.0.3.0/24 "
            + "(write 10.0.3.1/32 for one host)");
  }

  /** Spec 10.2 A: the shared request namespace gets no Pod Security labels either, and says so. */
  static final RequestWarning POD_SECURITY_WARNING = new RequestWarning.NoEffect("spec.targetNamespace",
      "Pod Security labels (tenancy.podSecurity) are not written on the shared request namespace platform-requests; "
          + "give the vcluster its own namespace");

  @Test
  void theSharedRequestNamespaceGetsNoPoliciesButAWarning() {
    MapNode doc = with(minimal(), "spec.networkPolicies.extraEgress", list(egress("db", "10.0.3.0/24", 5432)));
    Rendered r = Docs.render(doc);
    assertThat(policies(r)).isEmpty();
    assertThat(directResources(r)).isEqualTo(2);
    assertThat(r.warnings()).containsExactly(new RequestWarning.NoEffect("spec.targetNamespace",
        "network policies are not rendered into the request namespace platform-requests; "
            + "give the vcluster its own namespace"), POD_SECURITY_WARNING);
    // validated all the same
    assertThat(Docs.problems(with(minimal(), "spec.networkPolicies.extraEgress", list(egress("db", "10.0.3.0/33", 1)))))
        .containsExactly("spec.networkPolicies.extraEgress[0].cidr: cannot parse '10.0.3.0/33': "
            + "prefix length 33 is out of range 0-32");
  }

  @Test
  void theProfileSwitchesTheFileThePoliciesAndTheChartSync() {
    Rendered off = render(own(), profile(p -> p.withEnabled(false)));
    assertThat(policies(off)).isEmpty();
    assertThat(directResources(off)).isEqualTo(2);
    assertThat(render(minimal(), profile(p -> p.withEnabled(false))).warnings()).containsExactly(POD_SECURITY_WARNING);

    assertThat(names(render(own(), profile(p -> p.withDefaultDeny(false)))).head()).isEqualTo("allow-dns");
    assertThat(names(render(own(), profile(p -> p.withDns(Option.none()))))).doesNotContain("allow-dns");
    assertThat(policies(render(own(), profile(p -> p.withExtraPolicies(List.empty())))).get()
        .map(KubernetesObject::apiVersion)).containsOnly("networking.k8s.io/v1");

    Rendered noSync = render(own(), profile(p -> p.withSyncToHost(false)));
    MapNode values = noSync.resources().application().spec().valuesObject();
    assertThat(Paths.at(values, "sync", "toHost", "networkPolicies")).contains(MapNode.of("enabled", Node.bool(false)));
    assertThat(Paths.at(Docs.render(own()).resources().application().spec().valuesObject(),
        "sync", "toHost", "networkPolicies")).contains(MapNode.of("enabled", Node.bool(true)));
  }

  @Test
  void aRuleWithoutPeersOrPortsIsDroppedAndAPolicyWithoutRulesIsNotRendered() {
    PlatformProfile bare = profile(p -> p
        .withApiIngress(new NetworkPolicyProfile.ApiIngress(List.empty(), List.empty()))
        .withIngressNamespaces(List.empty())
        .withPublicIngress(new NetworkPolicyProfile.PublicIngress(List.of(IntegratnProfile.PROFILE.networkPolicies()
            .publicIngress().cidrs().head()), List.empty()))
        .withPlatformEgress(List.empty())
        .withPodEgress(List.empty())
        .withPublicEgress(new NetworkPolicyProfile.PublicEgress(List.empty(), List.empty())));
    assertThat(names(render(own(), bare))).doesNotContain("allow-vcluster-external");

    PlatformProfile egressOnly = profile(p -> p
        .withApiIngress(new NetworkPolicyProfile.ApiIngress(List.empty(), List.empty()))
        .withIngressNamespaces(List.empty())
        .withPublicIngress(new NetworkPolicyProfile.PublicIngress(List.empty(), List.of(443))));
    KubernetesObject external = policies(render(own(), egressOnly)).get()
        .find(o -> o.metadata().name().equals("allow-vcluster-external")).get();
    assertThat(Paths.at(spec(external), "policyTypes")).contains(ListNode.ofTexts(List.of("Egress")));
    assertThat(Paths.at(spec(external), "ingress")).isEmpty();

    PlatformProfile noNfs = profile(p -> p.withNfs(new NetworkPolicyProfile.Nfs(List.empty(), 2049)));
    assertThat(Docs.configure(with(own(), "spec.networkPolicies.enableNFS", Node.bool(true)), noNfs,
        Docs.PROMISE).getLeft().problems().map(Problems::render)).containsExactly(
        "spec.networkPolicies.enableNFS: this platform defines no NFS servers "
            + "(the profile's networkPolicies.nfs.cidrs is empty) (got true)");
  }

  @Test
  void everyProblemOfTheExtraEgressListAtOnce() {
    MapNode doc = with(with(own(), "spec.networkPolicies.enableNFS", "true"), "spec.networkPolicies.extraEgress", list(
        egress("a-name-that-is-much-too-long-for-a-policy-label-value", "10.0.0.0/8", 443),
        egress("db", "10.0.3.0/24", 5432),
        egress("db", "10.0.4.0/24", 5432),
        egress("nfs", "10.0.5.0/24", 2049),
        egress("kube-api", "10.0.6.0/24", 443), // allow-kube-api-egress: no clash with allow-kube-api
        egress("v6", "fd00::/129", 443),
        egress("bare", "10.0.3.1", 443),
        MapNode.of("name", Node.text("str")).with("cidr", "10.0.3.0/24").with("port", "5432"),
        egress("zero", "10.0.3.0/24", 0),
        egress("sctp", "10.0.3.0/24", 9).with("protocol", "SCTP"),
        egress("lower", "10.0.3.0/24", 9).with("protocol", "tcp"),
        egress("mapped", "::ffff:10.0.0.0/104", 9),
        MapNode.of("cidr", Node.text("10.0.3.0/24")),
        Node.text("not a map")));
    assertThat(Docs.problems(doc)).containsExactlyInAnyOrder(
        "spec.networkPolicies.enableNFS: must be a boolean (got \"true\")",
        "spec.networkPolicies.extraEgress[0].name: must be at most 50 characters long "
            + "(got \"a-name-that-is-much-too-long-for-a-policy-label-value\")",
        "spec.networkPolicies.extraEgress[2].name: duplicate of spec.networkPolicies.extraEgress[1].name (got \"db\")",
        "spec.networkPolicies.extraEgress[3].name: 'nfs' is reserved for allow-nfs-egress "
            + "(set spec.networkPolicies.enableNFS instead) (got \"nfs\")",
        "spec.networkPolicies.extraEgress[5].cidr: cannot parse 'fd00::/129': prefix length 129 is out of range 0-128",
        "spec.networkPolicies.extraEgress[6].cidr: must be a CIDR block <address>/<prefix length>; a single host "
            + "must include a prefix length, e.g. 10.0.3.1/32 (got \"10.0.3.1\")",
        "spec.networkPolicies.extraEgress[7].port: must be an integer (got \"5432\")",
        "spec.networkPolicies.extraEgress[8].port: must be between 1 and 65535 (got 0)",
        "spec.networkPolicies.extraEgress[9].protocol: must be one of TCP, UDP (got \"SCTP\")",
        "spec.networkPolicies.extraEgress[10].protocol: must be one of TCP, UDP (got \"tcp\")",
        "spec.networkPolicies.extraEgress[11].cidr: cannot parse '::ffff:10.0.0.0/104': an IPv4-mapped or dotted "
            + "IPv6 address; write the IPv4 address or block",
        "spec.networkPolicies.extraEgress[12].name: is required",
        "spec.networkPolicies.extraEgress[12].port: is required",
        "spec.networkPolicies.extraEgress[13]: must be a map (got \"not a map\")");
  }

  @Test
  void everyValidFieldOfAnEntryIsCheckedAcrossEntriesEvenWhenAnotherFieldIsBroken() {
    MapNode doc = with(own(), "spec.networkPolicies.extraEgress", list(
        MapNode.of("name", Node.text("nfs")).with("cidr", "10.0.0.0/8"),
        egress("a", "10.0.0.0/8", 443),
        egress("a", "10.0.0.0/33", 65536),
        egress("b", "fd00::/129", 1).with("protocol", "SCTP")));
    assertThat(Docs.problems(doc)).containsExactlyInAnyOrder(
        "spec.networkPolicies.extraEgress[0].port: is required",
        "spec.networkPolicies.extraEgress[0].name: 'nfs' is reserved for allow-nfs-egress "
            + "(set spec.networkPolicies.enableNFS instead) (got \"nfs\")",
        "spec.networkPolicies.extraEgress[2].port: must be between 1 and 65535 (got 65536)",
        "spec.networkPolicies.extraEgress[2].name: duplicate of spec.networkPolicies.extraEgress[1].name (got \"a\")",
        "spec.networkPolicies.extraEgress[2].cidr: cannot parse '10.0.0.0/33': prefix length 33 is out of range 0-32",
        "spec.networkPolicies.extraEgress[3].protocol: must be one of TCP, UDP (got \"SCTP\")",
        "spec.networkPolicies.extraEgress[3].cidr: cannot parse 'fd00::/129': prefix length 129 is out of range 0-128");
  }

  @Test
  void anInvalidTargetNamespaceIsItsOwnProblemWithoutTheSharedNamespaceWarning() {
    Rejection rejection = Docs.configure(with(minimal(), "spec.targetNamespace", "Bad_NS"),
        IntegratnProfile.PROFILE, Docs.PROMISE).getLeft();
    assertThat(rejection.problems().map(Problems::render)).singleElement().asString()
        .startsWith("spec.targetNamespace: must be a DNS-1123 label");
    assertThat(rejection.warnings()).isEmpty();
  }

  @Test
  void aDeleteOfARequestThatNoLongerValidatesStillListsItsValidEgressPoliciesAndNamesTheRest() {
    MapNode doc = with(with(with(own(), "spec.networkPolicies.enableNFS", Node.bool(true)), "spec.exposure.apiPort", 0),
        "spec.networkPolicies.extraEgress", list(
            egress("a-name-of-fifty-three-characters-as-upstream-allowed", "10.0.0.0/8", 443),
            egress("ok", "10.0.3.0/24", 5432),
            egress("ok", "10.0.4.0/24", 5432),
            egress("nfs", "10.0.5.0/24", 2049)));
    Deletion d = OrchestratorPromise.INSTANCE.delete(doc, IntegratnProfile.PROFILE, Docs.PROMISE);
    assertThat(d.fromName()).isTrue();
    assertThat(d.files().last().objects().map(o -> o.metadata().name()).drop(7))
        .containsExactly("allow-nfs-egress", "allow-ok-egress");
    assertThat(d.notListed().map(tech.integratn.vcluster.domain.contract.Problems::render)).containsExactly(
        "spec.networkPolicies.extraEgress[0].name: must be at most 50 characters long "
            + "(got \"a-name-of-fifty-three-characters-as-upstream-allowed\")",
        "spec.networkPolicies.extraEgress[2].name: duplicate of spec.networkPolicies.extraEgress[1].name (got \"ok\")",
        "spec.networkPolicies.extraEgress[3].name: 'nfs' is reserved for allow-nfs-egress "
            + "(set spec.networkPolicies.enableNFS instead) (got \"nfs\")");
  }

  @Test
  void aProfilePolicyNamedLikeAnEgressRuleIsAClash() {
    PlatformProfile clash = profile(p -> p.withExtraPolicies(List.of(new NetworkPolicyProfile.ExtraPolicy(
        "cilium.io/v2", "CiliumNetworkPolicy", "allow-db-egress", MapNode.of("endpointSelector", MapNode.empty())))));
    assertThat(Docs.configure(with(own(), "spec.networkPolicies.extraEgress", list(
        egress("db", "10.0.3.0/24", 5432))), clash, Docs.PROMISE).getLeft().problems().map(Problems::render))
        .containsExactly("spec.networkPolicies.extraEgress[0].name: allow-db-egress is the name of a policy of the "
            + "platform profile; choose another name (got \"db\")");
  }

  @Test
  void atMost32RulesAndUnknownEntryFieldsAreWarnings() {
    java.util.List<Node> rules = new java.util.ArrayList<>();
    for (int i = 0; i < 33; i++) {
      rules.add(egress("r" + i, "10.0." + i + ".0/24", 443));
    }
    assertThat(Docs.problems(with(own(), "spec.networkPolicies.extraEgress",
        new ListNode(io.vavr.collection.Vector.ofAll(rules))))).containsExactly(
        "spec.networkPolicies.extraEgress: must have at most 32 entries (got 33 entries)");
    Rendered r = Docs.render(with(own(), "spec.networkPolicies.extraEgress",
        list(egress("db", "10.0.3.0/24", 5432).with("ports", "5432"))));
    assertThat(r.warnings().map(Problems::render)).containsExactly("spec.networkPolicies.extraEgress[0].ports: "
        + "unknown field, ignored (did you mean spec.networkPolicies.extraEgress[0].port?)");
  }

  @Test
  void deleteListsEveryPolicyThatGoesAway() {
    Deletion d = OrchestratorPromise.INSTANCE.delete(with(own(), "spec.networkPolicies.enableNFS", Node.bool(true)),
        IntegratnProfile.PROFILE, Docs.PROMISE);
    assertThat(d.files().last().path()).isEqualTo(FILE);
    assertThat(d.files().last().objects()).hasSize(8);
  }

  private static MapNode nsSel(String name) {
    return MapNode.of("namespaceSelector",
        MapNode.of("matchLabels", MapNode.of("kubernetes.io/metadata.name", Node.text(name))));
  }

  private static MapNode ipBlock(String cidr) {
    return MapNode.of("ipBlock", MapNode.of("cidr", Node.text(cidr)));
  }

  private static MapNode port(String protocol, int port) {
    return MapNode.of("protocol", Node.text(protocol)).with("port", Node.integer(port));
  }
}
