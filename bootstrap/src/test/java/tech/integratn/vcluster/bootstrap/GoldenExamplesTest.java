package tech.integratn.vcluster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled examples against their expected output trees and status, file by file. After an
 * intended change, regenerate with {@code mvn -B -pl bootstrap -am test -Dtest=GoldenExamplesTest
 * -Dgolden.update=true -Dsurefire.failIfNoSpecifiedTests=false} and review the diff. An example with
 * a {@code profile.yaml} beside its request is rendered with that profile.
 */
class GoldenExamplesTest {

  @TempDir Path temp;

  /** Every directory under {@code examples/} with a {@code request.yaml}: the four promises' examples. */
  static Stream<String> examples() throws IOException {
    try (Stream<Path> dirs = Files.list(Trees.repositoryRoot().resolve("examples"))) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("request.yaml")))
          .map(d -> d.getFileName().toString()).sorted().collect(java.util.stream.Collectors.toList()).stream();
    }
  }

  @Test
  void theOrchestratorsExamplesAreAllThere() throws IOException {
    assertThat(examples()).contains("dev-minimal", "dev-egress", "prod-subnet", "prod-external-etcd",
        "untrusted-tenant", "acme-platform");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void renderingMatchesTheExpectedTree(String example) throws IOException {
    Path dir = Trees.repositoryRoot().resolve("examples").resolve(example);
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("render", "-q", "--input",
        dir.resolve("request.yaml").toString(), "--output", temp.resolve("output").toString(),
        "--metadata", temp.resolve("metadata").toString()));
    if (Files.isRegularFile(dir.resolve("profile.yaml"))) {
      // an example rendered with its own platform profile (e.g. untrusted-tenant, spec 10.2)
      args.add("--profile");
      args.add(dir.resolve("profile.yaml").toString());
    }
    Trees.Run run = Trees.cli(args.toArray(new String[0]));
    assertThat(run.code()).as(run.err()).isZero();
    Path expected = dir.resolve("expected");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(expected);
      replace(expected, temp);
    }
    Map<String, String> actual = Trees.read(temp);
    Map<String, String> wanted = Trees.read(expected);
    assertThat(actual.keySet()).as("files of %s", example).containsExactlyElementsOf(wanted.keySet());
    for (String file : wanted.keySet()) {
      assertThat(actual.get(file)).as("%s/expected/%s", example, file).isEqualTo(wanted.get(file));
    }
  }

  private static void replace(Path expected, Path rendered) throws IOException {
    try (Stream<Path> old = Files.walk(expected)) {
      old.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(expected)).forEach(p -> p.toFile().delete());
    }
    for (Map.Entry<String, String> e : Trees.read(rendered).entrySet()) {
      Path target = expected.resolve(e.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, e.getValue());
    }
  }
}
