package tech.integratn.vcluster.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Patterns#matches} accepts exactly the strings the field table's regular expressions accept
 * as {@code Matcher.matches()} does (whole value; a trailing newline is no match), so no matcher of
 * its own can creep back in with a different answer: random strings built from pieces near each
 * expression's edges (separators, suffixes, 63-character runs, whitespace, non-ASCII digits and
 * letters), fixed seed.
 */
class PatternsPropertiesTest {

  private static final long SEED = 0x9A77E2L;

  /** Pieces the generated strings are made of: every character class edge of the expressions. */
  private static final List<String> PIECES = List.of(
      "a", "z", "q", "A", "Z", "0", "9", "5", "-", "_", ".", "..", "/", ":", "+", "f", "F", "g",
      "e", "E", "i", "*", "K", "Ki", "Mi", "Ei", "k", "m", "n", "u", "G", "P", "T", "x",
      " ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u0663", "\u00E9", "\u0131", "\u212A",
      "http://", "https://", "oci://", "https:/", "HTTP://", "example.com", "10.0.4.0", "::1",
      "/24", "/128", "/1234", "500m", "1Gi", "1e3", "1E+3", "2.5", ".5", "5.",
      "a".repeat(61), "b".repeat(62), "c".repeat(63), "Ab".repeat(31), "d".repeat(64));

  static Stream<String> expressions() {
    return Stream.of(Patterns.DNS_LABEL, Patterns.DNS_NAME, Patterns.QUANTITY, Patterns.URL,
        Patterns.LABEL_KEY, Patterns.LABEL_VALUE, Patterns.IP_ADDRESS, Patterns.CIDR,
        Patterns.VERSION, Patterns.URL_OR_ANY);
  }

  private static String text(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int pieces = random.nextInt(7);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES.get(random.nextInt(PIECES.size())));
    }
    return text.toString();
  }

  @ParameterizedTest
  @MethodSource("expressions")
  void theMatcherAgreesWithTheExpression(String regex) {
    Pattern pattern = Pattern.compile(regex);
    qt().withExamples(40_000).withFixedSeed(SEED).forAll(longs().all()).checkAssert(seed -> {
      String value = text(seed);
      assertThat(Patterns.matches(regex, value)).as("%s on \"%s\"", regex, value)
          .isEqualTo(pattern.matcher(value).matches());
    });
  }

  @ParameterizedTest
  @MethodSource("expressions")
  void bothAcceptAndRefuseSomething(String regex) {
    Pattern pattern = Pattern.compile(regex);
    boolean accepted = false;
    boolean refused = false;
    for (long seed = 0; seed < 20_000 && !(accepted && refused); seed++) {
      String value = text(seed);
      boolean matches = Patterns.matches(regex, value);
      assertThat(matches).as("%s on \"%s\"", regex, value).isEqualTo(pattern.matcher(value).matches());
      accepted |= matches;
      refused |= !matches;
    }
    assertThat(accepted).as("some generated string matches %s", regex).isTrue();
    assertThat(refused).as("some generated string does not match %s", regex).isTrue();
  }

  @ParameterizedTest
  @MethodSource("expressions")
  void edgeCasesAgree(String regex) {
    Pattern pattern = Pattern.compile(regex);
    for (String value : List.of("", "a", "-", ".", "a.", ".a", "a..b", "a-", "-a", "a/b", "/a", "a/", "a//b",
        "example.com/" + "x".repeat(63), "example.com/" + "x".repeat(64), "x".repeat(63), "x".repeat(64),
        "1", "+1", "++1", "1.", ".1", ".", "1.5.3", "1e", "1E", "1e+", "1e5", "1Ei", "1ei", "1ki", "1Ki", "1k",
        "10.0.0.0/8", "10.0.0.0/", "/8", "::/0", "1/2/3", "http://", "http://x", "https://x y", "oci://a",
        "v1.30.2", "v1 ", "a\n", "abc\n", "1\n", "10.0.0.1\n", "\u0663", "a_b", "A", "a.B")) {
      assertThat(Patterns.matches(regex, value)).as("%s on \"%s\"", regex, value)
          .isEqualTo(pattern.matcher(value).matches());
    }
  }
}
