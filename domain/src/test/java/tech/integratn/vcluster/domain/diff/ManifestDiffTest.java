package tech.integratn.vcluster.domain.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** Golden lines for each kind of change (spec 12.2), each written out literally. */
class ManifestDiffTest {

  private static MapNode object(String apiVersion, String kind, String namespace, String name, MapNode rest) {
    MapNode metadata = MapNode.of("name", Node.text(name));
    if (!namespace.isEmpty()) {
      metadata = metadata.with("namespace", namespace);
    }
    return MapNode.of("apiVersion", Node.text(apiVersion)).with("kind", kind).with("metadata", metadata).withAll(rest);
  }

  private static MapNode application(String memory) {
    MapNode limits = MapNode.of("memory", Node.text(memory));
    MapNode values = MapNode.of("controlPlane", MapNode.of("statefulSet", MapNode.of("resources", MapNode.of("limits", limits))));
    return object("platform.integratn.tech/v1alpha1", "ArgoCDApplication", "platform-requests", "vcluster-media",
        MapNode.of("spec", MapNode.of("source", MapNode.of("helm", MapNode.of("valuesObject", values)))));
  }

  private static MapNode namespace(MapNode labels) {
    return object("v1", "Namespace", "", "vcluster-media", MapNode.empty()).with("metadata",
        MapNode.of("name", Node.text("vcluster-media")).with("labels", labels));
  }

  private static Seq<Manifest> file(String file, Node... documents) {
    List<Manifest> out = List.empty();
    for (int i = 0; i < documents.length; i++) {
      out = out.append(new Manifest(file, i + 1, documents[i]));
    }
    return out;
  }

  private static Seq<String> lines(Seq<Manifest> previous, Seq<Manifest> next) {
    Either<Seq<DiffProblem>, Seq<ObjectDiff>> diff = ManifestDiff.compare(previous, next);
    assertThat(diff.isRight()).as("%s", diff).isTrue();
    return DiffTexts.lines(diff.get());
  }

  @Test
  void aChangedValueIsOneLineWithItsPathAndBothValuesAsTheSpecWritesIt() {
    assertThat(lines(file("resources/argocd-application-request.yaml", application("3Gi")),
        file("resources/argocd-application-request.yaml", application("4Gi"))))
        .containsExactly("ArgoCDApplication platform-requests/vcluster-media: "
            + "spec.source.helm.valuesObject.controlPlane.statefulSet.resources.limits.memory: 3Gi -> 4Gi");
  }

  @Test
  void identicalOutputsAndOutputsDifferingOnlyInKeyOrderAndFileHaveNoDifference() {
    MapNode app = application("3Gi");
    MapNode reordered = MapNode.of("spec", app.get("spec").get()).with("metadata", app.get("metadata").get())
        .with("kind", app.get("kind").get()).with("apiVersion", app.get("apiVersion").get());
    assertThat(lines(file("a.yaml", app), file("a.yaml", app))).isEmpty();
    assertThat(lines(file("a.yaml", app), file("elsewhere.yaml", reordered))).isEmpty();
  }

  @Test
  void aValueAddedOrRemovedInsideAnObjectShowsAbsentOnItsMissingSideAndADottedKeyGoesInBrackets() {
    MapNode before = namespace(MapNode.of("team", Node.text("media")));
    MapNode after = namespace(MapNode.of("app.kubernetes.io/name", Node.text("vcluster-namespace")));
    assertThat(lines(file("resources/namespace.yaml", before), file("resources/namespace.yaml", after))).containsExactly(
        "Namespace vcluster-media: metadata.labels[\"app.kubernetes.io/name\"]: (absent) -> vcluster-namespace",
        "Namespace vcluster-media: metadata.labels.team: media -> (absent)");
  }

  @Test
  void addedAndRemovedObjectsAreOneLineEachAndARenamedObjectIsRemovedPlusAdded() {
    MapNode oldMap = object("v1", "ConfigMap", "vcluster-media", "vc-media-coredns", MapNode.of("data", MapNode.empty()));
    MapNode renamed = object("v1", "ConfigMap", "vcluster-media", "vc-tv-coredns", MapNode.of("data", MapNode.empty()));
    MapNode account = object("v1", "ServiceAccount", "vcluster-media", "media-etcd-certs-merge", MapNode.empty());
    assertThat(lines(file("resources/coredns-configmap.yaml", oldMap),
        file("resources/coredns-configmap.yaml", renamed).appendAll(file("resources/etcd-certificates.yaml", account))))
        .containsExactly(
            "ConfigMap vcluster-media/vc-media-coredns: removed",
            "ConfigMap vcluster-media/vc-tv-coredns: added",
            "ServiceAccount vcluster-media/media-etcd-certs-merge: added");
  }

  @Test
  void inAMultiDocumentFileOnlyTheDocumentThatChangedIsListed() {
    MapNode issuer = object("cert-manager.io/v1", "Issuer", "vcluster-media", "media-etcd-ca",
        MapNode.of("spec", MapNode.of("ca", MapNode.of("secretName", Node.text("media-etcd-ca")))));
    MapNode server = object("cert-manager.io/v1", "Certificate", "vcluster-media", "media-etcd-server",
        MapNode.of("spec", MapNode.of("duration", Node.text("2160h"))));
    MapNode peer = object("cert-manager.io/v1", "Certificate", "vcluster-media", "media-etcd-peer",
        MapNode.of("spec", MapNode.of("duration", Node.text("2160h"))));
    MapNode longerServer = server.with("spec", MapNode.of("duration", Node.text("8760h")));
    assertThat(lines(file("resources/etcd-certificates.yaml", issuer, server, peer),
        file("resources/etcd-certificates.yaml", issuer, longerServer, peer)))
        .containsExactly("Certificate vcluster-media/media-etcd-server: spec.duration: 2160h -> 8760h");
  }

  @Test
  void listsAreComparedByIndex() {
    MapNode before = object("v1", "ConfigMap", "ns", "c", MapNode.of("args", ListNode.of(Node.text("a"), Node.text("b"))));
    MapNode after = object("v1", "ConfigMap", "ns", "c",
        MapNode.of("args", ListNode.of(Node.text("a"), Node.text("c"), Node.text("d"))));
    assertThat(lines(file("f.yaml", before), file("f.yaml", after))).containsExactly(
        "ConfigMap ns/c: args[1]: b -> c",
        "ConfigMap ns/c: args[2]: (absent) -> d");
    assertThat(lines(file("f.yaml", after), file("f.yaml", before))).containsExactly(
        "ConfigMap ns/c: args[1]: c -> b",
        "ConfigMap ns/c: args[2]: d -> (absent)");
  }

  private static MapNode container(String name, String image) {
    return MapNode.of("name", Node.text(name)).with("image", image);
  }

  private static MapNode job(Node... containers) {
    return object("batch/v1", "Job", "vcluster-media", "media-etcd-certs-merge", MapNode.of("spec",
        MapNode.of("template", MapNode.of("spec", MapNode.of("containers", ListNode.of(containers))))));
  }

  @Test
  void namedListsAreMatchedByNameSoAnInsertedItemIsOneAddedItem() {
    Seq<String> lines = lines(file("j.yaml", job(container("merge", "kubectl:1.31"), container("wait", "busybox"))),
        file("j.yaml", job(container("init", "busybox"), container("merge", "kubectl:1.32"), container("wait", "busybox"))));
    assertThat(lines).containsExactly(
        "Job vcluster-media/media-etcd-certs-merge: spec.template.spec.containers[0]: (absent) -> {image: busybox, name: init}",
        "Job vcluster-media/media-etcd-certs-merge: spec.template.spec.containers[1].image: kubectl:1.31 -> kubectl:1.32");
  }

  @Test
  void aRemovedNamedItemIsRemovedAtItsOldIndexAndAReorderingIsOneChangeOfTheNames() {
    assertThat(lines(file("j.yaml", job(container("a", "x"), container("b", "x"), container("c", "x"))),
        file("j.yaml", job(container("c", "x"), container("a", "x")))))
        .containsExactly(
            "Job vcluster-media/media-etcd-certs-merge: spec.template.spec.containers: [a, c] -> [c, a]",
            "Job vcluster-media/media-etcd-certs-merge: spec.template.spec.containers[1]: {image: x, name: b} -> (absent)");
  }

  @Test
  void aChangeOfTypeShowsBothValuesAndQuotesAStringThatWouldReadAsAnotherType() {
    MapNode before = object("v1", "ConfigMap", "ns", "c", MapNode.of("data", MapNode.of("replicas", Node.text("3"))
        .with("enabled", Node.text("true")).with("blank", Node.text("")).with("limits", Node.text("cpu"))));
    MapNode after = object("v1", "ConfigMap", "ns", "c", MapNode.of("data", MapNode.of("replicas", Node.integer(3))
        .with("enabled", Node.bool(true)).with("blank", Node.Null.NULL)
        .with("limits", MapNode.of("memory", Node.text("2Gi")).with("cpu", Node.text("1")))));
    assertThat(lines(file("c.yaml", before), file("c.yaml", after))).containsExactly(
        "ConfigMap ns/c: data.blank: \"\" -> null",
        "ConfigMap ns/c: data.enabled: \"true\" -> true",
        "ConfigMap ns/c: data.limits: cpu -> {cpu: \"1\", memory: 2Gi}",
        "ConfigMap ns/c: data.replicas: \"3\" -> 3");
  }

  @Test
  void aMultiLineStringIsOneQuotedLine() {
    MapNode before = object("v1", "ConfigMap", "ns", "c", MapNode.of("data", MapNode.of("Corefile", Node.text(".:1053 {\n  errors\n}\n"))));
    MapNode after = object("v1", "ConfigMap", "ns", "c", MapNode.of("data", MapNode.of("Corefile", Node.text(".:1053 {\n  health\n}\n"))));
    assertThat(lines(file("c.yaml", before), file("c.yaml", after))).containsExactly(
        "ConfigMap ns/c: data.Corefile: \".:1053 {\\n  errors\\n}\\n\" -> \".:1053 {\\n  health\\n}\\n\"");
  }

  @Test
  void objectsAreListedByKindNamespaceAndNameAndAnApiVersionIsShownOnlyWhereTwoShareTheRest() {
    MapNode old = object("cert-manager.io/v1alpha2", "Certificate", "ns", "c", MapNode.empty());
    MapNode now = object("cert-manager.io/v1", "Certificate", "ns", "c", MapNode.empty());
    MapNode ns = object("v1", "Namespace", "", "ns", MapNode.empty());
    assertThat(lines(file("a.yaml", old), file("a.yaml", now, ns))).containsExactly(
        "Certificate ns/c (cert-manager.io/v1): added",
        "Certificate ns/c (cert-manager.io/v1alpha2): removed",
        "Namespace ns: added");
  }

  @Test
  void documentsThatAreNoObjectsOrAppearTwiceAreEveryOneReported() {
    MapNode app = application("3Gi");
    Either<Seq<DiffProblem>, Seq<ObjectDiff>> diff = ManifestDiff.compare(
        file("resources/x.yaml", MapNode.of("kind", Node.text("ConfigMap")), ListNode.of()),
        file("resources/a.yaml", app).appendAll(file("resources/b.yaml", app)));
    assertThat(diff.getLeft().map(DiffTexts::problem)).containsExactly(
        "previous output resources/x.yaml (document 1): not a Kubernetes object (no apiVersion string)",
        "previous output resources/x.yaml (document 2): not a Kubernetes object (a list, not a map)",
        "new output: ArgoCDApplication platform-requests/vcluster-media (platform.integratn.tech/v1alpha1) is written twice, "
            + "in resources/a.yaml and resources/b.yaml");
  }

  @Test
  void pathsWriteKeysThatAreNotPlainInBracketsAndIndicesFromZero() {
    assertThat(ObjectPath.of("controlPlane", "service", "annotations", "external-dns.alpha.kubernetes.io/hostname").text())
        .isEqualTo("controlPlane.service.annotations[\"external-dns.alpha.kubernetes.io/hostname\"]");
    assertThat(ObjectPath.of("spec", "").index(2).key("a b").key("x_y-1").text()).isEqualTo("spec[\"\"][2][\"a b\"].x_y-1");
    assertThat(ObjectPath.root().text()).isEqualTo(".");
    assertThat(ObjectPath.root().key("a\"b").text()).isEqualTo("[\"a\\\"b\"]");
  }
}
