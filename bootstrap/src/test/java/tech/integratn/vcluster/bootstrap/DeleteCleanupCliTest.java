package tech.integratn.vcluster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.bootstrap.Trees.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --action delete} with {@code --kubeconfig} and {@code --dry-run} against a mock API server. */
class DeleteCleanupCliTest {

  @TempDir Path temp;

  static Path request() {
    return Path.of(System.getProperty("examples.dir", "../examples")).resolve("prod-external-etcd/request.yaml");
  }

  String[] delete(String... extra) {
    String[] base = {"render", "--action", "delete", "--input", request().toString(),
        "--output", temp.resolve("out").toString(), "--metadata", temp.resolve("meta").toString()};
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return all;
  }

  @Test
  void withAKubeconfigTheDeleteRemovesTheVclustersVolumesAndKeepsTheRest() throws Exception {
    try (MockApiServer api = new MockApiServer(false)) {
      api.volume("pvc-1234", "vcluster-media-x-media", "vcluster-media")
          .volume("pvc-free", "vcluster-media-x-media", null)
          .volume("pvc-9", "vcluster-media-x-media", "team-x")
          .volume("pvc-reversed", "media-x-vcluster-media", "vcluster-media");
      Trees.Run run = cli(delete("--kubeconfig", api.kubeconfig(temp).toString()));
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(api.names()).containsExactly("pvc-9", "pvc-reversed");
      assertThat(run.err()).contains("info: deleted PersistentVolume pvc-1234",
          "info: deleted PersistentVolume pvc-free",
          "info: kept PersistentVolume pvc-9: claimed from namespace team-x");
      assertThat(Trees.read(temp.resolve("meta")).get("status.yaml")).contains("phase: Deleting");
    }
  }

  @Test
  void aDryRunDeletesNothing() throws Exception {
    try (MockApiServer api = new MockApiServer(false)) {
      api.volume("pvc-1234", "vcluster-media-x-media", "vcluster-media");
      Trees.Run run = cli(delete("--kubeconfig", api.kubeconfig(temp).toString(), "--dry-run"));
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(api.names()).containsExactly("pvc-1234");
      assertThat(run.err()).contains("info: dry run: would delete PersistentVolume pvc-1234");
    }
  }

  @Test
  void withoutAKubeconfigItSaysItSkipped() {
    Trees.Run run = cli(delete());
    assertThat(run.code()).isZero();
    assertThat(run.err()).contains("info: host clean-up skipped: no --kubeconfig given");
  }

  @Test
  void anUnusableKubeconfigIsAWarningAndTheDeleteStillSucceeds() throws Exception {
    Path broken = Files.writeString(temp.resolve("kc"), "not: [a kubeconfig\n");
    Trees.Run run = cli(delete("--kubeconfig", broken.toString()));
    assertThat(run.code()).isZero();
    assertThat(run.err()).contains("warning: host clean-up failed: no usable cluster access: kubeconfig " + broken)
        .doesNotContain("Exception");
    assertThat(Trees.read(temp.resolve("meta")).get("status.yaml")).contains("phase: Deleting");
  }

  @Test
  void onConfigureAKubeconfigAndDryRunAreWarningsAndNothingIsCleanedUp() throws Exception {
    try (MockApiServer api = new MockApiServer(false)) {
      api.volume("pvc-1234", "vcluster-media-x-media", "vcluster-media");
      Path kubeconfig = api.kubeconfig(temp);
      Trees.Run run = cli("render", "-q", "--input", request().toString(), "--output", temp.resolve("out").toString(),
          "--metadata", temp.resolve("meta").toString(), "--kubeconfig", kubeconfig.toString(), "--dry-run");
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.err()).contains("warning: --kubeconfig has no effect on configure\n",
          "warning: --dry-run has no effect on configure\n").doesNotContain("clean-up", "PersistentVolume");
      assertThat(api.names()).containsExactly("pvc-1234");
      assertThat(Trees.read(temp.resolve("meta")).get("status.yaml")).contains("phase: Scheduled");
    }
  }

  @Test
  void onDeleteNeitherIsAWarning() throws Exception {
    try (MockApiServer api = new MockApiServer(false)) {
      Trees.Run run = cli(delete("--kubeconfig", api.kubeconfig(temp).toString(), "--dry-run"));
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.err()).doesNotContain("no effect");
    }
  }

  /** Spec 10.3: a kubeconfig that overflows the parser's stack is one warning line, and the delete exits 0. */
  @Test
  void aKubeconfigNestedTooDeeplyIsOneWarningLine() throws Exception {
    int depth = 100_000;
    Path deep = Files.writeString(temp.resolve("deep"), "apiVersion: v1\nkind: Config\ncurrent-context: x\nclusters: "
        + "[".repeat(depth) + "]".repeat(depth) + "\n");
    Trees.Run run = cli(delete("--kubeconfig", deep.toString()));
    assertThat(run.code()).isZero();
    assertThat(run.err().lines().filter(l -> l.contains("host clean-up"))).containsExactly(
        "warning: host clean-up failed: no usable cluster access: kubeconfig " + deep + " is not a usable kubeconfig "
            + "(nested too deeply)");
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Error").doesNotContain("Exception");
    assertThat(Trees.read(temp.resolve("meta")).get("status.yaml")).contains("phase: Deleting");
  }

  /** Spec 10.3: a kubeconfig that is a FIFO is refused before it is read (reading it would block). */
  @Test
  void aKubeconfigThatIsAFifoIsRefusedAndTheDeleteExitsZero() throws Exception {
    Path fifo = temp.resolve("fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
    Trees.Run run = cli(delete("--kubeconfig", fifo.toString()));
    assertThat(run.code()).isZero();
    assertThat(run.err()).contains("warning: host clean-up failed: no usable cluster access: kubeconfig " + fifo
        + " is not a regular file");
  }
}
