package tech.integratn.vcluster.adapters.fs.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The cold-start shortcut of the quoting rule answers exactly as its regular expression. */
class PlainScalarSafetyTest {

  /** Characters that make up YAML numbers, dates, sexagesimals and keywords, and some that do not. */
  static final String ALPHABET = "0123456789+-.:_eExXbBoOTt yYnNaAsSuUlLfFrR~ziI";

  static Gen<String> scalarLike() {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, ALPHABET.length() - 1))
        .ofSizeBetween(1, 12)
        .map(indexes -> {
          StringBuilder text = new StringBuilder();
          indexes.forEach(i -> text.append(ALPHABET.charAt(i)));
          return text.toString();
        });
  }

  @Test
  void theShortcutAgreesWithTheRegularExpression() {
    qt().withFixedSeed(20261126L).withExamples(50_000).forAll(scalarLike())
        .check(text -> PlainScalarSafety.matchesAmbiguous(text) == PlainScalarSafety.AMBIGUOUS.matcher(text).matches());
  }

  @Test
  void knownCasesOnBothSides() {
    for (String ambiguous : new String[] {"yes", "No", "ON", "~", "null", "0755", "-1", "1e3", "1:30", ".inf", "2026-02-08",
        "0x1F", "+.5"}) {
      assertThat(PlainScalarSafety.matchesAmbiguous(ambiguous)).as(ambiguous).isTrue();
    }
    for (String plain : new String[] {"v1.34.3", "0.30.4", "yesno", "~x", "enabled", "10Gi", "500m", "Always"}) {
      assertThat(PlainScalarSafety.matchesAmbiguous(plain)).as(plain).isFalse();
    }
  }
}
