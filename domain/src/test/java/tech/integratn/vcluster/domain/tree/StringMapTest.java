package tech.integratn.vcluster.domain.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import org.junit.jupiter.api.Test;

/** Insertion order, in-place replacement, the merges the planner uses, and order-blind equality. */
class StringMapTest {

  private static java.util.List<Tuple2<String, String>> entries(StringMap map) {
    java.util.List<Tuple2<String, String>> out = new java.util.ArrayList<>();
    for (Tuple2<String, String> e : map) {
      out.add(e);
    }
    return out;
  }

  @Test
  void keepsInsertionOrderAndReplacesInPlace() {
    StringMap map = StringMap.of("c", "1", "a", "2", "b", "3").put("a", "20").put("d", "4");
    assertThat(entries(map)).containsExactly(
        Tuple.of("c", "1"), Tuple.of("a", "20"), Tuple.of("b", "3"), Tuple.of("d", "4"));
    assertThat(map.keys()).containsExactly("c", "a", "b", "d");
    assertThat(map.get("a")).contains("20");
    assertThat(map.get("z").isEmpty()).isTrue();
    assertThat(map.containsKey("d")).isTrue();
    assertThat(map.size()).isEqualTo(4);
  }

  @Test
  void isImmutable() {
    StringMap base = StringMap.of("a", "1");
    base.put("b", "2");
    base.putAll(StringMap.of("a", "9"));
    java.util.Map<String, String> source = new java.util.LinkedHashMap<>();
    source.put("x", "1");
    StringMap copied = StringMap.ofAll(source);
    source.put("y", "2");
    assertThat(entries(base)).containsExactly(Tuple.of("a", "1"));
    assertThat(copied.keys()).containsExactly("x");
  }

  @Test
  void putAllOverridesInPlaceAndAppendsNewKeys() {
    StringMap merged = StringMap.of("a", "1", "b", "2").putAll(StringMap.of("c", "3", "a", "10"));
    assertThat(entries(merged)).containsExactly(Tuple.of("a", "10"), Tuple.of("b", "2"), Tuple.of("c", "3"));
  }

  @Test
  void putAbsentKeepsExistingValuesAndAppendsOnlyNewKeys() {
    StringMap merged = StringMap.of("a", "1", "b", "2").putAbsent(StringMap.of("c", "3", "a", "10", "d", "4"));
    assertThat(entries(merged)).containsExactly(
        Tuple.of("a", "1"), Tuple.of("b", "2"), Tuple.of("c", "3"), Tuple.of("d", "4"));
  }

  @Test
  void equalityIgnoresOrderLikeOtherMaps() {
    assertThat(StringMap.of("a", "1", "b", "2")).isEqualTo(StringMap.of("b", "2", "a", "1"))
        .hasSameHashCodeAs(StringMap.of("b", "2", "a", "1"));
    assertThat(StringMap.of("a", "1")).isNotEqualTo(StringMap.of("a", "2"));
    assertThat(StringMap.of()).isEqualTo(StringMap.empty());
  }

  @Test
  void oddKeysAndValuesAreRefused() {
    assertThatThrownBy(() -> StringMap.of("a", "1", "b")).isInstanceOf(IllegalArgumentException.class);
  }
}
