package tech.integratn.vcluster.adapters.fs;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.orchestrator.VClusterOrchestratorV2Status;

/** Failed file operations read as words, never as Java exception names. */
class IoErrorsTest {

  @TempDir Path temp;

  @Test
  void everyKnownFailureHasAReason() {
    assertThat(IoErrors.describe(new NoSuchFileException("/x/status.yaml"))).isEqualTo("/x/status.yaml: no such file or directory");
    assertThat(IoErrors.describe(new AccessDeniedException("/x"))).isEqualTo("/x: permission denied");
    assertThat(IoErrors.describe(new FileAlreadyExistsException("/x"))).isEqualTo("/x: already exists");
    assertThat(IoErrors.describe(new DirectoryNotEmptyException("/x"))).isEqualTo("/x: directory not empty");
    assertThat(IoErrors.describe(new NotDirectoryException("/x"))).isEqualTo("/x: not a directory");
    assertThat(IoErrors.describe(new FileSystemException("/a", "/b", "Read-only file system")))
        .isEqualTo("/a -> /b: read-only file system");
    assertThat(IoErrors.describe(new MalformedInputException(1))).isEqualTo("not valid UTF-8 text");
    assertThat(IoErrors.describe(new UncheckedIOException(new AccessDeniedException("/y")))).isEqualTo("/y: permission denied");
    assertThat(IoErrors.describe(new IOException("No space left on device"))).isEqualTo("no space left on device");
    assertThat(IoErrors.describe(new IOException("java.lang.IllegalStateException: x"))).isEqualTo("input/output error");
    assertThat(IoErrors.describe(new IllegalStateException())).isEqualTo("unexpected failure");
  }

  /** Failures provoked on a real file system: a path under a regular file, a directory read as a file. */
  @Test
  void provokedFailuresNameTheFileAndAReason() throws IOException {
    Path file = Files.writeString(temp.resolve("plain.txt"), "not a directory\n");
    Path underFile = file.resolve("sub");
    java.util.List<String> messages = new java.util.ArrayList<>();
    messages.add(new FileStatusSink(underFile.resolve("status.yaml")).report(VClusterOrchestratorV2Status.deleting("x")).getLeft());
    messages.add(new FileWorkflowControl(underFile.resolve("workflow-control.yaml")).suspend("m").getLeft());
    messages.add(new DirectoryManifestSink(underFile, DirectoryManifestSink.Mode.REPLACE)
        .publish(List.of(new OutputFile("resources/a.yaml", List.empty()))).getLeft());
    messages.add(new DirectoryManifestSink(underFile, DirectoryManifestSink.Mode.IN_PLACE)
        .publish(List.of(new OutputFile("resources/a.yaml", List.empty()))).getLeft());
    messages.add(Problems.render(new FileRequestSource(temp).load().getLeft()));
    messages.add(Problems.render(new FileRequestSource(temp.resolve("missing.yaml")).load().getLeft()));
    messages.add(new RenderedDirectory(file).paths().getLeft());
    messages.add(Problems.render(new RenderedDirectory(temp).documents("missing.yaml").getLeft()));
    assertThat(messages).hasSize(8).allSatisfy(m -> assertThat(m).doesNotContain("java.", "Exception"));
    assertThat(messages.get(0)).contains(file.toString()).contains("not a directory");
    assertThat(messages.get(4)).isEqualTo(temp + ": is a directory");
    assertThat(messages.get(5)).endsWith("missing.yaml: no such file or directory");
    assertThat(messages.get(7)).startsWith("missing.yaml: cannot read: ").endsWith("no such file or directory");
  }
}
