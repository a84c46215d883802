package tech.integratn.vcluster.domain.names;

import java.util.regex.Pattern;

/**
 * Kubernetes name rules: DNS labels and subdomains, label keys and values, as regular expressions
 * with the length limits beside them (no hand-written matcher: under the image's AOT cache a
 * compiled expression costs a cold run nothing measurable, bench/README.md "Idioms under the AOT cache").
 */
public final class KubernetesNames {

  /** The one wording of the DNS-1123 label rule, for requests, profiles, clean-up and the CLI. */
  public static final String DNS_LABEL_RULE =
      "must be a DNS-1123 label (lower-case letters, digits and '-', starting and ending with a letter or digit)";
  private static final int MAX_LABEL = 63;
  private static final int MAX_SUBDOMAIN = 253;
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern LABEL_VALUE = Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?");

  private KubernetesNames() {}

  /** {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?}, at most 63 characters. */
  public static boolean isDnsLabel(String s) {
    return s.length() <= MAX_LABEL && LABEL.matcher(s).matches();
  }

  /** {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?} over {@code [from, to)} of {@code s}, of any length. */
  public static boolean isDnsLabel(String s, int from, int to) {
    return from < to && LABEL.matcher(s).region(from, to).matches();
  }

  /** Dot-separated DNS labels of at most 63 characters each, at most 253 characters. */
  public static boolean isDnsSubdomain(String s) {
    if (s.length() > MAX_SUBDOMAIN || !SUBDOMAIN.matcher(s).matches()) {
      return false;
    }
    for (String label : s.split("\\.")) {
      if (label.length() > MAX_LABEL) {
        return false;
      }
    }
    return true;
  }

  /** Empty, or at most 63 of {@code [-A-Za-z0-9_.]} starting and ending with a letter or digit. */
  public static boolean isLabelValue(String s) {
    return s.length() <= MAX_LABEL && LABEL_VALUE.matcher(s).matches();
  }

  /** {@code [<DNS subdomain>/]<name>}, the name a non-empty label value. */
  public static boolean isLabelKey(String s) {
    int slash = s.indexOf('/');
    String name = slash < 0 ? s : s.substring(slash + 1);
    return !name.isEmpty() && isLabelValue(name) && (slash < 0 || isDnsSubdomain(s.substring(0, slash)));
  }
}
