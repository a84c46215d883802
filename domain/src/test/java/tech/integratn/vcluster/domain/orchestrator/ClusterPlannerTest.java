package tech.integratn.vcluster.domain.orchestrator;

import tech.integratn.vcluster.domain.Docs;
import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.Docs.annotated;
import static tech.integratn.vcluster.domain.Docs.minimal;
import static tech.integratn.vcluster.domain.Docs.problems;
import static tech.integratn.vcluster.domain.Docs.render;
import static tech.integratn.vcluster.domain.Docs.with;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** Defaults, presets and derived values of spec sections 1-3. */
class ClusterPlannerTest {

  static ClusterPlan plan(MapNode doc) {
    return render(doc).plan();
  }

  @Test
  void devPresetAndDefaults() {
    ClusterPlan p = plan(minimal());
    assertThat(p.replicas()).isEqualTo(1);
    assertThat(List.of(p.cpuRequest(), p.memoryRequest(), p.cpuLimit(), p.memoryLimit()))
        .containsExactly("200m", "512Mi", "1000m", "1Gi");
    assertThat(p.persistenceEnabled()).isFalse();
    assertThat(p.persistenceSize()).isEqualTo("5Gi");
    assertThat(p.corednsReplicas()).isEqualTo(1);
    assertThat(p.targetNamespace()).isEqualTo("platform-requests");
    assertThat(p.projectName()).isEqualTo("vcluster-demo");
    assertThat(p.kubernetesImageTag()).isEqualTo("v1.34.3");
    assertThat(p.clusterDomain()).isEqualTo("cluster.local");
    assertThat(p.environment()).isEqualTo("development");
    assertThat(p.hostname()).isEqualTo("demo.integratn.tech");
    assertThat(p.apiPort()).isEqualTo(443);
    assertThat(p.externalServerUrl()).isEqualTo("https://demo.integratn.tech:443");
    assertThat(p.vip().isEmpty()).isTrue();
    assertThat(p.onePasswordItem()).isEqualTo("vcluster-demo-kubeconfig");
    assertThat(p.syncJobName()).isEqualTo("vcluster-demo-kubeconfig-sync");
    assertThat(p.chartRepoUrl()).isEqualTo("https://charts.loft.sh");
    assertThat(p.chartVersion()).isEqualTo("0.30.4");
  }

  @Test
  void prodPresetWithPerFieldOverride() {
    MapNode doc = with(with(with(minimal(), "spec.vcluster.preset", "prod"),
        "spec.vcluster.resources.limits.memory", "8Gi"), "spec.vcluster.coredns.replicas", 5);
    ClusterPlan p = plan(doc);
    assertThat(p.replicas()).isEqualTo(3);
    assertThat(List.of(p.cpuRequest(), p.memoryRequest(), p.cpuLimit(), p.memoryLimit()))
        .containsExactly("500m", "1Gi", "2", "8Gi");
    assertThat(p.persistenceEnabled()).isTrue();
    assertThat(p.persistenceSize()).isEqualTo("10Gi");
    assertThat(p.corednsReplicas()).isEqualTo(5);
    assertThat(p.environment()).isEqualTo("production");
  }

  @Test
  void numericQuantitiesAreAccepted() {
    ClusterPlan p = plan(with(minimal(), "spec.vcluster.resources.limits.cpu", 2));
    assertThat(p.cpuLimit()).isEqualTo("2");
  }

  @Test
  void emptyStringsAndNullsTakeTheDefault() {
    MapNode doc = with(with(minimal(), "spec.targetNamespace", ""), "spec.vcluster.preset", Node.Null.NULL);
    ClusterPlan p = plan(doc);
    assertThat(p.targetNamespace()).isEqualTo("platform-requests");
    assertThat(p.replicas()).isEqualTo(1);
  }

  @Test
  void shortKubernetesVersionsMapThroughTheProfile() {
    assertThat(plan(with(minimal(), "spec.vcluster.k8sVersion", "1.33")).kubernetesImageTag()).isEqualTo("v1.33.7");
    assertThat(plan(with(minimal(), "spec.vcluster.k8sVersion", "1.34")).kubernetesImageTag()).isEqualTo("v1.34.3");
  }

  @Test
  void baseDomainAnnotationDrivesHostnameAndSanitizedDomain() {
    ClusterPlan p = plan(annotated(minimal(), RequestMetadata.BASE_DOMAIN_ANNOTATION, "lab.example.org"));
    assertThat(p.baseDomain()).isEqualTo("lab.example.org");
    assertThat(p.baseDomainSanitized()).isEqualTo("lab-example-org");
    assertThat(p.hostname()).isEqualTo("demo.lab.example.org");
    assertThat(p.clusterAnnotations().get("platform.integratn.tech/base-domain-sanitized").get())
        .isEqualTo("lab-example-org");
  }

  @Test
  void theLiteralNullBaseDomainCountsAsAbsent() {
    ClusterPlan p = plan(annotated(minimal(), RequestMetadata.BASE_DOMAIN_ANNOTATION, "null"));
    assertThat(p.baseDomain()).isEqualTo("integratn.tech");
  }

  @Test
  void reconcileAtDigitsAreAppendedToTheSyncJobName() {
    ClusterPlan p = plan(annotated(minimal(), RequestMetadata.RECONCILE_AT_ANNOTATION, "2026-02-19T17:34:18Z"));
    assertThat(p.syncJobName()).isEqualTo("vcluster-demo-kubeconfig-sync-20260219173418");
  }

  @Test
  void vipIsComputedFromTheSubnetAndTheProfileOffset() {
    ClusterPlan p = plan(with(minimal(), "spec.exposure.subnet", "10.0.4.0/24"));
    assertThat(p.vip().get().toString()).isEqualTo("10.0.4.200");
    assertThat(p.extraSans()).containsExactly("demo.integratn.tech", "10.0.4.200");
  }

  @Test
  void aHostPartInTheSubnetIsNormalised() {
    assertThat(plan(with(minimal(), "spec.exposure.subnet", "10.0.4.7/24")).vip().get().toString())
        .isEqualTo("10.0.4.200");
  }

  @Test
  void anExplicitOffsetAndAnotherProfilesOffsetAreHonoured() {
    assertThat(plan(with(with(minimal(), "spec.exposure.subnet", "10.0.4.0/24"), "spec.exposure.vipOffset", 17))
        .vip().get().toString()).isEqualTo("10.0.4.17");
    PlatformProfile pool100 = io.vavr.control.Option.some(IntegratnProfile.PROFILE)
        .map(p -> tech.integratn.vcluster.domain.profile.ImmutablePlatformProfile.copyOf(p).withVipOffset(100)).get();
    ClusterPlan p = Docs.configure(with(minimal(), "spec.exposure.subnet", "10.0.4.0/24"), pool100, "p")
        .get().plan();
    assertThat(p.vip().get().toString()).isEqualTo("10.0.4.100");
  }

  @Test
  void ipv6SubnetsWork() {
    ClusterPlan p = plan(with(with(minimal(), "spec.exposure.subnet", "fd00:10:20::/64"), "spec.exposure.vipOffset", 100));
    assertThat(p.vip().get().toString()).isEqualTo("fd00:10:20::64");
  }

  @Test
  void aGivenVipIsUsedAndMustBeAUsableHostOfTheSubnet() {
    MapNode withSubnet = with(minimal(), "spec.exposure.subnet", "10.0.4.0/24");
    assertThat(plan(with(withSubnet, "spec.exposure.vip", "10.0.4.201")).vip().get().toString()).isEqualTo("10.0.4.201");
    assertThat(problems(with(withSubnet, "spec.exposure.vip", "10.0.5.1"))).containsExactly(
        "spec.exposure.vip: VIP 10.0.5.1 is not a usable host address of subnet 10.0.4.0/24 (usable range 10.0.4.1-10.0.4.254)");
    assertThat(problems(with(withSubnet, "spec.exposure.vip", "10.0.4.255")).head()).startsWith("spec.exposure.vip: VIP 10.0.4.255");
    assertThat(problems(with(withSubnet, "spec.exposure.vip", "fd00::1")).head()).startsWith("spec.exposure.vip: ");
    assertThat(plan(with(minimal(), "spec.exposure.vip", "192.168.1.10")).vip().get().toString()).isEqualTo("192.168.1.10");
  }

  @Test
  void anInvalidSubnetStillLetsAnInvalidVipBeReported() {
    MapNode both = with(with(minimal(), "spec.exposure.subnet", "10.0.4.0/33"), "spec.exposure.vip", "10.0.4.300");
    assertThat(problems(both)).hasSize(2)
        .anySatisfy(p -> assertThat(p).startsWith("spec.exposure.subnet: ").contains("10.0.4.0/33"))
        .anySatisfy(p -> assertThat(p).startsWith("spec.exposure.vip: ").contains("10.0.4.300"));
    // a VIP that parses is not checked against a subnet that does not: one problem, the subnet's
    assertThat(problems(with(with(minimal(), "spec.exposure.subnet", "10.0.4.0/33"), "spec.exposure.vip", "10.0.9.1")))
        .singleElement().satisfies(p -> assertThat(p).startsWith("spec.exposure.subnet: "));
  }

  @Test
  void anOffsetBeyondTheUsableRangeNamesTheRange() {
    MapNode doc = with(with(minimal(), "spec.exposure.subnet", "10.0.4.0/24"), "spec.exposure.vipOffset", 255);
    assertThat(problems(doc)).singleElement().satisfies(p -> assertThat(p)
        .startsWith("spec.exposure.vipOffset: ").contains("10.0.4.0/24").contains("10.0.4.1-10.0.4.254"));
  }

  @Test
  void oneRunReportsFieldAndAddressProblemsTogether() {
    MapNode doc = with(with(with(minimal(), "spec.exposure.subnet", "10.0.4.0/24"),
        "spec.exposure.vipOffset", 255), "spec.exposure.apiPort", 70000);
    assertThat(problems(doc)).hasSize(2)
        .anySatisfy(p -> assertThat(p).startsWith("spec.exposure.apiPort"))
        .anySatisfy(p -> assertThat(p).startsWith("spec.exposure.vipOffset"));
  }

  @Test
  void clusterLabelsAndAnnotationsMergeOverDefaultsUserWins() {
    MapNode doc = with(minimal(), "spec.integrations.argocd.environment", "staging");
    MapNode spec = (MapNode) doc.get("spec").get();
    MapNode argocd = (MapNode) ((MapNode) spec.get("integrations").get()).get("argocd").get();
    argocd = argocd.with("clusterLabels", MapNode.of("cluster_role", Node.text("edge")).with("team", "media"))
        .with("clusterAnnotations", MapNode.of("managed-by", Node.text("me")));
    doc = doc.with("spec", spec.with("integrations", MapNode.of("argocd", argocd)));
    ClusterPlan p = plan(doc);
    assertThat(p.clusterLabels().keys()).containsExactly(
        "argocd.argoproj.io/secret-type", "akuity.io/argo-cd-cluster-name", "cluster_name", "cluster_role",
        "cluster_type", "enable_argocd", "enable_gateway_api_crds", "enable_nginx_gateway_fabric",
        "enable_cert_manager", "enable_external_secrets", "enable_external_dns", "environment", "team");
    assertThat(p.clusterLabels().get("cluster_role").get()).isEqualTo("edge");
    assertThat(p.clusterLabels().get("environment").get()).isEqualTo("staging");
    assertThat(p.clusterAnnotations().get("managed-by").get()).isEqualTo("me");
    assertThat(p.clusterAnnotations().get("workload_repo_path").get()).isEqualTo("workloads");
    assertThat(p.clusterAnnotations().get("workload_repo_basepath").get()).isEqualTo("");
  }

  @Test
  void syncPolicyIsDeepMergedOverTheDefault() {
    MapNode doc = with(with(minimal(), "spec.argocdApplication.syncPolicy.automated.prune", Node.bool(false)),
        "spec.argocdApplication.syncPolicy.syncOptions", ListNode.of(Node.text("ServerSideApply=true")));
    MapNode policy = plan(doc).syncPolicy();
    assertThat(policy).isEqualTo(MapNode.of("automated", MapNode.of("selfHeal", Node.bool(true)).with("prune", Node.bool(false)))
        .with("syncOptions", ListNode.of(Node.text("ServerSideApply=true"))));
  }

  @Test
  void exportKubeConfigIsTheServerMergedWithTheUsersObject() {
    MapNode doc = with(with(minimal(), "spec.vcluster.exportKubeConfig.context", "demo"), "spec.exposure.apiPort", 6443);
    assertThat(plan(doc).exportKubeConfig()).isEqualTo(
        MapNode.of("server", Node.text("https://demo.integratn.tech:6443")).with("context", "demo"));
    MapNode override = with(minimal(), "spec.vcluster.exportKubeConfig.server", "https://other:1");
    assertThat(plan(override).exportKubeConfig()).isEqualTo(MapNode.of("server", Node.text("https://other:1")));
  }

  static MapNode named(String name) {
    return with(with(minimal(), "spec.name", name), "metadata.name", name);
  }

  @Test
  void derivedNamesMustFitKubernetesAndHelmLimits() {
    String n54 = "a".repeat(54);
    assertThat(problems(named(n54))).contains(
        "spec.name: must be at most 53 characters (it is the Helm release name) (got \"" + n54 + "\")");
    String n25 = "b".repeat(25);
    assertThat(problems(annotated(named(n25), RequestMetadata.RECONCILE_AT_ANNOTATION, "2026-02-19T17:34:18Z")))
        .singleElement().satisfies(p -> assertThat(p).startsWith("spec.name: must be at most 23 characters (the kubeconfig sync Job"));
    assertThat(plan(named("c".repeat(23))).name()).hasSize(23);
    String n47 = "d".repeat(47);
    assertThat(problems(with(named(n47), "spec.vcluster.backingStore.etcd.deploy.enabled", Node.bool(true))))
        .anySatisfy(p -> assertThat(p).startsWith("spec.name: must be at most 46 characters (with an external etcd"))
        .anySatisfy(p -> assertThat(p).startsWith("spec.name: must be at most 38 characters (the kubeconfig sync Job"));
    assertThat(plan(named("e".repeat(38))).name()).hasSize(38);
  }

  @Test
  void theEtcdMemberCountIsThePlansOwnWithTheOverridesMergedOverTheBackingStore() {
    MapNode on = with(with(minimal(), "spec.vcluster.backingStore.etcd.deploy.enabled", Node.bool(true)),
        "spec.vcluster.backingStore.etcd.deploy.statefulSet.highAvailability.replicas", 3);
    assertThat(plan(on).etcdMembers()).contains(3);
    MapNode five = with(on, "spec.vcluster.helmOverrides.controlPlane.backingStore.etcd.deploy.statefulSet"
        + ".highAvailability.replicas", 5);
    assertThat(plan(five).etcdMembers()).contains(5);
    assertThat(Docs.render(five).resources().etcd().get().serverCertificate().spec().dnsNames()).hasSize(8 + 5 * 4 + 1);
    assertThat(plan(with(on, "spec.vcluster.helmOverrides.controlPlane.backingStore.etcd.deploy.enabled",
        Node.bool(false))).etcdMembers()).isEmpty();
    assertThat(plan(with(on, "spec.vcluster.backingStore.etcd.deploy.statefulSet.highAvailability.replicas", 200))
        .etcdMembers()).as("out of 1-127: the chart's default").contains(3);
    assertThat(plan(minimal()).etcdMembers()).isEmpty();
  }
}
