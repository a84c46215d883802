package tech.integratn.vcluster.domain.contract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tech.integratn.vcluster.domain.names.HttpsUrls;
import tech.integratn.vcluster.domain.names.KubernetesNames;

/**
 * The field tables' regular expressions, each compiled once per JVM. Compiling and matching them
 * costs a cold pipeline run under the image's AOT cache nothing measurable (bench/README.md,
 * "Idioms under the AOT cache"), so no expression has a hand-written matcher.
 */
public final class Patterns {

  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  private Patterns() {}

  public static final String DNS_LABEL = KubernetesNames.DNS_LABEL;
  public static final String DNS_NAME = KubernetesNames.DNS_SUBDOMAIN;
  public static final String DNS_NAME_RULE =
      "must be a DNS-1123 subdomain (dot-separated DNS labels)";
  public static final String QUANTITY =
      "^[+]?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE][+-]?[0-9]+))?$";
  public static final String QUANTITY_RULE =
      "must be a Kubernetes quantity such as 500m, 2 or 1Gi";
  public static final String URL = "^(https?|oci)://[^\\s]+$";
  public static final String URL_RULE = "must be an http(s) or oci URL";
  /** A URL as {@link #URL}, or {@code *} (Argo CD's "any cluster"). */
  public static final String URL_OR_ANY = "^(\\*|(https?|oci)://[^\\s]+)$";
  public static final String URL_OR_ANY_RULE = "must be an http(s) or oci URL, or * for any cluster";
  public static final String LABEL_KEY = KubernetesNames.LABEL_KEY;
  public static final String LABEL_KEY_RULE = KubernetesNames.LABEL_KEYS_RULE;
  /** The annotation-key rule of every field table's annotation map. */
  public static final String ANNOTATION_KEY_RULE = "keys must be Kubernetes annotation keys";
  public static final String LABEL_VALUE = KubernetesNames.LABEL_VALUE;
  public static final String LABEL_VALUE_RULE = KubernetesNames.LABEL_VALUES_RULE;
  public static final String IP_ADDRESS = "^[0-9A-Fa-f:.]+$";
  public static final String CIDR = "^[0-9A-Fa-f:.]+/[0-9]{1,3}$";
  public static final String VERSION = "^[^\\s]+$";
  /** {@link #VERSION}'s rule, as the sub-promises word it. */
  public static final String NO_WHITE_SPACE_RULE = "must be non-empty and contain no white space";
  public static final String CIDR_RULE =
      "must be a CIDR block <address>/<prefix length>; a single host must include a prefix length, e.g. 10.0.3.1/32";

  /** A Secret key that also names a file: {@code [-._a-zA-Z0-9]+}, not {@code .}, not starting with {@code ..} (spec 9.6). */
  public static final String SECRET_KEY = "^\\.?[-_a-zA-Z0-9][-._a-zA-Z0-9]*$";
  /** A 1Password item title as the registration names it (spec 9.6). */
  public static final String ITEM_TITLE = "^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$";
  /** An {@code https://} URL without query or fragment. */
  public static final String HTTPS_URL = HttpsUrls.HTTPS_URL;
  /** An {@code https://} API server URL: DNS name or bracketed IPv6 host, optional port and path, no query. */
  public static final String SERVER_URL =
      "^https://([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?(/[^\\s?#]*)?$";
  /** Lower-case letters, digits and {@code -}. */
  public static final String LOWER_DASHED = "^[a-z0-9-]+$";

  public static Pattern compiled(String regex) {
    Pattern pattern = COMPILED.get(regex);
    if (pattern == null) {
      pattern = Pattern.compile(regex);
      Pattern raced = COMPILED.putIfAbsent(regex, pattern);
      return raced != null ? raced : pattern;
    }
    return pattern;
  }

  /** The named expressions of the field tables (every row's expression is one of them). */
  public static final java.util.List<String> NAMED = java.util.List.of(DNS_LABEL, DNS_NAME, QUANTITY, URL,
      URL_OR_ANY, LABEL_KEY, LABEL_VALUE, IP_ADDRESS, CIDR, VERSION, SECRET_KEY, ITEM_TITLE, HTTPS_URL, SERVER_URL,
      LOWER_DASHED);

  /** Whether all of {@code value} matches {@code regex}, as {@code Matcher.matches()} says. */
  public static boolean matches(String regex, String value) {
    return compiled(regex).matcher(value).matches();
  }
}
