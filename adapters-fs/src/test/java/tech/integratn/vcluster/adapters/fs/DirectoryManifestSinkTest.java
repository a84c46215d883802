package tech.integratn.vcluster.adapters.fs;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.integratn.vcluster.application.contract.ManifestSinkContract;
import tech.integratn.vcluster.application.port.out.ManifestSink;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.resource.Namespace;
import tech.integratn.vcluster.domain.resource.ObjectMeta;

/** The directory sink in REPLACE mode (the CLI) passes the port contract and stages its writes. */
class DirectoryManifestSinkTest extends ManifestSinkContract {

  @TempDir Path temp;

  @Override
  protected ManifestSink sink() {
    return new DirectoryManifestSink(temp.resolve("out"), DirectoryManifestSink.Mode.REPLACE);
  }

  @Override
  protected Set<String> publishedPaths(ManifestSink sink) {
    return files(temp.resolve("out"));
  }

  static Set<String> files(Path root) {
    if (!Files.exists(root)) {
      return HashSet.empty();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return HashSet.ofAll(walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
          .collect(java.util.stream.Collectors.toList()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static OutputFile namespaceFile(String path) {
    return new OutputFile(path, List.of(new Namespace(ObjectMeta.clusterScoped("ns", tech.integratn.vcluster.domain.tree.StringMap.empty()))));
  }

  @Test
  void pathsOutsideTheDirectoryAreRefusedAndNothingIsWritten() throws IOException {
    ManifestSink sink = sink();
    sink.publish(List.of(namespaceFile("resources/a.yaml")));
    String before = Files.readString(temp.resolve("out/resources/a.yaml"));
    assertThat(sink.publish(List.of(namespaceFile("resources/b.yaml"), namespaceFile("../escape.yaml"))).getLeft())
        .contains("outside");
    assertThat(files(temp.resolve("out"))).containsExactly("resources/a.yaml");
    assertThat(Files.readString(temp.resolve("out/resources/a.yaml"))).isEqualTo(before);
    assertThat(Files.exists(temp.resolve("escape.yaml"))).isFalse();
  }

  @Test
  void noStagingDirectoriesAreLeftBehind() {
    sink().publish(List.of(namespaceFile("resources/a.yaml")));
    sink().publish(List.of(namespaceFile("resources/b.yaml")));
    assertThat(files(temp).filter(p -> p.contains("staging") || p.contains("previous"))).isEmpty();
    assertThat(files(temp)).containsExactly("out/resources/b.yaml");
  }

  @Test
  void inPlaceModeWritesIntoAnExistingMountWithoutRenamingIt() throws IOException {
    Path mount = Files.createDirectories(temp.resolve("kratix-output"));
    ManifestSink sink = new DirectoryManifestSink(mount, DirectoryManifestSink.Mode.IN_PLACE);
    assertThat(sink.publish(List.of(namespaceFile("resources/namespace.yaml"))).isRight()).isTrue();
    assertThat(Files.readString(mount.resolve("resources/namespace.yaml")))
        .isEqualTo("---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns\n");
    assertThat(files(mount)).containsExactly("resources/namespace.yaml");
  }
}
