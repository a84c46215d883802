package tech.integratn.vcluster.domain.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The edges of {@link Conflicts}: a request's own repeats, what makes a shared namespace, values
 * that are no address, and the order of the result across files and kinds of conflict.
 */
class ConflictsEdgesTest {

  private static Claim claim(String field, String value) {
    return new Claim(value, new Origin(field, value));
  }

  private static RepositoryRequest request(String path, Seq<RenderedObject> objects, Seq<Claim> hosts, Seq<Claim> vips,
      Option<Claim> target) {
    return new RepositoryRequest(new RequestFile(path, 1, false), objects, hosts, vips, target);
  }

  private static RepositoryRequest claims(String path, String host, String vip, String target) {
    return request(path, List.empty(), List.of(claim("spec.exposure.hostname", host)), List.of(claim("spec.exposure.vip", vip)),
        Option.some(claim("spec.targetNamespace", target)));
  }

  private static RenderedObject object(String kind, String name, String field, Option<Node> body) {
    return new RenderedObject(kind, "", name, new Origin(field, name), body);
  }

  private static Seq<String> lines(RepositoryRequest... requests) {
    return Conflicts.find(List.of(requests)).map(ConflictTexts::text);
  }

  @Test
  void conflictsAreSortedByBothFilesThenKindThenWhatCollides() {
    assertThat(lines(claims("c.yaml", "h.example", "10.0.0.1", "ns"), claims("b.yaml", "h.example", "10.0.0.1", "ns"),
        claims("a.yaml", "other.example", "10.0.0.9", "ns"))).containsExactly(
        "a.yaml and b.yaml: spec.targetNamespace ns puts two vclusters in namespace ns",
        "a.yaml and c.yaml: spec.targetNamespace ns puts two vclusters in namespace ns",
        "b.yaml and c.yaml: spec.exposure.hostname h.example gives both the hostname h.example",
        "b.yaml and c.yaml: spec.exposure.vip 10.0.0.1 gives both the VIP 10.0.0.1");
    RepositoryRequest a = request("a.yaml", List.of(object("Namespace", "zz", "spec.name", Option.none()),
        object("Namespace", "aa", "spec.name", Option.none())), List.of(claim("h", "y.example"), claim("h", "x.example")),
        List.empty(), Option.none());
    assertThat(lines(a, a)).containsExactly("a.yaml documents 1 and 1: spec.name aa renders Namespace aa twice",
        "a.yaml documents 1 and 1: spec.name zz renders Namespace zz twice",
        "a.yaml documents 1 and 1: h x.example gives both the hostname x.example",
        "a.yaml documents 1 and 1: h y.example gives both the hostname y.example");
  }

  @Test
  void betweenTwoFilesObjectsComeFirstThenHostnamesThenVipsThenTheNamespaceEachSortedByValue() {
    RepositoryRequest a = request("a.yaml", List.of(object("Namespace", "n", "spec.name", Option.none())),
        List.of(claim("h", "h.example")), List.of(claim("v", "10.0.0.2"), claim("v", "10.0.0.1")),
        Option.some(claim("t", "ns")));
    RepositoryRequest b = request("b.yaml", List.of(object("Namespace", "n", "spec.name", Option.none())),
        List.of(claim("h", "h.example")), List.of(claim("v", "10.0.0.2"), claim("v", "10.0.0.1")),
        Option.some(claim("t", "ns")));
    assertThat(lines(b, a)).containsExactly(
        "a.yaml and b.yaml: spec.name n renders Namespace n twice",
        "a.yaml and b.yaml: h h.example gives both the hostname h.example",
        "a.yaml and b.yaml: v 10.0.0.1 gives both the VIP 10.0.0.1",
        "a.yaml and b.yaml: v 10.0.0.2 gives both the VIP 10.0.0.2",
        "a.yaml and b.yaml: t ns puts two vclusters in namespace ns");
  }

  @Test
  void theSecondFileIsNamedRelativeToTheFirstsDirectoryOnlyWhenItIsInIt() {
    assertThat(lines(claims("/a.yaml", "h.example", "10.0.0.1", "ns1"), claims("/b.yaml", "h.example", "10.0.0.2", "ns2")))
        .containsExactly("/a.yaml and b.yaml: spec.exposure.hostname h.example gives both the hostname h.example");
    assertThat(lines(claims("x/a.yaml", "h.example", "10.0.0.1", "ns1"), claims("x/y/b.yaml", "h.example", "10.0.0.2", "ns2")))
        .containsExactly("x/a.yaml and x/y/b.yaml: spec.exposure.hostname h.example gives both the hostname h.example");
  }

  @Test
  void aRequestThatRendersAnObjectTwiceCollidesOnceWithAnother() {
    RenderedObject project = object("ArgoCDProject", "p", "spec.name", Option.none());
    assertThat(lines(request("a.yaml", List.of(project, project), List.empty(), List.empty(), Option.none()),
        request("b.yaml", List.of(project, project), List.empty(), List.empty(), Option.none())))
        .containsExactly("a.yaml and b.yaml: spec.name p renders ArgoCDProject p twice");
  }

  @Test
  void differentTargetNamespaceFieldsAreBothNamed() {
    RepositoryRequest a = request("a.yaml", List.empty(), List.empty(), List.empty(), Option.some(claim("spec.targetNamespace", "t")));
    RepositoryRequest b = request("b.yaml", List.empty(), List.empty(), List.empty(),
        Option.some(new Claim("t", new Origin("spec.name", "x"))));
    assertThat(lines(a, b)).containsExactly(
        "a.yaml and b.yaml: spec.targetNamespace t and spec.name x both put a vcluster in namespace t");
  }

  @Test
  void hostnamesAreComparedWithoutCaseOrAFinalDotAndVipsAsWrittenWhenNoAddress() {
    assertThat(Conflicts.hostname(claim("h", "A.Example."))).isEqualTo("a.example");
    assertThat(Conflicts.hostname(claim("h", "a.example"))).isEqualTo("a.example");
    assertThat(Conflicts.address(claim("v", "fd00:0::1"))).isEqualTo("fd00::1");
    assertThat(Conflicts.address(claim("v", "not-an-ip"))).isEqualTo("not-an-ip");
    assertThat(lines(claims("a.yaml", "x", "vip", "n1"), claims("b.yaml", "y", "VIP", "n2"))).isEmpty();
    assertThat(lines(claims("a.yaml", "x", "vip", "n1"), claims("b.yaml", "y", "vip", "n2")))
        .containsExactly("a.yaml and b.yaml: spec.exposure.vip vip gives both the VIP vip");
  }

  private static MapNode namespace(Node syncOptions) {
    return MapNode.of("kind", Node.text("Namespace")).with("metadata", MapNode.of("name", Node.text("shared"))
        .with("annotations", MapNode.of("argocd.argoproj.io/sync-options", syncOptions)));
  }

  @Test
  void aSharedNamespaceIsANamespaceRenderedAlikeByBothWithPruneFalse() {
    MapNode shared = namespace(Node.text("Prune=false,ServerSideApply=true"));
    RenderedObject one = object("Namespace", "shared", "spec.name", Option.some(shared));
    assertThat(Conflicts.sharedNamespace(one, one)).isTrue();
    assertThat(Conflicts.sharedNamespace(one, object("Namespace", "shared", "spec.name", Option.none()))).isFalse();
    assertThat(Conflicts.sharedNamespace(object("Namespace", "shared", "spec.name", Option.none()), one)).isFalse();
    assertThat(Conflicts.sharedNamespace(one, object("Namespace", "shared", "spec.name",
        Option.some(shared.with("x", "y"))))).isFalse();
    RenderedObject configMap = object("ConfigMap", "shared", "spec.name", Option.some(shared));
    assertThat(Conflicts.sharedNamespace(configMap, configMap)).isFalse();
    RenderedObject pruned = object("Namespace", "shared", "spec.name", Option.some(namespace(Node.text("Prune=true"))));
    assertThat(Conflicts.sharedNamespace(pruned, pruned)).isFalse();
    RenderedObject odd = object("Namespace", "shared", "spec.name", Option.some(namespace(Node.bool(false))));
    assertThat(Conflicts.sharedNamespace(odd, odd)).isFalse();
    RenderedObject bare = object("Namespace", "shared", "spec.name", Option.some(MapNode.of("kind", Node.text("Namespace"))));
    assertThat(Conflicts.sharedNamespace(bare, bare)).isFalse();
  }
}
