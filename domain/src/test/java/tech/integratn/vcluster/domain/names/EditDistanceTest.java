package tech.integratn.vcluster.domain.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Levenshtein distances worked out by hand, and the one "did you mean" rule. */
class EditDistanceTest {

  @Test
  void distancesCountSingleCharacterEdits() {
    assertThat(EditDistance.between("", "")).isZero();
    assertThat(EditDistance.between("abc", "")).isEqualTo(3);
    assertThat(EditDistance.between("", "ab")).isEqualTo(2);
    assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
    assertThat(EditDistance.between("sitting", "kitten")).isEqualTo(3);
    assertThat(EditDistance.between("flaw", "lawn")).isEqualTo(2);
    assertThat(EditDistance.between("preset", "presett")).isEqualTo(1);
    assertThat(EditDistance.between("abc", "abc")).isZero();
    assertThat(EditDistance.between("abc", "axc")).isEqualTo(1);
    assertThat(EditDistance.between("ab", "ba")).isEqualTo(2);
    assertThat(EditDistance.between("intention", "execution")).isEqualTo(5);
  }

  @Test
  void theClosestCandidateWithinTwoEditsIsSuggested() {
    assertThat(EditDistance.MAX_SUGGESTION_DISTANCE).isEqualTo(2);
    assertThat(EditDistance.closest("presett", List.of("replicas", "preset", "presets"))).isEqualTo("preset");
    // two edits away is still suggested, three is not
    assertThat(EditDistance.closest("prest", List.of("presets"))).isEqualTo("presets");
    assertThat(EditDistance.closest("pre", List.of("preset"))).isNull();
    assertThat(EditDistance.closest("abcd", List.of("wxcd"))).isEqualTo("wxcd");
    assertThat(EditDistance.closest("abcd", List.of("wxyd"))).isNull();
    // the name itself is no suggestion
    assertThat(EditDistance.closest("preset", List.of("preset"))).isNull();
    assertThat(EditDistance.closest("x", List.of())).isNull();
  }

  @Test
  void fewerEditsWinAndTiesGoToTheAlphabeticallyFirst() {
    assertThat(EditDistance.closest("abcd", List.of("abxy", "abcx"))).isEqualTo("abcx");
    assertThat(EditDistance.closest("abcd", List.of("abcx", "abxy"))).isEqualTo("abcx");
    assertThat(EditDistance.closest("abcd", List.of("abcy", "abcx"))).isEqualTo("abcx");
    assertThat(EditDistance.closest("abcd", List.of("abcx", "abcy"))).isEqualTo("abcx");
    assertThat(EditDistance.closest("abcd", List.of("abxy", "abxz", "abcx"))).isEqualTo("abcx");
  }
}
