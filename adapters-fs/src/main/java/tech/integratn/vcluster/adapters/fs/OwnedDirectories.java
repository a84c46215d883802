package tech.integratn.vcluster.adapters.fs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether the CLI may replace a directory (spec 7.2): only one that does not exist, is
 * empty, or holds nothing but what a previous run wrote, and that is not the root, the home, the
 * working directory or one of its parents, and overlaps no other path of the run. It only looks:
 * it reads file attributes without following links and lists directories, and never opens a file.
 */
public final class OwnedDirectories {

  private OwnedDirectories() {}

  /** What the directory is for, and so what a previous run leaves in it. */
  public enum Kind {
    /** {@code render --output}: a {@code resources/} tree of {@code .yaml} files. */
    OUTPUT("an output directory may hold only a resources/ tree of .yaml files"),
    /** {@code render --metadata}: the Kratix metadata files. */
    METADATA("a metadata directory may hold only status.yaml, workflow-control.yaml and destination-selectors.yaml");

    private final String allowed;

    Kind(String allowed) {
      this.allowed = allowed;
    }
  }

  /** The files a metadata directory may hold. */
  static final Set<String> METADATA_FILES = Set.of("status.yaml", "workflow-control.yaml", "destination-selectors.yaml");

  /**
   * Another path of the same run, which the directory must neither be, contain nor be inside.
   *
   * @param name what it is, for messages ("the input file")
   * @param path where it is
   */
  public record Neighbour(String name, Path path) {}

  /**
   * Why {@code path} must not be replaced, or empty if the CLI owns it.
   *
   * @param path the directory as given; a relative path is resolved against {@code workingDirectory}
   * @param kind what the directory is for
   * @param workingDirectory the directory the CLI runs in
   * @param homes the user's home directory (as the environment and the JVM name it)
   * @param neighbours the run's other paths
   */
  public static Optional<PathRefusal> check(
      Path path, Kind kind, Path workingDirectory, Collection<Path> homes, Collection<Neighbour> neighbours) {
    Path given = workingDirectory.toAbsolutePath().resolve(path);
    @Nullable BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(given, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      attributes = null;
    } catch (IOException e) {
      return Optional.of(new PathRefusal.Uninspectable(given, IoErrors.reason(e)));
    }
    if (attributes != null) {
      if (attributes.isSymbolicLink()) {
        return Optional.of(new PathRefusal.SymbolicLink(given));
      }
      if (attributes.isRegularFile()) {
        return Optional.of(new PathRefusal.RegularFile(given));
      }
      if (!attributes.isDirectory()) {
        return Optional.of(new PathRefusal.SpecialFile(given));
      }
    }
    Path real = real(given);
    if (real.getParent() == null) {
      return Optional.of(new PathRefusal.FileSystemRoot(given));
    }
    for (Path home : homes) {
      if (real.equals(real(workingDirectory.toAbsolutePath().resolve(home)))) {
        return Optional.of(new PathRefusal.Home(given));
      }
    }
    Path cwd = real(workingDirectory.toAbsolutePath());
    if (real.equals(cwd)) {
      return Optional.of(new PathRefusal.WorkingDirectory(given));
    }
    if (cwd.startsWith(real)) {
      return Optional.of(new PathRefusal.ContainsWorkingDirectory(given, cwd));
    }
    for (Neighbour n : neighbours) {
      Path other = real(workingDirectory.toAbsolutePath().resolve(n.path()));
      PathRefusal.@Nullable Relation relation = real.equals(other) ? PathRefusal.Relation.SAME
          : other.startsWith(real) ? PathRefusal.Relation.CONTAINS
          : real.startsWith(other) ? PathRefusal.Relation.INSIDE
          : null;
      if (relation != null) {
        return Optional.of(new PathRefusal.Overlap(given, n.name(), other, relation));
      }
    }
    if (attributes == null) {
      return Optional.empty();
    }
    try {
      String foreign = kind == Kind.OUTPUT ? foreignInOutput(given) : foreignInMetadata(given);
      return foreign == null ? Optional.empty() : Optional.of(new PathRefusal.ForeignContent(given, foreign, kind.allowed));
    } catch (IOException e) {
      return Optional.of(new PathRefusal.Uninspectable(given, IoErrors.describe(e)));
    }
  }

  /**
   * The path with every symbolic link of its existing part resolved and {@code .}/{@code ..}
   * removed: two spellings of one place compare equal.
   */
  static Path real(Path absolute) {
    Deque<Path> missing = new ArrayDeque<>();
    Path existing = absolute;
    while (existing != null) {
      try {
        Path result = existing.toRealPath();
        for (Path name : missing) {
          result = result.resolve(name);
        }
        return result.normalize();
      } catch (IOException e) {
        if (existing.getFileName() != null) {
          missing.push(existing.getFileName());
        }
        existing = existing.getParent();
      }
    }
    return absolute.normalize();
  }

  /** The first entry a render did not write ({@code resources/} and {@code .yaml} files below it), if any. */
  private static @Nullable String foreignInOutput(Path directory) throws IOException {
    for (Path entry : sorted(directory)) {
      String name = entry.getFileName().toString();
      if (!name.equals("resources") || !isDirectory(entry)) {
        return shown(directory, entry);
      }
      String inside = foreignInResources(directory, entry);
      if (inside != null) {
        return inside;
      }
    }
    return null;
  }

  private static @Nullable String foreignInResources(Path root, Path directory) throws IOException {
    for (Path entry : sorted(directory)) {
      BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (a.isDirectory()) {
        String inside = foreignInResources(root, entry);
        if (inside != null) {
          return inside;
        }
      } else if (!a.isRegularFile() || !entry.getFileName().toString().endsWith(".yaml")) {
        return shown(root, entry);
      }
    }
    return null;
  }

  private static @Nullable String foreignInMetadata(Path directory) throws IOException {
    for (Path entry : sorted(directory)) {
      BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!a.isRegularFile() || !METADATA_FILES.contains(entry.getFileName().toString())) {
        return shown(directory, entry);
      }
    }
    return null;
  }

  private static boolean isDirectory(Path entry) throws IOException {
    return Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isDirectory();
  }

  private static String shown(Path root, Path entry) throws IOException {
    return root.relativize(entry) + (isDirectory(entry) ? "/" : "");
  }

  private static List<Path> sorted(Path directory) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
      for (Path p : stream) {
        entries.add(p);
      }
    }
    Collections.sort(entries);
    return entries;
  }
}
