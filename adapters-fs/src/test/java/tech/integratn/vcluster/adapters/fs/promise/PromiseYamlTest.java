package tech.integratn.vcluster.adapters.fs.promise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tech.integratn.vcluster.domain.promise.PromiseKind;

/**
 * The four promise files at the repository root are generated from the field tables and must not
 * drift from them. Run with {@code -Dpromise.write=true} to (re)write them; without it, the test
 * only compares.
 */
class PromiseYamlTest {

  static final String REGENERATE =
      " drifted from its field table; regenerate with: "
          + "mvn -B -pl adapters-fs -am test -Dtest=PromiseYamlTest -Dsurefire.failIfNoSpecifiedTests=false -Dpromise.write=true";

  @ParameterizedTest
  @EnumSource(PromiseKind.class)
  void theCommittedPromiseIsExactlyWhatTheFieldTableGenerates(PromiseKind kind) throws IOException {
    Path file = PromiseFiles.promiseFile(kind);
    String generated = PromiseFiles.generatedText(kind);
    if (Boolean.getBoolean("promise.write")) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.isRegularFile(file)).as(kind.promiseFile() + REGENERATE + " (the file is missing)").isTrue();
    String committed = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(committed).as(kind.promiseFile() + REGENERATE).isEqualTo(generated);
  }

  @ParameterizedTest
  @EnumSource(PromiseKind.class)
  void theGeneratedTextIsOneYamlDocumentThatReadsBackToTheSameTree(PromiseKind kind) {
    String generated = PromiseFiles.generatedText(kind);
    assertThat(generated).startsWith("---\n").endsWith("\n");
    assertThat(generated.indexOf("\n---", 1)).isEqualTo(-1);
    assertThat(PromiseFiles.readYaml(generated)).isEqualTo(PromiseFiles.json(PromiseFiles.generated(kind)));
  }

  @Test
  void everyPipelineOfTheFourFilesRunsTheSameImageAndTheOrchestratorRequiresTheThree() {
    java.util.Set<String> images = new java.util.TreeSet<>();
    for (PromiseKind kind : PromiseKind.values()) {
      com.fasterxml.jackson.databind.JsonNode promise = PromiseFiles.readYaml(PromiseFiles.generatedText(kind));
      for (String action : new String[] {"configure", "delete"}) {
        for (com.fasterxml.jackson.databind.JsonNode pipeline : promise.at("/spec/workflows/resource/" + action)) {
          for (com.fasterxml.jackson.databind.JsonNode c : pipeline.at("/spec/containers")) {
            images.add(c.path("image").asText());
          }
        }
      }
    }
    assertThat(images).hasSize(1);
    assertThat(images.iterator().next()).doesNotEndWith(":latest").matches(".+(:[A-Za-z0-9_][A-Za-z0-9_.-]*|@sha256:[0-9a-f]{64})$");
    com.fasterxml.jackson.databind.JsonNode orchestrator =
        PromiseFiles.readYaml(PromiseFiles.generatedText(PromiseKind.VCLUSTER_ORCHESTRATOR));
    assertThat(orchestrator.at("/spec/requiredPromises").findValuesAsText("name"))
        .containsExactly("argocd-project", "argocd-application", "argocd-cluster-registration");
  }
}
