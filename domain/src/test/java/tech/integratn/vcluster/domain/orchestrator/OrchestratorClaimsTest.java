package tech.integratn.vcluster.domain.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.Docs.minimal;
import static tech.integratn.vcluster.domain.Docs.with;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.Docs;
import tech.integratn.vcluster.domain.conflicts.Claim;
import tech.integratn.vcluster.domain.conflicts.Origin;
import tech.integratn.vcluster.domain.conflicts.RequestClaims;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * What a vcluster claims in a repository (spec 12.1): the hostnames, VIPs and target namespace of its
 * final chart values, each with the request field it comes from.
 */
class OrchestratorClaimsTest {

  private static RequestClaims claims(MapNode document) {
    Rendering<ClusterPlan> rendering =
        OrchestratorPromise.INSTANCE.configure(document, IntegratnProfile.PROFILE, Docs.PROMISE).get();
    return OrchestratorPromise.INSTANCE.claims(document, rendering, IntegratnProfile.PROFILE);
  }

  private static MapNode overriding(MapNode document, String section, MapNode values) {
    return with(document, "spec.vcluster.helmOverrides",
        MapNode.of("controlPlane", MapNode.of("service", MapNode.of(section, values))));
  }

  @Test
  void defaultsAreClaimedFromTheFieldsTheyDeriveFrom() {
    RequestClaims c = claims(with(minimal(), "spec.exposure.subnet", "10.0.4.0/24"));
    assertThat(c.hostnames()).containsExactly(new Claim("demo.integratn.tech", new Origin("spec.name", "demo")));
    // the engine writes the VIP to the profile's annotation and to the deprecated spec.loadBalancerIP
    assertThat(c.vips()).containsExactly(new Claim("10.0.4.200", new Origin("spec.exposure.subnet", "10.0.4.0/24")),
        new Claim("10.0.4.200", new Origin("spec.exposure.subnet", "10.0.4.0/24")));
    assertThat(c.targetNamespace())
        .isEqualTo(Option.some(new Claim("platform-requests", new Origin("metadata.namespace", "platform-requests"))));
  }

  @Test
  void givenValuesAreClaimedFromTheirOwnFields() {
    MapNode doc = with(with(with(with(minimal(), "spec.exposure.subnet", "10.0.4.0/24"), "spec.exposure.vip", "10.0.4.7"),
        "spec.exposure.hostname", "api.demo.example"), "spec.targetNamespace", "vc-demo");
    RequestClaims c = claims(doc);
    assertThat(c.hostnames()).containsExactly(
        new Claim("api.demo.example", new Origin("spec.exposure.hostname", "api.demo.example")));
    assertThat(c.vips()).containsExactly(new Claim("10.0.4.7", new Origin("spec.exposure.vip", "10.0.4.7")),
        new Claim("10.0.4.7", new Origin("spec.exposure.vip", "10.0.4.7")));
    assertThat(c.targetNamespace()).isEqualTo(Option.some(new Claim("vc-demo", new Origin("spec.targetNamespace", "vc-demo"))));
  }

  @Test
  void everyItemOfAnOverriddenListIsClaimedFromTheOverride() {
    MapNode doc = overriding(with(minimal(), "spec.exposure.subnet", "10.0.4.0/24"), "annotations",
        MapNode.of("external-dns.alpha.kubernetes.io/hostname", Node.text(" a.example, ,b.example "))
            .with("metallb.universe.tf/loadBalancerIPs", "10.0.4.8,10.0.4.9"));
    RequestClaims c = claims(doc);
    String annotations = "spec.vcluster.helmOverrides.controlPlane.service.annotations";
    assertThat(c.hostnames()).containsExactly(
        new Claim("a.example", new Origin(annotations + "[\"external-dns.alpha.kubernetes.io/hostname\"]", "a.example")),
        new Claim("b.example", new Origin(annotations + "[\"external-dns.alpha.kubernetes.io/hostname\"]", "b.example")));
    assertThat(c.vips()).containsExactly(
        new Claim("10.0.4.8", new Origin(annotations + "[\"metallb.universe.tf/loadBalancerIPs\"]", "10.0.4.8")),
        new Claim("10.0.4.9", new Origin(annotations + "[\"metallb.universe.tf/loadBalancerIPs\"]", "10.0.4.9")),
        new Claim("10.0.4.200", new Origin("spec.exposure.subnet", "10.0.4.0/24")));
  }

  @Test
  void theDeprecatedLoadBalancerIpIsClaimedAfterTheAnnotationsAddresses() {
    MapNode doc = overriding(with(minimal(), "spec.exposure.subnet", "10.0.4.0/24"), "spec",
        MapNode.of("loadBalancerIP", Node.text(" 10.0.4.99 ")));
    assertThat(claims(doc).vips()).containsExactly(
        new Claim("10.0.4.200", new Origin("spec.exposure.subnet", "10.0.4.0/24")),
        new Claim("10.0.4.99", new Origin("spec.vcluster.helmOverrides.controlPlane.service.spec.loadBalancerIP", "10.0.4.99")));
  }

  @Test
  void aVipTheEngineWroteWithoutSubnetNamesTheVipField() {
    MapNode doc = overriding(minimal(), "spec", MapNode.of("loadBalancerIP", Node.text("10.0.9.1")));
    assertThat(claims(doc).vips()).containsExactly(
        new Claim("10.0.9.1", new Origin("spec.vcluster.helmOverrides.controlPlane.service.spec.loadBalancerIP", "10.0.9.1")));
  }
}
