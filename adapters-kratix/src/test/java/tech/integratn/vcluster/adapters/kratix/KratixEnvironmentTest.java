package tech.integratn.vcluster.adapters.kratix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.application.port.out.PipelineContext;

/** The Kratix environment variables and directory layout. */
class KratixEnvironmentTest {

  @Test
  void readsTheWorkflowEnvironment() {
    KratixEnvironment env = KratixEnvironment.from(Map.of(
        "KRATIX_WORKFLOW_ACTION", "delete",
        "KRATIX_WORKFLOW_TYPE", "resource",
        "KRATIX_PROMISE_NAME", "vco",
        "KRATIX_OBJECT_NAME", "media",
        "KRATIX_DRY_RUN", "true")).get();
    assertThat(env.action()).isEqualTo(PipelineContext.Action.DELETE);
    assertThat(env.promiseName()).contains("vco");
    assertThat(env.workflowType()).contains("resource");
    assertThat(env.objectName()).contains("media");
    assertThat(env.dryRun()).isTrue();
  }

  @Test
  void unknownWorkflowTypesAreAcceptedAndThePromiseNameHasADefault() {
    KratixEnvironment env = KratixEnvironment.from(Map.of(
        "KRATIX_WORKFLOW_ACTION", "configure", "KRATIX_WORKFLOW_TYPE", "something-new")).get();
    assertThat(env.action()).isEqualTo(PipelineContext.Action.CONFIGURE);
    assertThat(env.workflowType()).contains("something-new");
    assertThat(env.promiseName()).isEmpty();
    assertThat(env.dryRun()).isFalse();
  }

  @Test
  void kratixDryRunSetToAnyValueIsADryRunAndTheCliCanAskForOne() {
    for (String value : new String[] {"", "false", "0", "yes"}) {
      assertThat(KratixEnvironment.from(Map.of("KRATIX_WORKFLOW_ACTION", "delete", "KRATIX_DRY_RUN", value)).get()
          .dryRun()).as("KRATIX_DRY_RUN=%s", value).isTrue();
    }
    assertThat(KratixEnvironment.offline(PipelineContext.Action.DELETE, Map.of(), true).dryRun()).isTrue();
    assertThat(KratixEnvironment.offline(PipelineContext.Action.DELETE, Map.of(), false).dryRun()).isFalse();
  }

  @Test
  void aMissingOrUnknownActionIsAnEnvironmentError() {
    assertThat(KratixEnvironment.from(Map.of()).getLeft())
        .isEqualTo("KRATIX_WORKFLOW_ACTION is not set; run inside a Kratix pipeline or use the 'render' command");
    assertThat(KratixEnvironment.from(Map.of("KRATIX_WORKFLOW_ACTION", "destroy")).getLeft())
        .isEqualTo("KRATIX_WORKFLOW_ACTION must be configure or delete (got destroy)");
  }

  @Test
  void theLayoutHangsOffAnInjectableBase() {
    KratixLayout layout = new KratixLayout(Path.of("/tmp/k"));
    assertThat(layout.inputObject()).isEqualTo(Path.of("/tmp/k/input/object.yaml"));
    assertThat(layout.outputDirectory()).isEqualTo(Path.of("/tmp/k/output"));
    assertThat(layout.statusFile()).isEqualTo(Path.of("/tmp/k/metadata/status.yaml"));
    assertThat(layout.workflowControlFile()).isEqualTo(Path.of("/tmp/k/metadata/workflow-control.yaml"));
    assertThat(layout.destinationSelectorsFile()).isEqualTo(Path.of("/tmp/k/metadata/destination-selectors.yaml"));
    assertThat(KratixLayout.DEFAULT.base()).isEqualTo(Path.of("/kratix"));
  }
}
