package tech.integratn.vcluster.domain.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * {@link DiffTexts}' redaction of one changed value of a Secret, path by path: what is redacted
 * (data, stringData, annotations, whole or one value), what is not (labels, other objects), and
 * the object-naming helpers beside it.
 */
class DiffTextsRedactionTest {

  private static final ObjectKey SECRET = new ObjectKey("v1", "Secret", "argocd", "s");
  private static final MapNode VALUES = MapNode.of("k", Node.text("hidden")).with("j", "also");

  private static String shown(ObjectKey key, ObjectPath path, Node value) {
    Option<Node> out = DiffTexts.redacted(key, path, Option.some(value));
    return out.isDefined() ? DiffTexts.value(out.get()) : "(none)";
  }

  @Test
  void onlyAV1SecretIsASecret() {
    assertThat(DiffTexts.isSecret(SECRET)).isTrue();
    assertThat(DiffTexts.isSecret(new ObjectKey("v1", "ConfigMap", "argocd", "s"))).isFalse();
    assertThat(DiffTexts.isSecret(new ObjectKey("example.com/v1", "Secret", "argocd", "s"))).isFalse();
  }

  @Test
  void aSecretsDataAndStringDataAreRedactedWholeOrValueByValue() {
    assertThat(shown(SECRET, ObjectPath.of("data"), VALUES)).isEqualTo("{j: (redacted), k: (redacted)}");
    assertThat(shown(SECRET, ObjectPath.of("stringData"), VALUES)).isEqualTo("{j: (redacted), k: (redacted)}");
    assertThat(shown(SECRET, ObjectPath.of("data", "k"), Node.text("hidden"))).isEqualTo("(redacted)");
    assertThat(shown(SECRET, ObjectPath.of("stringData", "k"), Node.text("hidden"))).isEqualTo("(redacted)");
    assertThat(shown(SECRET, ObjectPath.of("data"), Node.text("not a map"))).isEqualTo("(redacted)");
  }

  @Test
  void aSecretsAnnotationsAreRedactedWholeOrOneByOneAndItsLabelsAndOtherFieldsAreNot() {
    MapNode metadata = MapNode.of("name", Node.text("s")).with("annotations", VALUES).with("labels", VALUES);
    assertThat(shown(SECRET, ObjectPath.of("metadata"), metadata))
        .isEqualTo("{annotations: {j: (redacted), k: (redacted)}, labels: {j: also, k: hidden}, name: s}");
    assertThat(shown(SECRET, ObjectPath.of("metadata"), MapNode.of("name", Node.text("s")))).isEqualTo("{name: s}");
    assertThat(shown(SECRET, ObjectPath.of("metadata", "annotations"), VALUES)).isEqualTo("{j: (redacted), k: (redacted)}");
    assertThat(shown(SECRET, ObjectPath.of("metadata", "annotations", "k"), Node.text("hidden"))).isEqualTo("(redacted)");
    assertThat(shown(SECRET, ObjectPath.of("metadata", "labels"), VALUES)).isEqualTo("{j: also, k: hidden}");
    assertThat(shown(SECRET, ObjectPath.of("metadata", "labels", "k"), Node.text("hidden"))).isEqualTo("hidden");
    assertThat(shown(SECRET, ObjectPath.of("type"), Node.text("Opaque"))).isEqualTo("Opaque");
    assertThat(shown(SECRET, ObjectPath.root().index(0), Node.text("x"))).isEqualTo("x");
    assertThat(shown(SECRET, ObjectPath.root().index(0).key("data"), Node.text("x"))).isEqualTo("x");
    assertThat(shown(SECRET, ObjectPath.of("metadata").index(0), Node.text("x"))).isEqualTo("x");
  }

  @Test
  void aWholeSecretIsRedactedAndAnythingElseIsLeftAlone() {
    MapNode secret = MapNode.of("kind", Node.text("Secret")).with("data", VALUES)
        .with("metadata", MapNode.of("name", Node.text("s")).with("annotations", VALUES));
    assertThat(shown(SECRET, ObjectPath.root(), secret))
        .isEqualTo("{data: {j: (redacted), k: (redacted)}, kind: Secret, metadata: {annotations: {j: (redacted),"
            + " k: (redacted)}, name: s}}");
    assertThat(shown(SECRET, ObjectPath.root(), MapNode.of("metadata", Node.text("odd")))).isEqualTo("{metadata: odd}");
    assertThat(DiffTexts.redacted(SECRET, Node.text("not an object"))).isEqualTo(Node.text("not an object"));
    assertThat(DiffTexts.redacted(SECRET, ObjectPath.of("data"), Option.none())).isEqualTo(Option.none());
    ObjectKey configMap = new ObjectKey("v1", "ConfigMap", "argocd", "s");
    assertThat(shown(configMap, ObjectPath.of("data"), VALUES)).isEqualTo("{j: also, k: hidden}");
    assertThat(DiffTexts.value(DiffTexts.redacted(configMap, secret))).contains("k: hidden");
  }

  @Test
  void anObjectIsNamedWithItsApiVersionOnlyBesideATwinOfAnotherVersion() {
    ObjectKey v1 = new ObjectKey("example.com/v1", "Widget", "ns", "w");
    ObjectKey v2 = new ObjectKey("example.com/v2", "Widget", "ns", "w");
    ObjectDiff.Added first = new ObjectDiff.Added(v1, MapNode.empty());
    assertThat(DiffTexts.label(v1, List.of(first, new ObjectDiff.Added(v2, MapNode.empty()))))
        .isEqualTo("Widget ns/w (example.com/v1)");
    for (ObjectKey other : List.of(new ObjectKey("example.com/v2", "Gadget", "ns", "w"),
        new ObjectKey("example.com/v2", "Widget", "other", "w"), new ObjectKey("example.com/v2", "Widget", "ns", "x"))) {
      assertThat(DiffTexts.label(v1, List.of(first, new ObjectDiff.Added(other, MapNode.empty())))).as("%s", other)
          .isEqualTo("Widget ns/w");
    }
    assertThat(DiffTexts.label(new ObjectKey("v1", "Namespace", "", "n"), List.empty())).isEqualTo("Namespace n");
  }

  @Test
  void stringsThatReadAsSomethingElseAreQuoted() {
    for (String text : List.of("", "null", "true", "false", "(absent)", "(redacted)", "a -> b", " a", "a ", "\"a",
        "[a", "{a", "a\tb", "a\u2028b", "a\u2029b", "a\u0085b", "-1", "+1", ".5", "1e3", "0")) {
      assertThat(DiffTexts.needsQuotes(text, false)).as("[%s]", text).isTrue();
    }
    for (String text : List.of("a", "a,b", "a:b", "a}b", "a]b", "-", "+x", ".x", "1a", "a1", "x y")) {
      assertThat(DiffTexts.needsQuotes(text, false)).as("[%s]", text).isFalse();
    }
    for (String text : List.of("a,b", "a:b", "a{b", "a}b", "a[b", "a]b")) {
      assertThat(DiffTexts.needsQuotes(text, true)).as("[%s] in flow", text).isTrue();
    }
    ScalarQuoting yes = text -> text.equals("yes");
    assertThat(DiffTexts.value(MapNode.of("yes", Node.text("yes")).with("no", "no"), yes)).isEqualTo("{no: no, \"yes\": \"yes\"}");
    assertThat(DiffTexts.value(Node.text("yes"))).isEqualTo("yes");
  }

  @Test
  void theJsonFormNamesEachChangeAndLeavesOutAClusterScopedNamespace() {
    ObjectKey namespace = new ObjectKey("v1", "Namespace", "", "n");
    ObjectKey configMap = new ObjectKey("v1", "ConfigMap", "ns", "c");
    ObjectPath path = ObjectPath.of("data").index(2);
    Node json = DiffTexts.json(List.of(new ObjectDiff.Removed(namespace, MapNode.empty()),
        new ObjectDiff.Changed(configMap, List.of(new ValueChange(path, Option.some(Node.text("a")), Option.none())))));
    assertThat(DiffTexts.value(json)).isEqualTo("{different: true, objects: [{apiVersion: v1, change: removed, kind: Namespace,"
        + " name: n, object: {}}, {apiVersion: v1, change: changed, changes: [{old: a, path: \"data[2]\", segments: [data, 2]}],"
        + " kind: ConfigMap, name: c, namespace: ns}]}");
    assertThat(DiffTexts.value(DiffTexts.json(List.empty()))).isEqualTo("{different: false, objects: []}");
  }
}
