package tech.integratn.vcluster.domain.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.Docs.minimal;
import static tech.integratn.vcluster.domain.Docs.render;
import static tech.integratn.vcluster.domain.Docs.with;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/** The chart values of spec section 5. */
class HelmValuesTest {

  static MapNode values(MapNode doc) {
    return render(doc).resources().application().spec().valuesObject();
  }

  static Option<Node> at(MapNode values, String path) {
    return Paths.at(values, path.split("\\."));
  }

  @Test
  void kubernetesVersionIsTheImageTagNotTheDeprecatedVersionKey() {
    MapNode v = values(with(minimal(), "spec.vcluster.k8sVersion", "1.32"));
    assertThat(at(v, "controlPlane.distro.k8s.image.tag")).contains(Node.text("v1.32.11"));
    assertThat(at(v, "controlPlane.distro.k8s.enabled")).contains(Node.bool(true));
    assertThat(at(v, "controlPlane.distro.k8s.version")).isEmpty();
  }

  @Test
  void noPodDisruptionBudgetIsRendered() {
    assertThat(at(values(minimal()), "controlPlane.advanced")).isEmpty();
  }

  @Test
  void theVipIsRequestedAsLoadBalancerIpAndThroughTheProfileAnnotation() {
    MapNode v = values(with(minimal(), "spec.exposure.subnet", "10.0.4.0/24"));
    assertThat(at(v, "controlPlane.service.spec.loadBalancerIP")).contains(Node.text("10.0.4.200"));
    MapNode annotations = (MapNode) at(v, "controlPlane.service.annotations").get();
    assertThat(annotations.get("metallb.universe.tf/loadBalancerIPs")).contains(Node.text("10.0.4.200"));
    assertThat(annotations.get("external-dns.alpha.kubernetes.io/hostname")).contains(Node.text("demo.integratn.tech"));
    assertThat(at(values(minimal()), "controlPlane.service.spec.loadBalancerIP")).isEmpty();
  }

  @Test
  void aNonStandardApiPortAddsAnInternalPort() {
    ListNode ports = (ListNode) at(values(with(minimal(), "spec.exposure.apiPort", 6443)), "controlPlane.service.spec.ports").get();
    assertThat(ports.items()).hasSize(2);
    assertThat(Paths.at(ports.items().get(0), "port")).contains(Node.integer(6443));
    assertThat(Paths.at(ports.items().get(1), "name")).contains(Node.text("https-internal"));
    assertThat(Paths.at(ports.items().get(1), "port")).contains(Node.integer(443));
    ListNode standard = (ListNode) at(values(minimal()), "controlPlane.service.spec.ports").get();
    assertThat(standard.items()).hasSize(1);
  }

  @Test
  void strictIsolationSwitchesTheChartPoliciesOn() {
    MapNode strict = values(with(minimal(), "spec.vcluster.isolationMode", "strict"));
    assertThat(at(strict, "policies.resourceQuota.enabled")).contains(Node.bool(true));
    assertThat(at(strict, "policies.limitRange.enabled")).contains(Node.bool(true));
    assertThat(at(strict, "policies.networkPolicy.enabled")).contains(Node.bool(true));
    assertThat(at(values(minimal()), "policies")).isEmpty();
  }

  @Test
  void storageClassOnlyWhenSetAndBackingStorePassedThrough() {
    MapNode v = values(with(with(minimal(), "spec.vcluster.persistence.storageClass", "fast"),
        "spec.vcluster.backingStore.etcd.embedded.enabled", Node.bool(true)));
    assertThat(at(v, "controlPlane.statefulSet.persistence.volumeClaim.storageClass")).contains(Node.text("fast"));
    assertThat(at(v, "controlPlane.backingStore.etcd.embedded.enabled")).contains(Node.bool(true));
    assertThat(at(values(minimal()), "controlPlane.statefulSet.persistence.volumeClaim.storageClass")).isEmpty();
    assertThat(at(values(minimal()), "controlPlane.backingStore")).isEmpty();
  }

  @Test
  void helmOverridesAreMergedLastAndWin() {
    MapNode v = values(with(with(minimal(), "spec.vcluster.helmOverrides.controlPlane.ingress.enabled", Node.bool(true)),
        "spec.vcluster.helmOverrides.controlPlane.statefulSet.resources.limits.cpu", "3"));
    assertThat(at(v, "controlPlane.ingress.enabled")).contains(Node.bool(true));
    assertThat(at(v, "controlPlane.statefulSet.resources.limits.cpu")).contains(Node.text("3"));
    assertThat(at(v, "controlPlane.statefulSet.resources.limits.memory")).contains(Node.text("1Gi"));
  }

  @Test
  void everySectionOfTheContractIsPresent() {
    MapNode v = values(minimal());
    assertThat(v.keys()).containsExactly("controlPlane", "deploy", "integrations", "telemetry", "logging", "networking",
        "sync", "rbac", "exportKubeConfig");
    assertThat(((MapNode) v.get("controlPlane").get()).keys()).containsExactly(
        "distro", "serviceMonitor", "statefulSet", "coredns", "ingress", "service", "proxy");
    assertThat(at(v, "controlPlane.statefulSet.scheduling.priorityClassName")).contains(Node.text("system-cluster-critical"));
    assertThat(at(v, "controlPlane.statefulSet.image.repository")).contains(Node.text("loft-sh/vcluster-oss"));
    assertThat(at(v, "controlPlane.serviceMonitor.labels.environment")).contains(Node.text("development"));
    assertThat(at(v, "deploy.metallb.enabled")).contains(Node.bool(true));
    assertThat(at(v, "telemetry.enabled")).contains(Node.bool(false));
    assertThat(at(v, "logging.encoding")).contains(Node.text("json"));
    assertThat(at(v, "integrations.metricsServer.enabled")).contains(Node.bool(true));
    assertThat(at(v, "integrations.externalSecrets.sync.fromHost.clusterStores.selector.matchLabels"))
        .contains(MapNode.of("integratn.tech/cluster-secret-store", Node.text("onepassword-store")));
    assertThat(at(v, "integrations.certManager.sync.fromHost.clusterIssuers.selector.labels"))
        .contains(MapNode.of("integratn.tech/cluster-issuer", Node.text("letsencrypt-prod")));
    assertThat(at(v, "sync.fromHost.secrets.mappings.byName")).contains(MapNode.of(
        "external-secrets/eso-onepassword-token", Node.text("external-secrets/eso-onepassword-token")));
    assertThat(at(v, "exportKubeConfig.server")).contains(Node.text("https://demo.integratn.tech:443"));
    // the chart's Corefile as spec section 5 words it, written out here rather than asked of Corefiles
    assertThat(at(v, "controlPlane.coredns.overwriteConfig")).contains(Node.text(String.join("\n",
        ".:1053 {",
        "  errors",
        "  health",
        "  ready",
        "  kubernetes cluster.local in-addr.arpa ip6.arpa {",
        "    pods insecure",
        "    fallthrough in-addr.arpa ip6.arpa",
        "    ttl 30",
        "  }",
        "  prometheus 0.0.0.0:9153",
        "  forward . /etc/resolv.conf",
        "  cache 30",
        "  loop",
        "  reload",
        "  loadbalance",
        "}",
        "")));
  }

  @Test
  void clusterDomainReachesBothCorefilesAndTheNetworkingSection() {
    MapNode doc = with(minimal(), "spec.vcluster.networking.clusterDomain", "media.internal");
    MapNode v = values(doc);
    assertThat(at(v, "networking.advanced.clusterDomain")).contains(Node.text("media.internal"));
    assertThat(((Node.Text) at(v, "controlPlane.coredns.overwriteConfig").get()).value())
        .contains("kubernetes media.internal in-addr.arpa ip6.arpa {\n    pods insecure");
    assertThat(render(doc).resources().coredns().data().get("Corefile").get())
        .contains("kubernetes media.internal in-addr.arpa ip6.arpa");
  }
}
