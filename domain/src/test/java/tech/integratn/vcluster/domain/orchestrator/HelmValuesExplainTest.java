package tech.integratn.vcluster.domain.orchestrator;

import tech.integratn.vcluster.domain.contract.Provenance;
import tech.integratn.vcluster.domain.contract.ProvenanceStep;
import tech.integratn.vcluster.domain.contract.ExplainedValue;
import tech.integratn.vcluster.domain.contract.ExplainTexts;
import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.Docs.annotated;
import static tech.integratn.vcluster.domain.Docs.minimal;
import static tech.integratn.vcluster.domain.Docs.render;
import static tech.integratn.vcluster.domain.Docs.with;

import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.profile.PresetName;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** Spec 12.3: each kind of provenance, chains, and the text of a line. */
class HelmValuesExplainTest {

  static Seq<ExplainedValue> explain(MapNode doc) {
    return HelmValues.explain(render(doc).plan());
  }

  /** The one explained value at the path (as {@code ObjectPath} writes it). */
  static ExplainedValue at(MapNode doc, String path) {
    Seq<ExplainedValue> found = explain(doc).filter(v -> v.path().text().equals(path));
    assertThat(found).as(path).hasSize(1);
    return found.head();
  }

  static Seq<Provenance> sources(ExplainedValue value) {
    return value.chain().map(ProvenanceStep::source);
  }

  static final String REPLICAS = "controlPlane.statefulSet.highAvailability.replicas";
  static final String LIMITS_MEMORY = "controlPlane.statefulSet.resources.limits.memory";

  @Test
  void aRequestFieldIsNamedByItsPath() {
    ExplainedValue replicas = at(with(minimal(), "spec.vcluster.replicas", 2), REPLICAS);
    assertThat(replicas.value()).isEqualTo(Node.integer(2));
    assertThat(sources(replicas)).containsExactly(new Provenance.Request("spec.vcluster.replicas"));
    assertThat(ExplainTexts.line(replicas))
        .isEqualTo("controlPlane.statefulSet.highAvailability.replicas: 2  (request spec.vcluster.replicas)");
  }

  @Test
  void aPresetValueNamesThePreset() {
    MapNode prod = with(minimal(), "spec.vcluster.preset", "prod");
    ExplainedValue replicas = at(prod, REPLICAS);
    assertThat(replicas.value()).isEqualTo(Node.integer(3));
    assertThat(sources(replicas)).containsExactly(new Provenance.Preset(PresetName.PROD));
    assertThat(ExplainTexts.line(at(minimal(), LIMITS_MEMORY)))
        .isEqualTo("controlPlane.statefulSet.resources.limits.memory: 1Gi  (preset dev)");
    // an explicit field wins over the preset, one field at a time
    ExplainedValue memory = at(with(prod, "spec.vcluster.resources.limits.memory", "5Gi"), LIMITS_MEMORY);
    assertThat(sources(memory)).containsExactly(new Provenance.Request("spec.vcluster.resources.limits.memory"));
  }

  @Test
  void aProfileValueNamesItsKey() {
    ExplainedValue sync = at(minimal(), "sync.toHost.networkPolicies.enabled");
    assertThat(ExplainTexts.line(sync)).isEqualTo("sync.toHost.networkPolicies.enabled: true  (profile networkPolicies.syncToHost)");
    ExplainedValue store = at(minimal(),
        "integrations.externalSecrets.sync.fromHost.clusterStores.selector.matchLabels[\"integratn.tech/cluster-secret-store\"]");
    assertThat(store.value()).isEqualTo(Node.text("onepassword-store"));
    assertThat(sources(store)).containsExactly(new Provenance.Profile("clusterStoreSelectorLabels"));
    assertThat(sources(at(minimal(), "controlPlane.distro.k8s.image.tag")))
        .containsExactly(new Provenance.Profile("defaultKubernetesVersion"));
  }

  @Test
  void aDerivedValueNamesItsRule() {
    MapNode subnet = with(minimal(), "spec.exposure.subnet", "10.0.4.0/24");
    assertThat(ExplainTexts.line(at(subnet, "controlPlane.service.spec.loadBalancerIP")))
        .isEqualTo("controlPlane.service.spec.loadBalancerIP: 10.0.4.200  (derived (section 3: VIP = network + vipOffset))");
    assertThat(ExplainTexts.line(at(subnet, "controlPlane.service.annotations[\"metallb.universe.tf/loadBalancerIPs\"]")))
        .endsWith(": 10.0.4.200  (derived (section 3: VIP = network + vipOffset))");
    // the same VIP given in the request is the request's
    MapNode given = with(subnet, "spec.exposure.vip", "10.0.4.201");
    assertThat(sources(at(given, "controlPlane.service.spec.loadBalancerIP")))
        .containsExactly(new Provenance.Request("spec.exposure.vip"));
    ExplainedValue hostname = at(annotated(minimal(), "platform.integratn.tech/base-domain", "example.org"),
        "controlPlane.service.annotations[\"external-dns.alpha.kubernetes.io/hostname\"]");
    assertThat(hostname.value()).isEqualTo(Node.text("demo.example.org"));
    assertThat(ExplainTexts.chain(hostname.chain())).isEqualTo("derived (section 1: hostname = <name>.<baseDomain>)");
    assertThat(ExplainTexts.line(at(with(minimal(), "spec.vcluster.k8sVersion", "1.32"), "controlPlane.distro.k8s.image.tag")))
        .isEqualTo("controlPlane.distro.k8s.image.tag: v1.32.11"
            + "  (derived (section 5: spec.vcluster.k8sVersion 1.32 through the profile's kubernetesVersions))");
  }

  @Test
  void aFixedValueOfTheContractSaysSo() {
    assertThat(ExplainTexts.line(at(minimal(), "telemetry.enabled"))).isEqualTo("telemetry.enabled: false  (contract (section 5))");
  }

  @Test
  void anOverriddenValueShowsTheChain() {
    MapNode doc = with(with(minimal(), "spec.vcluster.preset", "prod"),
        "spec.vcluster.helmOverrides.controlPlane.statefulSet.resources.limits.memory", "3Gi");
    ExplainedValue memory = at(doc, LIMITS_MEMORY);
    assertThat(memory.value()).isEqualTo(Node.text("3Gi"));
    assertThat(memory.chain()).containsExactly(
        new ProvenanceStep(new Provenance.Preset(PresetName.PROD), Node.text("2Gi")),
        new ProvenanceStep(Provenance.HELM_OVERRIDES, Node.text("3Gi")));
    assertThat(ExplainTexts.line(memory))
        .isEqualTo("controlPlane.statefulSet.resources.limits.memory: 3Gi  (preset prod: 2Gi -> helmOverrides: 3Gi)");
    // the value next to it is untouched (a string that reads as a number is quoted, as in a diff)
    assertThat(ExplainTexts.line(at(doc, "controlPlane.statefulSet.resources.limits.cpu")))
        .isEqualTo("controlPlane.statefulSet.resources.limits.cpu: \"2\"  (preset prod)");
  }

  @Test
  void theRequestsExportIsMergedOverTheDerivedServerWithAChain() {
    MapNode doc = with(with(minimal(), "spec.vcluster.exportKubeConfig.server", Node.text("https://api.example.org")),
        "spec.vcluster.exportKubeConfig.context", Node.text("mine"));
    assertThat(ExplainTexts.line(at(doc, "exportKubeConfig.server"))).isEqualTo("exportKubeConfig.server: "
        + "https://api.example.org  (derived (section 2: externalServerURL = https://<hostname>:<apiPort>): "
        + "https://demo.integratn.tech:443 -> request spec.vcluster.exportKubeConfig: https://api.example.org)");
    assertThat(ExplainTexts.line(at(doc, "exportKubeConfig.context")))
        .isEqualTo("exportKubeConfig.context: mine  (request spec.vcluster.exportKubeConfig)");
  }

  @Test
  void anOverrideThatReplacesAMapOrAScalarReplacesTheirProvenanceToo() {
    MapNode doc = with(with(minimal(), "spec.vcluster.helmOverrides.controlPlane.service.annotations", Node.text("none")),
        "spec.vcluster.helmOverrides.logging.encoding.format", Node.text("console"));
    Seq<ExplainedValue> values = explain(doc);
    assertThat(values.filter(v -> v.path().text().startsWith("controlPlane.service.annotations")).map(ExplainTexts::line))
        .containsExactly("controlPlane.service.annotations: none  (helmOverrides)");
    assertThat(values.filter(v -> v.path().text().startsWith("logging")).map(ExplainTexts::line))
        .containsExactly("logging.encoding.format: console  (helmOverrides)");
  }

  @Test
  void aListIsOneValue() {
    ExplainedValue ports = at(with(minimal(), "spec.exposure.apiPort", 6443), "controlPlane.service.spec.ports");
    assertThat(ports.value()).isInstanceOf(ListNode.class);
    assertThat(((ListNode) ports.value()).items()).hasSize(2);
    assertThat(ExplainTexts.chain(ports.chain()))
        .isEqualTo("derived (section 5: https <apiPort> -> 8443, and https-internal 443 when apiPort is not 443)");
  }
}
