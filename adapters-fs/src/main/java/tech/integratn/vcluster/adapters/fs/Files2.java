package tech.integratn.vcluster.adapters.fs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/** File helpers shared by the sinks: atomic writes and recursive deletes. */
final class Files2 {

  private Files2() {}

  /**
   * Writes {@code text} next to {@code target}, then renames it into place. The temporary name is
   * derived from the target and the process id and opened with {@code CREATE_NEW}: unlike
   * {@code Files.createTempFile}, it needs no {@code SecureRandom}, whose initialisation costs a
   * cold JVM tens of milliseconds.
   */
  static void writeAtomically(Path target, String text) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = sibling(parent, "." + target.getFileName(), ".tmp");
    Files.deleteIfExists(tmp);
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      move(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** {@code <dir>/<prefix>-<pid><suffix>}: unique per process, stable, cheap. */
  static Path sibling(Path dir, String prefix, String suffix) {
    return dir.resolve(prefix + "-" + ProcessHandle.current().pid() + suffix);
  }

  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
