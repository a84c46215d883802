package tech.integratn.vcluster.adapters.fs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicLong;

/** File helpers shared by the sinks: atomic writes and recursive deletes. */
final class Files2 {

  private Files2() {}

  /** Attempts at a fresh temporary name before giving up (another writer picked the same one). */
  private static final int NAME_ATTEMPTS = 16;

  /** Distinguishes the names this process picks within one clock tick. */
  private static final AtomicLong COUNTER = new AtomicLong();

  /**
   * Writes {@code text} next to {@code target}, then renames it into place. The temporary file is
   * created with a fresh name ({@link #fresh}) that must not exist yet: unlike
   * {@code Files.createTempFile} it needs no {@code SecureRandom}, and unlike a process-id name
   * no {@code ProcessHandle} (whose class initialisation starts a thread pool): measured at ~60-90 ms
   * and ~3 ms of a cold run (bench/README.md, "Where the time goes" and round 2's result).
   */
  static void writeAtomically(Path target, String text) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = createFresh(parent, "." + target.getFileName(), ".tmp", false);
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      move(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Creates an empty file (or, with {@code directory}, a directory) named {@code <prefix>-<fresh
   * part><suffix>} in {@code dir}; a name that exists already is never reused, a new one is tried.
   */
  static Path createFresh(Path dir, String prefix, String suffix, boolean directory) throws IOException {
    for (int attempt = 1; ; attempt++) {
      Path path = fresh(dir, prefix, suffix);
      try {
        return directory ? Files.createDirectory(path) : Files.createFile(path);
      } catch (FileAlreadyExistsException e) {
        if (attempt == NAME_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /**
   * {@code <dir>/<prefix>-<fresh part><suffix>}: the fresh part is the monotonic clock and a
   * counter, so this process never picks the same name twice; another process might, which
   * {@link #createFresh} detects.
   */
  static Path fresh(Path dir, String prefix, String suffix) {
    return dir.resolve(prefix + "-" + Long.toHexString(System.nanoTime()) + "-" + COUNTER.incrementAndGet() + suffix);
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
