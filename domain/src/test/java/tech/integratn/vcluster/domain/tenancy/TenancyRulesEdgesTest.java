package tech.integratn.vcluster.domain.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.Docs.minimal;
import static tech.integratn.vcluster.domain.Docs.with;
import static tech.integratn.vcluster.domain.tenancy.TenancyRulesTest.UNTRUSTED;
import static tech.integratn.vcluster.domain.tenancy.TenancyRulesTest.problems;
import static tech.integratn.vcluster.domain.tenancy.TenancyRulesTest.tenant;
import static tech.integratn.vcluster.domain.tenancy.TenancyRulesTest.untrusted;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.network.Cidr;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** Spec 10.2's limits at their edges: several address pools, the ClusterRole name at 63 characters, a selector's text. */
class TenancyRulesEdgesTest {

  @Test
  void anAddressInsideAnyOfSeveralPoolsIsAccepted() {
    PlatformProfile pooled = untrusted(t -> t.withAddressPools(List.of(Cidr.parse("10.20.0.0/16").get(),
        Cidr.parse("10.30.0.0/16").get())));
    assertThat(problems(with(tenant(), "spec.exposure.subnet", "10.20.4.0/24"), pooled)).isEmpty();
    assertThat(problems(with(tenant(), "spec.exposure.subnet", "10.30.4.0/24"), pooled)).isEmpty();
    assertThat(problems(with(tenant(), "spec.exposure.vip", "10.20.0.5"), pooled)).isEmpty();
    assertThat(problems(with(tenant(), "spec.exposure.vip", "10.30.0.5"), pooled)).isEmpty();
    assertThat(problems(with(tenant(), "spec.exposure.vip", "10.40.0.5"), pooled)).singleElement().asString()
        .startsWith("spec.exposure.vip: must lie inside one of the platform's address pools [10.20.0.0/16, 10.30.0.0/16]");
  }

  @Test
  void theChartsClusterRoleNameMayHaveExactly63Characters() {
    PlatformProfile star = untrusted(t -> t.withTargetNamespacePattern("t-{name}-*"));
    String fits = "t-demo-" + "x".repeat(46);
    assertThat(("vc-demo-v-" + fits).length()).isEqualTo(63);
    assertThat(problems(with(minimal(), "spec.targetNamespace", fits), star)).isEmpty();
    assertThat(problems(with(minimal(), "spec.targetNamespace", fits + "x"), star)).containsExactly(
        "spec.targetNamespace: is too long: the chart's ClusterRole vc-demo-v-" + fits + "x would have 64 characters and"
            + " be cut to 63 (tenancy.untrustedRequests) (got \"" + fits + "x\")");
  }

  @Test
  void aForeignSelectorIsShownWithEveryLabel() {
    MapNode other = MapNode.of("store", Node.text("mine")).with("team", "a");
    assertThat(problems(with(tenant(), "spec.integrations.externalSecrets.clusterStoreSelectorLabels", other), UNTRUSTED))
        .singleElement().asString().endsWith(" (tenancy.untrustedRequests) (got {store: mine, team: a})");
    assertThat(problems(with(tenant(), "spec.integrations.externalSecrets.clusterStoreSelectorLabels", other), UNTRUSTED))
        .singleElement().asString().contains("must be absent or the platform's own selector {");
  }
}
