package tech.integratn.vcluster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --output -}: one multi-document stream on standard output, each document with its source file. */
class StandardOutputTest {

  @TempDir Path temp;

  static Path example(String name) {
    return Trees.repositoryRoot().resolve("examples").resolve(name);
  }

  /** The stream the expected tree of {@code example} gives, files in {@code order}. */
  static String expectedStream(String example, List<String> order) {
    Map<String, String> files = Trees.read(example(example).resolve("expected/output"));
    StringBuilder stream = new StringBuilder();
    for (String file : order) {
      for (String document : files.get(file).split("(?m)^---\n")) {
        if (!document.isEmpty()) {
          stream.append("---\n# Source: ").append(file).append('\n').append(document);
        }
      }
    }
    return stream.toString();
  }

  @Test
  void everyDocumentOfEveryFileInTheRenderingsOrderWithoutAnyDirectory() throws IOException {
    Path home = Files.createDirectories(temp.resolve("home"));
    String before = Trees.fingerprint(temp, Integer.MAX_VALUE);
    Trees.Run run = Trees.cliIn(temp, home, "render", "--input",
        example("prod-external-etcd").resolve("request.yaml").toString(), "--output", "-");
    assertThat(run.code()).as(run.err()).isZero();
    List<String> order = run.err().lines().filter(l -> l.startsWith("info: rendered "))
        .map(l -> l.substring("info: rendered ".length())).toList();
    assertThat(order).containsExactly("resources/argocd-project-request.yaml",
        "resources/argocd-application-request.yaml", "resources/argocd-cluster-registration-request.yaml",
        "resources/namespace.yaml", "resources/coredns-configmap.yaml", "resources/etcd-certificates.yaml",
        "resources/network-policies.yaml");
    assertThat(run.out()).isEqualTo(expectedStream("prod-external-etcd", order));
    assertThat(run.out().lines().filter(l -> l.startsWith("# Source: resources/etcd-certificates.yaml"))).hasSizeGreaterThan(5);
    assertThat(Trees.fingerprint(temp, Integer.MAX_VALUE)).as("nothing written").isEqualTo(before);
  }

  @Test
  void theStatusStillGoesToTheMetadataDirectoryWhenOneIsGiven() {
    Trees.Run run = Trees.cli("render", "-q", "--input", example("dev-minimal").resolve("request.yaml").toString(),
        "--output", "-", "--metadata", temp.resolve("meta").toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("---\n# Source: resources/argocd-project-request.yaml\napiVersion: ");
    assertThat(Trees.read(temp.resolve("meta")).keySet()).containsExactly("status.yaml");
    assertThat(Files.exists(temp.resolve("-"))).isFalse();
  }

  @Test
  void anInvalidRequestPrintsNothing() throws IOException {
    Path bad = Files.writeString(temp.resolve("bad.yaml"),
        "kind: VClusterOrchestratorV2\nmetadata: {name: x, namespace: p}\nspec: {name: x, exposure: {apiPort: 0}}\n");
    Trees.Run run = Trees.cli("render", "--input", bad.toString(), "--output", "-");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
  }
}
