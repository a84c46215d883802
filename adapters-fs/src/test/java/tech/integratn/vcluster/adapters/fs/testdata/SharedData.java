package tech.integratn.vcluster.adapters.fs.testdata;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The data beside the repository that the data-driven tests read (spec 11.3): the corpus of real
 * requests and the third-party schemas, below the system property {@code shared.dir} (set by the
 * parent pom), else {@code ../shared} beside the repository root. A plain clone has neither: the
 * tests that need them are skipped through a JUnit assumption whose message names the set and the
 * directory it needs; the tests that only partly need them run the rest.
 */
public final class SharedData {

  private SharedData() {}

  /** The shared directory, absolute; it need not exist. */
  public static Path dir() {
    return locate(System.getProperty("shared.dir"), Path.of(""));
  }

  /** {@code property} if set, else {@code shared} beside the repository root (the module directory's parent). */
  static Path locate(@Nullable String property, Path moduleDirectory) {
    Path dir = property == null || property.isBlank()
        ? moduleDirectory.toAbsolutePath().getParent().resolveSibling("shared")
        : Path.of(property);
    return dir.toAbsolutePath().normalize();
  }

  /** The repository root: the parent of the module directory surefire runs in. */
  public static Path repositoryRoot() {
    return Path.of("").toAbsolutePath().getParent();
  }

  /** Where the corpus of real requests lies; it need not exist. */
  public static Path corpusDirectory() {
    return dir().resolve("corpus/requests");
  }

  /** Where the third-party schemas lie; it need not exist. */
  public static Path schemasDirectory() {
    return dir().resolve("schemas");
  }

  public static boolean hasCorpus() {
    return Files.isDirectory(corpusDirectory());
  }

  public static boolean hasSchemas() {
    return Files.isDirectory(schemasDirectory());
  }

  /** The corpus directory; the calling test is skipped, not failed, when it is absent. */
  public static Path corpus() {
    return present(corpusDirectory(), "corpus", "the corpus of real requests in ../shared/corpus/requests");
  }

  /** The schemas directory; the calling test is skipped, not failed, when it is absent. */
  public static Path schemas() {
    return present(schemasDirectory(), "schema", "the third-party schemas in ../shared/schemas");
  }

  /** {@code directory}, or the calling test aborted (skipped) with a message naming the set and what it needs. */
  static Path present(Path directory, String set, String needs) {
    assumeTrue(Files.isDirectory(directory),
        () -> set + " set skipped: it needs " + needs + " (looked in " + directory + "; set -Dshared.dir to move it)");
    return directory;
  }
}
