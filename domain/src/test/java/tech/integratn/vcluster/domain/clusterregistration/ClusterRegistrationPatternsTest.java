package tech.integratn.vcluster.domain.clusterregistration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.integratn.vcluster.domain.contract.Patterns;

/**
 * The hand-written matchers of the registration's expressions accept exactly what the compiled
 * expressions accept (the CRD publishes the expressions; the decoder runs the matchers).
 */
class ClusterRegistrationPatternsTest {

  private static final List<String> PIECES = List.of(
      "https://", "http://", "https:/", "a", "z", "A", "Z", "0", "9", "-", "_", ".", "..", "/", ":", "[", "]", "?", "#",
      " ", "\t", "\n", "\u00A0", "\u00E9", "fd00::1", "10.0.4.1", "example.org", ":6443", ":123456", "@", "ab", "x.y");

  @ParameterizedTest
  @ValueSource(strings = {Patterns.SECRET_KEY, Patterns.ITEM_TITLE, Patterns.HTTPS_URL, Patterns.SERVER_URL,
      Patterns.LOWER_DASHED})
  void matchersAgreeWithTheExpressions(String regex) {
    Pattern compiled = Pattern.compile(regex);
    SplittableRandom random = new SplittableRandom(0x5EC7E7L);
    int accepted = 0;
    for (int n = 0; n < 40_000; n++) {
      StringBuilder text = new StringBuilder(random.nextInt(3) == 0 ? "https://" : "");
      int pieces = random.nextInt(7);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      String s = text.toString();
      boolean expected = compiled.matcher(s).matches();
      assertThat(Patterns.matches(regex, s)).as("%s on %s", regex, s).isEqualTo(expected);
      accepted += expected ? 1 : 0;
    }
    // both sides of each expression are exercised
    assertThat(accepted).isBetween(100, 39_900);
  }
}
