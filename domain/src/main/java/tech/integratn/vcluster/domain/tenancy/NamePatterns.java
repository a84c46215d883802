package tech.integratn.vcluster.domain.tenancy;

/**
 * The profile's name patterns (spec 10.2 B): {@code {name}} stands for {@code spec.name}, and
 * {@code *} for one or more characters other than a dot (in a namespace, one or more of
 * {@code [a-z0-9-]}; in a hostname, one DNS label). A recursive glob over the text.
 */
public final class NamePatterns {

  private NamePatterns() {}

  /** Whether {@code text} matches {@code pattern} once {@code {name}} is replaced by {@code name}. */
  public static boolean matches(String pattern, String name, String text) {
    return glob(pattern.replace("{name}", name), 0, text, 0);
  }

  private static boolean glob(String p, int pi, String t, int ti) {
    if (pi == p.length()) {
      return ti == t.length();
    }
    char c = p.charAt(pi);
    if (c != '*') {
      return ti < t.length() && t.charAt(ti) == c && glob(p, pi + 1, t, ti + 1);
    }
    // one or more characters, none of them a dot
    for (int end = ti + 1; end <= t.length() && t.charAt(end - 1) != '.'; end++) {
      if (glob(p, pi + 1, t, end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The vcluster chart's ClusterRole (and ClusterRoleBinding) name, its {@code vcluster.clusterRoleName}
   * helper: {@code vc-<name>-v-<namespace>} cut to 63 characters, then one trailing {@code -} removed.
   */
  public static String clusterRoleName(String name, String namespace) {
    String full = fullClusterRoleName(name, namespace);
    String cut = full.length() > CLUSTER_ROLE_NAME_MAX ? full.substring(0, CLUSTER_ROLE_NAME_MAX) : full;
    return cut.endsWith("-") ? cut.substring(0, cut.length() - 1) : cut;
  }

  /** The longest name the chart keeps whole (a label value, 63 characters). */
  public static final int CLUSTER_ROLE_NAME_MAX = 63;

  /** {@code vc-<name>-v-<namespace>} before the chart cuts it. */
  public static String fullClusterRoleName(String name, String namespace) {
    return "vc-" + name + "-v-" + namespace;
  }
}
