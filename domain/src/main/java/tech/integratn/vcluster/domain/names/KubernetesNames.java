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
  /** The one wording of the label-value rule for a single value. */
  public static final String LABEL_VALUE_RULE = "must be a Kubernetes label value";
  /** The label-value rule with its shape spelled out, for a value of a rendered label. */
  public static final String LABEL_VALUE_RULE_SPELLED_OUT = LABEL_VALUE_RULE
      + " (a string of at most 63 letters, digits, '-', '_', '.', starting and ending with a letter or digit)";
  /** The label-value rule for every value of a map (the field tables' string maps). */
  public static final String LABEL_VALUES_RULE =
      "values must be Kubernetes label values (at most 63 characters of letters, digits, '-', '_', '.')";

  /** The one definition of a DNS-1123 label's shape (its length limit is {@link #isDnsLabel(String)}'s). */
  public static final String DNS_LABEL = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";
  /** The one definition of a DNS-1123 subdomain's shape: dot-separated DNS labels. */
  public static final String DNS_SUBDOMAIN = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";
  /** The one definition of a label value: empty, or at most 63 characters starting and ending with a letter or digit. */
  public static final String LABEL_VALUE = "^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$";

  private static final int MAX_LABEL = 63;
  private static final int MAX_SUBDOMAIN = 253;
  private static final Pattern LABEL = Pattern.compile(DNS_LABEL);
  private static final Pattern SUBDOMAIN = Pattern.compile(DNS_SUBDOMAIN);
  private static final Pattern LABEL_VALUE_PATTERN = Pattern.compile(LABEL_VALUE);

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
    return s.length() <= MAX_LABEL && LABEL_VALUE_PATTERN.matcher(s).matches();
  }

  /** {@code [<DNS subdomain>/]<name>}, the name a non-empty label value. */
  public static boolean isLabelKey(String s) {
    int slash = s.indexOf('/');
    String name = slash < 0 ? s : s.substring(slash + 1);
    return !name.isEmpty() && isLabelValue(name) && (slash < 0 || isDnsSubdomain(s.substring(0, slash)));
  }
}
