package tech.integratn.vcluster.domain.promise;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.orchestrator.RequestFields;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/** Spec 7.3: the rules of Kratix's Promise admission webhook, and that the generated Promise passes them. */
class PromiseAdmissionTest {

  static MapNode promise() {
    return PromiseDocument.of(RequestFields.all(IntegratnProfile.PROFILE), PromiseSettings.defaults());
  }

  static MapNode withPipelineName(MapNode promise, String action, String name) {
    MapNode pipeline = (MapNode) ((ListNode) Paths.at(promise, "spec", "workflows", "resource", action).get()).items().get(0);
    MapNode renamed = pipeline.with("metadata", ((MapNode) pipeline.get("metadata").get()).with("name", name));
    return Paths.put(promise, List.of("spec", "workflows", "resource", action), ListNode.of(renamed));
  }

  @Test
  void theGeneratedPromiseIsAdmittedAndItsLongestPipelineIdFits() {
    assertThat(PromiseAdmission.problems(promise())).isEmpty();
    assertThat("vcluster-orchestrator-v2-resource-configure-" + PromiseDocument.CONFIGURE_PIPELINE).hasSizeLessThanOrEqualTo(60);
    assertThat("vcluster-orchestrator-v2-resource-delete-" + PromiseDocument.DELETE_PIPELINE).hasSizeLessThanOrEqualTo(60);
  }

  @Test
  void thePreviousPipelineNameIsRefused() {
    assertThat(PromiseAdmission.problems(withPipelineName(promise(), "configure", "vcluster-orchestrator-configure")))
        .containsExactly("spec.workflows.resource.configure[0].metadata.name: vcluster-orchestrator-v2-resource-"
            + "configure-<pipeline> names the pipeline's ServiceAccount and must be at most 60 characters (got "
            + "vcluster-orchestrator-v2-resource-configure-vcluster-orchestrator-configure, 75)");
  }

  @Test
  void duplicateNamesBadLabelsAClusterScopedApiAndAShortIntervalAreRefused() {
    MapNode promise = promise();
    MapNode pipeline = (MapNode) ((ListNode) Paths.at(promise, "spec", "workflows", "resource", "configure").get())
        .items().get(0);
    MapNode labelled = pipeline.with("metadata", ((MapNode) pipeline.get("metadata").get())
        .with("labels", MapNode.of("bad key!", Node.text("ok")).with("team", "not a value")));
    MapNode broken = Paths.put(promise, List.of("spec", "workflows", "resource", "configure"), ListNode.of(labelled, pipeline));
    broken = Paths.put(broken, List.of("spec", "api", "spec", "scope"), Node.text("Cluster"));
    broken = Paths.put(broken, List.of("spec", "workflows", "config", "reconciliationInterval"), Node.text("30s"));
    assertThat(PromiseAdmission.problems(broken)).containsExactlyInAnyOrder(
        "spec.api.spec.scope: the API must be namespace-scoped (got \"Cluster\")",
        "spec.workflows.resource.configure[0].metadata.labels[\"bad key!\"]: " + RequestFields.LABEL_KEY_RULE,
        "spec.workflows.resource.configure[0].metadata.labels[\"team\"]: " + RequestFields.LABEL_VALUE_RULE
            + " (got \"not a value\")",
        "spec.workflows.resource.configure[1].metadata.name: pipeline names must be unique per action (got vco-v2-configure)",
        "spec.workflows.config.reconciliationInterval: must be a duration of at least 1m (got \"30s\")");
  }

  @Test
  void reconciliationIntervalsAreGoDurations() {
    assertThat(PromiseAdmission.seconds("1m")).contains(60L);
    assertThat(PromiseAdmission.seconds("1h30m")).contains(5400L);
    assertThat(PromiseAdmission.seconds("90s")).contains(90L);
    assertThat(PromiseAdmission.seconds("59.9s")).contains(59L);
    assertThat(PromiseAdmission.seconds("1d")).isEmpty();
    assertThat(PromiseAdmission.seconds("m")).isEmpty();
    assertThat(PromiseAdmission.seconds("")).isEmpty();
  }
}
