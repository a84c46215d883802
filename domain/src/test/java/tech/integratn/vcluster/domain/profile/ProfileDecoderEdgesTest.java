package tech.integratn.vcluster.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Profile keys at their edges: a zero integer, a blank inside the Connect host, a preset's
 * non-boolean persistence flag, and the defaults a file that omits a section keeps.
 */
class ProfileDecoderEdgesTest {

  static Seq<String> problems(MapNode document) {
    return ProfileDecoder.decode(document, IntegratnProfile.PROFILE).getLeft().map(ProfileProblems::render);
  }

  static PlatformProfile decode(MapNode document) {
    return ProfileDecoder.decode(document, IntegratnProfile.PROFILE).get();
  }

  @Test
  void aPositiveIntegerKeyRefusesZeroAndTakesOne() {
    assertThat(problems(MapNode.of("vipOffset", Node.integer(0))))
        .containsExactly("profile: vipOffset: must be a positive integer (got 0)");
    assertThat(decode(MapNode.of("vipOffset", Node.integer(1))).vipOffset()).isEqualTo(1L);
  }

  /**
   * The integer keys are Kubernetes int32 fields or ints of the profile (replicas, a Job's
   * activeDeadlineSeconds, the VIP offset): every positive int32 is taken, 2^31 is not.
   */
  @Test
  void aPositiveIntegerKeyTakesTheLargestInt32AndRefusesTwoToThe31() {
    long largest = 2147483647L;
    long tooLarge = 2147483648L;
    assertThat(decode(MapNode.of("vipOffset", Node.integer(largest))).vipOffset()).isEqualTo(largest);
    assertThat(problems(MapNode.of("vipOffset", Node.integer(tooLarge))))
        .containsExactly("profile: vipOffset: must be a positive integer (got 2147483648)");
    assertThat(decode(MapNode.of("presets", MapNode.of("dev", MapNode.of("replicas", Node.integer(largest)))))
        .dev().replicas()).isEqualTo(2147483647);
    assertThat(problems(MapNode.of("presets", MapNode.of("prod", MapNode.of("corednsReplicas", Node.integer(tooLarge))))))
        .containsExactly("profile: presets.prod.corednsReplicas: must be a positive integer (got 2147483648)");
  }

  @Test
  void theSyncDeadlineTakesTheLargestInt32AndRefusesTwoToThe31() {
    assertThat(decode(MapNode.of("registration", MapNode.of("syncDeadlineSeconds", Node.integer(2147483647L))))
        .registration().syncDeadlineSeconds()).isEqualTo(2147483647);
    assertThat(problems(MapNode.of("registration", MapNode.of("syncDeadlineSeconds", Node.integer(2147483648L)))))
        .containsExactly("profile: registration.syncDeadlineSeconds: must be an integer of at least 1, the sync"
            + " Job's activeDeadlineSeconds (got 2147483648)");
  }

  @Test
  void theConnectHostMayNotContainABlank() {
    assertThat(problems(MapNode.of("registration", MapNode.of("connectHost", Node.text("https://op.acme example")))))
        .containsExactly("profile: registration.connectHost: must be an https:// URL without white space "
            + "(got \"https://op.acme example\")");
    assertThat(decode(MapNode.of("registration", MapNode.of("connectHost", Node.text("https://op.acme.example:8443/x"))))
        .registration().connectHost()).isEqualTo("https://op.acme.example:8443/x");
  }

  @Test
  void aPresetsPersistenceFlagIsABoolean() {
    assertThat(problems(MapNode.of("presets", MapNode.of("dev", MapNode.of("persistenceEnabled", Node.text("yes"))))))
        .containsExactly("profile: presets.dev.persistenceEnabled: must be a boolean (got \"yes\")");
  }

  @Test
  void aFileWithoutDeleteCleanupKeepsTheCleanUpOnAndTheSyncIsAJob() {
    assertThat(decode(MapNode.of("name", Node.text("acme"))).deleteCleanupEnabled()).isTrue();
    assertThat(ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE).deleteCleanupEnabled()).isTrue();
    assertThat(KubeconfigSync.JOB.yaml()).isEqualTo("job");
    assertThat(KubeconfigSync.ofYaml("job")).contains(KubeconfigSync.JOB);
  }
}
