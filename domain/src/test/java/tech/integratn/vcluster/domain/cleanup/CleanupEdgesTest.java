package tech.integratn.vcluster.domain.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import org.junit.jupiter.api.Test;

/**
 * Spec 10.3 at the edges of its text scans: a selector term whose operator or parenthesis comes
 * first, an Authorization value running to the end of the text or empty, a marker whose namespace
 * is empty, and labels given in an odd number.
 */
class CleanupEdgesTest {

  @Test
  void aSelectorOperatorOrParenthesisAtTheStartOfATermIsStillSeen() {
    assertThat(LabelSelectors.checkable("(a")).isFalse();
    assertThat(LabelSelectors.checkable(")a")).isFalse();
    assertThat(LabelSelectors.matches("(a", HashMap.of("(a", "1"))).isFalse();
    assertThat(LabelSelectors.matches("!=v", HashMap.empty())).isTrue();
    assertThat(LabelSelectors.matches("!=v", HashMap.of("!", "v"))).isTrue();
    assertThat(LabelSelectors.matches("=v", HashMap.of("=v", "x"))).isFalse();
    assertThat(LabelSelectors.matches("a in b", HashMap.of("a", "x"))).isFalse();
    assertThat(LabelSelectors.matches("a==b,c!=d", HashMap.of("a", "b", "c", "e"))).isTrue();
  }

  @Test
  void anAuthorizationValueEndsAtTheEndOfTheTextAndAnEmptyOneIsKept() {
    Redaction none = Redaction.none();
    assertThat(none.apply("authorization: abc")).isEqualTo("authorization: [redacted]");
    assertThat(none.apply("authorization: ,x")).isEqualTo("authorization: ,x");
    assertThat(none.apply("authorization: ")).isEqualTo("authorization: ");
    assertThat(none.apply("bearer abc")).isEqualTo("bearer [redacted]");
    assertThat(none.apply("bearer ,x")).isEqualTo("bearer ,x");
    assertThat(none.apply("unbearerable")).isEqualTo("unbearerable");
  }

  @Test
  void aMarkerJoinedFromAnEmptyNamespaceStillCountsItsSeparator() {
    assertThat(VClusterMarker.separators("", "db")).isEqualTo(1);
    assertThat(VClusterMarker.separators("vc", "db")).isEqualTo(1);
    assertThat(VClusterMarker.separators("vc-x-web", "media")).isEqualTo(2);
  }

  @Test
  void aTrailingLabelKeyWithoutValueIsIgnored() {
    LeftoverVolume volume = LeftoverVolume.unclaimed("pv", "Released").withLabels("a", "1", "b");
    assertThat(volume.labels()).isEqualTo(LinkedHashMap.of("a", "1"));
  }
}
