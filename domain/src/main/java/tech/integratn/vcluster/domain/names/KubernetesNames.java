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
  /** The one wording of the label-key rule for a single key. */
  public static final String LABEL_KEY_RULE = "must be a Kubernetes label key";
  /** The label-key rule for every key of a map (the field tables' string maps). */
  public static final String LABEL_KEYS_RULE = "keys must be Kubernetes label keys";
  /** The label-key rule with its shape spelled out, for the keys of a rendered object's labels. */
  public static final String LABEL_KEYS_RULE_SPELLED_OUT = "every key " + LABEL_KEY_RULE
      + " (an optional DNS-1123 subdomain and '/', then at most 63 letters, digits, '-', '_', '.')";

  /** The one definition of a DNS-1123 label's shape (its length limit is {@link #isDnsLabel(String)}'s). */
  public static final String DNS_LABEL = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";
  /** The shape of a DNS-1123 subdomain without anchors: dot-separated DNS labels. */
  private static final String SUBDOMAIN_SHAPE = "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";
  /** The one definition of a DNS-1123 subdomain's shape (its length limits are {@link #isDnsSubdomain(String)}'s). */
  public static final String DNS_SUBDOMAIN = "^" + SUBDOMAIN_SHAPE + "$";
  /**
   * The one definition of a label key's shape: an optional DNS-1123 subdomain and {@code /}, then a name
   * of 1 to 63 letters, digits, {@code -_.} starting and ending with a letter or digit (the prefix's
   * length limits are {@link #isLabelKey(String)}'s).
   */
  public static final String LABEL_KEY = "^(" + SUBDOMAIN_SHAPE + "/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$";
  /** The one definition of a label value: empty, or at most 63 characters starting and ending with a letter or digit. */
  public static final String LABEL_VALUE = "^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$";

  private static final int MAX_LABEL = 63;
  /** Longest DNS-1123 subdomain, and so longest prefix (before {@code /}) of a label or annotation key. */
  public static final int MAX_SUBDOMAIN = 253;
  private static final Pattern LABEL = Pattern.compile(DNS_LABEL);
  private static final Pattern SUBDOMAIN = Pattern.compile(DNS_SUBDOMAIN);
  private static final Pattern LABEL_VALUE_PATTERN = Pattern.compile(LABEL_VALUE);
  private static final Pattern LABEL_KEY_PATTERN = Pattern.compile(LABEL_KEY);

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

  /** {@link #LABEL_KEY}, the prefix (before {@code /}) a DNS subdomain within its length limits. */
  public static boolean isLabelKey(String s) {
    int slash = s.indexOf('/');
    return LABEL_KEY_PATTERN.matcher(s).matches() && (slash < 0 || isDnsSubdomain(s.substring(0, slash)));
  }
}
