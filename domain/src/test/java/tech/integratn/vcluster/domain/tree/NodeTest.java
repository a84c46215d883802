package tech.integratn.vcluster.domain.tree;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The scalars, maps and lists of the tree: names, equality, quoting and the map operations, by literal. */
class NodeTest {

  @Test
  void typeNamesAreTheWordsOfTheMessages() {
    assertThat(Node.text("a").typeName()).isEqualTo("string");
    assertThat(Node.integer(1).typeName()).isEqualTo("integer");
    assertThat(new Node.Decimal(new BigDecimal("0.5")).typeName()).isEqualTo("number");
    assertThat(Node.bool(true).typeName()).isEqualTo("boolean");
    assertThat(Node.Null.NULL.typeName()).isEqualTo("null");
    assertThat(MapNode.empty().typeName()).isEqualTo("map");
    assertThat(ListNode.of().typeName()).isEqualTo("list");
  }

  @Test
  void scalarsAreEqualByValueWithTheHashOfTheirValue() {
    assertThat(Node.text("a")).isEqualTo(Node.text("a")).isNotEqualTo(Node.text("b")).isNotEqualTo("a");
    assertThat(Node.text("a").hashCode()).isEqualTo(97);
    assertThat(Node.integer(7)).isEqualTo(new Node.Int(BigInteger.valueOf(7))).isNotEqualTo(Node.integer(8))
        .isNotEqualTo(Node.text("7"));
    assertThat(Node.integer(7).hashCode()).isEqualTo(7);
    Node half = new Node.Decimal(new BigDecimal("0.5"));
    assertThat(half).isEqualTo(new Node.Decimal(new BigDecimal("0.5"))).isNotEqualTo(new Node.Decimal(new BigDecimal("0.50")))
        .isNotEqualTo(Node.text("0.5"));
    assertThat(half.hashCode()).isEqualTo(new BigDecimal("0.5").hashCode()).isNotZero();
    assertThat(Node.bool(true)).isEqualTo(Node.bool(true)).isNotEqualTo(Node.bool(false)).isNotEqualTo(Node.text("true"));
    assertThat(Node.bool(true).hashCode()).isEqualTo(1231);
    assertThat(Node.bool(false).hashCode()).isEqualTo(1237);
    assertThat(ListNode.of(Node.text("a"))).isEqualTo(ListNode.ofTexts(List.of("a"))).isNotEqualTo(ListNode.of())
        .isNotEqualTo(MapNode.empty());
    assertThat(ListNode.of(Node.text("a")).hashCode()).isEqualTo(ListNode.ofTexts(List.of("a")).hashCode())
        .isNotEqualTo(ListNode.of(Node.text("b")).hashCode());
    assertThat(MapNode.of("a", Node.text("1"))).isEqualTo(MapNode.empty().with("a", "1"))
        .isNotEqualTo(MapNode.of("a", Node.text("2"))).isNotEqualTo(ListNode.of());
    assertThat(MapNode.of("a", Node.text("1")).hashCode()).isEqualTo(MapNode.empty().with("a", "1").hashCode())
        .isNotEqualTo(MapNode.of("a", Node.text("2")).hashCode());
  }

  @Test
  void quoteEscapesQuotesBackslashesAndControlCharacters() {
    assertThat(Node.quote("")).isEqualTo("\"\"");
    assertThat(Node.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
    assertThat(Node.quote("a\nb\rc\td")).isEqualTo("\"a\\nb\\rc\\td\"");
    assertThat(Node.quote("\u0000\u001f\u007f\u0085\u2028\u2029")).isEqualTo("\"\\u0000\\u001f\\u007f\\u0085\\u2028\\u2029\"");
    assertThat(Node.quote("é €\uD83D\uDE00")).isEqualTo("\"é €\uD83D\uDE00\"");
  }

  @Test
  void decimalsArePlainUpToAHundredZeros() {
    assertThat(Node.decimalText(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(Node.decimalText(new BigDecimal("0.25"))).isEqualTo("0.25");
    assertThat(Node.decimalText(new BigDecimal("1E+100"))).isEqualTo("1" + "0".repeat(100));
    assertThat(Node.decimalText(new BigDecimal("1E-100"))).isEqualTo("0." + "0".repeat(99) + "1");
    assertThat(Node.decimalText(new BigDecimal("1E+101"))).isEqualTo("1E+101");
    assertThat(Node.decimalText(new BigDecimal("1E-101"))).isEqualTo("1E-101");
    assertThat(Node.decimalText(new BigDecimal("1E+999999999"))).isEqualTo("1E+999999999");
  }

  @Test
  void describeShowsScalarsAndCutsLongTextsBeforeASurrogatePair() {
    assertThat(Node.describe(Node.integer(-3))).isEqualTo("-3");
    assertThat(Node.describe(new Node.Decimal(new BigDecimal("2.50")))).isEqualTo("2.50");
    assertThat(Node.describe(new Node.Decimal(new BigDecimal("1E+200")))).isEqualTo("1E+200");
    assertThat(Node.describe(Node.bool(false))).isEqualTo("false");
    assertThat(Node.describe(Node.text("x".repeat(60)))).isEqualTo("\"" + "x".repeat(60) + "\"");
    assertThat(Node.describe(Node.text("x".repeat(61)))).isEqualTo("\"" + "x".repeat(57) + "...\"");
    String pairAt56 = "x".repeat(56) + "\uD83D\uDE00" + "y".repeat(10);
    assertThat(Node.describe(Node.text(pairAt56))).isEqualTo("\"" + "x".repeat(56) + "...\"");
    String pairAt55 = "x".repeat(55) + "\uD83D\uDE00" + "y".repeat(10);
    assertThat(Node.describe(Node.text(pairAt55))).isEqualTo("\"" + "x".repeat(55) + "\uD83D\uDE00...\"");
  }

  @Test
  void mapOperationsKeepOrderAndSayWhatTheyHold() {
    MapNode m = MapNode.of("a", Node.text("1")).with("b", "2").with("c", "3");
    assertThat(m.keys()).containsExactly("a", "b", "c");
    assertThat(m.size()).isEqualTo(3);
    assertThat(m.isEmpty()).isFalse();
    assertThat(MapNode.empty().isEmpty()).isTrue();
    assertThat(m.containsKey("a")).isTrue();
    assertThat(m.containsKey("c")).isTrue();
    assertThat(m.containsKey("d")).isFalse();
    assertThat(m.get("c")).contains(Node.text("3"));
    assertThat(m.get("d")).isEmpty();
    assertThat(m.without("b").keys()).containsExactly("a", "c");
    assertThat(m.without("a").keys()).containsExactly("b", "c");
    assertThat(m.without("z")).isEqualTo(m);
    assertThat(m.with("a", "9").keys()).containsExactly("a", "b", "c");
    assertThat(m.with("a", "9").get("a")).contains(Node.text("9"));
    assertThat(m.withSome("d", Option.some(Node.text("4"))).get("d")).contains(Node.text("4"));
    assertThat(m.withSome("d", Option.none())).isSameAs(m);
    assertThat(m.withAll(MapNode.empty())).isSameAs(m);
    assertThat(m.withAll(MapNode.of("b", MapNode.of("x", Node.text("y"))).with("d", "4")))
        .isEqualTo(MapNode.of("a", Node.text("1")).with("b", MapNode.of("x", Node.text("y"))).with("c", "3").with("d", "4"));
    assertThat(MapNode.ofStrings(StringMap.empty())).isEqualTo(MapNode.empty());
  }

  @Test
  void emptyMapsArePrunedAtEveryDepthAndAnUnchangedMapIsKept() {
    MapNode kept = MapNode.of("a", MapNode.of("b", Node.text("1"))).with("l", ListNode.of(MapNode.empty()));
    assertThat(kept.withoutEmptyMaps()).isSameAs(kept);
    MapNode nested = MapNode.of("a", MapNode.of("b", MapNode.of("c", MapNode.empty())))
        .with("x", MapNode.of("y", Node.text("1")).with("z", MapNode.empty())).with("w", "2");
    assertThat(nested.withoutEmptyMaps())
        .isEqualTo(MapNode.of("x", MapNode.of("y", Node.text("1"))).with("w", "2"));
    MapNode deepChange = MapNode.of("x", MapNode.of("y", MapNode.of("z", Node.text("1")).with("e", MapNode.empty())));
    assertThat(deepChange.withoutEmptyMaps()).isEqualTo(MapNode.of("x", MapNode.of("y", MapNode.of("z", Node.text("1")))));
  }

  @Test
  void pathsPutReplacesAScalarOnTheWayByAMap() {
    MapNode root = MapNode.of("a", Node.text("scalar"));
    assertThat(Paths.put(root, List.of("a", "b"), Node.text("v"))).isEqualTo(MapNode.of("a", MapNode.of("b", Node.text("v"))));
    assertThat(Paths.put(MapNode.of("a", MapNode.of("c", Node.text("1"))), List.of("a", "b"), Node.text("v")))
        .isEqualTo(MapNode.of("a", MapNode.of("c", Node.text("1")).with("b", "v")));
    assertThat(Paths.at(root)).contains(root);
  }
}
