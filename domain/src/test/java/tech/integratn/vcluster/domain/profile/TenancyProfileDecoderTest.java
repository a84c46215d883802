package tech.integratn.vcluster.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** Spec 10.2: the profile's tenancy section, its inheritance rule and its checks. */
class TenancyProfileDecoderTest {

  private static PlatformProfile decode(MapNode doc) {
    return ProfileDecoder.decode(doc, IntegratnProfile.PROFILE).get();
  }

  private static List<String> problems(MapNode doc) {
    return List.ofAll(ProfileDecoder.decode(doc, IntegratnProfile.PROFILE).getLeft().map(ProfileProblems::render));
  }

  private static MapNode tenancy(MapNode section) {
    return MapNode.of("tenancy", section);
  }

  private static ListNode texts(String... items) {
    return ListNode.ofTexts(List.of(items));
  }

  @Test
  void theEmbeddedProfileTrustsItsRequestersAndKeepsItsTokenMapping() {
    PlatformProfile p = IntegratnProfile.PROFILE;
    assertThat(p.tenancy().untrustedRequests()).isFalse();
    assertThat(p.tenancy().podSecurityEnforce()).isEqualTo("privileged");
    assertThat(p.tenancy().podSecurityWarn()).isEqualTo("baseline");
    assertThat(p.hostSecretMappings().get("external-secrets/eso-onepassword-token"))
        .contains("external-secrets/eso-onepassword-token");
    assertThat(p.clusterRoleExtraRules()).hasSize(1);
  }

  @Test
  void aFileInheritsNoTenancyNoMappingAndNoExtraRuleAndIsUntrustedByDefault() {
    PlatformProfile p = decode(MapNode.of("name", Node.text("acme")));
    assertThat(p.tenancy().untrustedRequests()).isTrue();
    assertThat(p.tenancy().podSecurityEnforce()).isEqualTo("baseline");
    assertThat(p.tenancy().podSecurityWarn()).isEqualTo("restricted");
    assertThat(p.tenancy().podSecurityAudit()).isEqualTo("restricted");
    assertThat(p.hostSecretMappings().isEmpty()).isTrue();
    assertThat(p.clusterRoleExtraRules()).isEmpty();
    // everything else is still read over the embedded profile
    assertThat(p.baseDomain()).isEqualTo("integratn.tech");
  }

  @Test
  void aTrustedFileTakesTheTrustedDefaultsForWhatItOmitsAndMayMapSecrets() {
    MapNode rule = MapNode.of("apiGroups", texts("")).with("resources", texts("secrets"))
        .with("resourceNames", texts("token")).with("verbs", texts("get"));
    PlatformProfile p = decode(tenancy(MapNode.of("untrustedRequests", Node.bool(false))
            .with("podSecurity", MapNode.of("warn", Node.text("restricted"))))
        .with("hostSecretMappings", MapNode.of("vault/token", Node.text("vault/token")))
        .with("clusterRoleExtraRules", ListNode.of(rule)));
    assertThat(p.tenancy().untrustedRequests()).isFalse();
    assertThat(p.tenancy().podSecurityEnforce()).isEqualTo("privileged");
    assertThat(p.tenancy().podSecurityWarn()).isEqualTo("restricted");
    assertThat(p.hostSecretMappings().get("vault/token")).contains("vault/token");
    assertThat(p.clusterRoleExtraRules()).containsExactly(rule);
  }

  @Test
  void aMappingOrAnExtraRuleInAnUntrustedFileIsRefusedNamingTheKey() {
    MapNode rule = MapNode.of("resources", texts("secrets")).with("verbs", texts("get"));
    List<String> problems = problems(MapNode.of("hostSecretMappings", MapNode.of("vault/token", Node.text("token")))
        .with("clusterRoleExtraRules", ListNode.of(rule)));
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).startsWith("profile: hostSecretMappings: must not be set when tenancy.untrustedRequests is true");
    assertThat(problems.get(1)).startsWith("profile: clusterRoleExtraRules: must not be set when tenancy.untrustedRequests");
  }

  @Test
  void everyKeyChangesTheProfile() {
    MapNode chart = MapNode.of("repoURL", Node.text("https://charts.example")).with("chart", "vcluster")
        .with("versions", texts("0.30.4", "0.30.5"));
    TenancyProfile t = decode(tenancy(MapNode.of("reservedNamespaces", texts("monitoring"))
        .with("helmOverrides", MapNode.of("deny", texts("rbac")).with("allow", texts("controlPlane.coredns")))
        .with("podSecurity", MapNode.of("enforce", Node.text("restricted")).with("warn", "restricted")
            .with("audit", "baseline"))
        .with("charts", ListNode.of(chart))
        .with("destinationServers", texts("https://tenants.example:6443"))
        .with("targetNamespacePattern", "tenant-{name}-*")
        .with("hostnamePattern", "*.tenants.example")
        .with("addressPools", texts("10.20.0.0/24"))
        .with("shareClusterSecretStores", Node.bool(true))
        .with("shareClusterIssuers", Node.bool(true))
        .with("priorityClassName", "tenants"))).tenancy();
    assertThat(t.reservedNamespaces()).containsExactly("monitoring");
    assertThat(t.helmOverridesDeny()).containsExactly("rbac");
    assertThat(t.helmOverridesAllow()).containsExactly("controlPlane.coredns");
    assertThat(List.of(t.podSecurityEnforce(), t.podSecurityWarn(), t.podSecurityAudit()))
        .containsExactly("restricted", "restricted", "baseline");
    assertThat(t.charts().get()).containsExactly(new TenancyProfile.AllowedChart("https://charts.example", "vcluster",
        List.of("0.30.4", "0.30.5")));
    assertThat(t.destinationServers().get()).containsExactly("https://tenants.example:6443");
    assertThat(t.targetNamespacePattern()).isEqualTo("tenant-{name}-*");
    assertThat(t.hostnamePattern()).contains("*.tenants.example");
    assertThat(t.addressPools().map(String::valueOf)).containsExactly("10.20.0.0/24");
    assertThat(t.shareClusterSecretStores()).isTrue();
    assertThat(t.shareClusterIssuers()).isTrue();
    assertThat(t.priorityClassName()).isEqualTo(Option.some("tenants"));
  }

  @Test
  void anEmptyDenyListAllowsEverything() {
    assertThat(decode(tenancy(MapNode.of("helmOverrides", MapNode.of("deny", ListNode.of())))).tenancy()
        .helmOverridesDeny()).isEmpty();
  }

  @Test
  void unknownKeysInEveryNewSubObjectAreReportedWithTheClosestKnownOne() {
    MapNode chart = MapNode.of("repoURL", Node.text("https://charts.example")).with("chart", "vcluster")
        .with("versions", texts("1")).with("version", "1");
    MapNode rule = MapNode.of("verbs", texts("get")).with("resource", texts("secrets"));
    assertThat(problems(MapNode.of("tenancy", MapNode.of("untrustedRequest", Node.bool(true))
            .with("helmOverrides", MapNode.of("denny", texts("rbac")))
            .with("podSecurity", MapNode.of("enforced", Node.text("baseline")))
            .with("charts", ListNode.of(chart)))
        .with("clusterRoleExtraRules", ListNode.of(rule))
        .with("tenancyy", MapNode.empty())))
        .contains(
            "profile: tenancyy: unknown key (did you mean tenancy?)",
            "profile: tenancy.untrustedRequest: unknown key (did you mean tenancy.untrustedRequests?)",
            "profile: tenancy.helmOverrides.denny: unknown key (did you mean tenancy.helmOverrides.deny?)",
            "profile: tenancy.podSecurity.enforced: unknown key (did you mean tenancy.podSecurity.enforce?)",
            "profile: tenancy.charts[0].version: unknown key (did you mean tenancy.charts[0].versions?)",
            "profile: clusterRoleExtraRules[0].resource: unknown key (did you mean clusterRoleExtraRules[0].resources?)");
  }

  @Test
  void theOldSecretStoreTokenKeyPointsAtItsReplacements() {
    assertThat(problems(MapNode.of("secretStoreToken", MapNode.of("name", Node.text("x"))))).containsExactly(
        "profile: secretStoreToken: is no longer a profile key: write the host Secret as hostSecretMappings and the "
            + "rule reading it as clusterRoleExtraRules (trusted profiles only, spec 10.2)");
  }

  @Test
  void everyValueIsChecked() {
    List<String> problems = problems(MapNode.of("tenancy", MapNode.of("untrustedRequests", Node.text("yes"))
        .with("reservedNamespaces", texts("Monitoring"))
        .with("helmOverrides", MapNode.of("deny", texts("rbac..x")))
        .with("podSecurity", MapNode.of("enforce", Node.text("strict")))
        .with("targetNamespacePattern", "vc-*")
        .with("hostnamePattern", "team*.example.com")
        .with("addressPools", texts("10.20.0.1/24", "10.20.0/24"))
        .with("priorityClassName", "Tenants!")
        .with("charts", ListNode.of(MapNode.of("chart", Node.text("vcluster"))))));
    assertThat(problems).contains(
        "profile: tenancy.untrustedRequests: must be a boolean (got \"yes\")",
        "profile: tenancy.podSecurity.enforce: must be privileged, baseline or restricted (got \"strict\")",
        "profile: tenancy.addressPools[0]: must be written canonically as 10.20.0.0/24 (got \"10.20.0.1/24\")",
        "profile: tenancy.charts[0].repoURL: is required",
        "profile: tenancy.charts[0].versions: is required: at least one chart version");
    assertThat(problems).anyMatch(p -> p.startsWith("profile: tenancy.reservedNamespaces[0]: "));
    assertThat(problems).anyMatch(p -> p.startsWith("profile: tenancy.helmOverrides.deny[0]: must be a chart value path"));
    assertThat(problems).anyMatch(p -> p.startsWith("profile: tenancy.targetNamespacePattern: must contain {name}"));
    assertThat(problems).anyMatch(p -> p.startsWith("profile: tenancy.hostnamePattern: "));
    assertThat(problems).anyMatch(p -> p.startsWith("profile: tenancy.addressPools[1]: "));
    assertThat(problems).anyMatch(p -> p.startsWith("profile: tenancy.priorityClassName: "));
  }

  @Test
  void hostSecretMappingsAreByNameOnly() {
    List<String> problems = problems(MapNode.of("tenancy", MapNode.of("untrustedRequests", Node.bool(false)))
        .with("hostSecretMappings", MapNode.of("external-secrets/*", Node.text("x")).with("token", "x")));
    assertThat(problems).containsExactly(
        "profile: hostSecretMappings.external-secrets/*: must be a host Secret by name, <namespace>/<name> "
            + "(a DNS label, a DNS subdomain; no *)",
        "profile: hostSecretMappings.token: must be a host Secret by name, <namespace>/<name> "
            + "(a DNS label, a DNS subdomain; no *)");
  }
}
