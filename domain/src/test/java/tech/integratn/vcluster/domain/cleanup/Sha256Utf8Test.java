package tech.integratn.vcluster.domain.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The marker's own UTF-8 encoder against the JDK's on every encoding-length boundary, on surrogate
 * pairs (four bytes) and on unpaired surrogates (a {@code ?} each, as the JDK writes them).
 */
class Sha256Utf8Test {

  static void agreesWithTheJdk(String text) {
    assertThat(Sha256.utf8(text)).as("%s", text.codePoints().mapToObj(Integer::toHexString).toList())
        .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyLengthBoundaryEncodesAsTheJdkDoes() {
    for (int c : new int[] {0, 0x41, 0x7f, 0x80, 0xe9, 0x7ff, 0x800, 0x20ac, 0xd7ff, 0xe000, 0xfffd, 0xffff}) {
      agreesWithTheJdk("a" + (char) c + "b");
    }
  }

  @Test
  void surrogatePairsAreFourBytes() {
    for (int cp : new int[] {0x10000, 0x1f600, 0x10ffff, 0x2a6d6}) {
      agreesWithTheJdk(new String(Character.toChars(cp)));
      agreesWithTheJdk("x" + new String(Character.toChars(cp)) + "y");
    }
    assertThat(Sha256.utf8("\ud83d\ude00")).containsExactly(0xf0, 0x9f, 0x98, 0x80);
  }

  @Test
  void unpairedSurrogatesBecomeQuestionMarks() {
    agreesWithTheJdk("a\ud83d");
    agreesWithTheJdk("\ude00a");
    agreesWithTheJdk("\ud83d\ud83d\ude00");
    agreesWithTheJdk("\ude00\ud83d");
    assertThat(Sha256.utf8("a\ud83d")).containsExactly('a', '?');
  }
}
