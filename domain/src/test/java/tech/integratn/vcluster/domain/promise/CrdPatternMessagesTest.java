package tech.integratn.vcluster.domain.promise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The exact reason and index {@link CrdPattern} gives for each non-portable construct, constructs at
 * the very end of a pattern (where an off-by-one would read past it), and the anchoring decision
 * for groups, classes and alternation.
 */
class CrdPatternMessagesTest {

  @Test
  void eachProblemNamesItsConstructAndIndex() {
    assertThat(CrdPattern.portabilityProblem("^a\\")).isEqualTo("trailing backslash");
    assertThat(CrdPattern.portabilityProblem("^\\p{L}$"))
        .isEqualTo("escape \\p is Java-specific or means something else in RE2/ECMA-262");
    assertThat(CrdPattern.portabilityProblem("^[a[b]]$")).isEqualTo("nested character class (Java union) at index 3");
    assertThat(CrdPattern.portabilityProblem("^[ab&&b]$")).isEqualTo("character class intersection && at index 4");
    assertThat(CrdPattern.portabilityProblem("^ab*+$")).isEqualTo("possessive quantifier at index 4");
    assertThat(CrdPattern.portabilityProblem("^a[]b]$"))
        .isEqualTo("character class opening with ] (a literal in Java and RE2, an empty class in ECMA-262) at index 2");
    assertThat(CrdPattern.portabilityProblem("^a[^]b]$"))
        .isEqualTo("character class opening with ] (a literal in Java and RE2, an empty class in ECMA-262) at index 3");
    assertThat(CrdPattern.portabilityProblem("^a(?i)b$"))
        .isEqualTo("group construct (?i (inline flags, lookaround, atomic or named group) at index 2");
    assertThat(CrdPattern.portabilityProblem("^a[b$")).isEqualTo("unterminated character class");
  }

  @Test
  void constructsAtTheVeryEndAreReadWithoutRunningPastIt() {
    assertThat(CrdPattern.portabilityProblem("ab(?"))
        .isEqualTo("group construct (? (inline flags, lookaround, atomic or named group) at index 2");
    assertThat(CrdPattern.portabilityProblem("ab(")).isEmpty();
    assertThat(CrdPattern.portabilityProblem("ab[")).isEqualTo("unterminated character class");
    assertThat(CrdPattern.portabilityProblem("ab[^")).isEqualTo("unterminated character class");
    assertThat(CrdPattern.portabilityProblem("^[a&")).isEqualTo("unterminated character class");
    assertThat(CrdPattern.of("ab(?")).isEqualTo(io.vavr.control.Either.left(
        "group construct (? (inline flags, lookaround, atomic or named group) at index 2"));
  }

  @Test
  void aSingleAmpersandOrAQuantifierFollowedByOtherTextIsPortable() {
    assertThat(CrdPattern.portabilityProblem("^[a&b]$")).isEmpty();
    assertThat(CrdPattern.portabilityProblem("^[&a]$")).isEmpty();
    assertThat(CrdPattern.portabilityProblem("^a*b+c?$")).isEmpty();
    assertThat(CrdPattern.portabilityProblem("^(?:a)+$")).isEmpty();
    assertThat(CrdPattern.portabilityProblem("^a{2}b$")).isEmpty();
  }

  @Test
  void anchoringLooksAtAlternationOutsideGroupsAndClassesOnly() {
    assertThat(CrdPattern.anchored("^abc")).isEqualTo("^(?:^abc)$");
    assertThat(CrdPattern.anchored("^(a)|b$")).isEqualTo("^(?:^(a)|b$)$");
    assertThat(CrdPattern.anchored("^(a)(b)|c$")).isEqualTo("^(?:^(a)(b)|c$)$");
    assertThat(CrdPattern.anchored("^(a|b)(c|d)$")).isEqualTo("^(a|b)(c|d)$");
    assertThat(CrdPattern.anchored("^[a|]$")).isEqualTo("^[a|]$");
    assertThat(CrdPattern.anchored("^[]|]$")).isEqualTo("^[]|]$");
    assertThat(CrdPattern.anchored("^[ab]|c$")).isEqualTo("^(?:^[ab]|c$)$");
    assertThat(CrdPattern.anchored("^\\(|a$")).isEqualTo("^(?:^\\(|a$)$");
    assertThat(CrdPattern.anchored("^a\\\\\\$")).isEqualTo("^(?:^a\\\\\\$)$");
  }
}
