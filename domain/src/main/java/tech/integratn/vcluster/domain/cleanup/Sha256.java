package tech.integratn.vcluster.domain.cleanup;

/**
 * SHA-256 of a name, through the JDK's {@code MessageDigest}: under the image's AOT cache it costs
 * a delete run nothing measurable (bench/README.md, "Idioms under the AOT cache"; the clean-up that
 * hashes runs only with a cluster, whose TLS has loaded the security providers already).
 */
final class Sha256 {

  private Sha256() {}

  /** The 32-byte digest of {@code message}. */
  static byte[] digest(byte[] message) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(message);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The UTF-8 bytes of {@code text} (without {@code java.nio}; unpaired surrogates become {@code ?}). */
  static byte[] utf8(String text) {
    byte[] out = new byte[text.length() * 3];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      int c = text.charAt(i);
      if (Character.isHighSurrogate((char) c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint((char) c, text.charAt(++i));
        out[n++] = (byte) (0xf0 | cp >> 18);
        out[n++] = (byte) (0x80 | (cp >> 12 & 0x3f));
        out[n++] = (byte) (0x80 | (cp >> 6 & 0x3f));
        out[n++] = (byte) (0x80 | (cp & 0x3f));
      } else if (Character.isSurrogate((char) c)) {
        out[n++] = '?';
      } else if (c < 0x80) {
        out[n++] = (byte) c;
      } else if (c < 0x800) {
        out[n++] = (byte) (0xc0 | c >> 6);
        out[n++] = (byte) (0x80 | (c & 0x3f));
      } else {
        out[n++] = (byte) (0xe0 | c >> 12);
        out[n++] = (byte) (0x80 | (c >> 6 & 0x3f));
        out[n++] = (byte) (0x80 | (c & 0x3f));
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** Lower-case hexadecimal. */
  static String hex(byte[] bytes) {
    return java.util.HexFormat.of().formatHex(bytes);
  }
}
