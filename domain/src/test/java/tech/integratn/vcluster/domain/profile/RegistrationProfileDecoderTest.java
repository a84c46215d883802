package tech.integratn.vcluster.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** The {@code registration} keys of the platform profile (spec 9.6, 9.7). */
class RegistrationProfileDecoderTest {

  private static final String HEX = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  private static PlatformProfile decode(MapNode document) {
    return ProfileDecoder.decode(document, IntegratnProfile.PROFILE).get();
  }

  private static Seq<String> problems(MapNode document) {
    return ProfileDecoder.decode(document, IntegratnProfile.PROFILE).getLeft().map(ProfileProblems::render);
  }

  private static Seq<String> registrationProblems(MapNode registration) {
    return problems(MapNode.of("registration", registration));
  }

  @Test
  void theIntegratnValuesAreTheDefaults() {
    RegistrationProfile r = IntegratnProfile.PROFILE.registration();
    assertThat(r.secretStoreKind()).isEqualTo("ClusterSecretStore");
    assertThat(r.secretStoreName()).isEqualTo("onepassword-store");
    assertThat(r.tokenItemKey()).isEqualTo("onepassword-access-token");
    assertThat(r.tokenItemTokenProperty()).isEqualTo("credential");
    assertThat(r.tokenItemVaultProperty()).isEqualTo(Option.some("vault"));
    assertThat(r.connectHost()).isEqualTo("https://connect.integratn.tech");
    assertThat(r.vaultName()).isEqualTo("homelab");
    assertThat(r.syncImage()).isEqualTo("alpine/k8s:1.34.3");
    assertThat(r.identityLabelPrefix()).isEqualTo("integratn.tech");
    assertThat(r.kubeconfigSync()).isEqualTo(KubeconfigSync.JOB);
    assertThat(r.syncDeadlineSeconds()).isEqualTo(1800);
    assertThat(decode(MapNode.of("name", Node.text("acme"))).registration()).isEqualTo(r);
    assertThat(decode(MapNode.of("registration", Node.Null.NULL)).registration()).isEqualTo(r);
    assertThat(decode(MapNode.of("registration", MapNode.of("secretStore", Node.Null.NULL))).registration())
        .isEqualTo(r);
  }

  @Test
  void everyKeyOverridesItsIntegratnValue() {
    MapNode doc = MapNode.of("registration", MapNode
        .of("secretStore", MapNode.of("kind", Node.text("SecretStore")).with("name", "vault-store"))
        .with("tokenItem", MapNode.of("key", Node.text("connect-token")).with("tokenProperty", "password")
            .with("vaultProperty", "vault-id"))
        .with("connectHost", "https://op.acme.example:8443/")
        .with("vaultName", "Platform Vault")
        .with("syncImage", "registry:5000/tools/k8s:1.2@sha256:" + HEX)
        .with("identityLabelPrefix", "platform.acme.example")
        .with("kubeconfigSync", "job")
        .with("syncDeadlineSeconds", Node.integer(600)));
    RegistrationProfile r = decode(doc).registration();
    assertThat(r.secretStoreKind()).isEqualTo("SecretStore");
    assertThat(r.secretStoreName()).isEqualTo("vault-store");
    assertThat(r.tokenItemKey()).isEqualTo("connect-token");
    assertThat(r.tokenItemTokenProperty()).isEqualTo("password");
    assertThat(r.tokenItemVaultProperty()).isEqualTo(Option.some("vault-id"));
    assertThat(r.connectHost()).isEqualTo("https://op.acme.example:8443/");
    assertThat(r.vaultName()).isEqualTo("Platform Vault");
    assertThat(r.syncImage()).isEqualTo("registry:5000/tools/k8s:1.2@sha256:" + HEX);
    assertThat(r.identityLabelPrefix()).isEqualTo("platform.acme.example");
    assertThat(r.kubeconfigSync()).isEqualTo(KubeconfigSync.JOB);
    assertThat(r.syncDeadlineSeconds()).isEqualTo(600);
  }

  @Test
  void theSyncDeadlineIsAnIntegerOfAtLeastOne() {
    RegistrationProfile base = IntegratnProfile.PROFILE.registration();
    assertThat(decode(MapNode.of("registration", MapNode.of("syncDeadlineSeconds", Node.integer(1)))).registration())
        .isEqualTo(ImmutableRegistrationProfile.copyOf(base).withSyncDeadlineSeconds(1));
    String rule = "profile: registration.syncDeadlineSeconds: must be an integer of at least 1, the sync Job's "
        + "activeDeadlineSeconds (got ";
    assertThat(registrationProblems(MapNode.of("syncDeadlineSeconds", Node.integer(0)))).containsExactly(rule + "0)");
    assertThat(registrationProblems(MapNode.of("syncDeadlineSeconds", Node.integer(-5)))).containsExactly(rule + "-5)");
    assertThat(registrationProblems(MapNode.of("syncDeadlineSeconds", Node.text("1800"))))
        .containsExactly(rule + "\"1800\")");
    assertThat(registrationProblems(MapNode.of("syncDeadlineSeconds", Node.integer(1L << 31))))
        .containsExactly(rule + (1L << 31) + ")");
    // unknown keys are still reported beside it
    assertThat(registrationProblems(MapNode.of("syncDeadlineSeconds", Node.integer(0))
        .with("syncDeadline", Node.integer(60)))).containsExactlyInAnyOrder(
        "profile: registration.syncDeadline: unknown key", rule + "0)");
  }

  @Test
  void oneKeyChangesOnlyItself() {
    RegistrationProfile base = IntegratnProfile.PROFILE.registration();
    RegistrationProfile r = decode(MapNode.of("registration",
        MapNode.of("secretStore", MapNode.of("name", Node.text("acme-store"))))).registration();
    assertThat(r).isEqualTo(ImmutableRegistrationProfile.copyOf(base).withSecretStoreName("acme-store"));
    r = decode(MapNode.of("registration", MapNode.of("tokenItem", MapNode.of("key", Node.text("tok")))))
        .registration();
    assertThat(r).isEqualTo(ImmutableRegistrationProfile.copyOf(base).withTokenItemKey("tok"));
    r = decode(MapNode.of("registration", MapNode.of("connectHost", Node.text("https://[fd00::1]"))))
        .registration();
    assertThat(r).isEqualTo(ImmutableRegistrationProfile.copyOf(base).withConnectHost("https://[fd00::1]"));
  }

  @Test
  void anEmptyOrNullVaultPropertyMeansNone() {
    assertThat(decode(MapNode.of("registration", MapNode.of("tokenItem", MapNode.of("vaultProperty", Node.text("")))))
        .registration().tokenItemVaultProperty()).isEmpty();
    assertThat(decode(MapNode.of("registration", MapNode.of("tokenItem", MapNode.of("vaultProperty", Node.Null.NULL))))
        .registration().tokenItemVaultProperty()).isEmpty();
    assertThat(decode(MapNode.of("registration", MapNode.of("tokenItem", MapNode.of("key", Node.text("k")))))
        .registration().tokenItemVaultProperty()).contains("vault");
  }

  @Test
  void theConnectHostMustBeAnHttpsUrlWithAHostAndNoQueryOrFragment() {
    assertThat(registrationProblems(MapNode.of("connectHost", Node.text("http://connect.acme.example"))))
        .containsExactly("profile: registration.connectHost: must be an https:// URL (plain http would carry the "
            + "Connect token in clear) (got \"http://connect.acme.example\")");
    assertThat(registrationProblems(MapNode.of("connectHost", Node.text("https://connect.acme.example/?x=1"))))
        .containsExactly("profile: registration.connectHost: must be an https:// URL without query or fragment "
            + "(got \"https://connect.acme.example/?x=1\")");
    assertThat(registrationProblems(MapNode.of("connectHost", Node.text("https://connect.acme.example#top"))))
        .containsExactly("profile: registration.connectHost: must be an https:// URL without query or fragment "
            + "(got \"https://connect.acme.example#top\")");
    assertThat(registrationProblems(MapNode.of("connectHost", Node.text("https://:443/"))))
        .containsExactly("profile: registration.connectHost: must be an https:// URL with a host (got \"https://:443/\")");
    assertThat(registrationProblems(MapNode.of("connectHost", Node.text("https://"))))
        .containsExactly("profile: registration.connectHost: must be an https:// URL with a host (got \"https://\")");
  }

  @Test
  void onlyTheJobSyncExistsAndPushSecretIsDeferred() {
    assertThat(registrationProblems(MapNode.of("kubeconfigSync", Node.text("pushSecret")))).containsExactly(
        "profile: registration.kubeconfigSync: must be job (pushSecret is deferred until the PushSecret CRD is "
            + "vendored, spec 9.7) (got \"pushSecret\")");
    assertThat(registrationProblems(MapNode.of("kubeconfigSync", Node.text("Job")))).hasSize(1);
  }

  @Test
  void theSecretStoreKindIsOneOfTwo() {
    assertThat(registrationProblems(MapNode.of("secretStore", MapNode.of("kind", Node.text("Vault")))))
        .containsExactly("profile: registration.secretStore.kind: must be ClusterSecretStore or SecretStore "
            + "(got \"Vault\")");
  }

  @Test
  void namesMustBeNonEmptyWithoutWhiteSpace() {
    MapNode doc = MapNode.of("secretStore", MapNode.of("name", Node.text("")))
        .with("tokenItem", MapNode.of("key", Node.text("my token")).with("tokenProperty", " ")
            .with("vaultProperty", "vault\tid"));
    assertThat(registrationProblems(doc)).containsExactlyInAnyOrder(
        "profile: registration.secretStore.name: must be a non-empty name without white space (got \"\")",
        "profile: registration.tokenItem.key: must be a non-empty name without white space (got \"my token\")",
        "profile: registration.tokenItem.tokenProperty: must be a non-empty name without white space (got \" \")",
        "profile: registration.tokenItem.vaultProperty: must be a non-empty name without white space "
            + "(got \"vault\\tid\")");
  }

  @Test
  void theVaultNameMustNotBeEmptyAndTheLabelPrefixMustBeADnsSubdomain() {
    assertThat(registrationProblems(MapNode.of("vaultName", Node.text(" ")))).containsExactly(
        "profile: registration.vaultName: must not be empty (got \" \")");
    assertThat(registrationProblems(MapNode.of("identityLabelPrefix", Node.text("Acme_Example")))).containsExactly(
        "profile: registration.identityLabelPrefix: must be a DNS subdomain, at most 253 characters "
            + "(got \"Acme_Example\")");
    String longPrefix = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(62);
    assertThat(longPrefix).hasSize(254);
    assertThat(registrationProblems(MapNode.of("identityLabelPrefix", Node.text(longPrefix)))).hasSize(1);
    assertThat(decode(MapNode.of("registration", MapNode.of("identityLabelPrefix", Node.text(longPrefix.substring(1)))))
        .registration().identityLabelPrefix()).hasSize(253);
  }

  @Test
  void imagesMustBePinned() {
    assertThat(registrationProblems(MapNode.of("syncImage", Node.text("alpine/k8s")))).containsExactly(
        "profile: registration.syncImage: must carry a tag other than latest or a digest (@sha256:<64 hex>) "
            + "(got \"alpine/k8s\")");
    assertThat(registrationProblems(MapNode.of("syncImage", Node.text("alpine/k8s:latest")))).containsExactly(
        "profile: registration.syncImage: must carry a tag other than latest or a digest (@sha256:<64 hex>) "
            + "(got \"alpine/k8s:latest\")");
    assertThat(problems(MapNode.of("kubectlImage", Node.text("registry:5000/x")))).containsExactly(
        "profile: kubectlImage: must carry a tag other than latest or a digest (@sha256:<64 hex>) "
            + "(got \"registry:5000/x\")");
    assertThat(decode(MapNode.of("kubectlImage", Node.text("registry:5000/x:1.2"))).kubectlImage())
        .isEqualTo("registry:5000/x:1.2");
    assertThat(decode(MapNode.of("kubectlImage", Node.text("x@sha256:" + HEX))).kubectlImage())
        .isEqualTo("x@sha256:" + HEX);
  }

  @Test
  void unknownKeysAndWrongTypesAreProblemsAndAllAreReportedAtOnce() {
    MapNode doc = MapNode.of("registration", MapNode
        .of("secretStore", MapNode.of("kind", Node.text("Vault")).with("namespace", "x"))
        .with("tokenItem", Node.text("token"))
        .with("connectHost", "http://op")
        .with("vaultName", Node.integer(3))
        .with("syncImage", "alpine/k8s:latest")
        .with("kubeconfigSync", "pushSecret")
        .with("pushSecret", MapNode.of("enabled", Node.bool(true))))
        .with("kubectlImage", "alpine/k8s");
    assertThat(problems(doc)).containsExactlyInAnyOrder(
        "profile: kubectlImage: must carry a tag other than latest or a digest (@sha256:<64 hex>) "
            + "(got \"alpine/k8s\")",
        "profile: registration.pushSecret: unknown key",
        "profile: registration.secretStore.namespace: unknown key",
        "profile: registration.secretStore.kind: must be ClusterSecretStore or SecretStore (got \"Vault\")",
        "profile: registration.tokenItem: must be a map (got \"token\")",
        "profile: registration.connectHost: must be an https:// URL (plain http would carry the Connect token "
            + "in clear) (got \"http://op\")",
        "profile: registration.vaultName: must be a string (got 3)",
        "profile: registration.syncImage: must carry a tag other than latest or a digest (@sha256:<64 hex>) "
            + "(got \"alpine/k8s:latest\")",
        "profile: registration.kubeconfigSync: must be job (pushSecret is deferred until the PushSecret CRD is "
            + "vendored, spec 9.7) (got \"pushSecret\")");
    assertThat(problems(MapNode.of("registration", Node.text("job")))).containsExactly(
        "profile: registration: must be a map (got \"job\")");
  }
}
