package tech.integratn.vcluster.adapters.fs;

import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The {@code promises} command's output directory (spec 11.1): the four promise files are written
 * to a staging directory beside it first, then moved in one by one, each replacing its previous
 * version atomically; nothing else in the directory is touched. The caller has checked the
 * directory with {@link OwnedDirectories#check} (kind {@link OwnedDirectories.Kind#PROMISES}).
 */
public final class PromiseSetDirectory {

  private final Path directory;

  public PromiseSetDirectory(Path directory) {
    this.directory = directory.toAbsolutePath().normalize();
  }

  /** Writes {@code files} (name, text); the names written, or why nothing (or not all) was written. */
  public Either<String, Seq<String>> write(Seq<Tuple2<String, String>> files) {
    Path parent = directory.getParent();
    try {
      Files.createDirectories(parent);
      Path staging = Files2.createFresh(parent, "." + directory.getFileName() + ".staging", "", true);
      try {
        for (Tuple2<String, String> file : files) {
          Files.writeString(staging.resolve(file._1), file._2);
        }
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
          Files2.move(staging, directory);
          return Either.right(files.map(Tuple2::_1));
        }
        for (Tuple2<String, String> file : files) {
          Files2.move(staging.resolve(file._1), directory.resolve(file._1));
        }
      } finally {
        if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
          Files2.deleteTree(staging);
        }
      }
      return Either.right(files.map(Tuple2::_1));
    } catch (IOException | RuntimeException e) {
      return Either.left(directory + ": " + IoErrors.describe(e));
    }
  }
}
