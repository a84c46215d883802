package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.immutables.value.Value;
import tech.integratn.vcluster.domain.DomainStyle;
import tech.integratn.vcluster.domain.network.IpAddress;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * A request with every default, preset value and derived value resolved (spec sections 1-3): the
 * single input of every renderer.
 */
@Value.Immutable
@DomainStyle
public interface ClusterPlan {

  PlatformProfile profile();

  String promiseName();

  String name();

  String requestNamespace();

  String targetNamespace();

  String projectName();

  /** Full {@code v}-prefixed Kubernetes image tag. */
  String kubernetesImageTag();

  boolean production();

  int replicas();

  String cpuRequest();

  String memoryRequest();

  String cpuLimit();

  String memoryLimit();

  boolean persistenceEnabled();

  String persistenceSize();

  Option<String> storageClass();

  int corednsReplicas();

  String clusterDomain();

  IsolationMode isolationMode();

  Option<MapNode> backingStore();

  /** {@code {server: externalServerURL}} with the user's object merged over it. */
  MapNode exportKubeConfig();

  Option<MapNode> helmOverrides();

  String hostname();

  int apiPort();

  Option<IpAddress> vip();

  String externalServerUrl();

  String baseDomain();

  String baseDomainSanitized();

  String environment();

  StringMap clusterIssuerSelectorLabels();

  StringMap clusterStoreSelectorLabels();

  StringMap clusterLabels();

  StringMap clusterAnnotations();

  String chartRepoUrl();

  String chartName();

  String chartVersion();

  String destinationServer();

  MapNode syncPolicy();

  String onePasswordItem();

  String kubeconfigSecret();

  String syncJobName();

  /**
   * The Secret the vcluster writes its kubeconfig to: {@code exportKubeConfig.secret.name} when the
   * merged export sets it, else {@code vc-<name>} (the chart's default).
   */
  default String vclusterKubeconfigSecret() {
    // helmOverrides win over everything in the chart values, the export included
    if (helmOverrides().isDefined()) {
      io.vavr.control.Option<tech.integratn.vcluster.domain.tree.Node> overridden =
          tech.integratn.vcluster.domain.tree.Paths.at(helmOverrides().get(), "exportKubeConfig", "secret", "name");
      if (overridden.isDefined() && overridden.get() instanceof tech.integratn.vcluster.domain.tree.Node.Text t
          && !t.value().isEmpty()) {
        return t.value();
      }
    }
    io.vavr.control.Option<tech.integratn.vcluster.domain.tree.Node> named =
        tech.integratn.vcluster.domain.tree.Paths.at(exportKubeConfig(), "secret", "name");
    return named.isDefined() && named.get() instanceof tech.integratn.vcluster.domain.tree.Node.Text t
        && !t.value().isEmpty() ? t.value() : "vc-" + name();
  }

  /** Whether the request opts in to the platform's NFS servers ({@code enableNFS}). */
  boolean nfsEgress();

  /** The request's extra egress rules, checked, in request order. */
  Seq<EgressRule> extraEgress();

  /** Argo CD UI URL of the vcluster application. */
  String argocdApplicationUrl();

  /** Where the values above that go into the chart values came from (spec 12.3). */
  PlanSources sources();

  /** Subject alternative names of the API proxy: the hostname, then the VIP. */
  default Seq<String> extraSans() {
    return vip().isDefined() ? List.of(hostname(), vip().get().toString()) : List.of(hostname());
  }

  /**
   * The etcd member count when the chart values deploy an external etcd
   * ({@code controlPlane.backingStore.etcd.deploy.enabled: true} in the backing store with the
   * overrides merged over it, as the chart values merge them), else none: an etcd switched on through
   * {@code helmOverrides} gets its certificates too. {@code statefulSet.highAvailability.replicas}
   * of 1-127, else 3.
   */
  default Option<Integer> etcdMembers() {
    MapNode store = MapNode.of("controlPlane", MapNode.of("backingStore", backingStore().getOrElse(MapNode.empty())));
    tech.integratn.vcluster.domain.tree.Node merged = helmOverrides().isDefined()
        ? tech.integratn.vcluster.domain.tree.DeepMerge.merge(store, helmOverrides().get()) : store;
    Option<tech.integratn.vcluster.domain.tree.Node> deploy =
        tech.integratn.vcluster.domain.tree.Paths.at(merged, "controlPlane", "backingStore", "etcd", "deploy");
    if (deploy.isEmpty()) {
      return Option.none();
    }
    Option<tech.integratn.vcluster.domain.tree.Node> enabled = tech.integratn.vcluster.domain.tree.Paths.at(deploy.get(), "enabled");
    if (enabled.isEmpty() || !enabled.get().equals(tech.integratn.vcluster.domain.tree.Node.bool(true))) {
      return Option.none();
    }
    Option<tech.integratn.vcluster.domain.tree.Node> replicas =
        tech.integratn.vcluster.domain.tree.Paths.at(deploy.get(), "statefulSet", "highAvailability", "replicas");
    int members = 3;
    if (replicas.isDefined() && replicas.get() instanceof tech.integratn.vcluster.domain.tree.Node.Int i) {
      java.math.BigInteger v = i.value();
      if (v.signum() > 0 && v.bitLength() < 8) {
        members = v.intValue();
      }
    }
    return Option.some(members);
  }

  /** Name of the application sub-request and of the Argo CD application. */
  default String applicationName() {
    return "vcluster-" + name();
  }

  static ImmutableClusterPlan.Builder builder() {
    return ImmutableClusterPlan.builder();
  }
}
