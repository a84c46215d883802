package tech.integratn.vcluster.domain.profile;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.immutables.value.Value;
import tech.integratn.vcluster.domain.DomainStyle;
import tech.integratn.vcluster.domain.network.Cidr;
import tech.integratn.vcluster.domain.network.PortRule;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * The organisation's part of the target namespace's network policies (spec 8.5): which baseline
 * policies exist and the namespaces, addresses and ports they allow. Every value is checked when
 * the profile is loaded, so a renderer never sees a malformed CIDR or port.
 */
@Value.Immutable
@DomainStyle
public interface NetworkPolicyProfile {

  /** The names of the policies the renderer builds itself; a profile policy may not take one. */
  io.vavr.collection.List<String> FIXED_NAMES = io.vavr.collection.List.of(
      "default-deny-all", "allow-dns", "allow-intra-namespace", "allow-vcluster-external", "allow-nfs-egress");

  /** The policy types a profile may ship ({@code <apiVersion> <kind>}). */
  io.vavr.collection.List<String> EXTRA_POLICY_TYPES =
      io.vavr.collection.List.of("networking.k8s.io/v1 NetworkPolicy", "cilium.io/v2 CiliumNetworkPolicy");

  /** Whether {@code resources/network-policies.yaml} is rendered at all. */
  boolean enabled();

  /** Whether {@code default-deny-all} is rendered (a policy engine may own it instead). */
  boolean defaultDeny();

  /** The chart's {@code sync.toHost.networkPolicies.enabled} (8.6). */
  boolean syncToHost();

  /** The cluster DNS that {@code allow-dns} opens; none drops the policy. */
  Option<Dns> dns();

  ApiIngress apiIngress();

  /** Namespaces allowed in on every port (an ingress controller, monitoring). */
  Seq<String> ingressNamespaces();

  PublicIngress publicIngress();

  /** Egress to fixed platform addresses (a secret store's Connect server, for example). */
  Seq<CidrEgress> platformEgress();

  /** Egress to pods of platform namespaces (metrics-server, for example). */
  Seq<PodEgress> podEgress();

  PublicEgress publicEgress();

  Nfs nfs();

  /** CNI-specific policies copied verbatim after the baseline, in order. */
  Seq<ExtraPolicy> extraPolicies();

  static ImmutableNetworkPolicyProfile.Builder builder() {
    return ImmutableNetworkPolicyProfile.builder();
  }

  /**
   * The cluster DNS pods.
   *
   * @param namespace their namespace
   * @param podLabels labels selecting them
   * @param ports each allowed over UDP and TCP; never empty
   */
  record Dns(String namespace, StringMap podLabels, Seq<Integer> ports) {}

  /**
   * Who may reach the vcluster API (target port 8443).
   *
   * @param namespaces namespaces (Argo CD, for example)
   * @param cidrs address blocks (the LAN, for example)
   */
  record ApiIngress(Seq<String> namespaces, Seq<Cidr> cidrs) {}

  /**
   * Public ingress of the workloads.
   *
   * @param cidrs source blocks
   * @param ports TCP ports
   */
  record PublicIngress(Seq<Cidr> cidrs, Seq<Integer> ports) {}

  /**
   * Egress to one address block on one port.
   *
   * @param cidr the destination block
   * @param port the port
   */
  record CidrEgress(Cidr cidr, PortRule port) {}

  /**
   * Egress to pods of another namespace on one port.
   *
   * @param namespace their namespace
   * @param podLabels labels selecting them
   * @param port the port
   */
  record PodEgress(String namespace, StringMap podLabels, PortRule port) {}

  /**
   * An address block with holes.
   *
   * @param cidr the block
   * @param except blocks inside it that are excluded
   */
  record IpBlock(Cidr cidr, Seq<Cidr> except) {}

  /**
   * Egress to the internet.
   *
   * @param blocks destination blocks (private ranges excepted)
   * @param ports the ports
   */
  record PublicEgress(Seq<IpBlock> blocks, Seq<PortRule> ports) {}

  /**
   * The NFS servers a request may opt in to ({@code enableNFS}).
   *
   * @param cidrs their blocks; empty when the platform has none
   * @param port the NFS port (TCP)
   */
  record Nfs(Seq<Cidr> cidrs, int port) {}

  /**
   * A policy the profile ships as data (a CiliumNetworkPolicy, for example).
   *
   * @param apiVersion its API version
   * @param kind its kind
   * @param name its name, unique in the file
   * @param spec its spec, copied verbatim
   */
  record ExtraPolicy(String apiVersion, String kind, String name, MapNode spec) {}
}
