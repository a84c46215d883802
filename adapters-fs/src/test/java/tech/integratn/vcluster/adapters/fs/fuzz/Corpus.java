package tech.integratn.vcluster.adapters.fs.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared corpus of real requests, found through the {@code shared.dir} system property. */
final class Corpus {

  /** One corpus file: its name and bytes. */
  record Request(String name, byte[] bytes) {
    String text() {
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static final Path DIRECTORY =
      Path.of(System.getProperty("shared.dir", "../../shared")).resolve("corpus/requests");

  private static final List<Request> ALL = load();

  private Corpus() {}

  static Path directory() {
    return DIRECTORY;
  }

  /** Every corpus request, the broken ones included, sorted by name. */
  static List<Request> all() {
    return ALL;
  }

  /** Every well-formed corpus request, sorted by name. */
  static List<Request> valid() {
    return ALL.stream().filter(r -> !r.name().startsWith("invalid-")).toList();
  }

  /** The corpus request named {@code name}. */
  static Request named(String name) {
    return ALL.stream().filter(r -> r.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no corpus request " + name + " in " + DIRECTORY.toAbsolutePath()));
  }

  private static List<Request> load() {
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      List<Path> sorted = files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
      if (sorted.isEmpty()) {
        throw new IllegalStateException("no corpus requests in " + DIRECTORY.toAbsolutePath());
      }
      return sorted.stream().map(Corpus::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("corpus not found at " + DIRECTORY.toAbsolutePath()
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
