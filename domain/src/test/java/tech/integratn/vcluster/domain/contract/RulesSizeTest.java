package tech.integratn.vcluster.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** An annotation map holds at most 256 KiB of keys and values (spec 9.3), counted in UTF-8. */
class RulesSizeTest {

  @Test
  void utf8LengthIsWhatTheJdkEncodes() {
    qt().forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 40).assuming(RulesSizeTest::noLoneSurrogate))
        .checkAssert(s -> assertThat(Rules.utf8Length(s)).isEqualTo((long) s.getBytes(StandardCharsets.UTF_8).length));
    assertThat(Rules.utf8Length("a\u00e9\u20ac\uD83D\uDE00")).isEqualTo(10L);
  }

  @Test
  void aMapOverItsBudgetIsRefusedNamingTheSize() {
    Constraint.MaxBytes budget = new Constraint.MaxBytes(10);
    assertThat(Rules.check(budget, "spec.annotations", MapNode.of("ab", Node.text("12345678")))).isEmpty();
    assertThat(Rules.check(budget, "spec.annotations", MapNode.of("ab", Node.text("123456789"))))
        .extracting(Problems::render)
        .containsExactly("spec.annotations: must hold at most 10 bytes of keys and values in all (got 11 bytes)");
  }

  /** YAML text never holds an unpaired surrogate (the JDK would encode it as '?'). */
  static boolean noLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
