package tech.integratn.vcluster.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Property-based tests use QuickTheories. jqwik is not used: its maintainers ask that it not be
 * used by AI coding agents, and its engine prints instructions into test output.
 */
class TestLibrariesTest {

  static List<Path> poms() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    try (Stream<Path> walk = Files.walk(root, 2)) {
      return walk.filter(p -> p.getFileName().toString().equals("pom.xml"))
          .filter(p -> !p.toString().contains("/target/"))
          .collect(Collectors.toList());
    }
  }

  @Test
  void noModuleDeclaresJqwikAndPropertyTestsUseQuickTheories() throws IOException {
    List<Path> poms = poms();
    assertThat(poms).hasSizeGreaterThanOrEqualTo(8);
    String all = poms.stream().map(TestLibrariesTest::read).collect(Collectors.joining("\n"));
    assertThat(all).doesNotContain("jqwik").contains("<artifactId>quicktheories</artifactId>");
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
