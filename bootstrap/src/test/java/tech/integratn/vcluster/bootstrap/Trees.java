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

  /** A run with {@code stdin} on standard input. */
  static Run cliWithInput(Map<String, String> env, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Cli.run(args, env, new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run cli(String... args) {
    return cli(Map.of(), args);
  }

  /** A run as if started in {@code workingDirectory} by a user whose home is {@code home}. */
  static Run cliIn(Path workingDirectory, Path home, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Cli.run(args, Map.of("HOME", home.toString()), workingDirectory, java.util.List.of(home),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * What is at {@code root} down to {@code depth} levels, without following links or opening anything
   * but regular files: each entry's relative path, type, modification time, and the SHA-256 of a
   * regular file's bytes or a link's target. Equal before and after a run: nothing was touched.
   */
  static String fingerprint(Path root, int depth) {
    StringBuilder text = new StringBuilder();
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return "absent";
    }
    try (Stream<Path> walk = Files.walk(root, depth)) {
      for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
        java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(p,
            java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        text.append(root.relativize(p)).append(' ')
            .append(a.isDirectory() ? "d" : a.isRegularFile() ? "f" : a.isSymbolicLink() ? "l" : "o").append(' ');
        if (a.isDirectory() || a.isRegularFile()) {
          text.append(a.lastModifiedTime().toMillis()).append(' ');
        }
        if (a.isRegularFile()) {
          text.append(java.util.HexFormat.of().formatHex(
              java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
        } else if (a.isSymbolicLink()) {
          text.append(Files.readSymbolicLink(p));
        }
        text.append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return text.toString();
  }
}
