package tech.integratn.vcluster.adapters.fs;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.integratn.vcluster.adapters.fs.json.JsonTreeWriter;
import tech.integratn.vcluster.adapters.fs.testdata.SharedData;
import tech.integratn.vcluster.domain.diff.DiffProblem;
import tech.integratn.vcluster.domain.diff.DiffTexts;
import tech.integratn.vcluster.domain.diff.Manifest;
import tech.integratn.vcluster.domain.diff.ManifestDiff;
import tech.integratn.vcluster.domain.diff.ObjectDiff;

/**
 * The layouts {@code diff --against DIR} accepts (spec 12.2), read from real files, and golden
 * diffs of the bundled prod-external-etcd output against edited copies of it.
 */
class PreviousOutputTest {

  private static final Path EXAMPLE = SharedData.repositoryRoot().resolve("examples/prod-external-etcd/expected/output");

  @TempDir
  Path temp;

  private final PreviousOutput reader = new PreviousOutput();

  /** A copy of the example's output at {@code dir}: {@code dir/resources/*.yaml}. */
  private static Path copyExample(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("resources"));
    try (Stream<Path> files = Files.list(EXAMPLE.resolve("resources"))) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, dir.resolve("resources").resolve(file.getFileName()));
      }
    }
    return dir;
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  private Seq<Manifest> read(Path dir) {
    Either<PreviousOutput.Refusal, Seq<Manifest>> read = reader.read(dir);
    assertThat(read.isRight()).as("%s", read.isLeft() ? PreviousOutput.text(read.getLeft()) : "").isTrue();
    return read.get();
  }

  private Seq<String> diff(Path previous, Path next) {
    Either<Seq<DiffProblem>, Seq<ObjectDiff>> diff = ManifestDiff.compare(read(previous), read(next));
    assertThat(diff.isRight()).as("%s", diff).isTrue();
    return DiffTexts.lines(diff.get());
  }

  @Test
  void anEarlierRenderOutputIsEveryDocumentOfItsResourcesAndEqualsItself() throws IOException {
    Path out = copyExample(temp.resolve("out"));
    Files.writeString(out.resolve("status.yaml"), "phase: Scheduled\n");
    Seq<Manifest> manifests = read(out);
    assertThat(manifests.map(m -> m.file() + "#" + m.document()).distinct()).hasSize(manifests.size());
    assertThat(manifests.map(Manifest::file).distinct()).containsExactly(
        "resources/argocd-application-request.yaml", "resources/argocd-cluster-registration-request.yaml",
        "resources/argocd-project-request.yaml", "resources/coredns-configmap.yaml", "resources/etcd-certificates.yaml",
        "resources/namespace.yaml", "resources/network-policies.yaml");
    assertThat(manifests.filter(m -> m.file().equals("resources/etcd-certificates.yaml"))).hasSize(9);
    assertThat(diff(out, copyExample(temp.resolve("again")))).isEmpty();
  }

  @Test
  void aKratixStateStoreDirectoryOfTheRequestOrOfItsPipelineIsReadBelowPipelineAndId() throws IOException {
    Path request = temp.resolve("worker/resources/platform-requests/vcluster-orchestrator-v2/media");
    Path run = copyExample(request.resolve("vco-v2-configure/5058f"));
    Files.writeString(run.resolve("kratix-diff.md"), "# Kratix Dry Run Diff\n");
    Files.createDirectories(request.resolve(".kratix"));
    Files.writeString(request.resolve(".kratix/state.yaml"), "files: []\n");
    Seq<Manifest> fromRequest = read(request);
    assertThat(fromRequest.head().file()).isEqualTo("vco-v2-configure/5058f/resources/argocd-application-request.yaml");
    assertThat(read(request.resolve("vco-v2-configure")).head().file())
        .isEqualTo("5058f/resources/argocd-application-request.yaml");
    assertThat(read(run).head().file()).isEqualTo("resources/argocd-application-request.yaml");
    assertThat(diff(request, copyExample(temp.resolve("out")))).isEmpty();
  }

  @Test
  void aDirectoryOfNoAcceptedShapeOrAFileIsRefusedNamingThePath() throws IOException {
    Path other = Files.createDirectories(temp.resolve("other/a/b/c"));
    Files.writeString(other.resolve("namespace.yaml"), "kind: Namespace\n");
    Either<PreviousOutput.Refusal, Seq<Manifest>> refused = reader.read(temp.resolve("other"));
    assertThat(PreviousOutput.text(refused.getLeft())).isEqualTo(temp.resolve("other")
        + ": neither an earlier render --output (no resources/ directory in it) nor a Kratix state-store directory of "
        + "the request (no <pipeline>/<id>/resources/ or <id>/resources/ below it)");
    Path destination = temp.resolve("worker");
    copyExample(destination.resolve("resources/platform-requests/vcluster-orchestrator-v2/media/vco-v2-configure/5058f"));
    assertThat(PreviousOutput.text(reader.read(destination).getLeft())).isEqualTo(destination
        + ": holds the output of every request of a Kratix destination; give the request's own directory, " + destination
        + "/resources/<request namespace>/<promise name>/<request name>");
    assertThat(read(destination.resolve("resources/platform-requests/vcluster-orchestrator-v2/media"))).hasSize(read(EXAMPLE).size());
    assertThat(PreviousOutput.text(reader.read(other.resolve("namespace.yaml")).getLeft())).isEqualTo(
        other.resolve("namespace.yaml") + ": not a directory; --against takes an earlier render --output directory or a "
            + "Kratix state-store directory of the request");
  }

  @Test
  void aFileThatIsNotYamlIsRefusedAtItsLineInTheWholeFile() throws IOException {
    Path out = copyExample(temp.resolve("out"));
    Files.writeString(out.resolve("resources/extra.yaml"), "a: 1\n---\nb: [\n");
    assertThat(PreviousOutput.text(reader.read(out).getLeft())).startsWith("resources/extra.yaml:4:1: not valid YAML: ");
  }

  @Test
  void goldenDiffOfAChangedValueARenamedObjectAndOneChangedDocumentOfAMultiDocumentFile() throws IOException {
    Path previous = copyExample(temp.resolve("previous"));
    Path next = copyExample(temp.resolve("next"));
    edit(next.resolve("resources/argocd-application-request.yaml"), "                cpu: \"2\"\n                memory: 4Gi",
        "                cpu: \"2\"\n                memory: 6Gi");
    edit(next.resolve("resources/coredns-configmap.yaml"), "name: vc-media-coredns", "name: vc-media-dns");
    edit(next.resolve("resources/etcd-certificates.yaml"), "  secretName: media-etcd-server\n",
        "  secretName: media-etcd-server\n  duration: 8760h\n");
    assertThat(diff(previous, next)).containsExactly(
        "ArgoCDApplication platform-requests/vcluster-media: "
            + "spec.source.helm.valuesObject.controlPlane.statefulSet.resources.limits.memory: 4Gi -> 6Gi",
        "Certificate vcluster-media/media-etcd-server: spec.duration: (absent) -> 8760h",
        "ConfigMap vcluster-media/vc-media-coredns: removed",
        "ConfigMap vcluster-media/vc-media-dns: added");
  }

  @Test
  void theJsonFormIsTheDocumentedShape() throws IOException {
    Path previous = copyExample(temp.resolve("previous"));
    Path next = copyExample(temp.resolve("next"));
    edit(next.resolve("resources/namespace.yaml"), "  name: vcluster-media\n",
        "  name: vcluster-media\n  finalizers:\n    - kubernetes\n");
    edit(next.resolve("resources/namespace.yaml"), "argocd.argoproj.io/sync-wave: \"-2\"", "argocd.argoproj.io/sync-wave: \"-3\"");
    Files.delete(next.resolve("resources/coredns-configmap.yaml"));
    Either<Seq<DiffProblem>, Seq<ObjectDiff>> diff = ManifestDiff.compare(read(previous), read(next));
    String json = JsonTreeWriter.write(DiffTexts.json(diff.get().filter(d -> d instanceof ObjectDiff.Changed)));
    assertThat(json).isEqualTo("""
        {
          "different": true,
          "objects": [
            {
              "change": "changed",
              "apiVersion": "v1",
              "kind": "Namespace",
              "name": "vcluster-media",
              "changes": [
                {
                  "path": "metadata.annotations[\\"argocd.argoproj.io/sync-wave\\"]",
                  "segments": [
                    "metadata",
                    "annotations",
                    "argocd.argoproj.io/sync-wave"
                  ],
                  "old": "-2",
                  "new": "-3"
                },
                {
                  "path": "metadata.finalizers",
                  "segments": [
                    "metadata",
                    "finalizers"
                  ],
                  "new": [
                    "kubernetes"
                  ]
                }
              ]
            }
          ]
        }
        """);
    assertThat(diff.get().map(d -> d.getClass().getSimpleName() + " " + d.key().name()))
        .containsExactly("Removed vc-media-coredns", "Changed vcluster-media");
    assertThat(JsonTreeWriter.write(DiffTexts.json(io.vavr.collection.List.empty())))
        .isEqualTo("{\n  \"different\": false,\n  \"objects\": []\n}\n");
  }

  @Test
  void aSymbolicLinkIsNotFollowedAndEachIsANoteNamingIt() throws IOException {
    Path out = copyExample(temp.resolve("out"));
    Path outside = temp.resolve("namespace-real.yaml");
    Files.move(out.resolve("resources/namespace.yaml"), outside);
    Files.createSymbolicLink(out.resolve("resources/namespace.yaml"), outside);
    Files.createSymbolicLink(out.resolve("resources/dangling.yaml"), temp.resolve("nonexistent"));
    Files.createDirectories(out.resolve("resources/sub"));
    Files.createSymbolicLink(out.resolve("resources/sub/linked"), temp);

    Either<PreviousOutput.Refusal, tech.integratn.vcluster.application.port.out.PreviousOutputSource.Previous> read =
        reader.load(out);

    assertThat(read.get().manifests().map(Manifest::file)).doesNotContain("resources/namespace.yaml",
        "resources/dangling.yaml");
    assertThat(read.get().notes()).containsExactly(
        "resources/dangling.yaml: skipped, symbolic link, not followed",
        "resources/namespace.yaml: skipped, symbolic link, not followed",
        "resources/sub/linked: skipped, symbolic link, not followed");
    assertThat(reader.load(copyExample(temp.resolve("plain"))).get().notes()).isEmpty();
  }

  @Test
  void aLinkedRunDirectoryOfAStateStoreIsANoteToo() throws IOException {
    Path request = temp.resolve("worker/resources/platform-requests/vcluster-orchestrator-v2/media");
    copyExample(request.resolve("vco-v2-configure/5058f"));
    Path elsewhere = copyExample(temp.resolve("elsewhere"));
    Files.createSymbolicLink(request.resolve("vco-v2-configure/6e1a0"), elsewhere);

    assertThat(reader.load(request).get().notes())
        .containsExactly("vco-v2-configure/6e1a0: skipped, symbolic link, not followed");
    assertThat(reader.load(request).get().manifests()).hasSize(read(EXAMPLE).size());
  }

  @Test
  void theResourcesDirectoryOfARenderOrOfAPipelineRunIsReadAsItsRoot() throws IOException {
    Path out = copyExample(temp.resolve("out"));
    Path run = copyExample(temp.resolve("worker/resources/platform-requests/vcluster-orchestrator-v2/media/vco-v2-configure/5058f"));

    assertThat(read(out.resolve("resources")).map(Manifest::body)).isEqualTo(read(out).map(Manifest::body));
    assertThat(read(out.resolve("resources")).head().file()).isEqualTo("argocd-application-request.yaml");
    assertThat(read(run.resolve("resources")).map(Manifest::body)).isEqualTo(read(EXAMPLE).map(Manifest::body));
  }

  @Test
  void theResourcesDirectoryOfADestinationIsRefusedWithThePointerBelowIt() throws IOException {
    Path destination = temp.resolve("worker");
    copyExample(destination.resolve("resources/platform-requests/vcluster-orchestrator-v2/media/vco-v2-configure/5058f"));
    Path resources = destination.resolve("resources");

    assertThat(PreviousOutput.text(reader.read(resources).getLeft())).isEqualTo(resources
        + ": holds the output of every request of a Kratix destination; give the request's own directory, " + resources
        + "/<request namespace>/<promise name>/<request name>");
    Path empty = Files.createDirectories(temp.resolve("empty/resources"));
    assertThat(PreviousOutput.text(reader.read(empty).getLeft())).startsWith(empty + ": neither an earlier render --output");
  }
}
