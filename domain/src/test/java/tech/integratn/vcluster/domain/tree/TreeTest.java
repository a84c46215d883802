package tech.integratn.vcluster.domain.tree;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** The ordered map and the deep merge of the contract. */
class TreeTest {

  @Test
  void replacingAKeyKeepsItsPositionAndNewKeysAreAppended() {
    MapNode m = MapNode.of("a", Node.integer(1)).with("b", Node.integer(2)).with("a", Node.integer(3)).with("c", "x");
    assertThat(m.keys()).containsExactly("a", "b", "c");
    assertThat(m.get("a")).contains(Node.integer(3));
    assertThat(m.without("b").keys()).containsExactly("a", "c");
  }

  @Test
  void deepMergeMergesMapsAndReplacesEverythingElse() {
    MapNode base = MapNode.of("automated", MapNode.of("selfHeal", Node.bool(true)).with("prune", Node.bool(true)))
        .with("syncOptions", ListNode.of(Node.text("CreateNamespace=true")))
        .with("retry", Node.text("x"));
    MapNode override = MapNode.of("automated", MapNode.of("prune", Node.bool(false)))
        .with("syncOptions", ListNode.of(Node.text("ServerSideApply=true")))
        .with("retry", MapNode.of("limit", Node.integer(5)))
        .with("extra", Node.bool(true));
    MapNode merged = DeepMerge.mergeMaps(base, override);
    assertThat(merged).isEqualTo(MapNode.of("automated", MapNode.of("selfHeal", Node.bool(true)).with("prune", Node.bool(false)))
        .with("syncOptions", ListNode.of(Node.text("ServerSideApply=true")))
        .with("retry", MapNode.of("limit", Node.integer(5)))
        .with("extra", Node.bool(true)));
    assertThat(DeepMerge.merge(base, Node.Null.NULL)).isEqualTo(Node.Null.NULL);
  }

  @Test
  void pathsNavigateAndCreateIntermediateMaps() {
    MapNode m = Paths.put(MapNode.of("a", Node.text("scalar")), List.of("a", "b", "c"), Node.integer(1));
    assertThat(Paths.at(m, "a", "b", "c")).contains(Node.integer(1));
    assertThat(Paths.at(m, "a", "x")).isEmpty();
    assertThat(Paths.at(Node.text("x"), "a")).isEmpty();
  }

  @Test
  void textIsTheStringAtAPathOnlyWhenTheNodeThereIsText() {
    MapNode m = MapNode.of("a", MapNode.of("b", Node.text("x")).with("n", Node.integer(1)));
    assertThat(Paths.text(m, "a", "b")).contains("x");
    assertThat(Paths.text(m, "a", "n")).isEmpty();
    assertThat(Paths.text(m, "a")).isEmpty();
    assertThat(Paths.text(m, "a", "missing")).isEmpty();
  }

  @Test
  void describeIsShortAndSingleLine() {
    assertThat(Node.describe(Node.text("a\nb"))).isEqualTo("\"a\\nb\"");
    assertThat(Node.describe(Node.text("x".repeat(100)))).hasSize(62).endsWith("...\"");
    assertThat(Node.describe(MapNode.empty())).isEqualTo("a map");
    assertThat(Node.describe(ListNode.of())).isEqualTo("a list");
    assertThat(Node.describe(Node.Null.NULL)).isEqualTo("null");
  }

  @Test
  void mapsWiderThanTheSizeLimitAdmitsMergeKeyByKey() {
    java.util.List<io.vavr.Tuple2<String, Node>> base = new java.util.ArrayList<>();
    java.util.List<io.vavr.Tuple2<String, Node>> override = new java.util.ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      base.add(io.vavr.Tuple.of("k" + i, Node.integer(i)));
      override.add(io.vavr.Tuple.of("k" + (i + 50_000), Node.text("new")));
    }
    MapNode b = new MapNode(io.vavr.collection.Vector.ofAll(base));
    MapNode o = new MapNode(io.vavr.collection.Vector.ofAll(override));
    // Maps as wide as the reader's size limit admits (about 95 000 keys in 1 MiB) and wider: the merge
    // is shown right at that width; no clock is read (a hang is caught by the build's one fork timeout).
    MapNode merged = DeepMerge.mergeMaps(b, o);
    assertThat(merged.size()).isEqualTo(150_000);
    assertThat(merged.entries().get(0)).isEqualTo(io.vavr.Tuple.of("k0", Node.integer(0)));
    assertThat(merged.entries().get(50_000)).isEqualTo(io.vavr.Tuple.of("k50000", Node.text("new")));
    assertThat(merged.entries().get(149_999)).isEqualTo(io.vavr.Tuple.of("k149999", Node.text("new")));
    assertThat(b.withAll(o)).isEqualTo(merged);
  }
}
