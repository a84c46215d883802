package tech.integratn.vcluster.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.diff.ObjectPath;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** Where an explained value sits: at or below a prefix, holding a path inside it, reaching a value that exists. */
class ExplainedValueTest {

  /** {@code sync.mappings}: a list of two maps, the second {@code {name: b}}. */
  private static final ExplainedValue LIST = new ExplainedValue(ObjectPath.of("sync", "mappings"),
      new ListNode(Vector.of(MapNode.of("name", Node.text("a")), MapNode.of("name", Node.text("b")))), List.empty());

  @Test
  void aValueIsAtOrBelowItsOwnPathAndItsPrefixesOnly() {
    assertThat(LIST.isAtOrBelow(ObjectPath.of("sync", "mappings"))).isTrue();
    assertThat(LIST.isAtOrBelow(ObjectPath.of("sync"))).isTrue();
    assertThat(LIST.isAtOrBelow(ObjectPath.root())).isTrue();
    assertThat(LIST.isAtOrBelow(ObjectPath.of("sync", "mappings", "x"))).isFalse();
    assertThat(LIST.isAtOrBelow(ObjectPath.of("other"))).isFalse();
  }

  @Test
  void aValueHoldsOnlyPathsStrictlyInsideIt() {
    assertThat(LIST.holds(ObjectPath.of("sync", "mappings").index(0))).isTrue();
    assertThat(LIST.holds(ObjectPath.of("sync", "mappings"))).isFalse();
    assertThat(LIST.holds(ObjectPath.of("sync"))).isFalse();
    assertThat(LIST.holds(ObjectPath.of("other", "mappings").index(0))).isFalse();
  }

  @Test
  void aValueReachesAnIndexWithinItsListAndAKeyOfItsMaps() {
    ObjectPath at = ObjectPath.of("sync", "mappings");
    assertThat(LIST.reaches(at.index(0))).isTrue();
    assertThat(LIST.reaches(at.index(1).key("name"))).isTrue();
    assertThat(LIST.reaches(at.index(2))).isFalse();
    assertThat(LIST.reaches(at.key("name"))).isFalse();
    assertThat(LIST.reaches(at.index(0).key("other"))).isFalse();
    assertThat(LIST.reaches(at.index(0).index(0))).isFalse();
    assertThat(LIST.reaches(at.index(1).key("name").key("deeper"))).isFalse();
    assertThat(LIST.reaches(at)).isFalse();
    assertThat(LIST.reaches(ObjectPath.of("other").index(0))).isFalse();
  }
}
