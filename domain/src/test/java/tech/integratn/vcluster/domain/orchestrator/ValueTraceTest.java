package tech.integratn.vcluster.domain.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.contract.ExplainedValue;
import tech.integratn.vcluster.domain.contract.Provenance;
import tech.integratn.vcluster.domain.contract.ProvenanceStep;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * {@link ValueTrace} on small trees: what each kind of deep merge step does to the chains of the
 * values it replaces, written out as {@code path = value <- source:value, ...}.
 */
class ValueTraceTest {

  private static final Provenance BASE = new Provenance.Profile("base");
  private static final Provenance OVER = Provenance.HELM_OVERRIDES;
  private static final Provenance LAST = new Provenance.Request("spec.last");

  private static String name(Provenance source) {
    return source == BASE ? "base" : source == OVER ? "over" : source == LAST ? "last" : source.toString();
  }

  private static Seq<String> lines(Seq<ExplainedValue> values) {
    return values.map(v -> v.path().text() + " = " + Node.describe(v.value()) + " <- "
        + v.chain().map(ValueTraceTest::step).mkString(", "));
  }

  private static String step(ProvenanceStep step) {
    return name(step.source()) + ":" + Node.describe(step.value());
  }

  /** {@code over} merged over {@code base} (set by BASE), explained. */
  private static Seq<String> merged(MapNode base, MapNode over) {
    ValueTrace trace = ValueTrace.on();
    return lines(trace.explain(trace.overlay(trace.from(base, BASE), over, OVER)));
  }

  @Test
  void aScalarOverAScalarKeepsWhatItReplaced() {
    assertThat(merged(MapNode.of("a", Node.integer(1)).with("b", "x"), MapNode.of("a", Node.integer(2))))
        .containsExactly("a = 2 <- base:1, over:2", "b = \"x\" <- base:\"x\"");
  }

  @Test
  void aNewKeyHasOnlyItsOwnSource() {
    assertThat(merged(MapNode.of("a", Node.integer(1)), MapNode.of("n", Node.bool(true))))
        .containsExactly("a = 1 <- base:1", "n = true <- over:true");
  }

  @Test
  void aMapOverAMapMergesKeyByKey() {
    MapNode base = MapNode.of("m", MapNode.of("x", Node.integer(1)).with("y", Node.integer(2)));
    assertThat(merged(base, MapNode.of("m", MapNode.of("y", Node.integer(3)).with("z", Node.integer(4)))))
        .containsExactly("m.x = 1 <- base:1", "m.y = 3 <- base:2, over:3", "m.z = 4 <- over:4");
  }

  @Test
  void anEmptyMapOverAMapLeavesItAlone() {
    MapNode base = MapNode.of("m", MapNode.of("x", Node.integer(1)));
    assertThat(merged(base, MapNode.of("m", MapNode.empty()))).containsExactly("m.x = 1 <- base:1");
  }

  @Test
  void aScalarOverAMapReplacesItsWholeHistory() {
    MapNode base = MapNode.of("m", MapNode.of("x", Node.integer(1))).with("m2", Node.integer(9))
        .with("k", MapNode.of("m", Node.integer(8)));
    assertThat(merged(base, MapNode.of("m", Node.integer(5))))
        .containsExactly("m = 5 <- over:5", "m2 = 9 <- base:9", "k.m = 8 <- base:8");
  }

  @Test
  void aScalarOverAnEmptyMapKeepsTheEmptyMapInItsChain() {
    assertThat(merged(MapNode.of("m", MapNode.empty()), MapNode.of("m", Node.integer(5))))
        .containsExactly("m = 5 <- base:a map, over:5");
  }

  @Test
  void aMapOverAScalarOrAListStartsAfresh() {
    MapNode base = MapNode.of("s", Node.integer(1)).with("l", new ListNode(io.vavr.collection.Vector.of(Node.integer(1))));
    MapNode over = MapNode.of("s", MapNode.of("x", Node.integer(2))).with("l", MapNode.of("y", Node.integer(3)));
    assertThat(merged(base, over)).containsExactly("s.x = 2 <- over:2", "l.y = 3 <- over:3");
  }

  @Test
  void anEmptyMapOverAScalarIsALeafThatReplacedIt() {
    assertThat(merged(MapNode.of("s", Node.integer(1)), MapNode.of("s", MapNode.empty())))
        .containsExactly("s = a map <- base:1, over:a map");
    assertThat(merged(MapNode.empty(), MapNode.of("s", MapNode.empty()))).containsExactly("s = a map <- over:a map");
  }

  @Test
  void chainsGrowOverSeveralOverlaysAndSurviveNesting() {
    ValueTrace trace = ValueTrace.on();
    MapNode first = trace.overlay(trace.from(MapNode.of("a", Node.integer(1)).with("b", Node.integer(1)), BASE),
        MapNode.of("a", Node.integer(2)), OVER);
    MapNode second = trace.overlay(first, MapNode.of("a", Node.integer(3)), LAST);
    assertThat(lines(trace.explain(second))).containsExactly("a = 3 <- base:1, over:2, last:3", "b = 1 <- base:1");
    MapNode nested = MapNode.of("top", first).with("plain", Node.text("p")).with("set", trace.from(Node.integer(7), LAST));
    assertThat(lines(trace.explain(nested))).containsExactly("top.a = 2 <- base:1, over:2", "top.b = 1 <- base:1",
        "plain = \"p\" <- ", "set = 7 <- last:7");
  }

  @Test
  void aNullIsNeverRegisteredAndTheOffTraceRecordsNothing() {
    ValueTrace trace = ValueTrace.on();
    Node nothing = Node.Null.NULL;
    assertThat(trace.from(nothing, BASE)).isSameAs(nothing);
    assertThat(lines(trace.explain(MapNode.of("n", trace.from(nothing, BASE))))).containsExactly("n = null <- ");
    MapNode value = MapNode.of("a", Node.integer(1));
    assertThat(ValueTrace.OFF.from(value, BASE)).isSameAs(value);
    assertThat(ValueTrace.OFF.overlay(value, MapNode.of("a", Node.integer(2)), OVER))
        .isEqualTo(MapNode.of("a", Node.integer(2)));
    assertThat(lines(ValueTrace.OFF.explain(value))).containsExactly("a = 1 <- ");
  }

  @Test
  void everyKindOfValueIsRegisteredByItsOwnIdentity() {
    ValueTrace trace = ValueTrace.on();
    Node shared = Node.text("same");
    MapNode tree = MapNode.of("t", trace.from(shared, BASE)).with("u", shared)
        .with("i", trace.from(Node.integer(1), BASE))
        .with("d", trace.from(new Node.Decimal(new java.math.BigDecimal("1.5")), BASE))
        .with("b", trace.from(Node.bool(false), BASE))
        .with("l", trace.from(new ListNode(io.vavr.collection.Vector.of(Node.integer(2))), BASE))
        .with("m", trace.from(MapNode.of("k", Node.integer(3)), BASE));
    assertThat(lines(trace.explain(tree))).containsExactly("t = \"same\" <- base:\"same\"", "u = \"same\" <- ",
        "i = 1 <- base:1", "d = 1.5 <- base:1.5", "b = false <- base:false", "l = a list <- base:a list", "m.k = 3 <- base:3");
    MapNode map = MapNode.of("k", Node.integer(1));
    ListNode list = new ListNode(io.vavr.collection.Vector.of(Node.integer(2)));
    MapNode twice = MapNode.of("a", trace.from(map, BASE)).with("b", trace.from(map, LAST))
        .with("c", trace.from(list, BASE)).with("d", trace.from(list, LAST));
    assertThat(lines(trace.explain(twice))).containsExactly("a.k = 1 <- base:1", "b.k = 1 <- last:1",
        "c = a list <- base:a list", "d = a list <- last:a list");
  }
}
