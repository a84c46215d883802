package tech.integratn.vcluster.adapters.fs;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.request.VClusterOrchestratorV2Status;
import tech.integratn.vcluster.domain.resource.ConfigMap;
import tech.integratn.vcluster.domain.resource.ObjectMeta;
import tech.integratn.vcluster.domain.tree.StringMap;

/** Spec 7.2: the CLI's output directory changes only once the status is written, or not at all. */
class StagedRenderTest {

  @TempDir Path temp;

  static List<OutputFile> files() {
    return List.of(new OutputFile("resources/cm.yaml", List.of(
        new ConfigMap(ObjectMeta.of("cm", "ns", StringMap.empty()), StringMap.of("k", "v")))));
  }

  private Path previousRender() throws IOException {
    Path out = temp.resolve("out");
    Files.createDirectories(out.resolve("resources"));
    Files.writeString(out.resolve("resources/old.yaml"), "previous: render\n");
    return out;
  }

  private java.util.List<String> entries() throws IOException {
    try (Stream<Path> walk = Files.walk(temp)) {
      return walk.map(p -> temp.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void theManifestsAppearOnlyWhenTheStatusIsWritten() throws IOException {
    Path out = previousRender();
    StagedRender render = new StagedRender(out, temp.resolve("meta"));
    assertThat(render.manifests().publish(files()).get()).containsExactly("resources/cm.yaml");
    assertThat(Files.readString(out.resolve("resources/old.yaml"))).isEqualTo("previous: render\n");
    assertThat(render.status().report(VClusterOrchestratorV2Status.deleting("x")).isRight()).isTrue();
    assertThat(Files.exists(out.resolve("resources/old.yaml"))).isFalse();
    assertThat(Files.readString(out.resolve("resources/cm.yaml"))).contains("name: cm");
    assertThat(entries()).noneMatch(e -> e.contains(".staging") || e.contains(".previous"));
  }

  @Test
  void aStatusThatCannotBeWrittenLeavesTheOutputAsItWas() throws IOException {
    Path out = previousRender();
    Path notADirectory = Files.writeString(temp.resolve("meta"), "a file where the metadata directory would be\n");
    java.util.List<String> before = entries();
    StagedRender render = new StagedRender(out, notADirectory);
    assertThat(render.manifests().publish(files()).isRight()).isTrue();
    String failure = render.status().report(VClusterOrchestratorV2Status.deleting("x")).getLeft();
    assertThat(failure).contains("status.yaml").doesNotContain("Exception", "java.");
    assertThat(entries()).isEqualTo(before);
    assertThat(Files.readString(out.resolve("resources/old.yaml"))).isEqualTo("previous: render\n");
  }

  @Test
  void aSuspensionIsWrittenWithTheStatusAndTakenBackWhenTheStatusFails() throws IOException {
    Path out = previousRender();
    Path meta = Files.createDirectories(temp.resolve("meta"));
    // a status.yaml that is a non-empty directory cannot be replaced
    Files.createDirectories(meta.resolve("status.yaml"));
    Files.writeString(meta.resolve("status.yaml/keep"), "x\n");
    java.util.List<String> before = entries();
    StagedRender render = new StagedRender(out, meta);
    assertThat(render.manifests().publish(List.empty()).isRight()).isTrue();
    assertThat(render.workflow().suspend("invalid request").isRight()).isTrue();
    assertThat(Files.exists(meta.resolve("workflow-control.yaml"))).as("held until the status").isFalse();
    assertThat(render.status().report(VClusterOrchestratorV2Status.deleting("x")).isLeft()).isTrue();
    assertThat(entries()).isEqualTo(before);

    Path goodMeta = temp.resolve("good-meta");
    StagedRender suspended = new StagedRender(out, goodMeta);
    suspended.manifests().publish(List.empty());
    suspended.workflow().suspend("invalid request");
    assertThat(suspended.status().report(VClusterOrchestratorV2Status.deleting("x")).isRight()).isTrue();
    assertThat(Files.readString(goodMeta.resolve("workflow-control.yaml"))).contains("suspend: true");
    assertThat(Files.exists(out.resolve("resources"))).isFalse();
  }
}
