package tech.integratn.vcluster.domain.names;

/**
 * Kubernetes name rules checked by hand: requests, profiles and rendered trees are read on a
 * pipeline's cold start, where a compiled regular expression costs more than the check.
 */
public final class KubernetesNames {

  public static final String DNS_LABEL_RULE =
      "must be a DNS-1123 label (lower-case letters, digits and '-', starting and ending with a letter or digit)";
  private static final int MAX_LABEL = 63;
  private static final int MAX_SUBDOMAIN = 253;

  private KubernetesNames() {}

  /** {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?}, at most 63 characters. */
  public static boolean isDnsLabel(String s) {
    return s.length() <= MAX_LABEL && isDnsLabel(s, 0, s.length());
  }

  /** {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?} over {@code [from, to)} of {@code s}, of any length. */
  public static boolean isDnsLabel(String s, int from, int to) {
    if (from >= to || s.charAt(from) == '-' || s.charAt(to - 1) == '-') {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** Dot-separated DNS labels, at most 253 characters. */
  public static boolean isDnsSubdomain(String s) {
    if (s.isEmpty() || s.length() > MAX_SUBDOMAIN) {
      return false;
    }
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '.') {
        if (!isDnsLabel(s.substring(start, i))) {
          return false;
        }
        start = i + 1;
      }
    }
    return true;
  }

  /** Empty, or at most 63 of {@code [-A-Za-z0-9_.]} starting and ending with a letter or digit. */
  public static boolean isLabelValue(String s) {
    if (s.isEmpty()) {
      return true;
    }
    if (s.length() > MAX_LABEL || !isAlnum(s.charAt(0)) || !isAlnum(s.charAt(s.length() - 1))) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAlnum(c) && c != '-' && c != '_' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** {@code [<DNS subdomain>/]<name>}, the name a non-empty label value. */
  public static boolean isLabelKey(String s) {
    int slash = s.indexOf('/');
    String name = slash < 0 ? s : s.substring(slash + 1);
    return !name.isEmpty() && isLabelValue(name) && (slash < 0 || isDnsSubdomain(s.substring(0, slash)));
  }

  private static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
