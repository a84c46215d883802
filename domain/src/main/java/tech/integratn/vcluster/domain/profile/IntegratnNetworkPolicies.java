package tech.integratn.vcluster.domain.profile;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigInteger;
import tech.integratn.vcluster.domain.network.Cidr;
import tech.integratn.vcluster.domain.network.IpAddress;
import tech.integratn.vcluster.domain.network.IpFamily;
import tech.integratn.vcluster.domain.network.PortRule;
import tech.integratn.vcluster.domain.network.Protocol;
import tech.integratn.vcluster.domain.profile.NetworkPolicyProfile.ExtraPolicy;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * The integratn platform's network-policy data (spec 8.3 and 8.5): the baseline of upstream
 * e5cf936, rule for rule, with its Cilium policies as profile data.
 */
final class IntegratnNetworkPolicies {

  private IntegratnNetworkPolicies() {}

  static final NetworkPolicyProfile PROFILE = NetworkPolicyProfile.builder()
      .enabled(true)
      .defaultDeny(true)
      .syncToHost(true)
      .dns(Option.some(new NetworkPolicyProfile.Dns("kube-system", StringMap.of("k8s-app", "kube-dns"), List.of(53))))
      .apiIngress(new NetworkPolicyProfile.ApiIngress(List.of("argocd"), List.of(cidr(10, 0, 8), cidr(192, 168, 16))))
      .ingressNamespaces(List.of("nginx-gateway", "monitoring"))
      .publicIngress(new NetworkPolicyProfile.PublicIngress(List.of(cidr(0, 0, 0)), List.of(80, 443)))
      // 1Password Connect
      .platformEgress(List.of(new NetworkPolicyProfile.CidrEgress(host(10, 0, 1, 139), PortRule.tcp(443))))
      .podEgress(List.of(new NetworkPolicyProfile.PodEgress(
          "kube-system", StringMap.of("app.kubernetes.io/name", "metrics-server"), PortRule.tcp(10250))))
      .publicEgress(new NetworkPolicyProfile.PublicEgress(
          List.of(new NetworkPolicyProfile.IpBlock(cidr(0, 0, 0),
              List.of(cidr(10, 0, 8), cidr(172, 16, 12), cidr(192, 168, 16)))),
          List.of(PortRule.tcp(443), PortRule.tcp(80), new PortRule(53, Protocol.UDP), PortRule.tcp(53))))
      .nfs(new NetworkPolicyProfile.Nfs(List.of(cidr(10, 0, 8)), 2049))
      .extraPolicies(List.of(kubeApi(), talosHostDns(), loadBalancerSnat()))
      .build();

  /** {@code allow-kube-api}: egress to the API server entity. */
  private static ExtraPolicy kubeApi() {
    return cilium("allow-kube-api", MapNode.of("endpointSelector", MapNode.empty())
        .with("egress", ListNode.of(MapNode.of("toEntities", ListNode.ofTexts(List.of("kube-apiserver"))))));
  }

  /** {@code allow-coredns-to-host-dns}: Talos' host DNS on its link-local address. */
  private static ExtraPolicy talosHostDns() {
    return cilium("allow-coredns-to-host-dns", MapNode.of("endpointSelector", MapNode.empty())
        .with("egress", ListNode.of(MapNode.of("toCIDR", ListNode.ofTexts(List.of("169.254.116.108/32")))
            .with("toPorts", ListNode.of(MapNode.of("ports", ListNode.of(
                ciliumPort("53", "UDP"), ciliumPort("53", "TCP"))))))));
  }

  /**
   * {@code allow-vcluster-lb-snat}: with Cilium's kube-proxy replacement, load-balancer traffic
   * reaches the API pod from the host, remote nodes or the world on the target port 8443.
   */
  private static ExtraPolicy loadBalancerSnat() {
    return cilium("allow-vcluster-lb-snat", MapNode.of("endpointSelector",
            MapNode.of("matchLabels", MapNode.of("app", Node.text("vcluster"))))
        .with("ingress", ListNode.of(MapNode.of("fromEntities", ListNode.ofTexts(List.of("host", "remote-node", "world")))
            .with("toPorts", ListNode.of(MapNode.of("ports", ListNode.of(ciliumPort("8443", "TCP"))))))));
  }

  private static ExtraPolicy cilium(String name, MapNode spec) {
    return new ExtraPolicy("cilium.io/v2", "CiliumNetworkPolicy", name, spec);
  }

  private static MapNode ciliumPort(String port, String protocol) {
    return MapNode.of("port", Node.text(port)).with("protocol", protocol);
  }

  private static Cidr cidr(int a, int b, int prefix) {
    return Cidr.of(address(a, b, 0, 0), prefix);
  }

  private static Cidr host(int a, int b, int c, int d) {
    return Cidr.of(address(a, b, c, d), 32);
  }

  private static IpAddress address(int a, int b, int c, int d) {
    long value = ((long) a << 24) | ((long) b << 16) | ((long) c << 8) | d;
    return new IpAddress(IpFamily.IPV4, BigInteger.valueOf(value));
  }
}
