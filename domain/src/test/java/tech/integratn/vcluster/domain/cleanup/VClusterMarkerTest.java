package tech.integratn.vcluster.domain.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The marker is vcluster's {@code SafeConcatName(targetNamespace, "x", name)}: examples worked out by
 * hand from vcluster's Go source, and properties against the JDK's SHA-256 and a reference written
 * straight from the Go code's three lines.
 */
class VClusterMarkerTest {

  private static final long SEED = 0x5AFEC0DEL;

  static String sha256Hex(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** Go: {@code if len(p) > 63 { return strings.ReplaceAll(p[0:52]+"-"+hex(sha256(p))[0:10], ".-", "-") }}. */
  static String reference(String... parts) {
    String p = String.join("-", parts);
    return p.length() > 63 ? (p.substring(0, 52) + "-" + sha256Hex(p).substring(0, 10)).replace(".-", "-") : p;
  }

  /** A DNS-label-like text of 0 to 70 characters over letters, digits, '-' and '.'. */
  static String label(SplittableRandom random) {
    String alphabet = "abcxyz0189-.";
    int length = random.nextInt(4) == 0 ? random.nextInt(71) : 1 + random.nextInt(30);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  @Test
  void aShortMarkerIsTheTargetNamespaceXAndTheName() {
    assertThat(VClusterMarker.of("vcluster-media", "media")).isEqualTo("vcluster-media-x-media");
    assertThat(VClusterMarker.of("platform-requests", "demo")).isEqualTo("platform-requests-x-demo");
  }

  @Test
  void theOrderIsTargetNamespaceFirstNotUpstreamsReversedOne() {
    assertThat(VClusterMarker.of("team-a", "media")).isEqualTo("team-a-x-media").isNotEqualTo("media-x-team-a");
  }

  @Test
  void sixtyThreeCharactersStayAsTheyAreSixtyFourAreHashed() {
    String ns63 = "n".repeat(59);
    assertThat(VClusterMarker.of(ns63, "a")).hasSize(63).isEqualTo(ns63 + "-x-a");
    String ns64 = "n".repeat(60);
    String hashed = VClusterMarker.of(ns64, "a");
    assertThat(hashed).hasSize(63).startsWith("n".repeat(52) + "-")
        .isEqualTo("n".repeat(52) + "-" + sha256Hex(ns64 + "-x-a").substring(0, 10));
  }

  @Test
  void aDotBeforeTheCutIsDroppedAsVclusterDoes() {
    String ns = "n".repeat(51) + "." + "m".repeat(20);
    String marker = VClusterMarker.of(ns, "db");
    assertThat(marker).isEqualTo("n".repeat(51) + "-" + sha256Hex(ns + "-x-db").substring(0, 10)).hasSize(62);
  }

  @Test
  void theDigestIsSha256() {
    assertThat(Sha256.hex(Sha256.digest(new byte[0])))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(Sha256.hex(Sha256.digest("abc".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void theDigestAgreesWithTheJdkOnEveryLengthAroundTheBlockEdges() {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int length = 0; length < 300; length++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < length; i++) {
        text.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26) : 0x20 + random.nextInt(0x3000)));
      }
      String s = text.toString();
      assertThat(Sha256.hex(Sha256.digest(Sha256.utf8(s)))).as("length %d", length).isEqualTo(sha256Hex(s));
    }
  }

  @Test
  void theMarkerAgreesWithTheGoReferenceOnRandomNames() {
    qt().withExamples(20_000).withFixedSeed(SEED).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      String ns = label(random);
      String name = label(random);
      String marker = VClusterMarker.of(ns, name);
      assertThat(marker).as("%s / %s", ns, name).isEqualTo(reference(ns, "x", name));
      assertThat(marker.length()).isLessThanOrEqualTo(63);
      if ((ns + "-x-" + name).length() <= 63) {
        assertThat(marker).isEqualTo(ns + "-x-" + name);
      } else {
        assertThat(marker).endsWith("-" + sha256Hex(ns + "-x-" + name).substring(0, 10));
      }
    });
  }
}
