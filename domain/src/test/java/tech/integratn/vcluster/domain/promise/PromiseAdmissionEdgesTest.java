package tech.integratn.vcluster.domain.promise;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/** Spec 7.3 at its limits: a 60-character pipeline id, a 1m interval, every Go duration unit. */
class PromiseAdmissionEdgesTest {

  static MapNode withInterval(Node interval) {
    return Paths.put(PromiseAdmissionTest.promise(), List.of("spec", "workflows", "config", "reconciliationInterval"),
        interval);
  }

  @Test
  void aPipelineIdOfExactlySixtyCharactersIsAdmittedAndSixtyOneIsNot() {
    String prefix = "vcluster-orchestrator-v2-resource-configure-";
    String sixteen = "abcdefghijklmnop";
    assertThat(prefix + sixteen).hasSize(60);
    assertThat(PromiseAdmission.problems(PromiseAdmissionTest.withPipelineName(
        PromiseAdmissionTest.promise(), "configure", sixteen))).isEmpty();
    assertThat(PromiseAdmission.problems(PromiseAdmissionTest.withPipelineName(
        PromiseAdmissionTest.promise(), "configure", sixteen + "q")))
        .containsExactly("spec.workflows.resource.configure[0].metadata.name: vcluster-orchestrator-v2-resource-"
            + "configure-<pipeline> names the pipeline's ServiceAccount and must be at most 60 characters (got "
            + prefix + sixteen + "q, 61)");
  }

  @Test
  void aPipelineNameOfSixtyThreeCharactersIsALabelButMakesTooLongAnId() {
    String name = "p".repeat(63);
    assertThat(PromiseAdmission.problems(PromiseAdmissionTest.withPipelineName(
        PromiseAdmissionTest.promise(), "configure", name)))
        .containsExactly("spec.workflows.resource.configure[0].metadata.name: vcluster-orchestrator-v2-resource-"
            + "configure-<pipeline> names the pipeline's ServiceAccount and must be at most 60 characters (got "
            + "vcluster-orchestrator-v2-resource-configure-" + name + ", 107)");
  }

  @Test
  void theShortestIntervalIsOneMinuteAndItMustBeADurationText() {
    assertThat(PromiseAdmission.problems(withInterval(Node.text("1m")))).isEmpty();
    assertThat(PromiseAdmission.problems(withInterval(Node.text("60s")))).isEmpty();
    assertThat(PromiseAdmission.problems(withInterval(Node.text("59s")))).containsExactly(
        "spec.workflows.config.reconciliationInterval: must be a duration of at least 1m (got \"59s\")");
    assertThat(PromiseAdmission.problems(withInterval(Node.integer(3600)))).containsExactly(
        "spec.workflows.config.reconciliationInterval: must be a duration of at least 1m (got 3600)");
    assertThat(PromiseAdmission.problems(withInterval(Node.text("soon")))).containsExactly(
        "spec.workflows.config.reconciliationInterval: must be a duration of at least 1m (got \"soon\")");
  }

  @Test
  void everyGoDurationUnitCounts() {
    assertThat(PromiseAdmission.seconds("2h")).contains(7200L);
    assertThat(PromiseAdmission.seconds("1500ms")).contains(1L);
    assertThat(PromiseAdmission.seconds("2000000us")).contains(2L);
    assertThat(PromiseAdmission.seconds("3000000µs")).contains(3L);
    assertThat(PromiseAdmission.seconds("4000000000ns")).contains(4L);
    assertThat(PromiseAdmission.seconds("1m30s")).contains(90L);
    assertThat(PromiseAdmission.seconds("90")).isEmpty();
    assertThat(PromiseAdmission.seconds("1.2.3s")).isEmpty();
  }
}
