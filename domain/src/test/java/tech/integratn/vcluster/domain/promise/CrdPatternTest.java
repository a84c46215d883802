package tech.integratn.vcluster.domain.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.Seq;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.integratn.vcluster.domain.contract.Constraint;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.orchestrator.RequestFields;

class CrdPatternTest {

  /** Characters the table's regexes care about, so random strings often match. */
  private static final String ALPHABET = "az09AZ.-_/:+eEiMmk ";

  private static Seq<String> tableRegexes() {
    return RequestFields.all(IntegratnProfile.PROFILE).flatMap(f -> f.constraints()).flatMap(c -> {
      if (c instanceof Constraint.Matches m) {
        return io.vavr.collection.List.of(m.regex());
      }
      if (c instanceof Constraint.KeysMatch k) {
        return io.vavr.collection.List.of(k.regex());
      }
      if (c instanceof Constraint.ValuesMatch v) {
        return io.vavr.collection.List.of(v.regex());
      }
      return io.vavr.collection.List.empty();
    }).distinct();
  }

  @Test
  void everyRegexOfTheFieldTableIsPortableSoNoRuleIsLeftToThePipelineAlone() {
    assertThat(tableRegexes()).isNotEmpty();
    for (String regex : tableRegexes()) {
      assertThat(CrdPattern.portabilityProblem(regex)).as(regex).isEmpty();
      assertThat(CrdPattern.of(regex).isRight()).as(regex).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "^a++$", "^[a-z]*+$", "^a?+$", "^a{1,3}+$", "(?i)abc", "(?i:abc)", "^(?=a)a$", "^(?!b)a$", "^(?<=a)b$",
      "^(?>a)$", "^(?<name>a)$", "^(a)\\1$", "\\Aabc\\z", "^abc\\Z", "^\\p{L}+$", "^[a-z&&[^q]]$", "^[a[b]]$",
      "^\\Qa.b\\E$", "^\\h$", "^[a-z", "^[]a]$", "^[^]a]$"})
  void javaOnlyConstructsAreRefused(String regex) {
    assertThat(CrdPattern.portabilityProblem(regex)).as(regex).isNotEmpty();
    assertThat(CrdPattern.of(regex).isLeft()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "^a+$", "^\\++$", "^[+]?[0-9]+$", "^[^\\s]+$", "^(?:ab)*?c$", "^a{0,61}$", "^[a\\]]$", "^\\.\\-\\/$", "^\\d\\w\\s$"})
  void portableConstructsAreAccepted(String regex) {
    assertThat(CrdPattern.portabilityProblem(regex)).as(regex).isEmpty();
  }

  @Test
  void anchoredPatternsStayAsTheyAreAndOthersAreWrapped() {
    assertThat(CrdPattern.anchored("^[a-z]+$")).isEqualTo("^[a-z]+$");
    assertThat(CrdPattern.anchored("^(a|b)$")).isEqualTo("^(a|b)$");
    assertThat(CrdPattern.anchored("[a-z]+")).isEqualTo("^(?:[a-z]+)$");
    assertThat(CrdPattern.anchored("a|b")).isEqualTo("^(?:a|b)$");
    assertThat(CrdPattern.anchored("^a|b$")).isEqualTo("^(?:^a|b$)$");
    assertThat(CrdPattern.anchored("^a\\$")).isEqualTo("^(?:^a\\$)$");
    assertThat(CrdPattern.anchored("^a\\\\$")).isEqualTo("^a\\\\$");
    assertThat(CrdPattern.anchored("^[|]$")).isEqualTo("^[|]$");
  }

  /** Values each table regex accepts or refuses, so every pattern is exercised on both sides. */
  private static final String[] KNOWN = {
      "", "demo", "-demo", "demo-", "a.b-c", "a..b", "A", "500m", "1Gi", "2", "+1.5e3", "1.", ".5", "1x",
      "https://charts.loft.sh", "oci://ghcr.io/x", "ftp://x", "https://a b", "10.0.4.0/24", "fd00::/64",
      "10.0.4.201", "integratn.tech/cluster-issuer", "a/b/c", "letsencrypt-prod", "main", "v1.34.3", "x y"};

  @Test
  void aSearchedCrdPatternAcceptsExactlyWhatTheDecoderMatchesOnKnownValues() {
    for (String regex : tableRegexes()) {
      Pattern java = Pattern.compile(regex);
      Pattern crd = Pattern.compile(CrdPattern.of(regex).get());
      for (String s : KNOWN) {
        assertThat(crd.matcher(s).find()).as("%s on \"%s\"", regex, s).isEqualTo(java.matcher(s).matches());
      }
    }
  }

  @Test
  void aSearchedCrdPatternAcceptsExactlyWhatTheDecoderMatches() {
    Seq<String> regexes = tableRegexes().appendAll(io.vavr.collection.List.of("a|b", "^a|b$", "[0-9]+", "^x\\$"));
    for (String regex : regexes) {
      Pattern java = Pattern.compile(regex);
      Pattern crd = Pattern.compile(CrdPattern.of(regex).get());
      Pattern widened = Pattern.compile(CrdPattern.allowingEmpty(CrdPattern.of(regex).get()));
      qt().withFixedSeed(20260301L).withExamples(400)
          .forAll(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 12))
          .checkAssert(indexes -> {
            String s = indexes.stream().map(i -> String.valueOf(ALPHABET.charAt(i))).collect(Collectors.joining());
            boolean decoder = java.matcher(s).matches();
            assertThat(crd.matcher(s).find()).as("%s on \"%s\"", regex, s).isEqualTo(decoder);
            assertThat(widened.matcher(s).find()).as("widened %s on \"%s\"", regex, s).isEqualTo(decoder || s.isEmpty());
          });
    }
  }
}
