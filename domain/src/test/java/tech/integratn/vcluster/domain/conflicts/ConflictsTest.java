package tech.integratn.vcluster.domain.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** Planted conflicts of each kind (spec 12.1), a clean repository, and the exact lines. */
class ConflictsTest {

  /** What the orchestrator would render for a vcluster {@code name} (objects as the caller lists them). */
  private static RepositoryRequest vcluster(String path, String name, String target, String hostname, String vip) {
    Origin byName = new Origin("spec.name", name);
    Seq<RenderedObject> objects = List.of(
        object("VClusterOrchestratorV2", "platform-requests", name, new Origin("metadata.name", name)),
        object("ArgoCDProject", "platform-requests", "vcluster-" + name, byName),
        object("ArgoCDApplication", "platform-requests", "vcluster-" + name, byName),
        object("ArgoCDClusterRegistration", "platform-requests", name + "-cluster-registration", byName),
        object("AppProject", "argocd", "vcluster-" + name, byName),
        object("Secret", "argocd", "cluster-" + name, byName),
        object("OnePasswordItem", "", "vcluster-" + name + "-kubeconfig", byName),
        object("ConfigMap", target, "vc-" + name + "-coredns", byName));
    return new RepositoryRequest(new RequestFile(path, 1, false), objects,
        Option.some(new Claim(hostname, new Origin("spec.exposure.hostname", hostname))),
        Option.some(new Claim(vip, new Origin("spec.exposure.vip", vip))),
        Option.some(new Claim(target, new Origin("spec.targetNamespace", target))));
  }

  private static RenderedObject object(String kind, String namespace, String name, Origin origin) {
    return new RenderedObject(kind, namespace, name, origin, Option.none());
  }

  private static Seq<String> lines(RepositoryRequest... requests) {
    return Conflicts.find(List.of(requests)).map(ConflictTexts::text);
  }

  @Test
  void aCleanRepositoryHasNoConflict() {
    assertThat(lines(
        vcluster("platform/vclusters/media.yaml", "media", "vcluster-media", "media.integratn.tech", "10.0.4.200"),
        vcluster("platform/vclusters/tv.yaml", "tv", "vcluster-tv", "tv.integratn.tech", "10.0.4.201"),
        vcluster("platform/vclusters/demo.yaml", "demo", "demo", "demo.integratn.tech", "fd00::c8"))).isEmpty();
  }

  @Test
  void twoRequestsWithOneNameRenderEveryObjectOfThatNameTwiceAsTheSpecWordsIt() {
    RepositoryRequest a = vcluster("platform/vclusters/a.yaml", "media", "vcluster-media", "media.integratn.tech", "10.0.4.200");
    RepositoryRequest b = new RepositoryRequest(new RequestFile("platform/vclusters/b.yaml", 1, false),
        vcluster("platform/vclusters/b.yaml", "media", "vcluster-tv", "tv.integratn.tech", "10.0.4.201").objects()
            .filter(o -> !o.kind().equals("ConfigMap")), Option.none(), Option.none(), Option.none());
    assertThat(lines(b, a)).containsExactly(
        "platform/vclusters/a.yaml and b.yaml: spec.name media renders AppProject argocd/vcluster-media twice",
        "platform/vclusters/a.yaml and b.yaml: spec.name media renders ArgoCDApplication platform-requests/vcluster-media twice",
        "platform/vclusters/a.yaml and b.yaml: spec.name media renders ArgoCDClusterRegistration platform-requests/media-cluster-registration twice",
        "platform/vclusters/a.yaml and b.yaml: spec.name media renders ArgoCDProject platform-requests/vcluster-media twice",
        "platform/vclusters/a.yaml and b.yaml: spec.name media renders OnePasswordItem vcluster-media-kubeconfig twice",
        "platform/vclusters/a.yaml and b.yaml: spec.name media renders Secret argocd/cluster-media twice",
        "platform/vclusters/a.yaml and b.yaml: metadata.name media renders VClusterOrchestratorV2 platform-requests/media twice");
  }

  @Test
  void aStandaloneSubRequestThatAVclusterAlsoRendersIsAConflictNamingBothFields() {
    RepositoryRequest vcluster = vcluster("platform/vclusters/media.yaml", "media", "vcluster-media", "media.integratn.tech",
        "10.0.4.200");
    RepositoryRequest project = new RepositoryRequest(new RequestFile("platform/projects/media.yaml", 1, false), List.of(
        object("ArgoCDProject", "platform-requests", "vcluster-media", new Origin("metadata.name", "vcluster-media")),
        object("AppProject", "argocd", "vcluster-media", new Origin("spec.name", "vcluster-media"))),
        Option.none(), Option.none(), Option.none());
    assertThat(lines(vcluster, project)).containsExactly(
        "platform/projects/media.yaml and platform/vclusters/media.yaml: spec.name vcluster-media and spec.name media "
            + "both render AppProject argocd/vcluster-media",
        "platform/projects/media.yaml and platform/vclusters/media.yaml: metadata.name vcluster-media and spec.name media "
            + "both render ArgoCDProject platform-requests/vcluster-media");
  }

  @Test
  void theSameHostnameIsAConflictWhateverItsLetterCaseOrFinalDot() {
    RepositoryRequest a = vcluster("a.yaml", "a", "ns-a", "media.integratn.tech", "10.0.4.200");
    RepositoryRequest b = vcluster("b.yaml", "b", "ns-b", "Media.Integratn.Tech.", "10.0.4.201");
    assertThat(lines(a, b)).containsExactly(
        "a.yaml and b.yaml: spec.exposure.hostname media.integratn.tech and spec.exposure.hostname Media.Integratn.Tech. "
            + "both give the hostname Media.Integratn.Tech.");
  }

  @Test
  void theSameVipIsAConflictComparedAsAnAddress() {
    RepositoryRequest a = vcluster("x/a.yaml", "a", "ns-a", "a.example", "fd00::c8");
    RepositoryRequest b = vcluster("y/b.yaml", "b", "ns-b", "b.example", "fd00:0:0::c8");
    RepositoryRequest c = vcluster("y/c.yaml", "c", "ns-c", "c.example", "10.0.4.200");
    RepositoryRequest d = new RepositoryRequest(new RequestFile("y/d.yaml", 1, false), List.empty(), Option.none(),
        Option.some(new Claim("10.0.4.200", new Origin("spec.vcluster.helmOverrides.controlPlane.service.spec.loadBalancerIP",
            "10.0.4.200"))), Option.none());
    assertThat(lines(a, b, c, d)).containsExactly(
        "x/a.yaml and y/b.yaml: spec.exposure.vip fd00::c8 and spec.exposure.vip fd00:0:0::c8 both give the VIP fd00:0:0::c8",
        "y/c.yaml and d.yaml: spec.exposure.vip 10.0.4.200 and "
            + "spec.vcluster.helmOverrides.controlPlane.service.spec.loadBalancerIP 10.0.4.200 both give the VIP 10.0.4.200");
  }

  @Test
  void twoVclustersInOneTargetNamespaceAreAConflictAndTheirCoreDnsMapsCollideToo() {
    RepositoryRequest a = vcluster("all.yaml", "a", "shared", "a.example", "10.0.4.200");
    RepositoryRequest b = vcluster("all.yaml", "b", "shared", "b.example", "10.0.4.201");
    RepositoryRequest first = new RepositoryRequest(new RequestFile("all.yaml", 1, true), a.objects(), a.hostnames(), a.vips(),
        a.targetNamespace());
    RepositoryRequest second = new RepositoryRequest(new RequestFile("all.yaml", 2, true), b.objects(), b.hostnames(), b.vips(),
        b.targetNamespace());
    assertThat(lines(second, first)).containsExactly(
        "all.yaml documents 1 and 2: spec.targetNamespace shared puts two vclusters in namespace shared");
  }

  @Test
  void aValueHeldByThreeRequestsIsTwoConflictsBothAgainstTheFirstInPathOrder() {
    assertThat(lines(
        vcluster("c.yaml", "c", "ns-c", "h.example", "10.0.0.3"),
        vcluster("a.yaml", "a", "ns-a", "h.example", "10.0.0.1"),
        vcluster("b.yaml", "b", "ns-b", "h.example", "10.0.0.2"))).containsExactly(
        "a.yaml and b.yaml: spec.exposure.hostname h.example gives both the hostname h.example",
        "a.yaml and c.yaml: spec.exposure.hostname h.example gives both the hostname h.example");
  }

  private static MapNode namespace(String name, boolean shared, String resourceName) {
    MapNode labels = MapNode.of("app.kubernetes.io/name", Node.text("vcluster-namespace"));
    MapNode metadata = MapNode.of("name", Node.text(name));
    if (shared) {
      metadata = metadata.with("labels", labels).with("annotations",
          MapNode.of("argocd.argoproj.io/sync-options", Node.text("Prune=false")));
    } else {
      metadata = metadata.with("labels", labels.with("kratix.io/resource-name", resourceName));
    }
    return MapNode.of("apiVersion", Node.text("v1")).with("kind", "Namespace").with("metadata", metadata);
  }

  private static RepositoryRequest withNamespace(String path, String name, String namespace, MapNode body) {
    return new RepositoryRequest(new RequestFile(path, 1, false),
        List.of(new RenderedObject("Namespace", "", namespace, new Origin("spec.name", name), Option.some(body))),
        Option.none(), Option.none(), Option.none());
  }

  @Test
  void identicalRendersOfASharedRequestNamespaceAreNoConflictButAnyOtherNamespaceRenderedTwiceIs() {
    assertThat(lines(withNamespace("a.yaml", "a", "platform-requests", namespace("platform-requests", true, "a")),
        withNamespace("b.yaml", "b", "platform-requests", namespace("platform-requests", true, "b")))).isEmpty();
    assertThat(lines(withNamespace("a.yaml", "a", "team", namespace("team", false, "x")),
        withNamespace("b.yaml", "b", "team", namespace("team", false, "x")))).containsExactly(
        "a.yaml and b.yaml: spec.name a and spec.name b both render Namespace team");
    assertThat(lines(withNamespace("a.yaml", "a", "platform-requests", namespace("platform-requests", true, "a")),
        withNamespace("b.yaml", "b", "platform-requests", namespace("platform-requests", false, "b")))).containsExactly(
        "a.yaml and b.yaml: spec.name a and spec.name b both render Namespace platform-requests");
  }

  @Test
  void filesAreNamedWithoutTheDirectoryTheyShareOnly() {
    RequestFile a = new RequestFile("platform/vclusters/a.yaml", 1, false);
    assertThat(ConflictTexts.files(a, new RequestFile("platform/vclusters/b.yaml", 1, false)))
        .isEqualTo("platform/vclusters/a.yaml and b.yaml");
    assertThat(ConflictTexts.files(a, new RequestFile("platform/vclusters/team/b.yaml", 3, true)))
        .isEqualTo("platform/vclusters/a.yaml and platform/vclusters/team/b.yaml (document 3)");
    assertThat(ConflictTexts.files(new RequestFile("a.yaml", 2, true), new RequestFile("b.yaml", 1, false)))
        .isEqualTo("a.yaml (document 2) and b.yaml");
    assertThat(ConflictTexts.files(new RequestFile("x/all.yaml", 1, true), new RequestFile("x/all.yaml", 4, true)))
        .isEqualTo("x/all.yaml documents 1 and 4");
  }

  @Test
  void everyAddressAndNameARequestClaimsCountsAndItsOwnRepeatsAreNoConflict() {
    Origin annotation = new Origin("spec.vcluster.helmOverrides.controlPlane.service.annotations[\"lb\"]", "10.0.0.2");
    RepositoryRequest a = new RepositoryRequest(new RequestFile("a.yaml", 1, false), List.empty(),
        List.of(new Claim("one.example", new Origin("h", "one.example")), new Claim("Two.Example.", new Origin("h", "Two.Example."))),
        List.of(new Claim("10.0.0.1", new Origin("spec.exposure.vip", "10.0.0.1")), new Claim("10.0.0.2", annotation),
            new Claim("10.0.0.1", new Origin("spec.exposure.vip", "10.0.0.1"))),
        Option.none());
    RepositoryRequest b = new RepositoryRequest(new RequestFile("b.yaml", 1, false), List.empty(),
        List.of(new Claim("two.example", new Origin("spec.exposure.hostname", "two.example"))),
        List.of(new Claim("10.0.0.2", new Origin("spec.exposure.vip", "10.0.0.2"))), Option.none());
    assertThat(lines(a, b)).containsExactly(
        "a.yaml and b.yaml: h Two.Example. and spec.exposure.hostname two.example both give the hostname two.example",
        "a.yaml and b.yaml: spec.vcluster.helmOverrides.controlPlane.service.annotations[\"lb\"] 10.0.0.2 and "
            + "spec.exposure.vip 10.0.0.2 both give the VIP 10.0.0.2");
  }
}
