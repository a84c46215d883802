package tech.integratn.vcluster.adapters.fs.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The hand-written quoting rule answers exactly as the regular expression of its class comment. */
class PlainScalarSafetyTest {

  /** The oracle: the expression {@link PlainScalarSafety} documents, compiled only here. */
  static final Pattern AMBIGUOUS = Pattern.compile(String.join("|",
      "(?i:y|yes|n|no|true|false|on|off|null|~)",
      "[-+]?(0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*)",
      "[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?",
      "[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?",
      "[-+]?[0-9][0-9_]*([eE][-+]?[0-9]+)",
      "[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)",
      "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?"));

  /** Characters that make up YAML numbers, dates, sexagesimals and keywords, and some that do not. */
  static final String ALPHABET = "0123456789+-.:_eExXbBoOTt yYnNaAsSuUlLfFrR~ziI";

  /**
   * Pieces near the edges of each alternative: prefixes, the digit ranges' ends, non-ASCII digits,
   * sexagesimal parts, exponents, infinities, date parts and the line terminators a date's tail may not hold.
   */
  static final List<String> PIECES = List.of(
      "0", "1", "5", "6", "7", "8", "9", "_", "2026-02-08", "2026-1-1T", "1999-12-31 ", "+", "-", ".", ":", "e", "E", "e+", "E-", "x", "X", "b", "B", "o", "O",
      "a", "f", "F", "g", "G", "0b", "0o", "0x", "0B", "0X", ":5", ":59", ":60", ":7", "2026", "2026-", "-02", "-8",
      "-08", "T", "t", " ", "Z", "10:15", "\n", "\r", "\u0085", "\u2028", "\u2029", "\t", "inf", "Inf", "INF", "iNf",
      "nan", "NaN", "NAN", ".inf", ".nan", "yes", "No", "oFF", "null", "~", "\u0663", "\uff10", "\u00e9", "\u212a");

  static Gen<String> scalarLike() {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, ALPHABET.length() - 1))
        .ofSizeBetween(1, 12)
        .map(indexes -> {
          StringBuilder text = new StringBuilder();
          indexes.forEach(i -> text.append(ALPHABET.charAt(i)));
          return text.toString();
        });
  }

  static Gen<String> fromPieces() {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, PIECES.size() - 1))
        .ofSizeBetween(1, 7)
        .map(indexes -> {
          StringBuilder text = new StringBuilder();
          indexes.forEach(i -> text.append(PIECES.get(i)));
          return text.toString();
        });
  }

  @Test
  void theMatcherAgreesWithTheRegularExpressionOnScalarLikeCharacters() {
    qt().withFixedSeed(20261126L).withExamples(200_000).forAll(scalarLike())
        .check(text -> PlainScalarSafety.matchesAmbiguous(text) == AMBIGUOUS.matcher(text).matches());
  }

  @Test
  void theMatcherAgreesWithTheRegularExpressionOnPiecesNearItsEdges() {
    qt().withFixedSeed(20261127L).withExamples(200_000).forAll(fromPieces())
        .check(text -> PlainScalarSafety.matchesAmbiguous(text) == AMBIGUOUS.matcher(text).matches());
  }

  @Test
  void knownCasesOnBothSides() {
    for (String ambiguous : new String[] {"yes", "No", "ON", "~", "null", "0755", "-1", "1e3", "1:30", ".inf", "2026-02-08",
        "0x1F", "+.5", "0b1_0", "0o17", "00", "08", "0_", "+0x_", "1_000", ".", "-.", "._", "1.", "1.e5", ".5E-3", "1E+10",
        "190:20:30", "1:5:59.5_", "1:5.", "-.INF", ".NaN", "2026-2-8", "2026-02-08T10:15:00Z", "2026-02-08 10:15",
        "2026-02-08t", "1_2e3"}) {
      assertThat(PlainScalarSafety.matchesAmbiguous(ambiguous)).as(ambiguous).isTrue();
      assertThat(AMBIGUOUS.matcher(ambiguous).matches()).as("oracle: " + ambiguous).isTrue();
    }
    for (String plain : new String[] {"v1.34.3", "0.30.4", "yesno", "~x", "enabled", "10Gi", "500m", "Always", "+",
        "-", "0b", "0x", "0o", "0b2", "0o8", "0xg", "0X1", "0B1", "0x1.5", "1e", "1e+", "1e3.5", "1:60", "1:123", "1:",
        "1::2", "1:5:", "+.nan", ".Nan", "-.iNf", "_1", "+_", "2026-02-08\n", "2026-02-08T\u2028", "2026-002-08",
        "26-02-08", "2026-02-08x", "\u0663", "1\u0663", "1.2.3"}) {
      assertThat(PlainScalarSafety.matchesAmbiguous(plain)).as(plain).isFalse();
      assertThat(AMBIGUOUS.matcher(plain).matches()).as("oracle: " + plain).isFalse();
    }
  }
}
