package tech.integratn.vcluster.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** A second organisation's profile is read over the embedded one. */
class ProfileDecoderTest {

  @Test
  void onlyTheGivenKeysChange() {
    MapNode doc = MapNode.of("name", Node.text("acme"))
        .with("vipOffset", Node.integer(100))
        .with("baseDomain", "acme.example")
        .with("presets", MapNode.of("dev", MapNode.of("replicas", Node.integer(2)).with("memoryLimit", "3Gi")))
        .with("loadBalancerIpAnnotation", "lbipam.cilium.io/ips")
        .with("onInvalidRequest", "suspend");
    PlatformProfile p = ProfileDecoder.decode(doc, IntegratnProfile.PROFILE).get();
    assertThat(p.name()).isEqualTo("acme");
    assertThat(p.vipOffset()).isEqualTo(100);
    assertThat(p.baseDomain()).isEqualTo("acme.example");
    assertThat(p.dev().replicas()).isEqualTo(2);
    assertThat(p.dev().memoryLimit()).isEqualTo("3Gi");
    assertThat(p.dev().cpuRequest()).isEqualTo("200m");
    assertThat(p.prod()).isEqualTo(IntegratnProfile.PROFILE.prod());
    assertThat(p.loadBalancerIpAnnotation()).isEqualTo("lbipam.cilium.io/ips");
    assertThat(p.onInvalidRequest()).isEqualTo(InvalidRequestPolicy.SUSPEND);
    assertThat(p.chartVersion()).isEqualTo("0.30.4");
  }

  @Test
  void everyProblemIsReported() {
    MapNode doc = MapNode.of("vipOffset", Node.text("200"))
        .with("colour", "blue")
        .with("onInvalidRequest", "explode")
        .with("kubernetesVersions", MapNode.of("1.30", Node.integer(1)));
    assertThat(ProfileDecoder.decode(doc, IntegratnProfile.PROFILE).getLeft().map(ProfileProblems::render)).containsExactlyInAnyOrder(
        "profile: colour: unknown key",
        "profile: vipOffset: must be a positive integer (got \"200\")",
        "profile: kubernetesVersions: must be a map of strings (got a map)",
        "profile: onInvalidRequest: must be fail or suspend (got explode)");
    assertThat(ProfileDecoder.decode(Node.text("x"), IntegratnProfile.PROFILE).getLeft().map(ProfileProblems::render))
        .containsExactly("profile: must be a map (got \"x\")");
  }

  @Test
  void theDefaultVersionMustBeInTheTable() {
    MapNode doc = MapNode.of("kubernetesVersions", MapNode.of("1.30", Node.text("v1.30.9")));
    assertThat(ProfileDecoder.decode(doc, IntegratnProfile.PROFILE).getLeft().map(ProfileProblems::render)).containsExactly(
        "profile: defaultKubernetesVersion: must be a key of kubernetesVersions (got v1.34.3)");
  }

  @Test
  void theDeleteCleanUpIsOnByDefaultAndTheProfileCanTurnItOffOrReplaceTheSelector() {
    assertThat(IntegratnProfile.PROFILE.deleteCleanupEnabled()).isTrue();
    assertThat(IntegratnProfile.PROFILE.deleteCleanupPersistentVolumeSelector()).isEmpty();
    PlatformProfile p = ProfileDecoder.decode(MapNode.of("deleteCleanup", MapNode.of("enabled", Node.bool(false))
        .with("persistentVolumeSelector", "acme/owner={targetNamespace}.{name}")), IntegratnProfile.PROFILE).get();
    assertThat(p.deleteCleanupEnabled()).isFalse();
    assertThat(p.deleteCleanupPersistentVolumeSelector()).contains("acme/owner={targetNamespace}.{name}");
  }

  @Test
  void aDeleteCleanUpSectionMustBeExactAndItsSelectorNotEmpty() {
    MapNode doc = MapNode.of("deleteCleanup", MapNode.of("enabled", Node.text("no"))
        .with("persistentVolumeSelector", " ").with("namespaces", Node.bool(true)));
    assertThat(ProfileDecoder.decode(doc, IntegratnProfile.PROFILE).getLeft().map(ProfileProblems::render)).containsExactlyInAnyOrder(
        "profile: deleteCleanup.namespaces: unknown key",
        "profile: deleteCleanup.enabled: must be a boolean (got \"no\")",
        "profile: deleteCleanup.persistentVolumeSelector: must be a non-empty label selector, an empty one would "
            + "select every PersistentVolume (got \" \")");
    assertThat(ProfileDecoder.decode(MapNode.of("deleteCleanup", Node.text("off")), IntegratnProfile.PROFILE)
        .getLeft().map(ProfileProblems::render)).containsExactly("profile: deleteCleanup: must be a map (got \"off\")");
  }
}
