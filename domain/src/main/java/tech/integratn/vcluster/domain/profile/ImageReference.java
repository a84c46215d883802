package tech.integratn.vcluster.domain.profile;

import io.vavr.control.Option;

/**
 * The pinning rule for every image a profile names (spec 9.6): a reference must carry a tag other
 * than {@code latest}, or a digest {@code @sha256:<64 hex>}, or both. A {@code :} before the last
 * {@code /} is a registry port, not a tag ({@code registry:5000/x} has no tag).
 */
public final class ImageReference {

  private static final String DIGEST_PREFIX = "@sha256:";
  private static final int DIGEST_HEX = 64;
  private static final int MAX_TAG = 128;

  private ImageReference() {}

  /** Whether {@code reference} is pinned by a tag other than {@code latest} or by a digest. */
  public static boolean isPinned(String reference) {
    return problem(reference).isEmpty();
  }

  /** Why {@code reference} is not a pinned image reference, or none when it is. */
  public static Option<String> problem(String reference) {
    for (int i = 0; i < reference.length(); i++) {
      if (Character.isWhitespace(reference.charAt(i))) {
        return Option.some("must not contain white space");
      }
    }
    String name = reference;
    boolean digest = false;
    int at = reference.indexOf('@');
    if (at >= 0) {
      if (!isDigest(reference.substring(at))) {
        return Option.some("a digest must be @sha256: and 64 lower-case hex digits");
      }
      name = reference.substring(0, at);
      digest = true;
    }
    int slash = name.lastIndexOf('/');
    int colon = name.lastIndexOf(':');
    String repository = colon > slash ? name.substring(0, colon) : name;
    if (repository.isEmpty() || repository.endsWith("/") || repository.startsWith("/")) {
      return Option.some("must name a repository");
    }
    if (colon <= slash) {
      return digest ? Option.none() : Option.some("must carry a tag other than latest or a digest (@sha256:<64 hex>)");
    }
    String tag = name.substring(colon + 1);
    if (!isTag(tag)) {
      return Option.some("a tag must be 1-128 of [A-Za-z0-9_.-], not starting with . or -");
    }
    if (tag.equals("latest") && !digest) {
      return Option.some("must carry a tag other than latest or a digest (@sha256:<64 hex>)");
    }
    return Option.none();
  }

  private static boolean isDigest(String s) {
    if (!s.startsWith(DIGEST_PREFIX) || s.length() != DIGEST_PREFIX.length() + DIGEST_HEX) {
      return false;
    }
    for (int i = DIGEST_PREFIX.length(); i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTag(String s) {
    if (s.isEmpty() || s.length() > MAX_TAG || s.charAt(0) == '.' || s.charAt(0) == '-') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '_' || c == '.' || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
