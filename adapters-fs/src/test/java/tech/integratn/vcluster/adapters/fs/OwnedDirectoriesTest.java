package tech.integratn.vcluster.adapters.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.integratn.vcluster.domain.orchestrator.RenderedPaths;

/**
 * Spec 10.5 at the level of the file system: which names under {@code resources/} are the CLI's,
 * and that removing a previous render deletes only those. The refusals themselves are tested
 * through the CLI ({@code OwnedPathsTest} in bootstrap).
 */
class OwnedDirectoriesTest {

  @TempDir Path temp;

  @Test
  void theOwnedNamesAreTheRenderedPathsTableAndNothingElse() {
    List<String> owned = OwnedDirectories.ownedResourceNames();
    assertThat(owned).hasSize(RenderedPaths.ROWS.size()).doesNotHaveDuplicates()
        .contains("namespace.yaml", "network-policies.yaml", "appproject.yaml", "application.yaml",
            "kubeconfig-sync-rbac.yaml", "kubeconfig-sync-job.yaml", "kubeconfig-external-secret.yaml",
            "argocd-cluster-external-secret.yaml")
        .doesNotContain("kustomization.yaml", "README.md");
    assertThat(owned).allMatch(n -> !n.contains("/"));
  }

  @Test
  void aPromiseDirectoryMayHoldOnlyTheFourPromiseFiles() throws IOException {
    assertThat(OwnedDirectories.promiseFileNames()).containsExactly("promise.yaml", "promise-argocd-project.yaml",
        "promise-argocd-application.yaml", "promise-argocd-cluster-registration.yaml");
    Path dir = Files.createDirectories(temp.resolve("promises"));
    Files.writeString(dir.resolve("promise.yaml"), "kind: Promise\n");
    Files.writeString(dir.resolve("promise-argocd-project.yaml"), "kind: Promise\n");
    assertThat(OwnedDirectories.check(dir, OwnedDirectories.Kind.PROMISES, temp, List.of(), List.of())).isEmpty();
    Files.createDirectories(dir.resolve("resources"));
    assertThat(OwnedDirectories.check(dir, OwnedDirectories.Kind.PROMISES, temp, List.of(), List.of()))
        .hasValueSatisfying(r -> assertThat(PathRefusals.describe(r)).contains("resources/")
            .contains("may hold only the four promise files"));
    Files.delete(dir.resolve("resources"));
    Files.writeString(dir.resolve("kustomization.yaml"), "resources: []\n");
    assertThat(OwnedDirectories.check(dir, OwnedDirectories.Kind.PROMISES, temp, List.of(), List.of())).isPresent();
  }

  @Test
  void aPromiseSetIsWrittenBesideForeignNothingAndReplacesItsOwnFiles() throws IOException {
    Path dir = temp.resolve("set");
    io.vavr.collection.List<io.vavr.Tuple2<String, String>> first =
        io.vavr.collection.List.of(new io.vavr.Tuple2<>("promise.yaml", "one\n"));
    assertThat(new PromiseSetDirectory(dir).write(first).isRight()).isTrue();
    assertThat(new PromiseSetDirectory(dir).write(
        io.vavr.collection.List.of(new io.vavr.Tuple2<>("promise.yaml", "two\n"))).isRight()).isTrue();
    assertThat(Files.readString(dir.resolve("promise.yaml"))).isEqualTo("two\n");
    assertThat(tree()).containsExactly("set", "set/promise.yaml");
  }

  @Test
  void aDirectoryOfOwnedFilesIsCheckedCleanAndRemovedWhole() throws IOException {
    Path previous = Files.createDirectories(temp.resolve("previous/resources"));
    Files.writeString(previous.resolve("namespace.yaml"), "kind: Namespace\n");
    Files.writeString(previous.resolve("appproject.yaml"), "kind: AppProject\n");
    Path out = temp.resolve("out");
    assertThat(OwnedDirectories.recheck(out, temp.resolve("previous"), OwnedDirectories.Kind.OUTPUT)).isEmpty();
    assertThat(OwnedDirectories.removeOwned(temp.resolve("previous"))).isNull();
    assertThat(temp.resolve("previous")).doesNotExist();
  }

  @Test
  void removingAPreviousRenderKeepsWhateverElseIsThere() throws IOException {
    Path resources = Files.createDirectories(temp.resolve("previous/resources"));
    Files.writeString(resources.resolve("namespace.yaml"), "kind: Namespace\n");
    Files.writeString(resources.resolve("kustomization.yaml"), "resources: []\n");
    Files.createDirectories(resources.resolve("overlays"));
    Files.writeString(resources.resolve("overlays/namespace.yaml"), "mine\n");
    assertThat(OwnedDirectories.removeOwned(temp.resolve("previous"))).isEqualTo("resources/kustomization.yaml");
    assertThat(tree()).containsExactly("previous", "previous/resources", "previous/resources/kustomization.yaml",
        "previous/resources/overlays", "previous/resources/overlays/namespace.yaml");
    assertThat(Files.readString(resources.resolve("overlays/namespace.yaml"))).isEqualTo("mine\n");

    Path top = Files.createDirectories(temp.resolve("top/resources"));
    Files.writeString(top.resolve("namespace.yaml"), "kind: Namespace\n");
    Files.writeString(temp.resolve("top/.gitkeep"), "");
    assertThat(OwnedDirectories.removeOwned(temp.resolve("top"))).isEqualTo(".gitkeep");
    assertThat(temp.resolve("top/.gitkeep")).exists();
    assertThat(temp.resolve("top/resources")).doesNotExist();
  }

  private List<String> tree() throws IOException {
    try (Stream<Path> walk = Files.walk(temp)) {
      return walk.filter(p -> !p.equals(temp)).map(p -> temp.relativize(p).toString()).sorted().toList();
    }
  }
}
