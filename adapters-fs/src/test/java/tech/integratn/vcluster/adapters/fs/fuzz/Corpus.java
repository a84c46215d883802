package tech.integratn.vcluster.adapters.fs.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tech.integratn.vcluster.adapters.fs.testdata.SharedData;

/**
 * The shared corpus of real requests, found through {@link SharedData}; read on first use, and
 * every accessor skips the calling test when the corpus is absent (a plain clone, spec 11.3).
 */
final class Corpus {

  /** One corpus file: its name and bytes. */
  record Request(String name, byte[] bytes) {
    String text() {
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** The requests, read when first asked for (never when the corpus is absent). */
  private static final class Loaded {
    static final List<Request> ALL = load(SharedData.corpusDirectory());
  }

  private Corpus() {}

  static Path directory() {
    return SharedData.corpus();
  }

  /** Every corpus request, the broken ones included, sorted by name. */
  static List<Request> all() {
    SharedData.corpus();
    return Loaded.ALL;
  }

  /** Every well-formed corpus request, sorted by name. */
  static List<Request> valid() {
    return all().stream().filter(r -> !r.name().startsWith("invalid-")).toList();
  }

  /** The corpus request named {@code name}. */
  static Request named(String name) {
    return all().stream().filter(r -> r.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no corpus request " + name + " in " + SharedData.corpusDirectory()));
  }

  private static List<Request> load(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> sorted = files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
      if (sorted.isEmpty()) {
        throw new IllegalStateException("no corpus requests in " + directory);
      }
      return sorted.stream().map(Corpus::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("corpus not readable at " + directory
          + " (set -Dshared.dir)", e);
    }
  }

  private static Request read(Path file) {
    try {
      return new Request(file.getFileName().toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
