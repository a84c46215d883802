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
import tech.integratn.vcluster.domain.network.PortRule;
import tech.integratn.vcluster.domain.network.Protocol;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * Reads a profile's {@code networkPolicies} over the base profile's (spec 8.5): the structural
 * objects merge key by key, lists and label maps are replaced whole, {@code dns: null} removes
 * {@code allow-dns}. Every value is checked as strictly as a request's (CIDRs written canonically,
 * ports 1-65535, TCP or UDP, DNS-label namespaces, valid label maps), and every problem is named
 * {@code profile: networkPolicies.<key>: <rule>}.
 */
final class NetworkPolicyProfileDecoder {

  private static final String ROOT = "networkPolicies";

  /**
   * The keys of each map this decoder reads, by the map's path ({@code []}: each item of a list);
   * the decoder checks every map against its entry (spec 8.5).
   */
  static final java.util.Map<String, Seq<String>> SECTIONS = sections();

  private static java.util.Map<String, Seq<String>> sections() {
    java.util.Map<String, Seq<String>> s = new java.util.LinkedHashMap<>();
    s.put(ROOT, List.of("enabled", "defaultDeny", "syncToHost", "dns", "apiIngress", "ingressNamespaces",
        "publicIngress", "platformEgress", "podEgress", "publicEgress", "nfs", "extraPolicies"));
    s.put(ROOT + ".dns", List.of("namespace", "podLabels", "ports"));
    s.put(ROOT + ".apiIngress", List.of("namespaces", "cidrs"));
    s.put(ROOT + ".publicIngress", List.of("cidrs", "ports"));
    s.put(ROOT + ".platformEgress[]", List.of("cidr", "port", "protocol"));
    s.put(ROOT + ".podEgress[]", List.of("namespace", "podLabels", "port", "protocol"));
    s.put(ROOT + ".publicEgress", List.of("blocks", "ports"));
    s.put(ROOT + ".publicEgress.blocks[]", List.of("cidr", "except"));
    s.put(ROOT + ".publicEgress.ports[]", List.of("port", "protocol"));
    s.put(ROOT + ".nfs", List.of("cidrs", "port"));
    s.put(ROOT + ".extraPolicies[]", List.of("apiVersion", "kind", "name", "spec"));
    return java.util.Collections.unmodifiableMap(s);
  }

  private Vector<ProfileProblem> problems = Vector.empty();

  private NetworkPolicyProfileDecoder() {}

  /** The profile {@code node} describes over {@code base}, or every problem with it. */
  static Either<Seq<ProfileProblem>, NetworkPolicyProfile> decode(Node node, NetworkPolicyProfile base) {
    NetworkPolicyProfileDecoder d = new NetworkPolicyProfileDecoder();
    NetworkPolicyProfile result = d.profile(node, base);
    return d.problems.isEmpty() ? Either.right(result) : Either.left(d.problems);
  }

  private NetworkPolicyProfile profile(Node node, NetworkPolicyProfile base) {
    MapNode map = map(ROOT, node);
    if (map == null) {
      return base;
    }
    known(ROOT, map, SECTIONS.get(ROOT));
    ImmutableNetworkPolicyProfile.Builder b = NetworkPolicyProfile.builder()
        .enabled(bool(map, "enabled", base.enabled()))
        .defaultDeny(bool(map, "defaultDeny", base.defaultDeny()))
        .syncToHost(bool(map, "syncToHost", base.syncToHost()))
        .dns(dns(map, base.dns()))
        .apiIngress(apiIngress(map, base.apiIngress()))
        .ingressNamespaces(orElse(map, "ingressNamespaces", base.ingressNamespaces(), Kind.NAMESPACES))
        .publicIngress(publicIngress(map, base.publicIngress()))
        .platformEgress(platformEgress(map, base.platformEgress()))
        .podEgress(podEgress(map, base.podEgress()))
        .publicEgress(publicEgress(map, base.publicEgress()))
        .nfs(nfs(map, base.nfs()))
        .extraPolicies(extraPolicies(map, base.extraPolicies()));
    return b.build();
  }

  // ---- the structural objects ---------------------------------------------------------------

  private Option<NetworkPolicyProfile.Dns> dns(MapNode parent, Option<NetworkPolicyProfile.Dns> base) {
    Option<Node> node = parent.get("dns");
    if (node.isEmpty()) {
      return base;
    }
    if (node.get() == Node.Null.NULL) {
      return Option.none();
    }
    String path = ROOT + ".dns";
    MapNode map = map(path, node.get());
    if (map == null) {
      return base;
    }
    known(path, map, SECTIONS.get(ROOT + ".dns"));
    String namespace = base.isDefined() ? base.get().namespace() : null;
    StringMap labels = base.isDefined() ? base.get().podLabels() : null;
    Seq<Integer> ports = base.isDefined() ? base.get().ports() : null;
    if (map.containsKey("namespace")) {
      namespace = namespace(path + ".namespace", map.get("namespace").get());
    }
    if (map.containsKey("podLabels")) {
      labels = labels(path + ".podLabels", map.get("podLabels").get());
    }
    if (map.containsKey("ports")) {
      ports = orElse(map, "ports", path + ".ports", ports == null ? List.<Integer>empty() : ports, Kind.PORTS);
      if (map.get("ports").get() instanceof ListNode given && given.items().isEmpty()) {
        problem(path + ".ports", "must not be empty (set dns: null to drop allow-dns)");
      }
    }
    if (namespace == null || labels == null || ports == null) {
      if (base.isEmpty()) {
        problem(path, "needs namespace, podLabels and ports");
      }
      return base;
    }
    return Option.some(new NetworkPolicyProfile.Dns(namespace, labels, ports));
  }

  private NetworkPolicyProfile.ApiIngress apiIngress(MapNode parent, NetworkPolicyProfile.ApiIngress base) {
    String path = ROOT + ".apiIngress";
    MapNode map = child(parent, "apiIngress", path);
    if (map == null) {
      return base;
    }
    known(path, map, SECTIONS.get(ROOT + ".apiIngress"));
    return new NetworkPolicyProfile.ApiIngress(
        orElse(map, "namespaces", path + ".namespaces", base.namespaces(), Kind.NAMESPACES),
        orElse(map, "cidrs", path + ".cidrs", base.cidrs(), Kind.CIDRS));
  }

  private NetworkPolicyProfile.PublicIngress publicIngress(MapNode parent, NetworkPolicyProfile.PublicIngress base) {
    String path = ROOT + ".publicIngress";
    MapNode map = child(parent, "publicIngress", path);
    if (map == null) {
      return base;
    }
    known(path, map, SECTIONS.get(ROOT + ".publicIngress"));
    return new NetworkPolicyProfile.PublicIngress(
        orElse(map, "cidrs", path + ".cidrs", base.cidrs(), Kind.CIDRS),
        orElse(map, "ports", path + ".ports", base.ports(), Kind.PORTS));
  }

  private Seq<NetworkPolicyProfile.CidrEgress> platformEgress(
      MapNode parent, Seq<NetworkPolicyProfile.CidrEgress> base) {
    String path = ROOT + ".platformEgress";
    ListNode list = list(parent, "platformEgress", path);
    if (list == null) {
      return base;
    }
    java.util.List<NetworkPolicyProfile.CidrEgress> out = new java.util.ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      String item = path + "[" + i + "]";
      MapNode map = map(item, list.items().get(i));
      if (map != null) {
        known(item, map, SECTIONS.get(ROOT + ".platformEgress[]"));
        Cidr cidr = required(map, "cidr", item) ? cidr(item + ".cidr", map.get("cidr").get()) : null;
        PortRule port = portRule(map, item);
        if (cidr != null && port != null) {
          out.add(new NetworkPolicyProfile.CidrEgress(cidr, port));
        }
      }
    }
    return Vector.ofAll(out);
  }

  private Seq<NetworkPolicyProfile.PodEgress> podEgress(MapNode parent, Seq<NetworkPolicyProfile.PodEgress> base) {
    String path = ROOT + ".podEgress";
    ListNode list = list(parent, "podEgress", path);
    if (list == null) {
      return base;
    }
    java.util.List<NetworkPolicyProfile.PodEgress> out = new java.util.ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      String item = path + "[" + i + "]";
      MapNode map = map(item, list.items().get(i));
      if (map != null) {
        known(item, map, SECTIONS.get(ROOT + ".podEgress[]"));
        String namespace = required(map, "namespace", item)
            ? namespace(item + ".namespace", map.get("namespace").get()) : null;
        StringMap labels = required(map, "podLabels", item) ? labels(item + ".podLabels", map.get("podLabels").get()) : null;
        PortRule port = portRule(map, item);
        if (namespace != null && labels != null && port != null) {
          out.add(new NetworkPolicyProfile.PodEgress(namespace, labels, port));
        }
      }
    }
    return Vector.ofAll(out);
  }

  private NetworkPolicyProfile.PublicEgress publicEgress(MapNode parent, NetworkPolicyProfile.PublicEgress base) {
    String path = ROOT + ".publicEgress";
    MapNode map = child(parent, "publicEgress", path);
    if (map == null) {
      return base;
    }
    known(path, map, SECTIONS.get(ROOT + ".publicEgress"));
    Seq<NetworkPolicyProfile.IpBlock> blocks = base.blocks();
    ListNode list = list(map, "blocks", path + ".blocks");
    if (list != null) {
      java.util.List<NetworkPolicyProfile.IpBlock> out = new java.util.ArrayList<>();
      for (int i = 0; i < list.items().size(); i++) {
        NetworkPolicyProfile.IpBlock block = block(path + ".blocks[" + i + "]", list.items().get(i));
        if (block != null) {
          out.add(block);
        }
      }
      blocks = Vector.ofAll(out);
    }
    Seq<PortRule> ports = base.ports();
    ListNode portList = list(map, "ports", path + ".ports");
    if (portList != null) {
      java.util.List<PortRule> out = new java.util.ArrayList<>();
      for (int i = 0; i < portList.items().size(); i++) {
        String item = path + ".ports[" + i + "]";
        MapNode portMap = map(item, portList.items().get(i));
        if (portMap != null) {
          known(item, portMap, SECTIONS.get(ROOT + ".publicEgress.ports[]"));
          PortRule port = portRule(portMap, item);
          if (port != null) {
            out.add(port);
          }
        }
      }
      ports = Vector.ofAll(out);
    }
    return new NetworkPolicyProfile.PublicEgress(blocks, ports);
  }

  private NetworkPolicyProfile.@Nullable IpBlock block(String path, Node node) {
    MapNode map = map(path, node);
    if (map == null) {
      return null;
    }
    known(path, map, SECTIONS.get(ROOT + ".publicEgress.blocks[]"));
    Cidr cidr = required(map, "cidr", path) ? cidr(path + ".cidr", map.get("cidr").get()) : null;
    ListNode holes = list(map, "except", path + ".except");
    java.util.List<Cidr> except = new java.util.ArrayList<>();
    for (int i = 0; holes != null && i < holes.items().size(); i++) {
      String item = path + ".except[" + i + "]";
      Cidr hole = cidr(item, holes.items().get(i));
      if (hole == null || cidr == null) {
        continue;
      }
      // the API server wants a strict subset of the block (ValidateIPBlock), of the same family
      if (hole.prefixLength() == cidr.prefixLength() || !cidr.contains(hole)) {
        problem(item, "must be a strict subset of " + cidr + " (got " + hole + ")");
      } else {
        except.add(hole);
      }
    }
    return cidr == null ? null : new NetworkPolicyProfile.IpBlock(cidr, Vector.ofAll(except));
  }

  private NetworkPolicyProfile.Nfs nfs(MapNode parent, NetworkPolicyProfile.Nfs base) {
    String path = ROOT + ".nfs";
    MapNode map = child(parent, "nfs", path);
    if (map == null) {
      return base;
    }
    known(path, map, SECTIONS.get(ROOT + ".nfs"));
    Seq<Cidr> cidrs = orElse(map, "cidrs", path + ".cidrs", base.cidrs(), Kind.CIDRS);
    int port = base.port();
    if (map.containsKey("port")) {
      Integer p = port(path + ".port", map.get("port").get());
      port = p == null ? port : p;
    }
    return new NetworkPolicyProfile.Nfs(cidrs, port);
  }

  private Seq<NetworkPolicyProfile.ExtraPolicy> extraPolicies(
      MapNode parent, Seq<NetworkPolicyProfile.ExtraPolicy> base) {
    String path = ROOT + ".extraPolicies";
    ListNode list = list(parent, "extraPolicies", path);
    if (list == null) {
      return base;
    }
    java.util.List<NetworkPolicyProfile.ExtraPolicy> out = new java.util.ArrayList<>();
    java.util.Set<String> names = new java.util.HashSet<>();
    for (int i = 0; i < list.items().size(); i++) {
      String item = path + "[" + i + "]";
      MapNode map = map(item, list.items().get(i));
      if (map == null) {
        continue;
      }
      if (map.containsKey("metadata")) {
        problem(item + ".metadata", "must not be given: name the policy with name; namespace and labels are rendered");
      }
      known(item, map, SECTIONS.get(ROOT + ".extraPolicies[]").append("metadata"));
      String apiVersion = required(map, "apiVersion", item) ? text(item + ".apiVersion", map.get("apiVersion").get()) : null;
      String kind = required(map, "kind", item) ? text(item + ".kind", map.get("kind").get()) : null;
      String name = required(map, "name", item) ? text(item + ".name", map.get("name").get()) : null;
      MapNode spec = required(map, "spec", item) ? map(item + ".spec", map.get("spec").get()) : null;
      if (apiVersion != null && kind != null && !NetworkPolicyProfile.EXTRA_POLICY_TYPES.contains(apiVersion + " " + kind)) {
        problem(item, "apiVersion and kind must be one of " + NetworkPolicyProfile.EXTRA_POLICY_TYPES.mkString(", ")
            + " (got " + apiVersion + " " + kind + ")");
        apiVersion = null;
      }
      if (name != null) {
        if (!KubernetesNames.isDnsLabel(name)) {
          problem(item + ".name", KubernetesNames.DNS_LABEL_RULE + " (got " + Node.quote(name) + ")");
          name = null;
        } else if (NetworkPolicyProfile.FIXED_NAMES.contains(name)) {
          problem(item + ".name", "is the name of a policy the engine renders itself (got " + name + ")");
          name = null;
        } else if (!names.add(name)) {
          problem(item + ".name", "duplicate policy name (got " + name + ")");
          name = null;
        }
      }
      if (apiVersion != null && kind != null && name != null && spec != null) {
        out.add(new NetworkPolicyProfile.ExtraPolicy(apiVersion, kind, name, spec));
      }
    }
    return Vector.ofAll(out);
  }

  // ---- leaves -------------------------------------------------------------------------------

  /** What the entries of a replaced list are. */
  private enum Kind { NAMESPACES, CIDRS, PORTS }

  private <T> Seq<T> orElse(MapNode map, String key, Seq<T> base, Kind kind) {
    return orElse(map, key, ROOT + "." + key, base, kind);
  }

  @SuppressWarnings("unchecked")
  private <T> Seq<T> orElse(MapNode map, String key, String path, Seq<T> base, Kind kind) {
    ListNode list = list(map, key, path);
    if (list == null) {
      return base;
    }
    java.util.List<Object> out = new java.util.ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      String item = path + "[" + i + "]";
      Node node = list.items().get(i);
      Object value = kind == Kind.NAMESPACES ? namespace(item, node) : kind == Kind.CIDRS ? cidr(item, node) : port(item, node);
      if (value != null) {
        out.add(value);
      }
    }
    return (Seq<T>) Vector.ofAll(out);
  }

  private @Nullable PortRule portRule(MapNode map, String path) {
    Integer port = required(map, "port", path) ? port(path + ".port", map.get("port").get()) : null;
    Protocol protocol = required(map, "protocol", path) ? protocol(path + ".protocol", map.get("protocol").get()) : null;
    return port != null && protocol != null ? new PortRule(port, protocol) : null;
  }

  private @Nullable Protocol protocol(String path, Node node) {
    String text = text(path, node);
    if (text == null) {
      return null;
    }
    Option<Protocol> protocol = Protocol.parse(text);
    if (protocol.isEmpty()) {
      problem(path, "must be TCP or UDP (got " + Node.quote(text) + ")");
      return null;
    }
    return protocol.get();
  }

  private @Nullable Integer port(String path, Node node) {
    if (node instanceof Node.Int i && i.value().signum() > 0 && i.value().bitLength() < 17
        && i.value().intValue() <= PortRule.MAX_PORT) {
      return i.value().intValue();
    }
    problem(path, "must be an integer port 1-65535 (got " + Node.describe(node) + ")");
    return null;
  }

  private @Nullable Cidr cidr(String path, Node node) {
    String text = text(path, node);
    if (text == null) {
      return null;
    }
    Either<AddressError, Cidr> cidr = Cidr.parseStrict(text);
    if (cidr.isLeft()) {
      problem(path, AddressErrors.describe(cidr.getLeft()));
      return null;
    }
    if (!cidr.get().toString().equals(text)) {
      problem(path, "must be written canonically as " + cidr.get() + " (got " + text + ")");
      return null;
    }
    return cidr.get();
  }

  private @Nullable String namespace(String path, Node node) {
    String text = text(path, node);
    if (text != null && !KubernetesNames.isDnsLabel(text)) {
      problem(path, KubernetesNames.DNS_LABEL_RULE + " (got " + Node.quote(text) + ")");
      return null;
    }
    return text;
  }

  private @Nullable StringMap labels(String path, Node node) {
    MapNode map = map(path, node);
    if (map == null) {
      return null;
    }
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    boolean valid = true;
    for (Tuple2<String, Node> e : map.entries()) {
      String entry = path + "[" + Node.quote(e._1) + "]";
      if (!KubernetesNames.isLabelKey(e._1)) {
        problem(entry, KubernetesNames.LABEL_KEY_RULE);
        valid = false;
      }
      String value = text(entry, e._2);
      if (value == null) {
        valid = false;
      } else if (!KubernetesNames.isLabelValue(value)) {
        problem(entry, KubernetesNames.LABEL_VALUE_RULE + " (got " + Node.quote(value) + ")");
        valid = false;
      } else {
        out.put(e._1, value);
      }
    }
    return valid ? StringMap.ofAll(out) : null;
  }

  private boolean bool(MapNode map, String key, boolean base) {
    Option<Node> node = map.get(key);
    if (node.isEmpty()) {
      return base;
    }
    if (node.get() instanceof Node.Bool b) {
      return b.value();
    }
    problem(ROOT + "." + key, "must be a boolean (got " + Node.describe(node.get()) + ")");
    return base;
  }

  private @Nullable String text(String path, Node node) {
    if (node instanceof Node.Text t) {
      return t.value();
    }
    problem(path, "must be a string (got " + Node.describe(node) + ")");
    return null;
  }

  private @Nullable MapNode map(String path, Node node) {
    if (node instanceof MapNode m) {
      return m;
    }
    problem(path, "must be a map (got " + Node.describe(node) + ")");
    return null;
  }

  private @Nullable MapNode child(MapNode parent, String key, String path) {
    Option<Node> node = parent.get(key);
    return node.isEmpty() ? null : map(path, node.get());
  }

  private @Nullable ListNode list(MapNode parent, String key, String path) {
    Option<Node> node = parent.get(key);
    if (node.isEmpty()) {
      return null;
    }
    if (node.get() instanceof ListNode l) {
      return l;
    }
    problem(path, "must be a list (got " + Node.describe(node.get()) + ")");
    return null;
  }

  private boolean required(MapNode map, String key, String path) {
    if (map.containsKey(key) && map.get(key).get() != Node.Null.NULL) {
      return true;
    }
    problem(path + "." + key, "is required");
    return false;
  }

  private void known(String path, MapNode map, Seq<String> keys) {
    java.util.List<String> allowed = keys.toJavaList();
    for (String key : map.keys()) {
      if (!allowed.contains(key)) {
        problems = problems.append(KeySuggestions.unknownKey(path + ".", key, allowed));
      }
    }
  }

  private void problem(String path, String rule) {
    problems = problems.append(new ProfileProblem.Invalid(path, rule));
  }
}
