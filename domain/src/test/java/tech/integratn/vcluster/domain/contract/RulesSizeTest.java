package tech.integratn.vcluster.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** An annotation map holds at most 256 KiB of keys and values (spec 9.3), counted in UTF-8. */
class RulesSizeTest {

  /** A fixed seed, so that CI is deterministic; a random one locally: {@code -Dfuzz.seed=$RANDOM$RANDOM}. */
  private static final long SEED = Long.getLong("fuzz.seed", 0x0B17E5L);

  @Test
  void utf8LengthIsWhatTheJdkEncodes() {
    qt().withFixedSeed(SEED).forAll(strings().betweenCodePoints(0x20, 0xD7FF).ofLengthBetween(0, 40))
        .checkAssert(s -> assertThat(Rules.utf8Length(s)).isEqualTo((long) s.getBytes(StandardCharsets.UTF_8).length));
    // beyond the BMP by code point (QuickTheories' string generators cut code points to chars)
    qt().withFixedSeed(SEED).forAll(lists().of(integers().between(0xE000, 0x10FFFF)).ofSizeBetween(0, 20)).checkAssert(points -> {
      StringBuilder text = new StringBuilder();
      points.forEach(text::appendCodePoint);
      String s = text.toString();
      assertThat(Rules.utf8Length(s)).isEqualTo((long) s.getBytes(StandardCharsets.UTF_8).length);
    });
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

  @Test
  void aLengthIsCountedInCharactersAsTheApiServerCountsMaxLength() {
    String emoji = "\uD83D\uDE00";
    Constraint.MaxLength max = new Constraint.MaxLength(255);
    assertThat(Rules.check(max, "spec.description", Node.text(emoji.repeat(255)))).isEmpty();
    assertThat(Rules.check(max, "spec.description", Node.text(emoji.repeat(256)))).extracting(Problems::render)
        .singleElement().asString()
        .startsWith("spec.description: must be at most 255 characters long (got \"" + emoji.repeat(28) + "...")
        .doesNotContain("?");
  }
}
