package tech.integratn.vcluster.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Spec 10.2: each problem of the tenancy section, the host secret mappings and the extra ClusterRole
 * rules, word for word and indexed per item; and the pattern checks at their edges.
 */
class TenancyProfileProblemsTest {

  static final String NOT_A_WORD = "must be a non-empty string without white space";
  static final String WHY = "must not be set when tenancy.untrustedRequests is true (the chart turns a by-name Secret "
      + "mapping into list/watch on every Secret of the host; set tenancy.untrustedRequests: false to keep it)";

  static List<String> problems(MapNode doc) {
    return List.ofAll(ProfileDecoder.decode(doc, IntegratnProfile.PROFILE).getLeft().map(ProfileProblems::render));
  }

  static PlatformProfile decode(MapNode doc) {
    return ProfileDecoder.decode(doc, IntegratnProfile.PROFILE).get();
  }

  static ListNode texts(String... items) {
    return ListNode.ofTexts(List.of(items));
  }

  static MapNode trusted() {
    return MapNode.of("untrustedRequests", Node.bool(false));
  }

  @Test
  void chartsMustBeAListOfCompleteItems() {
    assertThat(problems(MapNode.of("tenancy", MapNode.of("charts", Node.integer(5)))))
        .containsExactly("profile: tenancy.charts: must be a list of {repoURL, chart, versions} (got 5)");
    MapNode ok = MapNode.of("repoURL", Node.text("https://r")).with("chart", "c").with("versions", texts("1.0"));
    ListNode charts = ListNode.of(
        ok,
        Node.Null.NULL,
        ok.with("versions", ListNode.of()),
        MapNode.of("chart", Node.text("c b")).with("versions", texts("1.0")),
        Node.text("x"),
        ok.without("versions"),
        ok.with("versions", texts("1 0")),
        ok.with("repoURL", Node.integer(1)));
    assertThat(problems(MapNode.of("tenancy", MapNode.of("charts", charts)))).containsExactlyInAnyOrder(
        "profile: tenancy.charts[1]: must be a map {repoURL, chart, versions} (got null)",
        "profile: tenancy.charts[2].versions: must list at least one chart version",
        "profile: tenancy.charts[3].repoURL: is required",
        "profile: tenancy.charts[3].chart: " + NOT_A_WORD + " (got \"c b\")",
        "profile: tenancy.charts[4]: must be a map (got \"x\")",
        "profile: tenancy.charts[5].versions: is required: at least one chart version",
        "profile: tenancy.charts[6].versions[0]: " + NOT_A_WORD + " (got \"1 0\")",
        "profile: tenancy.charts[7].repoURL: must be a string (got 1)");
  }

  @Test
  void validChartsAreAllKept() {
    MapNode one = MapNode.of("repoURL", Node.text("https://r")).with("chart", "c").with("versions", texts("1.0", "2.0"));
    MapNode two = MapNode.of("repoURL", Node.text("oci://o")).with("chart", "d").with("versions", texts("3"));
    PlatformProfile p = decode(MapNode.of("tenancy", MapNode.of("charts", ListNode.of(one, two))));
    assertThat(p.tenancy().charts().get()).containsExactly(
        new TenancyProfile.AllowedChart("https://r", "c", List.of("1.0", "2.0")),
        new TenancyProfile.AllowedChart("oci://o", "d", List.of("3")));
  }

  @Test
  void extraRulesMustBeMapsWithVerbsAndWordLists() {
    assertThat(problems(MapNode.of("tenancy", trusted()).with("clusterRoleExtraRules", Node.integer(7))))
        .containsExactly("profile: clusterRoleExtraRules: must be a list of ClusterRole rules (got 7)");
    ListNode rules = ListNode.of(
        MapNode.of("verbs", texts("get")),
        Node.Null.NULL,
        MapNode.of("verbs", ListNode.of()),
        MapNode.of("verbs", texts("get")).with("resources", texts("a b")),
        MapNode.of("resources", texts("pods")),
        MapNode.of("verbs", texts("get")).with("nonResourceURLs", Node.text("/x")));
    assertThat(problems(MapNode.of("tenancy", trusted()).with("clusterRoleExtraRules", rules)))
        .containsExactlyInAnyOrder(
            "profile: clusterRoleExtraRules[1]: must be a map (got null)",
            "profile: clusterRoleExtraRules[2].verbs: is required: at least one verb",
            "profile: clusterRoleExtraRules[3].resources[0]: " + NOT_A_WORD + " (got \"a b\")",
            "profile: clusterRoleExtraRules[4].verbs: is required: at least one verb",
            "profile: clusterRoleExtraRules[5].nonResourceURLs: must be a list of strings (got \"/x\")");
  }

  @Test
  void validExtraRulesAreKeptAndApiGroupsMayBeAnyText() {
    MapNode first = MapNode.of("apiGroups", texts("", "x y")).with("resources", texts("pods")).with("verbs", texts("get"));
    MapNode second = MapNode.of("nonResourceURLs", texts("/healthz")).with("verbs", texts("get", "list"));
    PlatformProfile p = decode(MapNode.of("tenancy", trusted())
        .with("clusterRoleExtraRules", ListNode.of(first, second)));
    assertThat(p.clusterRoleExtraRules()).containsExactly(first, second);
  }

  @Test
  void hostSecretMappingsAreByNameOnBothSides() {
    assertThat(problems(MapNode.of("tenancy", trusted()).with("hostSecretMappings", Node.text("x"))))
        .containsExactly("profile: hostSecretMappings: must be a map of <namespace>/<name> to [<namespace>/]<name> "
            + "(got \"x\")");
    MapNode mappings = MapNode.of("ns/a", Node.text("b"))
        .with("noslash", Node.text("b"))
        .with("ns/c", Node.integer(5))
        .with("ns/d", Node.text("Bad Name"))
        .with("ns/e", Node.text("vns/e"));
    assertThat(problems(MapNode.of("tenancy", trusted()).with("hostSecretMappings", mappings)))
        .containsExactlyInAnyOrder(
            "profile: hostSecretMappings.noslash: must be a host Secret by name, <namespace>/<name> (a DNS label, "
                + "a DNS subdomain; no *)",
            "profile: hostSecretMappings.ns/c: must map to a Secret by name in the vcluster, [<namespace>/]<name> "
                + "(got 5)",
            "profile: hostSecretMappings.ns/d: must map to a Secret by name in the vcluster, [<namespace>/]<name> "
                + "(got \"Bad Name\")");
    PlatformProfile p = decode(MapNode.of("tenancy", trusted())
        .with("hostSecretMappings", MapNode.of("ns/a", Node.text("b")).with("ns/e", Node.text("vns/e"))));
    assertThat(p.hostSecretMappings().get("ns/a")).contains("b");
    assertThat(p.hostSecretMappings().get("ns/e")).contains("vns/e");
    assertThat(p.hostSecretMappings().size()).isEqualTo(2);
  }

  @Test
  void aWrongTrustFlagIsReportedAndTheUntrustedRulesStillApply() {
    MapNode doc = MapNode.of("tenancy", MapNode.of("untrustedRequests", Node.text("yes")))
        .with("hostSecretMappings", MapNode.of("ns/a", Node.text("b")));
    assertThat(problems(doc)).containsExactlyInAnyOrder(
        "profile: tenancy.untrustedRequests: must be a boolean (got \"yes\")",
        "profile: hostSecretMappings: " + WHY);
    MapNode rules = MapNode.of("tenancy", MapNode.of("untrustedRequests", Node.bool(true)))
        .with("clusterRoleExtraRules", ListNode.of(MapNode.of("verbs", texts("get"))));
    assertThat(problems(rules)).containsExactly("profile: clusterRoleExtraRules: " + WHY);
  }

  @Test
  void aPodSecurityLevelIsOneOfThree() {
    assertThat(problems(MapNode.of("tenancy", MapNode.of("podSecurity", MapNode.of("warn", Node.text("strict"))))))
        .containsExactly("profile: tenancy.podSecurity.warn: must be privileged, baseline or restricted (got \"strict\")");
  }

  @Test
  void listItemsAreCheckedByTheirKind() {
    assertThat(problems(MapNode.of("tenancy", MapNode.of("reservedNamespaces", ListNode.of(Node.integer(1))))))
        .containsExactly("profile: tenancy.reservedNamespaces[0]: must be a string (got 1)");
    assertThat(problems(MapNode.of("tenancy", MapNode.of("helmOverrides", MapNode.of("deny", texts("a..b"))))))
        .containsExactly("profile: tenancy.helmOverrides.deny[0]: must be a chart value path, keys separated by dots "
            + "(e.g. controlPlane.statefulSet.resources) (got \"a..b\")");
    assertThat(problems(MapNode.of("tenancy", MapNode.of("addressPools", texts("10.0.0.0/33")))))
        .containsExactly("profile: tenancy.addressPools[0]: cannot parse '10.0.0.0/33': prefix length 33 is out of "
            + "range 0-32 (got \"10.0.0.0/33\")");
    MapNode chart = MapNode.of("repoURL", Node.text("https://r")).with("chart", "c").with("versions", texts(""));
    assertThat(problems(MapNode.of("tenancy", MapNode.of("charts", ListNode.of(chart)))))
        .containsExactly("profile: tenancy.charts[0].versions[0]: " + NOT_A_WORD + " (got \"\")");
  }

  @Test
  void aTenancySectionWithoutTheTrustFlagIsUntrusted() {
    PlatformProfile p = decode(MapNode.of("tenancy", MapNode.of("podSecurity", MapNode.of("warn", Node.text("baseline")))));
    assertThat(p.tenancy().untrustedRequests()).isTrue();
    assertThat(p.tenancy().podSecurityEnforce()).isEqualTo("baseline");
    assertThat(p.tenancy().podSecurityWarn()).isEqualTo("baseline");
  }

  @Test
  void theNamespacePatternHoldsTheNameOnceAndMakesADnsLabel() {
    assertThat(TenancyProfileDecoder.namespacePatternOk("{name}")).isTrue();
    assertThat(TenancyProfileDecoder.namespacePatternOk("{name}-x")).isTrue();
    assertThat(TenancyProfileDecoder.namespacePatternOk("x-{name}-*")).isTrue();
    assertThat(TenancyProfileDecoder.namespacePatternOk("x-name")).isFalse();
    assertThat(TenancyProfileDecoder.namespacePatternOk("{name}-{name}")).isFalse();
    assertThat(TenancyProfileDecoder.namespacePatternOk("{name}_x")).isFalse();
    assertThat(TenancyProfileDecoder.namespacePatternOk("X{name}")).isFalse();
  }

  @Test
  void theHostnamePatternHasSeveralLabelsAndWholeLabelStars() {
    assertThat(TenancyProfileDecoder.hostnamePatternOk("*.example.com")).isTrue();
    assertThat(TenancyProfileDecoder.hostnamePatternOk("a.*.example.com")).isTrue();
    assertThat(TenancyProfileDecoder.hostnamePatternOk("example.com")).isTrue();
    assertThat(TenancyProfileDecoder.hostnamePatternOk("example")).isFalse();
    assertThat(TenancyProfileDecoder.hostnamePatternOk("*")).isFalse();
    assertThat(TenancyProfileDecoder.hostnamePatternOk("a*.example.com")).isFalse();
    assertThat(TenancyProfileDecoder.hostnamePatternOk("a..example.com")).isFalse();
    assertThat(TenancyProfileDecoder.hostnamePatternOk("Example.com")).isFalse();
  }
}
