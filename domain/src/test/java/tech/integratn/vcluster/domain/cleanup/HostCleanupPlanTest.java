package tech.integratn.vcluster.domain.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.profile.ImmutablePlatformProfile;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;

/** Which volumes go, which stay, and the lines that say so. */
class HostCleanupPlanTest {

  static final String MARK = VClusterMarker.LABEL;
  static final String MARKER = "vcluster-media-x-media";
  final HostCleanupPlan plan = HostCleanupPlan.of(IntegratnProfile.PROFILE, "media", "vcluster-media").get();

  @Test
  void theDefaultSelectorIsVclustersMarkerLabel() {
    assertThat(plan.selector()).isEqualTo("vcluster.loft.sh/managed-by=vcluster-media-x-media");
  }

  @Test
  void theProfileReplacesTheSelectorWithPlaceholdersFilledIn() {
    ImmutablePlatformProfile profile = ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE)
        .withDeleteCleanupPersistentVolumeSelector(Option.some("acme.example/vcluster={name},acme.example/ns={targetNamespace}"));
    assertThat(HostCleanupPlan.of(profile, "media", "vcluster-media").get().selector())
        .isEqualTo("acme.example/vcluster=media,acme.example/ns=vcluster-media");
  }

  @Test
  void aBlankSelectorBuiltInCodeFallsBackToTheMarkerInsteadOfSelectingEverything() {
    ImmutablePlatformProfile profile = ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE)
        .withDeleteCleanupPersistentVolumeSelector(Option.some(" "));
    assertThat(HostCleanupPlan.of(profile, "media", "vcluster-media").get().selector())
        .isEqualTo("vcluster.loft.sh/managed-by=vcluster-media-x-media");
  }

  @Test
  void theProfileTurnsItOff() {
    assertThat(HostCleanupPlan.of(ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE)
        .withDeleteCleanupEnabled(false), "media", "vcluster-media")).isEmpty();
  }

  @Test
  void aVolumeWithoutClaimOrClaimedFromTheTargetNamespaceGoesWhateverItsPhase() {
    for (String phase : new String[] {"Bound", "Released", "Available", "Failed", ""}) {
      assertThat(plan.decide(LeftoverVolume.unclaimed("pvc-1", phase).withLabels(MARK, MARKER))).isInstanceOf(VolumeVerdict.Delete.class);
      assertThat(plan.decide(LeftoverVolume.claimedFrom("pvc-2", "vcluster-media", phase).withLabels(MARK, MARKER)))
          .isInstanceOf(VolumeVerdict.Delete.class);
    }
  }

  @Test
  void aVolumeClaimedFromAnotherNamespaceIsKeptAndNamed() {
    VolumeVerdict verdict = plan.decide(LeftoverVolume.claimedFrom("pvc-9", "team-x", "Bound").withLabels(MARK, MARKER));
    assertThat(verdict).isInstanceOf(VolumeVerdict.KeepClaimedElsewhere.class);
    assertThat(CleanupTexts.kept((VolumeVerdict.KeepClaimedElsewhere) verdict))
        .isEqualTo("kept PersistentVolume pvc-9: claimed from namespace team-x");
  }

  @Test
  void everyFailureIsOneLine() {
    CleanupFailure[] failures = {
      new CleanupFailure.BadConfiguration("kubeconfig /k: no current context"),
      new CleanupFailure.Refused("list PersistentVolumes", 403, "forbidden"),
      new CleanupFailure.ServerError("delete PersistentVolume pvc-1", 500, ""),
      new CleanupFailure.TimedOut("list PersistentVolumes", 30_000),
      new CleanupFailure.OutOfTime("delete PersistentVolume pvc-1", 120_000),
      new CleanupFailure.Unreachable("list PersistentVolumes", "connection refused")};
    for (CleanupFailure f : failures) {
      assertThat(CleanupTexts.render(f)).doesNotContain("\n").doesNotContain("Exception").isNotBlank();
    }
    assertThat(CleanupTexts.render(failures[3])).isEqualTo("list PersistentVolumes: no answer within 30 s");
    assertThat(CleanupTexts.deleted(LeftoverVolume.unclaimed("pvc-1234", "")))
        .isEqualTo("deleted PersistentVolume pvc-1234");
  }
}
