package tech.integratn.vcluster.domain.profile;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.domain.names.KubernetesNames;
import tech.integratn.vcluster.domain.network.AddressError;
import tech.integratn.vcluster.domain.network.AddressErrors;
import tech.integratn.vcluster.domain.network.Cidr;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * Reads a profile file's {@code tenancy}, {@code hostSecretMappings} and {@code clusterRoleExtraRules}
 * (spec 10.2). None of them is inherited from the base profile: the mode is the file's
 * {@code untrustedRequests} (default {@code true}), every key the file omits takes that mode's
 * default, and a mapping or an extra rule in an untrusted profile is refused. Every problem is
 * named {@code profile: <key>: <rule>}, unknown keys with the closest known one.
 */
final class TenancyProfileDecoder {

  static final String ROOT = "tenancy";

  static final Seq<String> KEYS = List.of("untrustedRequests", "reservedNamespaces", "helmOverrides", "podSecurity",
      "charts", "destinationServers", "targetNamespacePattern", "hostnamePattern", "addressPools",
      "shareClusterSecretStores", "shareClusterIssuers", "priorityClassName");

  /** The keys of each map of {@code tenancy} this decoder reads, by the map's path ({@code []}: each item). */
  static final java.util.Map<String, Seq<String>> SECTIONS = sections();

  private static java.util.Map<String, Seq<String>> sections() {
    java.util.Map<String, Seq<String>> s = new java.util.LinkedHashMap<>();
    s.put(ROOT, KEYS);
    s.put(ROOT + ".helmOverrides", List.of("deny", "allow"));
    s.put(ROOT + ".podSecurity", List.of("enforce", "warn", "audit"));
    s.put(ROOT + ".charts[]", List.of("repoURL", "chart", "versions"));
    return java.util.Collections.unmodifiableMap(s);
  }

  private Vector<ProfileProblem> problems = Vector.empty();

  private TenancyProfileDecoder() {}

  /**
   * {@code profile} with the three values a profile file gives (tenancy, host Secret mappings,
   * extra ClusterRole rules; the pipeline namespace kept), or every problem with them.
   */
  static Either<Seq<ProfileProblem>, ImmutablePlatformProfile> decode(MapNode root, ImmutablePlatformProfile profile) {
    TenancyProfileDecoder d = new TenancyProfileDecoder();
    TenancyProfile tenancy = d.tenancy(root.get(ROOT));
    StringMap mappings = d.mappings(root.get("hostSecretMappings"));
    Seq<MapNode> rules = d.rules(root.get("clusterRoleExtraRules"));
    if (tenancy.untrustedRequests()) {
      String why = "must not be set when tenancy.untrustedRequests is true (the chart turns a by-name Secret "
          + "mapping into list/watch on every Secret of the host; set tenancy.untrustedRequests: false to keep it)";
      if (!mappings.isEmpty()) {
        d.problem("hostSecretMappings", why);
      }
      if (!rules.isEmpty()) {
        d.problem("clusterRoleExtraRules", why);
      }
    }
    if (!d.problems.isEmpty()) {
      return Either.left(d.problems);
    }
    return Either.right(profile.withTenancy(ImmutableTenancyProfile.copyOf(tenancy)
            .withPipelineNamespace(profile.tenancy().pipelineNamespace()))
        .withHostSecretMappings(mappings)
        .withClusterRoleExtraRules(rules));
  }

  private void problem(String path, String rule) {
    problems = problems.append(new ProfileProblem.Invalid(path, rule));
  }

  private static boolean absent(Option<Node> node) {
    return node.isEmpty() || node.get() == Node.Null.NULL;
  }

  private @Nullable MapNode section(String path, Option<Node> node, Seq<String> keys) {
    if (absent(node)) {
      return null;
    }
    if (!(node.get() instanceof MapNode map)) {
      problem(path, "must be a map (got " + Node.describe(node.get()) + ")");
      return null;
    }
    for (String key : map.keys()) {
      if (!keys.contains(key)) {
        problems = problems.append(KeySuggestions.unknownKey(path + ".", key, keys));
      }
    }
    return map;
  }

  // ---- tenancy ---------------------------------------------------------------------------------

  private TenancyProfile tenancy(Option<Node> node) {
    MapNode map = section(ROOT, node, KEYS);
    if (map == null) {
      return TenancyProfile.untrusted();
    }
    boolean untrusted = bool(ROOT + ".untrustedRequests", map.get("untrustedRequests"), true);
    TenancyProfile defaults = untrusted ? TenancyProfile.untrusted() : TenancyProfile.trusted();
    ImmutableTenancyProfile t = ImmutableTenancyProfile.copyOf(defaults);
    Seq<String> reserved = texts(ROOT + ".reservedNamespaces", map.get("reservedNamespaces"), Kind.NAMESPACE);
    if (reserved != null) {
      t = t.withReservedNamespaces(reserved);
    }
    MapNode overrides = section(ROOT + ".helmOverrides", map.get("helmOverrides"),
        SECTIONS.get(ROOT + ".helmOverrides"));
    if (overrides != null) {
      Seq<String> deny = texts(ROOT + ".helmOverrides.deny", overrides.get("deny"), Kind.CHART_PATH);
      if (deny != null) {
        t = t.withHelmOverridesDeny(deny);
      }
      Seq<String> allow = texts(ROOT + ".helmOverrides.allow", overrides.get("allow"), Kind.CHART_PATH);
      if (allow != null) {
        t = t.withHelmOverridesAllow(allow);
      }
    }
    MapNode podSecurity = section(ROOT + ".podSecurity", map.get("podSecurity"),
        SECTIONS.get(ROOT + ".podSecurity"));
    if (podSecurity != null) {
      t = t.withPodSecurityEnforce(level(ROOT + ".podSecurity.enforce", podSecurity.get("enforce"),
              t.podSecurityEnforce()))
          .withPodSecurityWarn(level(ROOT + ".podSecurity.warn", podSecurity.get("warn"), t.podSecurityWarn()))
          .withPodSecurityAudit(level(ROOT + ".podSecurity.audit", podSecurity.get("audit"), t.podSecurityAudit()));
    }
    Seq<TenancyProfile.AllowedChart> charts = charts(map.get("charts"));
    if (charts != null) {
      t = t.withCharts(Option.some(charts));
    }
    Seq<String> servers = texts(ROOT + ".destinationServers", map.get("destinationServers"), Kind.SERVER);
    if (servers != null) {
      t = t.withDestinationServers(Option.some(servers));
    }
    String namespacePattern = text(ROOT + ".targetNamespacePattern", map.get("targetNamespacePattern"));
    if (namespacePattern != null) {
      if (namespacePatternOk(namespacePattern)) {
        t = t.withTargetNamespacePattern(namespacePattern);
      } else {
        problem(ROOT + ".targetNamespacePattern", "must contain {name} once and otherwise be a DNS label of "
            + "[a-z0-9-] with * standing for one or more of them (got " + Node.quote(namespacePattern) + ")");
      }
    }
    String hostnamePattern = text(ROOT + ".hostnamePattern", map.get("hostnamePattern"));
    if (hostnamePattern != null) {
      if (hostnamePatternOk(hostnamePattern)) {
        t = t.withHostnamePattern(Option.some(hostnamePattern));
      } else {
        problem(ROOT + ".hostnamePattern", "must be a DNS name in which * stands for a whole label, "
            + "e.g. *.tenants.example.com (got " + Node.quote(hostnamePattern) + ")");
      }
    }
    Seq<String> pools = texts(ROOT + ".addressPools", map.get("addressPools"), Kind.CIDR);
    if (pools != null) {
      java.util.List<Cidr> cidrs = new java.util.ArrayList<>();
      for (String pool : pools) {
        cidrs.add(Cidr.parse(pool).get());
      }
      t = t.withAddressPools(List.ofAll(cidrs));
    }
    t = t.withShareClusterSecretStores(bool(ROOT + ".shareClusterSecretStores", map.get("shareClusterSecretStores"),
        t.shareClusterSecretStores()));
    t = t.withShareClusterIssuers(bool(ROOT + ".shareClusterIssuers", map.get("shareClusterIssuers"),
        t.shareClusterIssuers()));
    String priority = text(ROOT + ".priorityClassName", map.get("priorityClassName"));
    if (priority != null) {
      if (KubernetesNames.isDnsSubdomain(priority)) {
        t = t.withPriorityClassName(Option.some(priority));
      } else {
        problem(ROOT + ".priorityClassName", "must be a DNS subdomain, at most 253 characters (got "
            + Node.quote(priority) + ")");
      }
    }
    return t;
  }

  /** {@code {name}} exactly once, and a DNS label once it and every {@code *} are filled in. */
  static boolean namespacePatternOk(String pattern) {
    int at = pattern.indexOf("{name}");
    if (at < 0 || pattern.indexOf("{name}", at + 1) >= 0) {
      return false;
    }
    return KubernetesNames.isDnsLabel(pattern.replace("{name}", "a").replace("*", "a"));
  }

  /** A DNS name in which {@code *} only ever stands for a whole label. */
  static boolean hostnamePatternOk(String pattern) {
    String[] labels = pattern.split("\\.", -1);
    StringBuilder filled = new StringBuilder();
    for (String label : labels) {
      if (label.indexOf('*') >= 0 && !label.equals("*")) {
        return false;
      }
      if (filled.length() > 0) {
        filled.append('.');
      }
      filled.append(label.equals("*") ? "a" : label);
    }
    return labels.length > 1 && KubernetesNames.isDnsSubdomain(filled.toString());
  }

  private @Nullable Seq<TenancyProfile.AllowedChart> charts(Option<Node> node) {
    String path = ROOT + ".charts";
    if (absent(node)) {
      return null;
    }
    if (!(node.get() instanceof ListNode list)) {
      problem(path, "must be a list of {repoURL, chart, versions} (got " + Node.describe(node.get()) + ")");
      return null;
    }
    java.util.List<TenancyProfile.AllowedChart> charts = new java.util.ArrayList<>();
    int i = 0;
    for (Node item : list.items()) {
      String at = path + "[" + i++ + "]";
      MapNode map = section(at, Option.some(item), SECTIONS.get(ROOT + ".charts[]"));
      if (map == null) {
        if (item == Node.Null.NULL) {
          problem(at, "must be a map {repoURL, chart, versions} (got null)");
        }
        continue;
      }
      String repo = required(at + ".repoURL", map.get("repoURL"));
      String chart = required(at + ".chart", map.get("chart"));
      Seq<String> versions = texts(at + ".versions", map.get("versions"), Kind.WORD);
      if (versions == null || versions.isEmpty()) {
        if (absent(map.get("versions"))) {
          problem(at + ".versions", "is required: at least one chart version");
        } else if (versions != null) {
          problem(at + ".versions", "must list at least one chart version");
        }
        continue;
      }
      if (repo != null && chart != null) {
        charts.add(new TenancyProfile.AllowedChart(repo, chart, versions));
      }
    }
    return List.ofAll(charts);
  }

  private @Nullable String required(String path, Option<Node> node) {
    if (absent(node)) {
      problem(path, "is required");
      return null;
    }
    String text = text(path, node);
    if (text != null && !word(text)) {
      problem(path, "must be a non-empty string without white space (got " + Node.quote(text) + ")");
      return null;
    }
    return text;
  }

  // ---- hostSecretMappings and clusterRoleExtraRules --------------------------------------------

  /** {@code <namespace>/<name>} on the host to {@code [<namespace>/]<name>} in the vcluster, by name only. */
  private StringMap mappings(Option<Node> node) {
    String path = "hostSecretMappings";
    if (absent(node)) {
      return StringMap.empty();
    }
    if (!(node.get() instanceof MapNode map)) {
      problem(path, "must be a map of <namespace>/<name> to [<namespace>/]<name> (got "
          + Node.describe(node.get()) + ")");
      return StringMap.empty();
    }
    java.util.Map<String, String> result = new java.util.LinkedHashMap<>();
    for (Tuple2<String, Node> e : map.entries()) {
      String at = path + "." + e._1;
      if (!secretRef(e._1, true)) {
        problem(at, "must be a host Secret by name, <namespace>/<name> (a DNS label, a DNS subdomain; no *)");
        continue;
      }
      if (!(e._2 instanceof Node.Text t) || !secretRef(t.value(), false)) {
        problem(at, "must map to a Secret by name in the vcluster, [<namespace>/]<name> (got "
            + Node.describe(e._2) + ")");
        continue;
      }
      result.put(e._1, t.value());
    }
    return StringMap.ofAll(result);
  }

  private static boolean secretRef(String ref, boolean namespaceRequired) {
    int slash = ref.indexOf('/');
    if (slash < 0) {
      return !namespaceRequired && KubernetesNames.isDnsSubdomain(ref);
    }
    return KubernetesNames.isDnsLabel(ref.substring(0, slash)) && KubernetesNames.isDnsSubdomain(ref.substring(slash + 1));
  }

  private static final Seq<String> RULE_KEYS = List.of("apiGroups", "resources", "resourceNames", "verbs",
      "nonResourceURLs");

  /** Kubernetes PolicyRules: {@code verbs} required, string lists only, no unknown key. */
  private Seq<MapNode> rules(Option<Node> node) {
    String path = "clusterRoleExtraRules";
    if (absent(node)) {
      return List.empty();
    }
    if (!(node.get() instanceof ListNode list)) {
      problem(path, "must be a list of ClusterRole rules (got " + Node.describe(node.get()) + ")");
      return List.empty();
    }
    java.util.List<MapNode> rules = new java.util.ArrayList<>();
    int i = 0;
    for (Node item : list.items()) {
      String at = path + "[" + i++ + "]";
      MapNode map = section(at, Option.some(item), RULE_KEYS);
      if (map == null) {
        if (item == Node.Null.NULL) {
          problem(at, "must be a map (got null)");
        }
        continue;
      }
      boolean ok = true;
      for (String key : RULE_KEYS) {
        Option<Node> value = map.get(key);
        if (absent(value)) {
          continue;
        }
        Seq<String> texts = texts(at + "." + key, value, key.equals("apiGroups") ? Kind.ANY : Kind.WORD);
        ok = ok && texts != null;
      }
      Option<Node> verbs = map.get("verbs");
      if (absent(verbs) || verbs.get() instanceof ListNode l && l.items().isEmpty()) {
        problem(at + ".verbs", "is required: at least one verb");
        ok = false;
      }
      if (ok) {
        rules.add(map);
      }
    }
    return List.ofAll(rules);
  }

  // ---- scalars and lists -----------------------------------------------------------------------

  private enum Kind { NAMESPACE, CHART_PATH, SERVER, CIDR, WORD, ANY }

  private @Nullable String text(String path, Option<Node> node) {
    if (absent(node)) {
      return null;
    }
    if (node.get() instanceof Node.Text t) {
      return t.value();
    }
    problem(path, "must be a string (got " + Node.describe(node.get()) + ")");
    return null;
  }

  private boolean bool(String path, Option<Node> node, boolean otherwise) {
    if (absent(node)) {
      return otherwise;
    }
    if (node.get() instanceof Node.Bool b) {
      return b.value();
    }
    problem(path, "must be a boolean (got " + Node.describe(node.get()) + ")");
    return otherwise;
  }

  private String level(String path, Option<Node> node, String otherwise) {
    String text = text(path, node);
    if (text == null) {
      return otherwise;
    }
    if (!TenancyProfile.POD_SECURITY_LEVELS.contains(text)) {
      problem(path, "must be privileged, baseline or restricted (got " + Node.quote(text) + ")");
      return otherwise;
    }
    return text;
  }

  /** A list of strings of one kind; null when absent or when any item is wrong (each reported). */
  private @Nullable Seq<String> texts(String path, Option<Node> node, Kind kind) {
    if (absent(node)) {
      return null;
    }
    if (!(node.get() instanceof ListNode list)) {
      problem(path, "must be a list of strings (got " + Node.describe(node.get()) + ")");
      return null;
    }
    java.util.List<String> result = new java.util.ArrayList<>();
    boolean ok = true;
    int i = 0;
    for (Node item : list.items()) {
      String at = path + "[" + i++ + "]";
      if (!(item instanceof Node.Text t)) {
        problem(at, "must be a string (got " + Node.describe(item) + ")");
        ok = false;
        continue;
      }
      String rule = rule(kind, t.value());
      if (rule != null) {
        problem(at, rule + " (got " + Node.quote(t.value()) + ")");
        ok = false;
        continue;
      }
      result.add(t.value());
    }
    return ok ? List.ofAll(result) : null;
  }

  private static @Nullable String rule(Kind kind, String value) {
    switch (kind) {
      case NAMESPACE:
        return KubernetesNames.isDnsLabel(value) ? null : KubernetesNames.DNS_LABEL_RULE;
      case CHART_PATH:
        return chartPathOk(value) ? null
            : "must be a chart value path, keys separated by dots (e.g. controlPlane.statefulSet.resources)";
      case CIDR: {
        Either<AddressError, Cidr> cidr = Cidr.parseStrict(value);
        if (cidr.isLeft()) {
          return AddressErrors.describe(cidr.getLeft());
        }
        return cidr.get().toString().equals(value) ? null : "must be written canonically as " + cidr.get();
      }
      case ANY:
        return null;
      default:
        return word(value) ? null : "must be a non-empty string without white space";
    }
  }

  private static boolean chartPathOk(String path) {
    if (!word(path)) {
      return false;
    }
    for (String key : path.split("\\.", -1)) {
      if (key.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static boolean word(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isWhitespace(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
