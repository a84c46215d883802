package tech.integratn.vcluster.domain.contract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tech.integratn.vcluster.domain.names.KubernetesNames;

/**
 * The field table's regular expressions, each compiled once per JVM (no {@code computeIfAbsent}
 * with a method reference: linking it is a cold-start cost).
 *
 * <p>The expressions of the field tables are matched by hand-written loops that accept
 * exactly the same strings (property-tested against the compiled expressions): compiling them
 * costs a cold pipeline run about half a millisecond each. Any other expression is compiled.
 */
public final class Patterns {

  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  private Patterns() {}

  public static final String DNS_LABEL = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";
  public static final String DNS_LABEL_RULE =
      "must be a DNS-1123 label (lower-case letters, digits and '-', starting and ending with a letter or digit)";
  public static final String DNS_NAME =
      "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";
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
  public static final String LABEL_KEY =
      "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$";
  public static final String LABEL_KEY_RULE = "keys must be Kubernetes label keys";
  public static final String LABEL_VALUE = "^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$";
  public static final String LABEL_VALUE_RULE =
      "values must be Kubernetes label values (at most 63 characters of letters, digits, '-', '_', '.')";
  public static final String IP_ADDRESS = "^[0-9A-Fa-f:.]+$";
  public static final String CIDR = "^[0-9A-Fa-f:.]+/[0-9]{1,3}$";
  public static final String VERSION = "^[^\\s]+$";
  public static final String CIDR_RULE =
      "must be a CIDR block <address>/<prefix length>; a single host must include a prefix length, e.g. 10.0.3.1/32";

  /** A Secret key that also names a file: {@code [-._a-zA-Z0-9]+}, not {@code .}, not starting with {@code ..} (spec 9.6). */
  public static final String SECRET_KEY = "^\\.?[-_a-zA-Z0-9][-._a-zA-Z0-9]*$";
  /** A 1Password item title as the registration names it (spec 9.6). */
  public static final String ITEM_TITLE = "^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$";
  /** An {@code https://} URL without query or fragment. */
  public static final String HTTPS_URL = "^https://[^\\s/?#][^\\s?#]*$";
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

  /** The expressions matched by hand-written loops (no regular expression compiled for them). */
  public static final java.util.List<String> HAND_MATCHED = java.util.List.of(DNS_LABEL, DNS_NAME, QUANTITY, URL,
      URL_OR_ANY, LABEL_KEY, LABEL_VALUE, IP_ADDRESS, CIDR, VERSION, SECRET_KEY, ITEM_TITLE, HTTPS_URL, SERVER_URL,
      LOWER_DASHED);

  /** Whether all of {@code value} matches {@code regex}, as {@code Matcher.matches()} says. */
  public static boolean matches(String regex, String value) {
    switch (regex) {
      case DNS_LABEL:
        return dnsLabel(value, 0, value.length());
      case DNS_NAME:
        return dnsName(value, 0, value.length());
      case QUANTITY:
        return quantity(value);
      case URL:
        return url(value);
      case URL_OR_ANY:
        return "*".equals(value) || url(value);
      case LABEL_KEY:
        return labelKey(value);
      case LABEL_VALUE:
        return value.isEmpty() || labelName(value, 0, value.length());
      case IP_ADDRESS:
        return !value.isEmpty() && addressChars(value, 0, value.length());
      case CIDR:
        return cidr(value);
      case VERSION:
        return !value.isEmpty() && noSpace(value, 0);
      case SECRET_KEY:
        return secretKey(value);
      case ITEM_TITLE:
        return itemTitle(value);
      case HTTPS_URL:
        return httpsUrl(value);
      case SERVER_URL:
        return serverUrl(value);
      case LOWER_DASHED:
        return lowerDashed(value);
      default:
        return compiled(regex).matcher(value).matches();
    }
  }

  /** {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?} over {@code [from, to)}. */
  private static boolean dnsLabel(String s, int from, int to) {
    return KubernetesNames.isDnsLabel(s, from, to);
  }

  /** Dot-separated {@link #dnsLabel}s over {@code [from, to)}. */
  private static boolean dnsName(String s, int from, int to) {
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || s.charAt(i) == '.') {
        if (!dnsLabel(s, start, i)) {
          return false;
        }
        start = i + 1;
      }
    }
    return true;
  }

  /** {@code [+]?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE][+-]?[0-9]+))?}. */
  private static boolean quantity(String s) {
    int i = !s.isEmpty() && s.charAt(0) == '+' ? 1 : 0;
    int intDigits = 0;
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
      intDigits++;
    }
    int fractionDigits = 0;
    boolean dot = i < s.length() && s.charAt(i) == '.';
    if (dot) {
      i++;
      while (i < s.length() && isDigit(s.charAt(i))) {
        i++;
        fractionDigits++;
      }
    }
    if (intDigits == 0 && fractionDigits == 0) {
      return false;
    }
    String suffix = s.substring(i);
    if (suffix.isEmpty()) {
      return true;
    }
    if (suffix.length() == 2 && "KMGTPE".indexOf(suffix.charAt(0)) >= 0 && suffix.charAt(1) == 'i') {
      return true;
    }
    if (suffix.length() == 1 && "numkMGTPE".indexOf(suffix.charAt(0)) >= 0) {
      return true;
    }
    if (suffix.charAt(0) != 'e' && suffix.charAt(0) != 'E') {
      return false;
    }
    int j = 1;
    if (j < suffix.length() && (suffix.charAt(j) == '+' || suffix.charAt(j) == '-')) {
      j++;
    }
    if (j == suffix.length()) {
      return false;
    }
    for (; j < suffix.length(); j++) {
      if (!isDigit(suffix.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  /** {@code (https?|oci)://[^\s]+}. */
  private static boolean url(String s) {
    int rest;
    if (s.startsWith("https://")) {
      rest = 8;
    } else if (s.startsWith("http://")) {
      rest = 7;
    } else if (s.startsWith("oci://")) {
      rest = 6;
    } else {
      return false;
    }
    return rest < s.length() && noSpace(s, rest);
  }

  /** {@code ([dns name]/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?}: neither part has a slash. */
  private static boolean labelKey(String s) {
    int slash = s.indexOf('/');
    if (slash < 0) {
      return labelName(s, 0, s.length());
    }
    return dnsName(s, 0, slash) && labelName(s, slash + 1, s.length());
  }

  /** {@code [A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?} over {@code [from, to)}: 1 to 63 characters. */
  private static boolean labelName(String s, int from, int to) {
    if (from >= to || to - from > 63 || !isAlphanumeric(s.charAt(from)) || !isAlphanumeric(s.charAt(to - 1))) {
      return false;
    }
    for (int i = from + 1; i < to - 1; i++) {
      char c = s.charAt(i);
      if (!(isAlphanumeric(c) || c == '-' || c == '_' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /** {@code [0-9A-Fa-f:.]+/[0-9]{1,3}}: the address part has no slash. */
  private static boolean cidr(String s) {
    int slash = s.indexOf('/');
    if (slash <= 0 || !addressChars(s, 0, slash)) {
      return false;
    }
    int digits = s.length() - slash - 1;
    if (digits < 1 || digits > 3) {
      return false;
    }
    for (int i = slash + 1; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Every character of {@code [from, to)} is one of {@code [0-9A-Fa-f:.]}. */
  private static boolean addressChars(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!(isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == ':' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /** No character from {@code from} on is {@code \s} (space, tab, line feed, vertical tab, form feed, return). */
  private static boolean noSpace(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c >= '\t' && c <= '\r') {
        return false;
      }
    }
    return true;
  }

  /** {@code \.?[-_a-zA-Z0-9][-._a-zA-Z0-9]*}. */
  private static boolean secretKey(String s) {
    int i = !s.isEmpty() && s.charAt(0) == '.' ? 1 : 0;
    if (i >= s.length() || s.charAt(i) == '.') {
      return false;
    }
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(isAlphanumeric(c) || c == '-' || c == '_' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /** {@code [A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?}, of any length. */
  private static boolean itemTitle(String s) {
    if (s.isEmpty() || !isAlphanumeric(s.charAt(0)) || !isAlphanumeric(s.charAt(s.length() - 1))) {
      return false;
    }
    for (int i = 1; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if (!(isAlphanumeric(c) || c == '-' || c == '_' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /** {@code https://[^\s/?#][^\s?#]*}. */
  private static boolean httpsUrl(String s) {
    if (!s.startsWith("https://") || s.length() == 8 || s.charAt(8) == '/') {
      return false;
    }
    return urlRest(s, 8);
  }

  /** No character from {@code from} on is {@code \s}, {@code ?} or {@code #}. */
  private static boolean urlRest(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '?' || c == '#') {
        return false;
      }
    }
    return noSpace(s, from);
  }

  /** {@link #SERVER_URL}: the host ends at the first {@code :} or {@code /} (or {@code ]} when bracketed). */
  private static boolean serverUrl(String s) {
    if (!s.startsWith("https://")) {
      return false;
    }
    int i = 8;
    if (i < s.length() && s.charAt(i) == '[') {
      int close = s.indexOf(']', i);
      if (close < 0 || close == i + 1 || !addressChars(s, i + 1, close)) {
        return false;
      }
      i = close + 1;
    } else {
      int end = i;
      while (end < s.length() && s.charAt(end) != ':' && s.charAt(end) != '/') {
        end++;
      }
      if (!dnsName(s, i, end)) {
        return false;
      }
      i = end;
    }
    if (i < s.length() && s.charAt(i) == ':') {
      int digits = 0;
      i++;
      while (i < s.length() && isDigit(s.charAt(i))) {
        i++;
        digits++;
      }
      if (digits < 1 || digits > 5) {
        return false;
      }
    }
    if (i == s.length()) {
      return true;
    }
    return s.charAt(i) == '/' && urlRest(s, i + 1);
  }

  /** {@code [a-z0-9-]+}. */
  private static boolean lowerDashed(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || isDigit(c) || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAlphanumeric(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c);
  }
}
