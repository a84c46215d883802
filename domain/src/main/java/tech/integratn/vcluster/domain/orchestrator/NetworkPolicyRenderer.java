package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.network.Cidr;
import tech.integratn.vcluster.domain.network.PortRule;
import tech.integratn.vcluster.domain.network.Protocol;
import tech.integratn.vcluster.domain.profile.NetworkPolicyProfile;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.resource.NetworkPolicy;
import tech.integratn.vcluster.domain.resource.ObjectMeta;
import tech.integratn.vcluster.domain.resource.ProfilePolicy;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * The network policies of the vcluster's target namespace (spec section 8), one method per
 * policy, built from the profile's data and the request's opt-ins. A rule whose peer list or
 * listed ports would be empty is dropped (an empty peer list means "everyone"), and a policy left
 * without rules is not rendered (the API server would turn it into a deny-all ingress policy).
 */
public final class NetworkPolicyRenderer {

  /** The target port of the vcluster API service (chart constant; the policy sees it after DNAT). */
  static final int API_TARGET_PORT = 8443;

  private NetworkPolicyRenderer() {}

  /** The documents of {@code resources/network-policies.yaml}, or none when 8.1 writes no file. */
  public static Option<Seq<KubernetesObject>> render(ClusterPlan plan) {
    NetworkPolicyProfile profile = plan.profile().networkPolicies();
    if (!profile.enabled() || plan.targetNamespace().equals(plan.requestNamespace())) {
      return Option.none();
    }
    java.util.List<KubernetesObject> policies = new java.util.ArrayList<>();
    if (profile.defaultDeny()) {
      policies.add(defaultDenyAll(plan));
    }
    if (profile.dns().isDefined()) {
      add(policies, allowDns(plan, profile.dns().get()));
    }
    policies.add(allowIntraNamespace(plan));
    add(policies, allowVclusterExternal(plan, profile));
    for (NetworkPolicyProfile.ExtraPolicy extra : profile.extraPolicies()) {
      policies.add(new ProfilePolicy(extra.apiVersion(), extra.kind(), meta(plan, extra.name()), extra.spec()));
    }
    if (plan.nfsEgress()) {
      add(policies, allowNfsEgress(plan, profile.nfs()));
    }
    for (EgressRule rule : plan.extraEgress()) {
      add(policies, extraEgress(plan, rule));
    }
    return Option.some(Vector.ofAll(policies));
  }

  // ---- the policies -------------------------------------------------------------------------

  static NetworkPolicy defaultDenyAll(ClusterPlan plan) {
    return new NetworkPolicy(meta(plan, "default-deny-all"), MapNode.of("podSelector", MapNode.empty())
        .with("policyTypes", ListNode.ofTexts(List.of("Ingress", "Egress"))));
  }

  static Option<NetworkPolicy> allowDns(ClusterPlan plan, NetworkPolicyProfile.Dns dns) {
    java.util.List<PortRule> ports = new java.util.ArrayList<>();
    for (int port : dns.ports()) {
      ports.add(new PortRule(port, Protocol.UDP));
      ports.add(new PortRule(port, Protocol.TCP));
    }
    Traffic toDns = new Traffic(List.of(pods(dns.namespace(), dns.podLabels())), Option.some(Vector.ofAll(ports)));
    return policy(plan, "allow-dns", List.empty(), List.of(toDns));
  }

  static NetworkPolicy allowIntraNamespace(ClusterPlan plan) {
    Traffic sameNamespace = new Traffic(List.of(MapNode.of("podSelector", MapNode.empty())), Option.none());
    return policy(plan, "allow-intra-namespace", List.of(sameNamespace), List.of(sameNamespace)).get();
  }

  static Option<NetworkPolicy> allowVclusterExternal(ClusterPlan plan, NetworkPolicyProfile profile) {
    java.util.List<Traffic> ingress = new java.util.ArrayList<>();
    java.util.List<MapNode> apiPeers = new java.util.ArrayList<>();
    for (String namespace : profile.apiIngress().namespaces()) {
      apiPeers.add(namespace(namespace));
    }
    for (Cidr cidr : profile.apiIngress().cidrs()) {
      apiPeers.add(ipBlock(cidr, List.empty()));
    }
    ingress.add(new Traffic(Vector.ofAll(apiPeers), Option.some(List.of(PortRule.tcp(API_TARGET_PORT)))));
    for (String namespace : profile.ingressNamespaces()) {
      ingress.add(new Traffic(List.of(namespace(namespace)), Option.none()));
    }
    java.util.List<MapNode> publicPeers = new java.util.ArrayList<>();
    for (Cidr cidr : profile.publicIngress().cidrs()) {
      publicPeers.add(ipBlock(cidr, List.empty()));
    }
    java.util.List<PortRule> publicPorts = new java.util.ArrayList<>();
    for (int port : profile.publicIngress().ports()) {
      publicPorts.add(PortRule.tcp(port));
    }
    ingress.add(new Traffic(Vector.ofAll(publicPeers), Option.some(Vector.ofAll(publicPorts))));

    java.util.List<Traffic> egress = new java.util.ArrayList<>();
    for (NetworkPolicyProfile.CidrEgress e : profile.platformEgress()) {
      egress.add(new Traffic(List.of(ipBlock(e.cidr(), List.empty())), Option.some(List.of(e.port()))));
    }
    for (NetworkPolicyProfile.PodEgress e : profile.podEgress()) {
      egress.add(new Traffic(List.of(pods(e.namespace(), e.podLabels())), Option.some(List.of(e.port()))));
    }
    java.util.List<MapNode> publicBlocks = new java.util.ArrayList<>();
    for (NetworkPolicyProfile.IpBlock block : profile.publicEgress().blocks()) {
      publicBlocks.add(ipBlock(block.cidr(), block.except()));
    }
    egress.add(new Traffic(Vector.ofAll(publicBlocks), Option.some(profile.publicEgress().ports())));
    return policy(plan, "allow-vcluster-external", Vector.ofAll(ingress), Vector.ofAll(egress));
  }

  static Option<NetworkPolicy> allowNfsEgress(ClusterPlan plan, NetworkPolicyProfile.Nfs nfs) {
    java.util.List<MapNode> servers = new java.util.ArrayList<>();
    for (Cidr cidr : nfs.cidrs()) {
      servers.add(ipBlock(cidr, List.empty()));
    }
    Traffic toServers = new Traffic(Vector.ofAll(servers), Option.some(List.of(PortRule.tcp(nfs.port()))));
    return policy(plan, "allow-nfs-egress", List.empty(), List.of(toServers));
  }

  static Option<NetworkPolicy> extraEgress(ClusterPlan plan, EgressRule rule) {
    Traffic to = new Traffic(List.of(ipBlock(rule.cidr(), List.empty())), Option.some(List.of(rule.port())));
    return policy(plan, rule.policyName(), List.empty(), List.of(to));
  }

  // ---- the pieces ---------------------------------------------------------------------------

  /**
   * One ingress or egress rule: its peers and, where the rule names ports, the ports.
   *
   * @param peers the {@code from}/{@code to} entries
   * @param ports the ports; none for every port
   */
  record Traffic(Seq<MapNode> peers, Option<Seq<PortRule>> ports) {

    /** Whether the rule can be rendered: peers, and ports where it lists ports. */
    boolean renderable() {
      return !peers.isEmpty() && (ports.isEmpty() || !ports.get().isEmpty());
    }

    MapNode toNode(String direction) {
      MapNode rule = MapNode.of(direction, new ListNode(Vector.ofAll(peers)));
      if (ports.isEmpty()) {
        return rule;
      }
      java.util.List<Node> items = new java.util.ArrayList<>();
      for (PortRule port : ports.get()) {
        items.add(MapNode.of("protocol", Node.text(port.protocol().name())).with("port", Node.integer(port.port())));
      }
      return rule.with("ports", new ListNode(Vector.ofAll(items)));
    }
  }

  /**
   * {@code podSelector: {}}, the policy types that have rules, then the renderable rules; none
   * when no rule is left.
   */
  static Option<NetworkPolicy> policy(ClusterPlan plan, String name, Seq<Traffic> ingress, Seq<Traffic> egress) {
    ListNode ingressRules = rules(ingress, "from");
    ListNode egressRules = rules(egress, "to");
    if (ingressRules.items().isEmpty() && egressRules.items().isEmpty()) {
      return Option.none();
    }
    java.util.List<String> types = new java.util.ArrayList<>();
    MapNode spec = MapNode.of("podSelector", MapNode.empty());
    if (!ingressRules.items().isEmpty()) {
      types.add("Ingress");
    }
    if (!egressRules.items().isEmpty()) {
      types.add("Egress");
    }
    spec = spec.with("policyTypes", ListNode.ofTexts(types));
    if (!ingressRules.items().isEmpty()) {
      spec = spec.with("ingress", ingressRules);
    }
    if (!egressRules.items().isEmpty()) {
      spec = spec.with("egress", egressRules);
    }
    return Option.some(new NetworkPolicy(meta(plan, name), spec));
  }

  private static ListNode rules(Seq<Traffic> traffic, String direction) {
    java.util.List<Node> items = new java.util.ArrayList<>();
    for (Traffic t : traffic) {
      if (t.renderable()) {
        items.add(t.toNode(direction));
      }
    }
    return new ListNode(Vector.ofAll(items));
  }

  /** {@code nsSel(n)}: every pod of namespace {@code n}. */
  static MapNode namespace(String name) {
    return MapNode.of("namespaceSelector",
        MapNode.of("matchLabels", MapNode.of("kubernetes.io/metadata.name", Node.text(name))));
  }

  /** {@code nsSel(n)} narrowed to the pods with {@code labels}. */
  static MapNode pods(String namespace, StringMap labels) {
    return namespace(namespace).with("podSelector", MapNode.of("matchLabels", MapNode.ofStrings(labels)));
  }

  /** {@code ipBlock: {cidr, except}}, {@code except} omitted when empty. */
  static MapNode ipBlock(Cidr cidr, Seq<Cidr> except) {
    MapNode block = MapNode.of("cidr", Node.text(cidr.toString()));
    if (!except.isEmpty()) {
      java.util.List<String> holes = new java.util.ArrayList<>();
      for (Cidr hole : except) {
        holes.add(hole.toString());
      }
      block = block.with("except", ListNode.ofTexts(holes));
    }
    return MapNode.of("ipBlock", block);
  }

  /** Metadata of every policy (8.2): base labels, then name, component and type. */
  static ObjectMeta meta(ClusterPlan plan, String name) {
    return ObjectMeta.of(name, plan.targetNamespace(), ResourceRenderer.labels(plan,
        "app.kubernetes.io/name", name,
        "app.kubernetes.io/component", "network-policy",
        "platform.integratn.tech/type", "vcluster-policy"));
  }

  private static void add(java.util.List<KubernetesObject> policies, Option<NetworkPolicy> policy) {
    if (policy.isDefined()) {
      policies.add(policy.get());
    }
  }
}
