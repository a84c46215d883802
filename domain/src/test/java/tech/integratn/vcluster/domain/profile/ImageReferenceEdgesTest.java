package tech.integratn.vcluster.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link ImageReference} at its edges: every printable ASCII character as the last of a tag against
 * the tag alphabet written out here, the 128-character limit, and references without any tag or
 * repository.
 */
class ImageReferenceEdgesTest {

  static final String TAG_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-";
  static final String HEX64 = "0123456789abcdef".repeat(4);
  static final String NO_PIN = "must carry a tag other than latest or a digest (@sha256:<64 hex>)";

  @Test
  void aTagCharacterIsPinnedExactlyWhenItIsOfTheTagAlphabet() {
    for (char c = 0x21; c < 0x7f; c++) {
      String reference = "registry.example/app:v1" + c;
      assertThat(ImageReference.isPinned(reference)).as(reference).isEqualTo(TAG_ALPHABET.indexOf(c) >= 0);
    }
    assertThat(ImageReference.isPinned("app:v\u00e9")).isFalse();
    assertThat(ImageReference.problem("app:v1%"))
        .contains("a tag must be 1-128 of [A-Za-z0-9_.-], not starting with . or -");
  }

  @Test
  void aTagMayStartWithAnyAlphabetCharacterButADotOrDash() {
    for (char c : TAG_ALPHABET.toCharArray()) {
      assertThat(ImageReference.isPinned("app:" + c + "1")).as("%s", c).isEqualTo(c != '.' && c != '-');
    }
  }

  @Test
  void aTagIsAtMost128Characters() {
    assertThat(ImageReference.isPinned("app:" + "a".repeat(128))).isTrue();
    assertThat(ImageReference.problem("app:" + "a".repeat(129)))
        .contains("a tag must be 1-128 of [A-Za-z0-9_.-], not starting with . or -");
    assertThat(ImageReference.problem("app:"))
        .contains("a tag must be 1-128 of [A-Za-z0-9_.-], not starting with . or -");
  }

  @Test
  void aBareNameNeedsATagOrADigest() {
    assertThat(ImageReference.problem("nginx")).contains(NO_PIN);
    assertThat(ImageReference.problem("nginx@sha256:" + HEX64)).isEmpty();
    assertThat(ImageReference.problem("registry:5000/nginx")).contains(NO_PIN);
  }

  @Test
  void aDigestAloneNamesNoRepository() {
    assertThat(ImageReference.problem("@sha256:" + HEX64)).contains("must name a repository");
    assertThat(ImageReference.problem(":v1")).contains("must name a repository");
    assertThat(ImageReference.problem("/app:v1")).contains("must name a repository");
    assertThat(ImageReference.problem("app/:v1")).contains("must name a repository");
  }
}
