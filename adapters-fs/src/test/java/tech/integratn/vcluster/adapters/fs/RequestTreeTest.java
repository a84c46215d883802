package tech.integratn.vcluster.adapters.fs;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.integratn.vcluster.adapters.fs.testdata.SharedData;

/** The directory walk of {@code validate --input DIR} (spec 12.1), on a planted repository and on the corpus. */
class RequestTreeTest {

  @TempDir
  Path repo;

  private static final String VCLUSTER = """
      apiVersion: platform.integratn.tech/v1alpha1
      kind: VClusterOrchestratorV2
      metadata:
        name: %s
        namespace: platform-requests
      spec:
        name: %s
      """;

  private static String vcluster(String name) {
    return VCLUSTER.formatted(name, name);
  }

  private Seq<String> walk() {
    return new RequestTree().walk(repo).get().map(RequestTree::text);
  }

  @Test
  void everyYamlFileAtAnyDepthEveryDocumentNotesForTheRestHiddenDirectoriesAndLinksNeverFollowed() throws IOException {
    Files.createDirectories(repo.resolve("platform/vclusters/team"));
    Files.writeString(repo.resolve("platform/vclusters/media.yaml"), vcluster("media"));
    Files.writeString(repo.resolve("platform/vclusters/team/tv.yml"), vcluster("tv"));
    Files.writeString(repo.resolve("platform/vclusters/all.yaml"), "# two vclusters and a map\n" + vcluster("a")
        + "---\n" + vcluster("b") + "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n---\n- a list\n");
    Files.writeString(repo.resolve("platform/project.yaml"), """
        apiVersion: platform.integratn.tech/v1alpha1
        kind: ArgoCDProject
        metadata:
          name: p
        """);
    Files.writeString(repo.resolve("platform/README.md"), "not read\n");
    Files.writeString(repo.resolve("platform/broken.yaml"), "spec:\n  name: [\n");
    Files.createDirectories(repo.resolve(".git/refs"));
    Files.writeString(repo.resolve(".git/refs/x.yaml"), vcluster("hidden"));
    Files.createDirectories(repo.resolve("elsewhere"));
    Files.writeString(repo.resolve("elsewhere/linked.yaml"), vcluster("linked"));
    Files.createSymbolicLink(repo.resolve("platform/linked.yaml"), repo.resolve("elsewhere/linked.yaml"));
    Files.createSymbolicLink(repo.resolve("platform/linked-dir"), repo.resolve("elsewhere"));
    Files.delete(repo.resolve("elsewhere/linked.yaml"));

    assertThat(walk()).containsExactly(
        "platform/broken.yaml:3:1: not valid YAML: while parsing a flow node: expected the node content, but found '<stream end>'",
        "platform/linked-dir: skipped, symbolic link, not followed",
        "platform/linked.yaml: skipped, symbolic link, not followed",
        "platform/project.yaml: ArgoCDProject",
        "platform/vclusters/all.yaml (document 1): VClusterOrchestratorV2",
        "platform/vclusters/all.yaml (document 2): VClusterOrchestratorV2",
        "platform/vclusters/all.yaml (document 3): skipped, not a request of the four kinds (apiVersion \"v1\", kind \"ConfigMap\")",
        "platform/vclusters/all.yaml (document 4): skipped, not a request of the four kinds (a list)",
        "platform/vclusters/media.yaml: VClusterOrchestratorV2",
        "platform/vclusters/team/tv.yml: VClusterOrchestratorV2");
  }

  @Test
  void aKnownKindOfAnotherApiVersionIsStillARequestForItsOwnRulesToRefuse() throws IOException {
    Files.writeString(repo.resolve("old.yaml"), "apiVersion: platform.integratn.tech/v1\nkind: ArgoCDApplication\n");
    Files.writeString(repo.resolve("other.yaml"), "apiVersion: platform.integratn.tech/v1alpha1\nkind: VCluster\n");
    assertThat(walk()).containsExactly("old.yaml: ArgoCDApplication",
        "other.yaml: skipped, not a request of the four kinds (apiVersion \"platform.integratn.tech/v1alpha1\", kind \"VCluster\")");
  }

  @Test
  void wellFormedYamlTheReaderRefusesIsANoteUnlessItsTopLevelKindNamesARequest() throws IOException {
    // an alias, a merge key and a tag: YAML the engine's reader refuses, in files that are no requests
    Files.writeString(repo.resolve("anchors.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels: &l\n    a: b\ndata:\n  x: *l\n");
    Files.writeString(repo.resolve("merge.yaml"), "base: &b\n  x: 1\nother:\n  <<: *b\n  y: 2\n");
    Files.writeString(repo.resolve("multi.yaml"), vcluster("m") + "---\napiVersion: v1\nkind: Secret\n"
        + "metadata:\n  name: s\ndata:\n  k: !!binary aGVsbG8=\n");
    // a request with an alias stays an invalid request; broken syntax stays an unreadable file
    Files.writeString(repo.resolve("request.yaml"), vcluster("r") + "  targetNamespace: &t ns\n  description: *t\n");
    Files.writeString(repo.resolve("x-broken.yaml"), "a: &a [1, 2\nb: *a\n");
    assertThat(walk()).containsExactly(
        "anchors.yaml: skipped, not a request of the four kinds (apiVersion \"v1\", kind \"ConfigMap\"); "
            + "the reader refuses it: line 8, column 6: YAML aliases (*l) are not supported; write the value out",
        "merge.yaml: skipped, not a request of the four kinds (no apiVersion, no kind); "
            + "the reader refuses it: line 4, column 7: YAML aliases (*b) are not supported; write the value out",
        "multi.yaml (document 1): VClusterOrchestratorV2",
        "multi.yaml (document 2): skipped, not a request of the four kinds (apiVersion \"v1\", kind \"Secret\"); "
            + "the reader refuses it: line 14, column 6: binary values (!!binary) are not supported",
        "request.yaml:9:16: not valid YAML: YAML aliases (*t) are not supported; write the value out",
        "x-broken.yaml:2:2: not valid YAML: while parsing a flow sequence started at line 1, column 7: "
            + "expected ',' or ']', but got :");
  }

  @Test
  void aFileBeyondSixteenMebibytesIsReportedUnreadWhole() throws IOException {
    try (java.io.RandomAccessFile big = new java.io.RandomAccessFile(repo.resolve("big.yaml").toFile(), "rw")) {
      big.setLength(RequestTree.MAX_FILE_BYTES + 1);
    }
    assertThat(walk()).containsExactly("big.yaml: file is 16777217 bytes; the limit is 16777216 bytes");
  }

  @Test
  void aPathThatIsNoDirectoryIsRefused() throws IOException {
    Path file = Files.writeString(repo.resolve("a.yaml"), vcluster("a"));
    assertThat(new RequestTree().walk(file).getLeft()).isEqualTo(file + ": not a directory");
  }

  @Test
  void theCorpusIsNinetyFourRequestFilesEachReadAsOneRequestOrReportedUnparseable() throws IOException {
    Path corpus = SharedData.corpus();
    long files;
    try (Stream<Path> list = Files.list(corpus)) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).count();
    }
    Seq<RequestTree.Entry> entries = new RequestTree().walk(corpus).get();
    assertThat(entries).hasSize((int) files);
    assertThat(files).isEqualTo(94);
    assertThat(entries.filter(e -> e instanceof RequestTree.Skipped)).isEmpty();
    assertThat(entries.filter(e -> e instanceof RequestTree.Request)).allSatisfy(e ->
        assertThat(((RequestTree.Request) e).file().severalInFile()).isFalse());
  }
}
