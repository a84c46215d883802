package tech.integratn.vcluster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.integratn.vcluster.adapters.kratix.KratixLayout;

/** The Kratix mode in process, against a temporary /kratix tree. */
class KratixModeTest {

  @TempDir Path base;

  KratixLayout layout(String request) throws IOException {
    KratixLayout layout = new KratixLayout(base);
    Files.createDirectories(layout.inputObject().getParent());
    Files.createDirectories(layout.outputDirectory());
    Files.createDirectories(layout.statusFile().getParent());
    Files.writeString(layout.inputObject(), request);
    return layout;
  }

  int run(Map<String, String> env, KratixLayout layout, ByteArrayOutputStream err) {
    return KratixMode.run(env, layout, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void configureWritesOutputAndStatus() throws IOException {
    KratixLayout layout = layout("kind: VClusterOrchestratorV2\nmetadata: {name: a, namespace: p}\nspec: {name: a}\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = run(Map.of("KRATIX_WORKFLOW_ACTION", "configure", "KRATIX_PROMISE_NAME", "vco"), layout, err);
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(Trees.read(layout.outputDirectory())).hasSize(5);
    assertThat(Trees.read(layout.outputDirectory()).get("resources/namespace.yaml")).contains("kratix.io/promise-name: vco");
    assertThat(Files.readString(layout.statusFile())).contains("phase: Scheduled");
  }

  @Test
  void aPromiseNamedForAnotherKindIsAnEnvironmentErrorAndWritesNothing() throws IOException {
    KratixLayout layout = layout("apiVersion: platform.integratn.tech/v1alpha1\nkind: ArgoCDApplication\n"
        + "metadata: {name: a, namespace: p}\nspec: {name: a}\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    for (String action : new String[] {"configure", "delete"}) {
      int code = run(Map.of("KRATIX_WORKFLOW_ACTION", action, "KRATIX_PROMISE_NAME", "argocd-project"), layout, err);
      assertThat(code).isEqualTo(2);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).contains(
        "KRATIX_PROMISE_NAME=argocd-project cannot fulfil a request of kind ArgoCDApplication (expected argocd-application)");
    assertThat(Trees.read(layout.outputDirectory())).isEmpty();
    assertThat(Files.exists(layout.statusFile())).isFalse();
  }

  @Test
  void aRequestOfAnotherKindIsInvalidNamingKindAndTheFour() throws IOException {
    KratixLayout layout = layout("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, namespace: p}\nspec: {name: a}\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(run(Map.of("KRATIX_WORKFLOW_ACTION", "configure"), layout, err)).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("kind: must be one of VClusterOrchestratorV2, ArgoCDProject, "
        + "ArgoCDApplication, ArgoCDClusterRegistration of platform.integratn.tech/v1alpha1 (got v1 \"ConfigMap\")");
    assertThat(Trees.read(layout.outputDirectory())).isEmpty();
    assertThat(Files.exists(layout.statusFile())).isFalse();
  }

  @Test
  void anInvalidRequestExitsNonZeroWithTheProblemsAndWritesNothing() throws IOException {
    KratixLayout layout = layout("kind: VClusterOrchestratorV2\nmetadata: {name: a, namespace: p}\nspec: {name: A, exposure: {apiPort: 0}}\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(run(Map.of("KRATIX_WORKFLOW_ACTION", "configure"), layout, err)).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("spec.name:", "spec.exposure.apiPort:");
    assertThat(Trees.read(layout.outputDirectory())).isEmpty();
    assertThat(Files.exists(layout.statusFile())).isFalse();
  }

  @Test
  void theSuspendPolicyWritesWorkflowControlAndExitsZero() throws IOException {
    KratixLayout layout = layout("kind: VClusterOrchestratorV2\nmetadata: {name: a, namespace: p}\nspec: {name: A}\n");
    Path profile = Files.writeString(base.resolve("profile.yaml"), "onInvalidRequest: suspend\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = run(Map.of("KRATIX_WORKFLOW_ACTION", "configure", "VCLUSTER_PROFILE", profile.toString(),
        "KRATIX_OBJECT_NAME", "a"), layout, err);
    assertThat(code).isZero();
    assertThat(Trees.read(layout.outputDirectory())).isEmpty();
    assertThat(Files.readString(layout.workflowControlFile())).startsWith("---\nsuspend: true\nmessage: ");
    assertThat(Files.readString(layout.statusFile())).contains("phase: Invalid", "type: RequestValid",
        "status: \"False\"", "reason: ValidationFailed");
  }

  @Test
  void deleteSucceedsEvenForAnUnparseableRequest() throws IOException {
    KratixLayout layout = layout("spec:\n\tname: broken\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = run(Map.of("KRATIX_WORKFLOW_ACTION", "delete", "KRATIX_OBJECT_NAME", "broken"), layout, err);
    assertThat(code).isZero();
    assertThat(Files.readString(layout.statusFile())).contains("phase: Deleting", "vclusterName: broken");
  }

  @Test
  void outsideKratixItSaysSoAndExitsTwo() throws IOException {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(run(Map.of(), layout("x: 1\n"), err)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("KRATIX_WORKFLOW_ACTION is not set");
  }
}
