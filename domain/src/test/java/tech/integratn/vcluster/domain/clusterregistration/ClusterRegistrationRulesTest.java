package tech.integratn.vcluster.domain.clusterregistration;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.clusterregistration.Registrations.PROFILE;
import static tech.integratn.vcluster.domain.clusterregistration.Registrations.configure;
import static tech.integratn.vcluster.domain.clusterregistration.Registrations.minimal;
import static tech.integratn.vcluster.domain.clusterregistration.Registrations.problems;
import static tech.integratn.vcluster.domain.clusterregistration.Registrations.render;
import static tech.integratn.vcluster.domain.clusterregistration.Registrations.with;
import static tech.integratn.vcluster.domain.clusterregistration.Registrations.without;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tech.integratn.vcluster.domain.contract.Patterns;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.profile.ImmutablePlatformProfile;
import tech.integratn.vcluster.domain.profile.UnknownFieldPolicy;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** Every rule of 9.6's table, each with a failing example and its exact message and path. */
class ClusterRegistrationRulesTest {

  static final String LABEL_RULE =
      "must be a DNS-1123 label (lower-case letters, digits and '-', starting and ending with a letter or digit)";
  static final String URL_RULE =
      "must be an https:// URL whose host is a DNS name, an IPv4 address or a bracketed IPv6 address, with an optional port";
  static final String KEY_RULE = "must be a Secret key (letters, digits, '-', '_' and '.'; not '.' and not starting with '..')";

  static Stream<Arguments> brokenFields() {
    return Stream.of(
        broken("name", Node.text("Demo_1"), "spec.name: " + LABEL_RULE + " (got \"Demo_1\")"),
        broken("name", Node.text("a".repeat(64)), "spec.name: must be at most 63 characters long (got \"" + "a".repeat(57) + "...\")"),
        broken("name", Node.integer(3), "spec.name: must be a string (got 3, a number; write \"3\" to give a string)"),
        broken("targetNamespace", Node.text("team.x"), "spec.targetNamespace: " + LABEL_RULE + " (got \"team.x\")"),
        broken("kubeconfigSecret", Node.text("VC-demo"),
            "spec.kubeconfigSecret: must be a DNS-1123 subdomain (dot-separated DNS labels) (got \"VC-demo\")"),
        broken("kubeconfigSecret", Node.text("vcluster-demo-kubeconfig"),
            "spec.kubeconfigSecret: must not be vcluster-demo-kubeconfig, the Secret the kubeconfig ExternalSecret writes"
                + " (it would overwrite its own source) (got \"vcluster-demo-kubeconfig\")"),
        broken("kubeconfigKey", Node.text("."), "spec.kubeconfigKey: " + KEY_RULE + " (got \".\")"),
        broken("kubeconfigKey", Node.text(".."), "spec.kubeconfigKey: " + KEY_RULE + " (got \"..\")"),
        broken("kubeconfigKey", Node.text("..config"), "spec.kubeconfigKey: " + KEY_RULE + " (got \"..config\")"),
        broken("kubeconfigKey", Node.text("kube/config"), "spec.kubeconfigKey: " + KEY_RULE + " (got \"kube/config\")"),
        broken("kubeconfigKey", Node.text("kube config"), "spec.kubeconfigKey: " + KEY_RULE + " (got \"kube config\")"),
        broken("kubeconfigKey", Node.text("k".repeat(254)), "spec.kubeconfigKey: must be at most 253 characters long"),
        broken("externalServerURL", Node.text("http://demo.integratn.tech"),
            "spec.externalServerURL: " + URL_RULE + " (got \"http://demo.integratn.tech\")"),
        broken("externalServerURL", Node.text("https://Demo.example.org"),
            "spec.externalServerURL: " + URL_RULE + " (got \"https://Demo.example.org\")"),
        broken("externalServerURL", Node.text("https://fd00::1"), "spec.externalServerURL: " + URL_RULE + " (got \"https://fd00::1\")"),
        broken("externalServerURL", Node.text("https://[10.0.4.1]:6443"),
            "spec.externalServerURL: " + URL_RULE + " (got \"https://[10.0.4.1]:6443\")"),
        broken("externalServerURL", Node.text("https://[fd00::zz]"), "spec.externalServerURL: " + URL_RULE + " (got \"https://[fd00::zz]\")"),
        broken("externalServerURL", Node.text("https://10.0.4.300:6443"),
            "spec.externalServerURL: " + URL_RULE + " (got \"https://10.0.4.300:6443\")"),
        broken("externalServerURL", Node.text("https://demo.example.org:70000"),
            "spec.externalServerURL: must have a port between 1 and 65535 (got \"https://demo.example.org:70000\")"),
        broken("externalServerURL", Node.text("https://demo.example.org:0"),
            "spec.externalServerURL: must have a port between 1 and 65535 (got \"https://demo.example.org:0\")"),
        broken("externalServerURL", Node.text("https://demo.example.org:"), "spec.externalServerURL: " + URL_RULE),
        broken("externalServerURL", Node.text("https://demo.example.org/?x=1"), "spec.externalServerURL: " + URL_RULE),
        broken("externalServerURL", Node.text("https://user@demo.example.org"), "spec.externalServerURL: " + URL_RULE),
        broken("onePasswordItem", Node.text("-demo"),
            "spec.onePasswordItem: must be a 1Password item title of letters, digits, '.', '_' and '-', starting and ending"
                + " with a letter or digit (got \"-demo\")"),
        broken("onePasswordItem", Node.text("i".repeat(129)), "spec.onePasswordItem: must be at most 128 characters long"),
        broken("onePasswordConnectHost", Node.text("http://connect.integratn.tech"),
            "spec.onePasswordConnectHost: must be an https:// URL without query or fragment (got \"http://connect.integratn.tech\")"),
        broken("onePasswordConnectHost", Node.text("https://connect.integratn.tech/?token=x"),
            "spec.onePasswordConnectHost: must be an https:// URL without query or fragment"),
        broken("environment", Node.text("prod env"), "spec.environment: must be a Kubernetes label value (got \"prod env\")"),
        broken("baseDomain", Node.text("Example.org"),
            "spec.baseDomain: must be a DNS-1123 subdomain (dot-separated DNS labels) (got \"Example.org\")"),
        broken("baseDomainSanitized", Node.text("example.org"),
            "spec.baseDomainSanitized: must consist of lower-case letters, digits and '-' (got \"example.org\")"),
        broken("clusterLabels", MapNode.of("bad key", Node.text("x")),
            "spec.clusterLabels[\"bad key\"]: keys must be Kubernetes label keys (got \"bad key\")"),
        broken("clusterLabels", MapNode.of("team", Node.text("a b")),
            "spec.clusterLabels[\"team\"]: values must be Kubernetes label values"),
        broken("clusterLabels", MapNode.of("team", Node.integer(1)), "spec.clusterLabels[\"team\"]: must be a string (got 1)"),
        broken("clusterLabels", MapNode.of("argocd.argoproj.io/secret-type", Node.text("repository")),
            "spec.clusterLabels[\"argocd.argoproj.io/secret-type\"]: must be cluster (Argo CD ignores a cluster Secret of"
                + " another type) (got \"repository\")"),
        broken("clusterAnnotations", MapNode.of("not a key", Node.text("x")),
            "spec.clusterAnnotations[\"not a key\"]: keys must be Kubernetes annotation keys (got \"not a key\")"),
        broken("clusterAnnotations", MapNode.of("big", Node.text("x".repeat(262142))),
            "spec.clusterAnnotations: must hold at most 262144 bytes of keys and values in all (got 262145 bytes)"),
        broken("clusterAnnotations", ListNode.of(), "spec.clusterAnnotations: must be a map of strings (got a list)"),
        broken("syncJobName", Node.text("Sync_Job"), "spec.syncJobName: " + LABEL_RULE + " (got \"Sync_Job\")"),
        broken("syncJobName", Node.text("s".repeat(64)), "spec.syncJobName: must be at most 63 characters long"));
  }

  private static Arguments broken(String key, Node value, String message) {
    return Arguments.of(key, value, message);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("brokenFields")
  void eachRuleNamesItsFieldAndRule(String key, Node value, String message) {
    assertThat(problems(with(minimal(), key, value))).hasSize(1).first().asString().startsWith(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"name", "targetNamespace", "kubeconfigSecret", "externalServerURL"})
  void requiredFieldsAreRequired(String key) {
    assertThat(problems(without(minimal(), key))).containsExactly("spec." + key + ": is required");
    assertThat(problems(with(minimal(), key, ""))).containsExactly("spec." + key + ": is required");
    assertThat(problems(with(minimal(), key, Node.Null.NULL))).containsExactly("spec." + key + ": is required");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://demo.integratn.tech", "https://demo.integratn.tech:443", "https://10.0.4.200:6443",
      "https://10.0.4.200", "https://[fd00:10:0:4::c8]:6443", "https://[::1]", "https://api/k8s/clusters/c-1",
      "https://a.b:65535/", "https://1.2.3"})
  void serverUrlsWithEveryHostForm(String url) {
    SubRequestRenderingAssert.accepted(with(minimal(), "externalServerURL", url));
  }

  @ParameterizedTest
  @ValueSource(strings = {"config", ".config", "a..b", "admin.conf", "K-_.9", "x"})
  void secretKeysThatAreFileNames(String key) {
    SubRequestRenderingAssert.accepted(with(minimal(), "kubeconfigKey", key));
  }

  @Test
  void theNameBoundOf47HoldsOnlyWithoutASyncJobName() {
    String name48 = "n".repeat(48);
    MapNode longName = with(minimal(), "name", name48);
    assertThat(problems(longName)).containsExactly("spec.name: must be at most 47 characters when spec.syncJobName is absent"
        + " (the Job <name>-kubeconfig-sync is at most 63) (got \"" + name48 + "\")");
    SubRequestRenderingAssert.accepted(with(minimal(), "name", "n".repeat(47)));
    SubRequestRenderingAssert.accepted(with(longName, "syncJobName", "sync-" + "n".repeat(58)));
    SubRequestRenderingAssert.accepted(with(with(minimal(), "name", "n".repeat(63)), "syncJobName", "sync"));
    // an empty syncJobName is absent (section 1), so the bound applies
    assertThat(problems(with(longName, "syncJobName", ""))).hasSize(1);
  }

  @Test
  void theSelfOverwriteRuleFollowsTheProfileTemplate() {
    // with the other profile the written Secret is <name>-registered-kubeconfig; vcluster-demo-kubeconfig is fine
    SubRequestRenderingAssert.accepted(with(minimal(), "kubeconfigSecret", "vcluster-demo-kubeconfig"), Registrations.OTHER);
    assertThat(problems(with(minimal(), "kubeconfigSecret", "demo-registered-kubeconfig"), Registrations.OTHER))
        .containsExactly("spec.kubeconfigSecret: must not be demo-registered-kubeconfig, the Secret the kubeconfig"
            + " ExternalSecret writes (it would overwrite its own source) (got \"demo-registered-kubeconfig\")");
  }

  static final String HOST_RULE =
      "spec.onePasswordConnectHost: must be the platform's Connect host https://connect.integratn.tech (set by the platform profile)";
  static final String ITEM_RULE = "spec.onePasswordItem: must be the platform's 1Password item vcluster-demo-kubeconfig"
      + " (set by the platform profile: onePasswordItemTemplate vcluster-{name}-kubeconfig with spec.name)";

  @ParameterizedTest
  @ValueSource(strings = {"https://op.lab.example:8443", "https://connect.integratn.tech/", "https://Connect.integratn.tech",
      "https://connect.integratn.tech:443", "https://connect.integratn.tech.evil.example", "https://connect.integratn.tech/v1"})
  void aConnectHostOtherThanThePlatformsIsRejected(String host) {
    assertThat(problems(with(minimal(), "onePasswordConnectHost", host)))
        .containsExactly(HOST_RULE + " (got \"" + host + "\")");
  }

  @ParameterizedTest
  @ValueSource(strings = {"edge.item", "vcluster-other-kubeconfig", "Vcluster-demo-kubeconfig", "vcluster-demo-kubeconfig2"})
  void anItemOtherThanTheTemplateAppliedToTheNameIsRejected(String item) {
    assertThat(problems(with(minimal(), "onePasswordItem", item)))
        .containsExactly(ITEM_RULE + " (got \"" + item + "\")");
  }

  /**
   * Spellings an attacker may try so that a looser comparison would take them for the platform's
   * host or item (userinfo, a trailing dot, white space, another letter case or scheme): each is
   * rejected, every problem names the field, and nothing is rendered.
   */
  @ParameterizedTest
  @ValueSource(strings = {"https://connect.integratn.tech@evil.example", "https://user@connect.integratn.tech",
      "https://connect.integratn.tech.", "https://connect.integratn.tech ", " https://connect.integratn.tech",
      "https://connect.integratn.tech\t", "HTTPS://connect.integratn.tech", "http://connect.integratn.tech",
      "https://connect.integratn.tech:443@evil.example"})
  void nearSpellingsOfThePlatformsHostAreRejected(String host) {
    MapNode request = with(minimal(), "onePasswordConnectHost", host);
    assertThat(problems(request)).isNotEmpty().allMatch(p -> p.startsWith("spec.onePasswordConnectHost: "));
    assertThat(configure(request, PROFILE).isLeft()).as("nothing rendered").isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"VCLUSTER-DEMO-KUBECONFIG", "vcluster-demo-kubeconfig ", " vcluster-demo-kubeconfig",
      "vcluster-demo-kubeconfig.", "vcluster-demo-kubeconfig\n", "vcluster-demo-kubeconfig-"})
  void nearSpellingsOfThePlatformsItemAreRejected(String item) {
    MapNode request = with(minimal(), "onePasswordItem", item);
    assertThat(problems(request)).isNotEmpty().allMatch(p -> p.startsWith("spec.onePasswordItem: "));
    assertThat(configure(request, PROFILE).isLeft()).as("nothing rendered").isTrue();
  }

  @Test
  void thePlatformsOwnHostAndItemMayBeRestated() {
    MapNode restated = with(with(minimal(), "onePasswordConnectHost", "https://connect.integratn.tech"),
        "onePasswordItem", "vcluster-demo-kubeconfig");
    SubRequestRenderingAssert.accepted(restated);
    assertThat(render(restated).files()).isEqualTo(render(minimal()).files());
    // another profile: its own host and template, and integratn's values are foreign there
    SubRequestRenderingAssert.accepted(with(with(minimal(), "onePasswordConnectHost", "https://op.example.org"),
        "onePasswordItem", "k8s-demo"), Registrations.OTHER);
    assertThat(problems(with(with(minimal(), "onePasswordConnectHost", "https://connect.integratn.tech"),
        "onePasswordItem", "vcluster-demo-kubeconfig"), Registrations.OTHER)).containsExactly(
        "spec.onePasswordItem: must be the platform's 1Password item k8s-demo (set by the platform profile:"
            + " onePasswordItemTemplate k8s-{name} with spec.name) (got \"vcluster-demo-kubeconfig\")",
        "spec.onePasswordConnectHost: must be the platform's Connect host https://op.example.org (set by the platform"
            + " profile) (got \"https://connect.integratn.tech\")");
  }

  @Test
  void aForeignHostAndItemAreRejectedBesideUnknownFieldsUnderEitherPolicy() {
    MapNode request = with(with(with(minimal(), "onePasswordConnectHost", "https://op.lab.example"),
        "onePasswordItem", "edge.item"), "onePasswordVault", "x");
    assertThat(problems(request)).containsExactly(
        ITEM_RULE + " (got \"edge.item\")",
        HOST_RULE + " (got \"https://op.lab.example\")");
    var strict = ImmutablePlatformProfile.copyOf(PROFILE).withUnknownFields(UnknownFieldPolicy.REJECT);
    assertThat(problems(request, strict)).containsExactlyInAnyOrder(
        "spec.onePasswordVault: unknown field",
        ITEM_RULE + " (got \"edge.item\")",
        HOST_RULE + " (got \"https://op.lab.example\")");
    // the item rule follows the name; a name that breaks its own rule is reported alone
    SubRequestRenderingAssert.accepted(with(with(minimal(), "name", "edge"), "onePasswordItem", "vcluster-edge-kubeconfig"));
    assertThat(problems(with(with(minimal(), "name", "Edge"), "onePasswordItem", "vcluster-Edge-kubeconfig")))
        .containsExactly("spec.name: " + LABEL_RULE + " (got \"Edge\")");
  }

  @Test
  void labelKeyPrefixesAreDnsSubdomainsOfAtMost253() {
    String prefix = ("p".repeat(62) + ".").repeat(4) + "pp"; // 254 characters of valid labels
    assertThat(prefix).hasSize(254);
    String key = prefix + "/team";
    assertThat(problems(with(minimal(), "clusterLabels", MapNode.of(key, Node.text("x")))))
        .containsExactly("spec.clusterLabels[\"" + key + "\"]: keys must be Kubernetes label keys (got \""
            + key.substring(0, 57) + "...\")");
    assertThat(problems(with(minimal(), "clusterAnnotations", MapNode.of(key, Node.text("x")))))
        .containsExactly("spec.clusterAnnotations[\"" + key + "\"]: keys must be Kubernetes annotation keys (got \""
            + key.substring(0, 57) + "...\")");
    String fits = prefix.substring(1) + "/team";
    SubRequestRenderingAssert.accepted(with(minimal(), "clusterLabels", MapNode.of(fits, Node.text("x"))));
  }

  @Test
  void secretTypeClusterMayBeRestated() {
    SubRequestRenderingAssert.accepted(with(minimal(), "clusterLabels",
        MapNode.of("argocd.argoproj.io/secret-type", Node.text("cluster"))));
  }

  @Test
  void everyProblemAtOnce() {
    MapNode request = with(with(with(with(without(minimal(), "targetNamespace"), "name", "Demo"), "kubeconfigKey", ".."),
        "externalServerURL", "http://x"), "clusterLabels", MapNode.of("argocd.argoproj.io/secret-type", Node.text("git")));
    assertThat(problems(request)).containsExactly(
        "spec.name: " + LABEL_RULE + " (got \"Demo\")",
        "spec.targetNamespace: is required",
        "spec.kubeconfigKey: " + KEY_RULE + " (got \"..\")",
        "spec.externalServerURL: " + URL_RULE + " (got \"http://x\")",
        "spec.clusterLabels[\"argocd.argoproj.io/secret-type\"]: must be cluster (Argo CD ignores a cluster Secret of"
            + " another type) (got \"git\")");
  }

  @Test
  void theSecretTypeRuleHoldsWhateverElseIsWrongInTheLabels() {
    MapNode labels = MapNode.of("argocd.argoproj.io/secret-type", Node.text("repository")).with("k", "v v");
    assertThat(problems(with(minimal(), "clusterLabels", labels))).containsExactlyInAnyOrder(
        "spec.clusterLabels[\"argocd.argoproj.io/secret-type\"]: must be cluster (Argo CD ignores a cluster Secret of"
            + " another type) (got \"repository\")",
        "spec.clusterLabels[\"k\"]: " + Patterns.LABEL_VALUE_RULE + " (got \"v v\")");
  }

  @Test
  void aDocumentWithoutASpecMap() {
    assertThat(problems(minimal().without("spec"))).containsExactly("spec: is required");
    assertThat(problems(minimal().with("spec", "x"))).containsExactly("spec: must be a map (got \"x\")");
  }

  @Test
  void unknownFieldsWarnWithTheClosestFieldAndAreRejectedOnlyWhenTheProfileSaysSo() {
    MapNode request = with(minimal(), "kubeconfigKye", "admin.conf");
    assertThat(render(request).warnings().map(Problems::render))
        .containsExactly("spec.kubeconfigKye: unknown field, ignored (did you mean spec.kubeconfigKey?)");
    var strict = ImmutablePlatformProfile.copyOf(PROFILE).withUnknownFields(UnknownFieldPolicy.REJECT);
    assertThat(problems(request, strict))
        .containsExactly("spec.kubeconfigKye: unknown field (did you mean spec.kubeconfigKey?)");
    // never on delete
    assertThat(ArgoCDClusterRegistrationPromise.INSTANCE.delete(request, strict, Registrations.PROMISE).files()).hasSize(4);
    assertThat(render(with(minimal(), "zzz", "1")).warnings().map(Problems::render))
        .containsExactly("spec.zzz: unknown field, ignored");
  }

  @Test
  void metadataAndStatusAreKratixsAndIgnoredQuietly() {
    MapNode request = minimal().with("status", MapNode.of("phase", Node.text("Configured")))
        .with("metadata", MapNode.of("name", Node.text("x")).with("uid", "1234").with("managedFields", ListNode.of()));
    assertThat(configure(request, PROFILE).get().warnings()).isEmpty();
  }

  /** Accepts a request or fails naming its problems. */
  static final class SubRequestRenderingAssert {
    static void accepted(MapNode request) {
      accepted(request, PROFILE);
    }

    static void accepted(MapNode request, tech.integratn.vcluster.domain.profile.PlatformProfile profile) {
      var result = configure(request, profile);
      assertThat(result.isRight())
          .as(() -> "refused: " + result.getLeft().problems().map(Problems::render).mkString("; "))
          .isTrue();
    }
  }
}
