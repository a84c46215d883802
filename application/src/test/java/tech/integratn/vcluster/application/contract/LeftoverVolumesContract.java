package tech.integratn.vcluster.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.application.port.out.LeftoverVolumes;
import tech.integratn.vcluster.domain.cleanup.LeftoverVolume;

/**
 * What every {@link LeftoverVolumes} must do, run against the in-memory fake and against the
 * Kubernetes adapter on an API server: find exactly the volumes the selector matches, with their
 * claim namespace and phase, and remove exactly the one named.
 */
public abstract class LeftoverVolumesContract {

  /** The port over a host holding exactly the volumes planted with {@link #plant}. */
  protected abstract LeftoverVolumes volumes();

  /** Puts a volume on the host (before {@link #volumes()} is called). */
  protected abstract void plant(String name, Option<String> claimNamespace, String phase, String... labels);

  /** The names of every volume on the host now. */
  protected abstract Seq<String> remaining();

  static final String MARKER = "vcluster.loft.sh/managed-by";

  @Test
  void findsExactlyTheVolumesTheSelectorMatches() {
    plant("pvc-1", Option.some("vcluster-media"), "Bound", MARKER, "vcluster-media-x-media");
    plant("pvc-2", Option.none(), "Available", MARKER, "vcluster-media-x-media", "other", "label");
    plant("pvc-3", Option.some("vcluster-media"), "Bound", MARKER, "media-x-vcluster-media");
    plant("pvc-4", Option.some("vcluster-media"), "Bound");
    Seq<LeftoverVolume> found = volumes().find(MARKER + "=vcluster-media-x-media").get();
    assertThat(found).containsExactlyInAnyOrder(
        LeftoverVolume.claimedFrom("pvc-1", "vcluster-media", "Bound").withLabels(MARKER, "vcluster-media-x-media"),
        LeftoverVolume.unclaimed("pvc-2", "Available").withLabels(MARKER, "vcluster-media-x-media", "other", "label"));
  }

  @Test
  void aNameThatIsNotADnsSubdomainIsNeverSent() {
    plant("pvc-1", Option.none(), "Released", MARKER, "m");
    LeftoverVolumes volumes = volumes();
    for (String name : new String[] {"../namespaces/x", "pv?x=y", "pv#frag", "pv%2F", "a b", "", "PV"}) {
      assertThat(volumes.remove(name).getLeft())
          .isEqualTo(new tech.integratn.vcluster.domain.cleanup.CleanupFailure.InvalidName("delete PersistentVolume " + name));
    }
    assertThat(remaining()).containsExactly("pvc-1");
  }

  @Test
  void everyTermOfTheSelectorMustHold() {
    plant("pvc-1", Option.none(), "Released", MARKER, "m", "team", "a");
    plant("pvc-2", Option.none(), "Released", MARKER, "m", "team", "b");
    assertThat(volumes().find(MARKER + "=m,team=b").get().map(LeftoverVolume::name)).containsExactly("pvc-2");
  }

  @Test
  void nothingMatchingIsAnEmptyAnswer() {
    plant("pvc-1", Option.none(), "Released", MARKER, "m");
    assertThat(volumes().find(MARKER + "=n").get()).isEmpty();
  }

  @Test
  void removeTakesExactlyTheNamedVolume() {
    plant("pvc-1", Option.none(), "Released", MARKER, "m");
    plant("pvc-2", Option.none(), "Released", MARKER, "m");
    LeftoverVolumes volumes = volumes();
    assertThat(volumes.remove("pvc-1").get()).isTrue();
    assertThat(remaining()).containsExactly("pvc-2");
  }

  @Test
  void removingAVolumeThatIsAlreadyGoneIsNoFailure() {
    plant("pvc-1", Option.none(), "Released", MARKER, "m");
    assertThat(volumes().remove("pvc-404").get()).isFalse();
    assertThat(remaining()).containsExactly("pvc-1");
  }
}
