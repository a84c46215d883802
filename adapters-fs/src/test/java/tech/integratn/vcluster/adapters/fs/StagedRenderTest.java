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
import tech.integratn.vcluster.domain.orchestrator.VClusterOrchestratorV2Status;
import tech.integratn.vcluster.domain.resource.ConfigMap;
import tech.integratn.vcluster.domain.resource.ObjectMeta;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * Spec 7.2: the CLI's output directory changes only once the status is written, or not at all; spec
 * 10.5: what appears in it between the CLI's check and the swap is never deleted (a hook stands in
 * for the other process, at the one moment it matters, deterministically).
 */
class StagedRenderTest {

  @TempDir Path temp;

  static List<OutputFile> files() {
    return List.of(new OutputFile("resources/cm.yaml", List.of(
        new ConfigMap(ObjectMeta.of("cm", "ns", StringMap.empty()), StringMap.of("k", "v")))));
  }

  private Path previousRender() throws IOException {
    Path out = temp.resolve("out");
    Files.createDirectories(out.resolve("resources"));
    Files.writeString(out.resolve("resources/namespace.yaml"), "previous: render\n");
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
    assertThat(Files.readString(out.resolve("resources/namespace.yaml"))).isEqualTo("previous: render\n");
    assertThat(render.status().report(VClusterOrchestratorV2Status.deleting("x")).isRight()).isTrue();
    assertThat(Files.exists(out.resolve("resources/namespace.yaml"))).isFalse();
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
    assertThat(Files.readString(out.resolve("resources/namespace.yaml"))).isEqualTo("previous: render\n");
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

  /**
   * Every entry below {@code temp} but those whose relative path starts with one of {@code skipped}:
   * its relative path, its type, and the SHA-256 of a regular file's bytes or a link's target (no
   * times: the swap moves the directory aside and back, and the status is written then restored).
   */
  private String fingerprint(String... skipped) throws IOException {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> walk = Files.walk(temp)) {
      entries:
      for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
        String relative = temp.relativize(p).toString();
        for (String prefix : skipped) {
          if (relative.startsWith(prefix)) {
            continue entries;
          }
        }
        text.append(relative).append(' ');
        if (Files.isSymbolicLink(p)) {
          text.append("l ").append(Files.readSymbolicLink(p));
        } else if (Files.isDirectory(p)) {
          text.append('d');
        } else {
          try {
            text.append("f ").append(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
          } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
          }
        }
        text.append('\n');
      }
    }
    return text.toString();
  }

  /**
   * A hook that does {@code change} and records the tree just after it, just before the swap: all
   * but the run's own staging directory and the metadata directory, which the run has just written.
   */
  private final class Intruder implements Runnable {
    private final IoAction change;
    private String atSwap = "";

    Intruder(IoAction change) {
      this.change = change;
    }

    @Override
    public void run() {
      try {
        change.run();
        atSwap = fingerprint(".out.staging", "meta");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  interface IoAction {
    void run() throws IOException;
  }

  /**
   * Runs a staged render whose hook makes {@code change}; the failure it reports, and the tree at the
   * swap. The metadata directory is afterwards exactly as before the run, and no staging or
   * previous directory is left behind.
   */
  private String[] raced(Path out, Path meta, IoAction change) throws IOException {
    String metadataBefore = fingerprint(".out", "out", "elsewhere", "moved");
    Intruder intruder = new Intruder(change);
    StagedRender render = new StagedRender(out, meta, intruder);
    assertThat(render.manifests().publish(files()).isRight()).isTrue();
    io.vavr.control.Either<String, ?> result = render.status().report(VClusterOrchestratorV2Status.deleting("x"));
    assertThat(intruder.atSwap).as("the hook ran").isNotEmpty();
    assertThat(result.isLeft()).as("the run fails: %s", result).isTrue();
    assertThat(fingerprint(".out", "out", "elsewhere", "moved")).as("the status is taken back").isEqualTo(metadataBefore);
    assertThat(fingerprint()).doesNotContain(".staging", ".previous");
    return new String[] {result.getLeft(), intruder.atSwap};
  }

  private Path previousMetadata() throws IOException {
    Path meta = Files.createDirectories(temp.resolve("meta"));
    Files.writeString(meta.resolve("status.yaml"), "phase: Scheduled\n");
    return meta;
  }

  @Test
  void aFileWrittenIntoResourcesWhileRenderingIsPutBackWithThePreviousRender() throws IOException {
    Path out = previousRender();
    Path meta = previousMetadata();
    String before = fingerprint("meta");
    String[] raced = raced(out, meta,
        () -> Files.writeString(out.resolve("resources/kustomization.yaml"), "resources: [namespace.yaml]\n"));
    assertThat(raced[0]).isEqualTo(out + ": holds resources/kustomization.yaml, which appeared while rendering and "
        + "no render wrote (" + OwnedDirectories.Kind.OUTPUT.allowed() + "); it was put back as it was, nothing was replaced");
    String after = fingerprint("meta");
    assertThat(after).as("everything as it was at the swap, the newcomer included").isEqualTo(raced[1])
        .contains("out/resources/kustomization.yaml f ").isNotEqualTo(before);
    assertThat(Files.readString(out.resolve("resources/namespace.yaml"))).isEqualTo("previous: render\n");
    assertThat(Files.readString(meta.resolve("status.yaml"))).isEqualTo("phase: Scheduled\n");
  }

  @Test
  void anOutputDirectoryCreatedByAnotherProcessIsPutBack() throws IOException {
    Path out = temp.resolve("out");
    Path meta = previousMetadata();
    String[] raced = raced(out, meta, () -> {
      Files.createDirectories(out);
      Files.writeString(out.resolve(".gitkeep"), "");
    });
    assertThat(raced[0]).startsWith(out + ": holds .gitkeep, which appeared while rendering");
    assertThat(fingerprint("meta")).isEqualTo(raced[1]).contains("out/.gitkeep f ");
  }

  @Test
  void aSubDirectoryOrALinkInPlaceOfTheOutputIsPutBack() throws IOException {
    Path out = previousRender();
    Path meta = previousMetadata();
    String[] sub = raced(out, meta, () -> Files.createDirectories(out.resolve("resources/overlays")));
    assertThat(sub[0]).startsWith(out + ": holds resources/overlays/, which appeared while rendering");
    assertThat(fingerprint("meta")).isEqualTo(sub[1]);
    Files.delete(out.resolve("resources/overlays"));

    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("precious.txt"), "mine\n");
    String[] link = raced(out, meta, () -> {
      Files.move(out, temp.resolve("moved"));
      Files.createSymbolicLink(out, elsewhere);
    });
    assertThat(link[0]).isEqualTo(out + ": became a symbolic link while rendering; it was put back as it was, "
        + "nothing was replaced");
    assertThat(fingerprint("meta")).isEqualTo(link[1]);
    assertThat(Files.readString(elsewhere.resolve("precious.txt"))).isEqualTo("mine\n");
  }

  @Test
  void aFileARenderWritesMayAppearAndIsReplaced() throws IOException {
    Path out = previousRender();
    Path meta = previousMetadata();
    StagedRender render = new StagedRender(out, meta, new Intruder(
        () -> Files.writeString(out.resolve("resources/appproject.yaml"), "kind: AppProject\n")));
    render.manifests().publish(files());
    assertThat(render.status().report(VClusterOrchestratorV2Status.deleting("x")).isRight()).isTrue();
    assertThat(entries()).contains("out/resources/cm.yaml")
        .doesNotContain("out/resources/appproject.yaml", "out/resources/namespace.yaml")
        .noneMatch(e -> e.contains(".staging") || e.contains(".previous"));
  }
}
