package tech.integratn.vcluster.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every image in a profile is pinned by a tag other than latest or a digest (spec 9.6). */
class ImageReferenceTest {

  private static final String HEX = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  @ParameterizedTest
  @ValueSource(strings = {
      "alpine/k8s:1.34.3",
      "registry:5000/x:1.2",
      "x@sha256:" + HEX,
      "x:1.2@sha256:" + HEX,
      "registry:5000/team/x@sha256:" + HEX,
      "[::1]:5000/x:v1",
      "ghcr.io/acme/kubectl:v1.34.3-alpine_2"})
  void pinnedReferencesAreAccepted(String reference) {
    assertThat(ImageReference.problem(reference)).isEmpty();
    assertThat(ImageReference.isPinned(reference)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "alpine/k8s            | must carry a tag other than latest or a digest (@sha256:<64 hex>)",
      "alpine/k8s:latest     | must carry a tag other than latest or a digest (@sha256:<64 hex>)",
      "registry:5000/x       | must carry a tag other than latest or a digest (@sha256:<64 hex>)",
      "registry:5000/x:latest| must carry a tag other than latest or a digest (@sha256:<64 hex>)",
      "x@sha256:abc          | a digest must be @sha256: and 64 lower-case hex digits",
      "x@sha512:0            | a digest must be @sha256: and 64 lower-case hex digits",
      "x:                    | a tag must be 1-128 of [A-Za-z0-9_.-], not starting with . or -",
      "x:-1                  | a tag must be 1-128 of [A-Za-z0-9_.-], not starting with . or -",
      ":1.2                  | must name a repository",
      "registry:5000/:1.2    | must name a repository",
      "''                    | must name a repository"})
  void unpinnedOrMalformedReferencesAreRefused(String reference, String rule) {
    assertThat(ImageReference.problem(reference)).contains(rule);
    assertThat(ImageReference.isPinned(reference)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"x:1.2@sha256:" + "0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef",
      "x@sha256:" + HEX + "0", "x:1.2 ", "x: 1.2"})
  void malformedDigestsAndWhiteSpaceAreRefused(String reference) {
    assertThat(ImageReference.isPinned(reference)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"x:latest@sha256:" + HEX})
  void aDigestPinsEvenTheLatestTag(String reference) {
    assertThat(ImageReference.isPinned(reference)).isTrue();
  }
}
