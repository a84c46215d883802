package tech.integratn.vcluster.domain.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.Docs.annotated;
import static tech.integratn.vcluster.domain.Docs.minimal;
import static tech.integratn.vcluster.domain.Docs.with;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.Docs;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.network.Cidr;
import tech.integratn.vcluster.domain.profile.ImmutablePlatformProfile;
import tech.integratn.vcluster.domain.profile.ImmutableTenancyProfile;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.profile.TenancyProfile;
import tech.integratn.vcluster.domain.Docs.Rendered;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;
import tech.integratn.vcluster.domain.tree.StringMap;

/** Spec 10.2: each rule of parts A and B, accepted and refused, and each profile key's effect on a rendering. */
class TenancyRulesTest {

  static final PlatformProfile TRUSTED = IntegratnProfile.PROFILE;

  static PlatformProfile untrusted(java.util.function.UnaryOperator<ImmutableTenancyProfile> change) {
    return ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE)
        .withHostSecretMappings(StringMap.empty())
        .withClusterRoleExtraRules(List.empty())
        .withTenancy(change.apply(ImmutableTenancyProfile.copyOf(TenancyProfile.untrusted())));
  }

  static final PlatformProfile UNTRUSTED = untrusted(t -> t);

  /** A request an untrusted profile accepts: its own vc-<name> namespace, defaults otherwise. */
  static MapNode tenant() {
    return with(minimal(), "spec.targetNamespace", "vc-demo");
  }

  static Either<Rejection, Rendered> render(MapNode doc, PlatformProfile profile) {
    return Docs.configure(doc, profile, Docs.PROMISE);
  }

  static List<String> problems(MapNode doc, PlatformProfile profile) {
    Either<Rejection, Rendered> r = render(doc, profile);
    return r.isLeft() ? List.of(Problems.renderAll(r.getLeft().problems()).split("\n")) : List.empty();
  }

  static Node values(MapNode doc, PlatformProfile profile, String path) {
    Rendered r = render(doc, profile).getOrElseThrow(x -> new AssertionError(Problems.renderAll(x.problems())));
    MapNode app = (MapNode) r.resources().application().toNode();
    return Paths.at(app, ("spec.source.helm.valuesObject." + path).split("\\.")).getOrElse(Node.text("<absent>"));
  }

  // ---- part A ----------------------------------------------------------------------------------

  @Test
  void reservedNamespacesAreRefusedForEveryProfile() {
    for (PlatformProfile p : List.of(TRUSTED, UNTRUSTED)) {
      assertThat(problems(with(minimal(), "spec.targetNamespace", "kube-system"), p))
          .contains("spec.targetNamespace: kube-system is reserved by the platform (tenancy.reservedNamespaces)");
      assertThat(problems(with(minimal(), "spec.targetNamespace", "argocd"), p))
          .contains("spec.targetNamespace: argocd is reserved by the platform (tenancy.reservedNamespaces)");
    }
    PlatformProfile extended = ImmutablePlatformProfile.copyOf(TRUSTED).withTenancy(
        ImmutableTenancyProfile.copyOf(TRUSTED.tenancy()).withReservedNamespaces(List.of("observability"))
            .withPipelineNamespace(Option.some("vcluster-pipelines")));
    assertThat(problems(with(minimal(), "spec.targetNamespace", "observability"), extended))
        .containsExactly("spec.targetNamespace: observability is reserved by the platform (tenancy.reservedNamespaces)");
    // a network-policy peer of the profile (8.5) is reserved too
    assertThat(problems(with(minimal(), "spec.targetNamespace", "monitoring"), TRUSTED))
        .containsExactly("spec.targetNamespace: monitoring is reserved by the platform (tenancy.reservedNamespaces)");
    assertThat(problems(with(minimal(), "spec.targetNamespace", "vcluster-pipelines"), extended)).containsExactly(
        "spec.targetNamespace: vcluster-pipelines is reserved by the platform (tenancy.reservedNamespaces)");
    assertThat(problems(with(minimal(), "spec.targetNamespace", "observability"), TRUSTED)).isEmpty();
  }

  @Test
  void deniedChartPathsAreRefusedInAllThreeFreeFormObjects() {
    MapNode doc = with(with(with(minimal(), "spec.vcluster.helmOverrides.rbac.clusterRole.extraRules", Docs.list()),
            "spec.vcluster.backingStore.database.external.enabled", Node.bool(true)),
        "spec.vcluster.exportKubeConfig.additionalSecrets", Docs.list());
    assertThat(problems(doc, TRUSTED)).containsExactlyInAnyOrder(
        "spec.vcluster.backingStore.database.external.enabled: is reserved by the platform "
            + "(tenancy.helmOverrides.deny: controlPlane.backingStore.database)",
        "spec.vcluster.exportKubeConfig.additionalSecrets: is reserved by the platform "
            + "(tenancy.helmOverrides.deny: exportKubeConfig.additionalSecrets)",
        "spec.vcluster.helmOverrides.rbac.clusterRole.extraRules: is reserved by the platform "
            + "(tenancy.helmOverrides.deny: rbac)");
    PlatformProfile open = ImmutablePlatformProfile.copyOf(TRUSTED).withTenancy(
        ImmutableTenancyProfile.copyOf(TRUSTED.tenancy()).withHelmOverridesDeny(List.empty()));
    assertThat(problems(with(minimal(), "spec.vcluster.helmOverrides.rbac.clusterRole.enabled", Node.bool(true)), open))
        .isEmpty();
  }

  @Test
  void projectNameDefaultIsRefused() {
    assertThat(problems(with(minimal(), "spec.projectName", "default"), TRUSTED)).containsExactly(
        "spec.projectName: must not be default, Argo CD's own project (it may deploy anywhere) (got \"default\")");
    assertThat(problems(with(minimal(), "spec.projectName", "team"), TRUSTED)).isEmpty();
  }

  @Test
  void managedNamespaceLabelsMayNotSetPodSecurity() {
    MapNode labels = MapNode.of("pod-security.kubernetes.io/enforce", Node.text("privileged")).with("team", "a");
    MapNode doc = with(minimal(), "spec.argocdApplication.syncPolicy.managedNamespaceMetadata.labels", labels);
    assertThat(problems(doc, TRUSTED)).containsExactly("spec.argocdApplication.syncPolicy.managedNamespaceMetadata"
        + ".labels[\"pod-security.kubernetes.io/enforce\"]: is reserved by the platform (tenancy.podSecurity)");
    assertThat(problems(with(minimal(), "spec.argocdApplication.syncPolicy.managedNamespaceMetadata.labels",
        MapNode.of("team", Node.text("a"))), TRUSTED)).isEmpty();
  }

  @Test
  void podSecurityLabelsFollowTheProfileOnTheOwnNamespaceOnly() {
    PlatformProfile strict = ImmutablePlatformProfile.copyOf(TRUSTED).withTenancy(
        ImmutableTenancyProfile.copyOf(TRUSTED.tenancy()).withPodSecurityEnforce("restricted"));
    Rendered r = render(with(minimal(), "spec.targetNamespace", "team-a"), strict).get();
    MapNode labels = (MapNode) Paths.at(r.resources().namespace().toNode(), "metadata", "labels").get();
    assertThat(labels.get("pod-security.kubernetes.io/enforce")).contains(Node.text("restricted"));
    assertThat(labels.get("pod-security.kubernetes.io/enforce-version")).contains(Node.text("latest"));
    assertThat(labels.get("pod-security.kubernetes.io/warn")).contains(Node.text("baseline"));
    assertThat(labels.get("pod-security.kubernetes.io/audit")).contains(Node.text("baseline"));
    Rendered shared = render(minimal(), strict).get();
    assertThat(Paths.at(shared.resources().namespace().toNode(), "metadata", "labels",
        "pod-security.kubernetes.io/enforce")).isEmpty();
  }

  @Test
  void theProjectWhitelistNamesTheChartsClusterRoleAndTheNamespace() {
    assertThat(NamePatterns.clusterRoleName("demo", "team-a")).isEqualTo("vc-demo-v-team-a");
    // cut to 63, then one trailing dash removed
    String ns = "n".repeat(50) + "-x";
    assertThat(NamePatterns.clusterRoleName("abcdefgh", ns)).isEqualTo(("vc-abcdefgh-v-" + "n".repeat(49)));
    assertThat(NamePatterns.clusterRoleName("abcdefg", "n".repeat(49) + "-xyz")).hasSize(62).endsWith("n");
    Rendered r = render(with(minimal(), "spec.targetNamespace", "team-a"), TRUSTED).get();
    Node whitelist = Paths.at(r.resources().project().toNode(), "spec", "clusterResourceWhitelist").get();
    assertThat(whitelist).isEqualTo(Docs.list(
        MapNode.of("group", Node.text("rbac.authorization.k8s.io")).with("kind", "ClusterRole").with("name", "vc-demo-v-team-a"),
        MapNode.of("group", Node.text("rbac.authorization.k8s.io")).with("kind", "ClusterRoleBinding")
            .with("name", "vc-demo-v-team-a"),
        MapNode.of("group", Node.text("")).with("kind", "Namespace").with("name", "team-a")));
  }

  @Test
  void trustedRenderingKeepsTheTokenMappingTheClusterCriticalClassAndBothIntegrations() {
    assertThat(values(minimal(), TRUSTED, "sync.fromHost.secrets.mappings.byName"))
        .isEqualTo(MapNode.of("external-secrets/eso-onepassword-token", Node.text("external-secrets/eso-onepassword-token")));
    assertThat(values(minimal(), TRUSTED, "controlPlane.statefulSet.scheduling.priorityClassName"))
        .isEqualTo(Node.text("system-cluster-critical"));
    assertThat(values(minimal(), TRUSTED, "integrations.externalSecrets.enabled")).isEqualTo(Node.bool(true));
    assertThat(values(minimal(), TRUSTED, "rbac.clusterRole.extraRules")).isInstanceOf(tech.integratn.vcluster.domain.tree.ListNode.class);
  }

  // ---- part B ----------------------------------------------------------------------------------

  /**
   * "An empty map sets nothing" (10.2 Matching) must hold in the chart values too: an empty map in
   * a free-form object is no leaf, so it passes the deny and allow lists, and it must therefore not
   * replace the platform's value at that path (strict isolation's switches, the cluster role).
   */
  @Test
  void anEmptyMapOverAPlatformValueSetsNothing() {
    MapNode doc = with(with(with(with(tenant(),
                    "spec.vcluster.helmOverrides.policies.networkPolicy.enabled", MapNode.empty()),
                "spec.vcluster.helmOverrides.policies.resourceQuota.enabled", MapNode.of("x", MapNode.empty())),
            "spec.vcluster.helmOverrides.rbac.clusterRole.enabled", MapNode.empty()),
        "spec.vcluster.backingStore.etcd.deploy.enabled", MapNode.empty());
    for (PlatformProfile p : List.of(TRUSTED, UNTRUSTED)) {
      assertThat(problems(doc, p)).isEmpty();
      assertThat(values(doc, p, "rbac.clusterRole.enabled")).isEqualTo(Node.bool(true));
      assertThat(values(doc, p, "controlPlane.backingStore.etcd.deploy.enabled")).isEqualTo(Node.text("<absent>"));
    }
    assertThat(values(doc, UNTRUSTED, "policies.networkPolicy.enabled")).isEqualTo(Node.bool(true));
    assertThat(values(doc, UNTRUSTED, "policies.resourceQuota.enabled")).isEqualTo(Node.bool(true));
    // trusted and standard: the chart's defaults stay, no empty map is rendered in their place
    assertThat(values(doc, TRUSTED, "policies")).isEqualTo(Node.text("<absent>"));
  }

  @Test
  void anUntrustedTenantWithinEveryRuleRendersStrictWithoutPlatformSharing() {
    assertThat(problems(tenant(), UNTRUSTED)).isEmpty();
    assertThat(values(tenant(), UNTRUSTED, "policies.resourceQuota.enabled")).isEqualTo(Node.bool(true));
    assertThat(values(tenant(), UNTRUSTED, "controlPlane.statefulSet.scheduling.priorityClassName"))
        .isEqualTo(Node.text("<absent>"));
    assertThat(values(tenant(), UNTRUSTED, "integrations.externalSecrets")).isEqualTo(Node.text("<absent>"));
    assertThat(values(tenant(), UNTRUSTED, "integrations.certManager")).isEqualTo(Node.text("<absent>"));
    assertThat(values(tenant(), UNTRUSTED, "sync.fromHost.secrets")).isEqualTo(MapNode.of("enabled", Node.bool(false)));
    assertThat(values(tenant(), UNTRUSTED, "rbac.clusterRole")).isEqualTo(MapNode.of("enabled", Node.bool(true)));
  }

  @Test
  void theSharingAndPriorityKeysChangeTheRendering() {
    PlatformProfile sharing = untrusted(t -> t.withShareClusterSecretStores(true).withShareClusterIssuers(true)
        .withPriorityClassName(Option.some("tenants")));
    assertThat(values(tenant(), sharing, "integrations.externalSecrets.enabled")).isEqualTo(Node.bool(true));
    assertThat(values(tenant(), sharing, "integrations.certManager.enabled")).isEqualTo(Node.bool(true));
    assertThat(values(tenant(), sharing, "controlPlane.statefulSet.scheduling.priorityClassName"))
        .isEqualTo(Node.text("tenants"));
  }

  @Test
  void onlyAllowedChartPathsMayBeSet() {
    assertThat(problems(with(tenant(), "spec.vcluster.helmOverrides.controlPlane.statefulSet.resources.limits.cpu", "2"),
        UNTRUSTED)).isEmpty();
    assertThat(problems(with(tenant(), "spec.vcluster.helmOverrides.controlPlane.statefulSet.image.tag", "x"), UNTRUSTED))
        .singleElement().asString().startsWith("spec.vcluster.helmOverrides.controlPlane.statefulSet.image.tag: "
            + "is not a chart value a tenant may set (tenancy.helmOverrides.allow: ");
  }

  @Test
  void chartsAndDestinationServersAreThePlatforms() {
    assertThat(problems(with(tenant(), "spec.argocdApplication.repoURL", "https://evil.example"), UNTRUSTED))
        .singleElement().asString().startsWith("spec.argocdApplication.repoURL: must be a chart repository of the platform");
    assertThat(problems(with(tenant(), "spec.argocdApplication.targetRevision", "0.31.0"), UNTRUSTED))
        .singleElement().asString().startsWith("spec.argocdApplication.targetRevision: must be one of [0.30.4]");
    assertThat(problems(with(tenant(), "spec.argocdApplication.chart", "other"), UNTRUSTED))
        .singleElement().asString().startsWith("spec.argocdApplication.chart: must be a chart the platform allows");
    PlatformProfile two = untrusted(t -> t.withCharts(Option.some(List.of(new TenancyProfile.AllowedChart(
        "https://charts.loft.sh", "vcluster", List.of("0.30.4", "0.31.0"))))));
    assertThat(problems(with(tenant(), "spec.argocdApplication.targetRevision", "0.31.0"), two)).isEmpty();
    assertThat(problems(with(tenant(), "spec.argocdApplication.destinationServer", "https://other:6443"), UNTRUSTED))
        .singleElement().asString().startsWith("spec.argocdApplication.destinationServer: must be one of the platform's");
    PlatformProfile servers = untrusted(t -> t.withDestinationServers(Option.some(List.of("https://other:6443"))));
    assertThat(problems(with(tenant(), "spec.argocdApplication.destinationServer", "https://other:6443"), servers)).isEmpty();
  }

  /** A target namespace that is given but broken is reported once, for what is wrong with it, never as missing. */
  @Test
  void aBrokenTargetNamespaceIsNotAlsoReportedAsMissing() {
    assertThat(problems(with(minimal(), "spec.targetNamespace", "Vc-demo"), UNTRUSTED)).containsExactly(
        "spec.targetNamespace: must be a DNS-1123 label (lower-case letters, digits and '-', starting and ending "
            + "with a letter or digit) (got \"Vc-demo\")");
  }

  @Test
  void theTargetNamespaceIsRequiredPatternedAndLeavesRoomForTheClusterRole() {
    assertThat(problems(minimal(), UNTRUSTED)).containsExactly("spec.targetNamespace: is required for an untrusted "
        + "request, matching vc-demo (tenancy.targetNamespacePattern) (got nothing)");
    assertThat(problems(with(minimal(), "spec.targetNamespace", "team-a"), UNTRUSTED)).containsExactly(
        "spec.targetNamespace: must match vc-demo (tenancy.targetNamespacePattern: vc-{name}) (got \"team-a\")");
    PlatformProfile star = untrusted(t -> t.withTargetNamespacePattern("t-{name}-*"));
    assertThat(problems(with(minimal(), "spec.targetNamespace", "t-demo-prod"), star)).isEmpty();
    assertThat(problems(with(minimal(), "spec.targetNamespace", "t-demo"), star)).hasSize(1);
    MapNode dashed = with(with(with(minimal(), "spec.name", "a-v-b"), "metadata.name", "a-v-b"),
        "spec.targetNamespace", "vc-a-v-b");
    assertThat(problems(dashed, UNTRUSTED)).singleElement().asString().startsWith("spec.name: must not contain -v-");
    String name = "n".repeat(28);
    MapNode longName = with(with(with(minimal(), "spec.name", name), "metadata.name", name),
        "spec.targetNamespace", "vc-" + name);
    assertThat(problems(longName, UNTRUSTED)).singleElement().asString()
        .startsWith("spec.targetNamespace: is too long: the chart's ClusterRole vc-" + name + "-v-vc-" + name);
  }

  @Test
  void theHostnameAndBaseDomainAreThePlatforms() {
    assertThat(problems(with(tenant(), "spec.exposure.hostname", "demo.evil.example"), UNTRUSTED)).containsExactly(
        "spec.exposure.hostname: must match *.integratn.tech (tenancy.hostnamePattern) (got \"demo.evil.example\")");
    assertThat(problems(with(tenant(), "spec.exposure.hostname", "api.integratn.tech"), UNTRUSTED)).isEmpty();
    assertThat(problems(annotated(tenant(), "platform.integratn.tech/base-domain", "evil.example"), UNTRUSTED))
        .contains("metadata.annotations[\"platform.integratn.tech/base-domain\"]: must be the platform's base domain "
            + "integratn.tech or absent (tenancy.hostnamePattern) (got \"evil.example\")");
    PlatformProfile pattern = untrusted(t -> t.withHostnamePattern(Option.some("*.tenants.example")));
    assertThat(problems(with(tenant(), "spec.exposure.hostname", "demo.tenants.example"), pattern)).isEmpty();
  }

  @Test
  void addressesOnlyInsideThePools() {
    assertThat(problems(with(tenant(), "spec.exposure.subnet", "10.0.4.0/24"), UNTRUSTED)).singleElement().asString()
        .startsWith("spec.exposure.subnet: may not be set: the platform has no address pool for tenants");
    PlatformProfile pooled = untrusted(t -> t.withAddressPools(List.of(Cidr.parse("10.20.0.0/16").get())));
    assertThat(problems(with(tenant(), "spec.exposure.subnet", "10.20.4.0/24"), pooled)).isEmpty();
    assertThat(problems(with(tenant(), "spec.exposure.vip", "10.21.0.5"), pooled)).singleElement().asString()
        .startsWith("spec.exposure.vip: must lie inside one of the platform's address pools [10.20.0.0/16]");
    assertThat(problems(with(tenant(), "spec.exposure.vip", "10.20.0.5"), pooled)).isEmpty();
  }

  @Test
  void identityIsolationSelectorsAndNamespaceMetadataAreFixed() {
    assertThat(problems(with(tenant(), "spec.projectName", "shared"), UNTRUSTED)).singleElement().asString()
        .startsWith("spec.projectName: must be vcluster-demo or unset");
    assertThat(problems(with(tenant(), "spec.projectName", "vcluster-demo"), UNTRUSTED)).isEmpty();
    assertThat(problems(with(tenant(), "metadata.name", "other"), UNTRUSTED)).singleElement().asString()
        .startsWith("spec.name: must equal metadata.name \"other\"");
    assertThat(problems(with(tenant(), "spec.vcluster.isolationMode", "standard"), UNTRUSTED)).singleElement()
        .asString().startsWith("spec.vcluster.isolationMode: must be strict or unset");
    assertThat(problems(with(tenant(), "spec.vcluster.isolationMode", "strict"), UNTRUSTED)).isEmpty();
    MapNode other = MapNode.of("store", Node.text("mine"));
    assertThat(problems(with(tenant(), "spec.integrations.externalSecrets.clusterStoreSelectorLabels", other), UNTRUSTED))
        .singleElement().asString().startsWith("spec.integrations.externalSecrets.clusterStoreSelectorLabels: must be absent");
    assertThat(problems(with(tenant(), "spec.integrations.certManager.clusterIssuerSelectorLabels", other), UNTRUSTED))
        .singleElement().asString().startsWith("spec.integrations.certManager.clusterIssuerSelectorLabels: must be absent");
    assertThat(problems(with(tenant(), "spec.integrations.certManager.clusterIssuerSelectorLabels",
        MapNode.ofStrings(TRUSTED.clusterIssuerSelectorLabels())), UNTRUSTED)).isEmpty();
    assertThat(problems(with(tenant(), "spec.argocdApplication.syncPolicy.managedNamespaceMetadata.labels.team", "a"),
        UNTRUSTED)).containsExactly("spec.argocdApplication.syncPolicy.managedNamespaceMetadata: is reserved by the "
            + "platform: the platform labels the namespace (tenancy.untrustedRequests)");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    MapNode doc = with(with(with(minimal(), "spec.targetNamespace", "kube-system"),
        "spec.vcluster.isolationMode", "standard"), "spec.exposure.vip", "10.0.0.5");
    assertThat(problems(doc, UNTRUSTED)).hasSize(4);
  }
}
