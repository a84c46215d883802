package tech.integratn.vcluster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spec 7.2: the CLI replaces only directories it owns. Every refusal exits 2 before anything is
 * written, names the option, the path and the reason, and leaves every path byte for byte as it
 * was (the whole temporary tree, with modification times, is compared before and after). The CLI
 * runs in process in {@code work/} with {@code home/} as the user's home, both inside the test's
 * temporary directory.
 */
class OwnedPathsTest {

  @TempDir Path temp;
  Path work;
  Path home;
  Path request;

  @BeforeEach
  void layout() throws IOException {
    work = Files.createDirectories(temp.resolve("home/projects/work"));
    home = temp.resolve("home");
    Files.writeString(home.resolve(".bashrc"), "export PS1='$ '\n");
    Files.writeString(work.resolve("notes.txt"), "mine\n");
    request = Files.copy(Trees.repositoryRoot().resolve("examples/dev-minimal/request.yaml"), temp.resolve("request.yaml"));
  }

  List<String> render(String output, String metadata, String... more) {
    List<String> args = new ArrayList<>(List.of("render", "--input", request.toString(), "--output", output,
        "--metadata", metadata));
    args.addAll(List.of(more));
    return args;
  }

  /** Runs, checks the refusal (exit 2, the words given) and that nothing under {@code watched} changed. */
  Trees.Run refused(List<String> args, Path watched, int depth, String... expected) {
    String before = Trees.fingerprint(watched, depth);
    String tempBefore = Trees.fingerprint(temp, Integer.MAX_VALUE);
    Trees.Run run = Trees.cliIn(work, home, args.toArray(String[]::new));
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains(expected).contains("refusing to use it, nothing was written")
        .doesNotContain("Exception", "java.");
    assertThat(run.out()).isEmpty();
    assertThat(Trees.fingerprint(watched, depth)).isEqualTo(before);
    assertThat(Trees.fingerprint(temp, Integer.MAX_VALUE)).isEqualTo(tempBefore);
    return run;
  }

  Trees.Run refused(List<String> args, String... expected) {
    return refused(args, temp, Integer.MAX_VALUE, expected);
  }

  String meta() {
    return temp.resolve("meta").toString();
  }

  @Test
  void aRegularFile() throws IOException {
    Path file = Files.writeString(temp.resolve("req-copy.yaml"), "precious: true\n");
    refused(render(file.toString(), meta()), "error: --output " + file + ": is a regular file, not a directory");
    refused(render(temp.resolve("out").toString(), file.toString()), "error: --metadata " + file + ": is a regular file");
  }

  @Test
  void aDeviceIsOnlyLookedAt() {
    refused(render("/dev/null", meta()), Path.of("/dev/null"), 0,
        "error: --output /dev/null: is a device or other special file (FIFO, socket), not a directory");
    refused(render(temp.resolve("out").toString(), "/dev/null"), Path.of("/dev/null"), 0,
        "error: --metadata /dev/null: is a device or other special file");
  }

  @Test
  void aFifo() throws Exception {
    Path fifo = temp.resolve("pipe");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertThat(mkfifo.waitFor()).isZero();
    refused(render(fifo.toString(), meta()), "error: --output " + fifo + ": is a device or other special file");
    refused(render(temp.resolve("out").toString(), fifo.toString()), "error: --metadata " + fifo + ": is a device");
  }

  @Test
  void aSymbolicLinkEvenToAnEmptyDirectoryOrNowhere() throws IOException {
    Path empty = Files.createDirectories(temp.resolve("empty"));
    Path link = Files.createSymbolicLink(temp.resolve("link"), empty);
    Path dangling = Files.createSymbolicLink(temp.resolve("dangling"), temp.resolve("nowhere"));
    refused(render(link.toString(), meta()), "error: --output " + link + ": is a symbolic link");
    refused(render(dangling.toString(), meta()), "error: --output " + dangling + ": is a symbolic link");
    refused(render(temp.resolve("out").toString(), link.toString()), "error: --metadata " + link + ": is a symbolic link");
  }

  @Test
  void aDirectoryWithAnythingButAPreviousRender() throws IOException {
    Path unrelated = Files.createDirectories(temp.resolve("photos"));
    Files.writeString(unrelated.resolve("cat.jpg"), "meow");
    refused(render(unrelated.toString(), meta()), "error: --output " + unrelated + ": holds cat.jpg, which no previous "
        + "render wrote (an output directory may hold only resources/ with the files the four promises write: "
        + "argocd-project-request.yaml, argocd-application-request.yaml, ");
    Path almost = Files.createDirectories(temp.resolve("almost/resources/nested"));
    Files.writeString(almost.resolve("namespace.yaml"), "kind: Namespace\n");
    Files.writeString(almost.resolve("README.md"), "# mine\n");
    refused(render(temp.resolve("almost").toString(), meta()), "holds resources/nested/, which no previous");
    Path hidden = Files.createDirectories(temp.resolve("hidden"));
    Files.createDirectories(hidden.resolve(".git"));
    refused(render(hidden.toString(), meta()), "holds .git/, which no previous render wrote");
    Path metadata = Files.createDirectories(temp.resolve("m"));
    Files.writeString(metadata.resolve("status.yaml"), "phase: Scheduled\n");
    Files.writeString(metadata.resolve("diary.txt"), "dear diary\n");
    refused(render(temp.resolve("out").toString(), metadata.toString()), "error: --metadata " + metadata
        + ": holds diary.txt, which no previous render wrote (a metadata directory may hold only status.yaml, "
        + "workflow-control.yaml and destination-selectors.yaml)");
  }

  @Test
  void theCurrentDirectoryAndItsParents() {
    refused(render(".", meta()), "error: --output " + work + ": is the current directory");
    refused(render("..", meta()), "error: --output " + work.getParent() + ": contains the current directory (" + work + ")");
    refused(render(temp.resolve("out").toString(), "../.."), "error: --metadata " + home + ": ");
    refused(render(temp.toString(), meta()), "error: --output " + temp + ": contains the current directory");
  }

  @Test
  void anEmptyCurrentDirectoryToo() throws IOException {
    Files.delete(work.resolve("notes.txt"));
    refused(render(".", meta()), "is the current directory");
  }

  @Test
  void theHomeDirectory() throws IOException {
    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    String before = Trees.fingerprint(temp, Integer.MAX_VALUE);
    Trees.Run run = Trees.cliIn(elsewhere, home, render(home.toString(), meta()).toArray(String[]::new));
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("error: --output " + home + ": is your home directory");
    assertThat(Trees.fingerprint(temp, Integer.MAX_VALUE)).isEqualTo(before);
  }

  @Test
  void theRoot() {
    refused(render("/", meta()), Path.of("/"), 0, "error: --output /: is the file system root");
    refused(render(temp.resolve("out").toString(), "/"), Path.of("/"), 0, "error: --metadata /: is the file system root");
  }

  @Test
  void overlapsWithTheInputTheProfileTheSchemasAndEachOther() throws IOException {
    Path project = Files.createDirectories(temp.resolve("project"));
    Path inside = Files.copy(request, project.resolve("request.yaml"));
    refused(List.of("render", "--input", inside.toString(), "--output", project.toString(), "--metadata", meta()),
        "error: --output " + project + ": contains the input file (" + inside + ")");
    refused(List.of("render", "--input", inside.toString(), "--output", temp.resolve("out").toString(),
        "--metadata", project.toString()), "error: --metadata " + project + ": contains the input file");
    Path profile = Files.writeString(project.resolve("profile.yaml"), "name: acme\n");
    refused(render(project.toString(), meta(), "--profile", profile.toString()),
        "error: --output " + project + ": contains the profile file (" + profile + ")");
    Path schemas = Files.createDirectories(temp.resolve("schemas/0.30.4"));
    refused(render(temp.resolve("schemas").toString(), meta(), "--chart-schemas", temp.resolve("schemas").toString()),
        "error: --output " + temp.resolve("schemas") + ": is also the chart-schema directory");
    refused(render(schemas.resolve("out").toString(), meta(), "--chart-schemas", temp.resolve("schemas").toString()),
        "error: --output " + schemas.resolve("out") + ": is inside the chart-schema directory");
    refused(render(temp.resolve("both").toString(), temp.resolve("both").toString()),
        "error: --output " + temp.resolve("both") + ": is also the metadata directory");
    refused(render(temp.resolve("out").toString(), temp.resolve("out/meta").toString()),
        "error: --output " + temp.resolve("out") + ": contains the metadata directory");
    refused(render(temp.resolve("out/inner").toString(), temp.resolve("out").toString()),
        "error: --output " + temp.resolve("out/inner") + ": is inside the metadata directory");
  }

  @Test
  void aPathUnderARegularFileCannotBeInspected() throws IOException {
    Path file = Files.writeString(temp.resolve("plain.txt"), "x\n");
    refused(render(file.resolve("out").toString(), meta()),
        "error: --output " + file.resolve("out") + ": cannot be inspected: not a directory");
  }

  @Test
  void absentEmptyAndPreviouslyRenderedDirectoriesAreReplaced() throws IOException {
    Trees.Run first = Trees.cliIn(work, home, render("out", "meta").toArray(String[]::new));
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(Trees.read(work.resolve("out"))).containsKey("resources/namespace.yaml");
    // a file another promise writes, left by an earlier render of that promise, is the CLI's too
    Files.writeString(work.resolve("out/resources/appproject.yaml"), "kind: AppProject\n");
    Files.writeString(work.resolve("meta/workflow-control.yaml"), "suspend: true\n");
    Files.createDirectories(work.resolve("empty"));
    Trees.Run again = Trees.cliIn(work, home, render("out", "meta").toArray(String[]::new));
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(Trees.read(work.resolve("out"))).doesNotContainKey("resources/appproject.yaml");
    Trees.Run intoEmpty = Trees.cliIn(work, home, render("empty", temp.resolve("m2").toString()).toArray(String[]::new));
    assertThat(intoEmpty.code()).as(intoEmpty.err()).isZero();
    assertThat(Trees.read(work.resolve("empty"))).isEqualTo(Trees.read(work.resolve("out")));
  }

  // ------------------------------------------------------------------ spec 10.5

  /** A previous render of {@code request} into {@code out}, {@code meta} (relative to {@code work}). */
  void rendered(Path request, String out, String meta) {
    Trees.Run run = Trees.cliIn(work, home, "render", "--input", request.toString(), "--output", out, "--metadata", meta);
    assertThat(run.code()).as(run.err()).isZero();
  }

  @Test
  void aHandWrittenFileOrDirectoryBesideAPreviousRenderIsForeign() throws IOException {
    rendered(request, "out", "meta");
    Path resources = work.resolve("out/resources");
    assertThat(resources.resolve("namespace.yaml")).isRegularFile();
    Path kustomization = Files.writeString(resources.resolve("kustomization.yaml"), "resources: [namespace.yaml]\n");
    refused(render("out", "meta"), "error: --output " + work.resolve("out")
        + ": holds resources/kustomization.yaml, which no previous render wrote");
    Files.delete(kustomization);
    Path readme = Files.writeString(resources.resolve("README.md"), "# mine\n");
    refused(render("out", "meta"), "holds resources/README.md, which no previous render wrote");
    Files.delete(readme);
    Path overlays = Files.createDirectories(resources.resolve("overlays"));
    refused(render("out", "meta"), "holds resources/overlays/, which no previous render wrote");
    Files.delete(overlays);
    Path gitkeep = Files.writeString(work.resolve("out/.gitkeep"), "");
    refused(render("out", "meta"), "holds .gitkeep, which no previous render wrote");
    Files.delete(gitkeep);
    // an owned name that is not a regular file is not a render's either
    Path coredns = resources.resolve("coredns-configmap.yaml");
    String corednsBytes = Files.readString(coredns);
    Files.delete(coredns);
    Files.createSymbolicLink(coredns, home.resolve(".bashrc"));
    refused(render("out", "meta"), "holds resources/coredns-configmap.yaml, which no previous render wrote");
    Files.delete(coredns);
    Files.writeString(coredns, corednsBytes);
    Trees.Run again = Trees.cliIn(work, home, render("out", "meta").toArray(String[]::new));
    assertThat(again.code()).as(again.err()).isZero();
  }

  @Test
  void eachPromiseReplacesTheRenderOfAnother() {
    Path examples = Trees.repositoryRoot().resolve("examples");
    List<String> order = List.of("dev-minimal", "argocd-project-from-dev-minimal", "argocd-application-from-dev-minimal",
        "argocd-cluster-registration-from-dev-minimal", "dev-minimal");
    for (String example : order) {
      rendered(examples.resolve(example).resolve("request.yaml"), "out", "meta");
      assertThat(Trees.read(work.resolve("out"))).as(example)
          .isEqualTo(Trees.read(examples.resolve(example).resolve("expected/output")));
    }
  }

  @Test
  void theKubeconfigIsANeighbourPath() throws IOException {
    rendered(request, "out", "meta");
    Path inOutput = Files.writeString(work.resolve("out/resources/admin-kubeconfig.yaml"), "apiVersion: v1\nkind: Config\n");
    for (String action : List.of("configure", "delete")) {
      refused(render("out", "meta", "--action", action, "--kubeconfig", "out/resources/admin-kubeconfig.yaml"),
          "error: --output " + work.resolve("out") + ": contains the kubeconfig file (" + inOutput + ")");
    }
    Path inMetadata = Files.writeString(work.resolve("meta/kubeconfig"), "apiVersion: v1\nkind: Config\n");
    refused(render(temp.resolve("fresh").toString(), "meta", "--kubeconfig", inMetadata.toString()),
        "error: --metadata " + work.resolve("meta") + ": contains the kubeconfig file (" + inMetadata + ")");
    refused(render(work.resolve("meta").toString(), temp.resolve("m2").toString(), "--kubeconfig", inMetadata.toString()),
        "error: --output " + work.resolve("meta") + ": contains the kubeconfig file");
  }

  /**
   * The kubeconfig named by another spelling of a place inside the output: a relative path through
   * {@code ..}, a symbolic link to the file, a path through a linked directory. It carries an owned
   * file name, so without the neighbour check the swap would delete it with the previous render.
   */
  @Test
  void aKubeconfigReachedThroughDotDotOrALinkIsStillInsideTheOutput() throws IOException {
    rendered(request, "out", "meta");
    Path inside = work.resolve("out/resources/namespace.yaml");
    Files.writeString(inside, "apiVersion: v1\nkind: Config\n");
    Files.createDirectories(work.resolve("sub"));
    Files.createSymbolicLink(work.resolve("kube"), inside);
    Files.createSymbolicLink(temp.resolve("kdir"), work.resolve("out/resources"));
    for (String kubeconfig : List.of("sub/../out/resources/namespace.yaml", "../work/out/./resources/namespace.yaml",
        "kube", temp.resolve("kdir/namespace.yaml").toString())) {
      for (String action : List.of("configure", "delete")) {
        refused(render("out", "meta", "--action", action, "--kubeconfig", kubeconfig),
            "error: --output " + work.resolve("out") + ": contains the kubeconfig file (" + inside + ")");
      }
    }
    assertThat(Files.readString(inside)).isEqualTo("apiVersion: v1\nkind: Config\n");
  }

  /** {@code resources/} replaced by a link to a directory of owned names: foreign, and neither side is touched. */
  @Test
  void aResourcesDirectoryThatIsASymbolicLinkIsForeign() throws IOException {
    rendered(request, "out", "meta");
    Path elsewhere = Files.move(work.resolve("out/resources"), temp.resolve("elsewhere"));
    Files.createSymbolicLink(work.resolve("out/resources"), elsewhere);
    refused(render("out", "meta"), "error: --output " + work.resolve("out")
        + ": holds resources, which no previous render wrote");
    assertThat(elsewhere.resolve("namespace.yaml")).isRegularFile();
  }

  @Test
  void aKubeconfigThatDoesNotExistIsAnErrorOnEveryAction() throws IOException {
    rendered(request, "out", "meta");
    Path missing = temp.resolve("no-such-kubeconfig");
    for (String action : List.of("configure", "delete")) {
      String before = Trees.fingerprint(temp, Integer.MAX_VALUE);
      Trees.Run run = Trees.cliIn(work, home,
          render("out", "meta", "--action", action, "--kubeconfig", missing.toString()).toArray(String[]::new));
      assertThat(run.code()).as(run.err()).isEqualTo(2);
      assertThat(run.err()).isEqualTo("error: --kubeconfig " + missing + ": no such file or directory\n");
      assertThat(Trees.fingerprint(temp, Integer.MAX_VALUE)).isEqualTo(before);
    }
    Path directory = Files.createDirectories(temp.resolve("kube"));
    String before = Trees.fingerprint(temp, Integer.MAX_VALUE);
    Trees.Run run = Trees.cliIn(work, home,
        render("out", "meta", "--action", "delete", "--kubeconfig", directory.toString()).toArray(String[]::new));
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("error: --kubeconfig " + directory + ": is a directory, not a kubeconfig file");
    assertThat(Trees.fingerprint(temp, Integer.MAX_VALUE)).isEqualTo(before);
  }
}
