package tech.integratn.vcluster.bootstrap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Helpers: directory trees as maps, shared paths, captured CLI runs. */
final class Trees {

  private Trees() {}

  static Path repositoryRoot() {
    return Path.of("..").toAbsolutePath().normalize();
  }

  static Path sharedDir() {
    return Path.of(System.getProperty("shared.dir", "../../shared")).toAbsolutePath().normalize();
  }

  /** Every regular file below {@code root}, relative path to content, sorted. */
  static Map<String, String> read(Path root) {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.put(root.relativize(p).toString(), Files.readString(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** The outcome of one in-process CLI run. */
  record Run(int code, String out, String err) {}

  static Run cli(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Cli.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run cli(String... args) {
    return cli(Map.of(), args);
  }
}
