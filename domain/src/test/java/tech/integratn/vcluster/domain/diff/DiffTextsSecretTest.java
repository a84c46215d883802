package tech.integratn.vcluster.domain.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** A diff never prints a Secret's data (house rule): keys kept, every value {@code (redacted)}, in both forms. */
class DiffTextsSecretTest {

  private static MapNode object(String apiVersion, String kind, String name, MapNode rest) {
    return MapNode.of("apiVersion", Node.text(apiVersion)).with("kind", kind)
        .with("metadata", MapNode.of("name", Node.text(name)).with("namespace", "argocd")).withAll(rest);
  }

  private static Seq<ObjectDiff> diff(Node previous, Node next) {
    Seq<Manifest> before = previous == null ? List.empty() : List.of(new Manifest("resources/a.yaml", 1, previous));
    Seq<Manifest> after = next == null ? List.empty() : List.of(new Manifest("resources/a.yaml", 1, next));
    Either<Seq<DiffProblem>, Seq<ObjectDiff>> diff = ManifestDiff.compare(before, after);
    assertThat(diff.isRight()).as("%s", diff).isTrue();
    return diff.get();
  }

  private static final MapNode SECRET = object("v1", "Secret", "cluster-media",
      MapNode.of("type", Node.text("Opaque"))
          .with("data", MapNode.of("password", Node.text("c2VjcmV0LXZhbHVl")).with("config", "eyJ0bHMiOnRydWV9"))
          .with("stringData", MapNode.of("server", Node.text("https://media.example:6443"))));

  @Test
  void aRemovedSecretShowsItsIdentityAndKeysButNoValueInEitherForm() {
    Seq<ObjectDiff> removed = diff(SECRET, null);

    assertThat(DiffTexts.lines(removed)).containsExactly("Secret argocd/cluster-media: removed");
    String json = DiffTexts.value(DiffTexts.json(removed));
    assertThat(json).doesNotContain("c2VjcmV0LXZhbHVl", "eyJ0bHMiOnRydWV9", "https://media.example:6443")
        .contains("data: {config: (redacted), password: (redacted)}", "stringData: {server: (redacted)}",
            "kind: Secret", "name: cluster-media", "type: Opaque");
    assertThat(DiffTexts.value(DiffTexts.json(diff(null, SECRET)))).doesNotContain("c2VjcmV0LXZhbHVl")
        .contains("change: added", "password: (redacted)");
  }

  @Test
  void aSecretsAnnotationsAreRedactedTooForTheLastAppliedConfigurationHoldsItsData() {
    String lastApplied = "{\"data\":{\"password\":\"c2VjcmV0LXZhbHVl\"}}";
    MapNode annotated = SECRET.with("metadata", MapNode.of("name", Node.text("cluster-media")).with("namespace", "argocd")
        .with("labels", MapNode.of("app", Node.text("media")))
        .with("annotations", MapNode.of("kubectl.kubernetes.io/last-applied-configuration", Node.text(lastApplied))));

    String removed = DiffTexts.value(DiffTexts.json(diff(annotated, null)));
    assertThat(removed).doesNotContain("c2VjcmV0LXZhbHVl")
        .contains("kubectl.kubernetes.io/last-applied-configuration: (redacted)", "app: media");

    MapNode changed = annotated.with("metadata", MapNode.of("name", Node.text("cluster-media")).with("namespace", "argocd")
        .with("annotations", MapNode.of("kubectl.kubernetes.io/last-applied-configuration", Node.text(lastApplied + " "))));
    Seq<ObjectDiff> diffs = diff(annotated, changed);
    assertThat(DiffTexts.lines(diffs)).noneMatch(line -> line.contains("c2VjcmV0LXZhbHVl"))
        .contains("Secret argocd/cluster-media: metadata.annotations[\"kubectl.kubernetes.io/last-applied-configuration\"]: (redacted) -> (redacted)");
    assertThat(DiffTexts.value(DiffTexts.json(diffs))).doesNotContain("c2VjcmV0LXZhbHVl");
    assertThat(DiffTexts.value(DiffTexts.json(diff(SECRET, annotated)))).doesNotContain("c2VjcmV0LXZhbHVl");
  }

  @Test
  void aChangedSecretValueShowsOnlyThatItChanged() {
    MapNode next = SECRET.with("data", MapNode.of("password", Node.text("bmV3LXNlY3JldA==")).with("token", "dG9r"))
        .without("stringData").with("type", "kubernetes.io/basic-auth");
    Seq<ObjectDiff> changed = diff(SECRET, next);

    assertThat(DiffTexts.lines(changed)).containsExactly(
        "Secret argocd/cluster-media: data.config: (redacted) -> (absent)",
        "Secret argocd/cluster-media: data.password: (redacted) -> (redacted)",
        "Secret argocd/cluster-media: data.token: (absent) -> (redacted)",
        "Secret argocd/cluster-media: stringData: {server: (redacted)} -> (absent)",
        "Secret argocd/cluster-media: type: Opaque -> kubernetes.io/basic-auth");
    String json = DiffTexts.value(DiffTexts.json(changed));
    assertThat(json).doesNotContain("c2VjcmV0LXZhbHVl", "bmV3LXNlY3JldA==", "dG9r", "https://media.example:6443")
        .contains("old: (redacted)", "new: (redacted)", "new: kubernetes.io/basic-auth");
  }

  @Test
  void aWholeDataMapAddedKeepsItsKeys() {
    MapNode bare = SECRET.without("data").without("stringData");

    assertThat(DiffTexts.lines(diff(bare, SECRET))).containsExactly(
        "Secret argocd/cluster-media: data: (absent) -> {config: (redacted), password: (redacted)}",
        "Secret argocd/cluster-media: stringData: (absent) -> {server: (redacted)}");
  }

  @Test
  void otherObjectsPrintTheirDataAndTheMarkerAsAStringIsQuoted() {
    MapNode before = object("v1", "ConfigMap", "c", MapNode.of("data", MapNode.of("k", Node.text("(redacted)"))));
    MapNode after = object("v1", "ConfigMap", "c", MapNode.of("data", MapNode.of("k", Node.text("plain"))));
    MapNode otherGroup = object("example.com/v1", "Secret", "s", MapNode.of("data", MapNode.of("k", Node.text("v1"))));

    assertThat(DiffTexts.lines(diff(before, after))).containsExactly("ConfigMap argocd/c: data.k: \"(redacted)\" -> plain");
    assertThat(DiffTexts.value(DiffTexts.json(diff(null, otherGroup)))).contains("data: {k: v1}");
  }
}
