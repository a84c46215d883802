package tech.integratn.vcluster.adapters.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.orchestrator.VClusterOrchestratorV2Status;

/** Status, workflow control and the request file. */
class FileSinksTest {

  @TempDir Path temp;

  @Test
  void statusIsWrittenAsYamlWithoutAKratixKey() throws IOException {
    Path file = temp.resolve("metadata/status.yaml");
    new FileStatusSink(file).report(VClusterOrchestratorV2Status.deleting("demo"));
    assertThat(Files.readString(file))
        .isEqualTo("---\nphase: Deleting\nmessage: VCluster resources scheduled for deletion\nvclusterName: demo\n");
  }

  @Test
  void workflowControlSuspends() throws IOException {
    Path file = temp.resolve("workflow-control.yaml");
    new FileWorkflowControl(file).suspend("bad request");
    assertThat(Files.readString(file)).isEqualTo("---\nsuspend: true\nmessage: bad request\n");
  }

  @Test
  void aMissingOrOversizedRequestFileIsAProblemNotACrash() throws IOException {
    assertThat(Problems.render(new FileRequestSource(temp.resolve("nope.yaml")).load().getLeft()))
        .endsWith("nope.yaml: no such file or directory");
    Path big = Files.writeString(temp.resolve("big.yaml"), "a: '" + "x".repeat(2 << 20) + "'\n");
    assertThat(Problems.render(new FileRequestSource(big).load().getLeft())).contains("the limit is 1048576 bytes");
  }
}
