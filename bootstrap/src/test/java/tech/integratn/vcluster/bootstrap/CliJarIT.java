package tech.integratn.vcluster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar as a user runs it: the working directory and {@code HOME} come from the process,
 * and neither is ever replaced (spec 7.2). Everything happens in the test's temporary directory.
 */
class CliJarIT {

  @TempDir Path temp;

  /** The outcome of one process run. */
  record Result(int code, String stdout, String stderr) {}

  Result run(Path directory, Path home, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(KratixJarIT.javaBinary(), "-jar", KratixJarIT.jar().toAbsolutePath().toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
        .redirectOutput(temp.resolve("stdout.txt").toFile()).redirectError(temp.resolve("stderr.txt").toFile());
    builder.environment().put("HOME", home.toString());
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("process ended").isTrue();
    Result result = new Result(process.exitValue(), Files.readString(temp.resolve("stdout.txt"), StandardCharsets.UTF_8),
        Files.readString(temp.resolve("stderr.txt"), StandardCharsets.UTF_8));
    Files.delete(temp.resolve("stdout.txt"));
    Files.delete(temp.resolve("stderr.txt"));
    return result;
  }

  @Test
  void theWorkingDirectoryItsParentAndHomeAreRefusedAndLeftAsTheyWere() throws Exception {
    Path home = Files.createDirectories(temp.resolve("home"));
    Path work = Files.createDirectories(home.resolve("work"));
    Files.writeString(work.resolve("notes.txt"), "mine\n");
    Path request = Files.copy(KratixJarIT.example("dev-minimal").resolve("request.yaml"), temp.resolve("request.yaml"));
    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    String before = Trees.fingerprint(home, Integer.MAX_VALUE);
    for (String[] target : new String[][] {{work.toString(), "."}, {work.toString(), ".."}, {elsewhere.toString(), home.toString()}}) {
      Result r = run(Path.of(target[0]), home, "render", "--input", request.toString(), "--output", target[1],
          "--metadata", temp.resolve("meta").toString());
      assertThat(r.code()).as(r.stderr()).isEqualTo(2);
      assertThat(r.stderr()).contains("refusing to use it, nothing was written");
    }
    assertThat(Trees.fingerprint(home, Integer.MAX_VALUE)).isEqualTo(before);
    assertThat(Files.exists(temp.resolve("meta"))).isFalse();
  }

  @Test
  void relativePathsAreTheWorkingDirectorysAndStandardOutputNeedsNoDirectory() throws Exception {
    Path work = Files.createDirectories(temp.resolve("work"));
    Files.copy(KratixJarIT.example("dev-minimal").resolve("request.yaml"), work.resolve("request.yaml"));
    Result toDirectory = run(work, temp, "render", "-q", "--input", "request.yaml", "--output", "out", "--metadata", "meta");
    assertThat(toDirectory.code()).as(toDirectory.stderr()).isZero();
    assertThat(Trees.read(work.resolve("out"))).isEqualTo(Trees.read(KratixJarIT.example("dev-minimal").resolve("expected/output")));
    Result toStdout = run(work, temp, "render", "-q", "--input", "request.yaml", "--output", "-");
    assertThat(toStdout.code()).as(toStdout.stderr()).isZero();
    assertThat(toStdout.stdout()).startsWith("---\n# Source: resources/argocd-project-request.yaml\n");
    assertThat(Files.list(work).map(p -> p.getFileName().toString()).sorted().toList())
        .containsExactly("meta", "out", "request.yaml");
  }
}
