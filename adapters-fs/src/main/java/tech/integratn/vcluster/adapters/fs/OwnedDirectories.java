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
import tech.integratn.vcluster.domain.promise.PromiseKind;
import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.domain.orchestrator.RenderedPaths;

/**
 * Decides whether the CLI may replace a directory (spec 7.2, 10.5): only one that does not exist,
 * is empty, or holds nothing but what a previous run wrote, and that is not the root, the home, the
 * working directory or one of its parents, and overlaps no other path of the run. A previous render
 * is recognised file by file: under {@code resources/} only the file names one of the four
 * promises writes ({@link RenderedPaths#ROWS}, the one table of rendered paths). It only looks: it
 * reads file attributes without following links and lists directories, and never opens a file.
 */
public final class OwnedDirectories {

  private OwnedDirectories() {}

  /** What the directory is for, and so what a previous run leaves in it. */
  public enum Kind {
    /** {@code render --output}: a {@code resources/} directory of the files the four promises write. */
    OUTPUT("an output directory may hold only resources/ with the files the four promises write: "
        + String.join(", ", ownedResourceNames())),
    /** {@code render --metadata}: the Kratix metadata files. */
    METADATA("a metadata directory may hold only status.yaml, workflow-control.yaml and destination-selectors.yaml"),
    /** {@code promises --output}: the four promise files (spec 11.1). */
    PROMISES("a promise directory may hold only the four promise files: " + String.join(", ", promiseFileNames()));

    private final String allowed;

    Kind(String allowed) {
      this.allowed = allowed;
    }

    /** What a directory of this kind may hold, in words. */
    public String allowed() {
      return allowed;
    }
  }

  /**
   * The file names a render writes under {@code resources/}, in the order of {@link RenderedPaths#ROWS}:
   * nothing else there is the CLI's.
   */
  static List<String> ownedResourceNames() {
    List<String> names = new ArrayList<>();
    for (RenderedPaths.Row row : RenderedPaths.ROWS) {
      names.add(row.path().substring(RenderedPaths.RESOURCES.length()));
    }
    return names;
  }

  /** The four promise files {@code promises} writes, in the order of {@link PromiseKind}. */
  public static List<String> promiseFileNames() {
    List<String> names = new ArrayList<>();
    for (PromiseKind kind : PromiseKind.values()) {
      names.add(kind.promiseFile());
    }
    return names;
  }

  private static final Set<String> PROMISE_FILES = Set.copyOf(promiseFileNames());

  private static final Set<String> OWNED_RESOURCES = Set.copyOf(ownedResourceNames());

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
      String foreign = foreign(given, kind);
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

  /**
   * Checks again, just before it is removed, the content of a directory that was moved aside from
   * {@code path} (spec 10.5: something may have appeared since {@link #check}); a refusal naming
   * {@code path} and the first foreign entry, or empty if it holds only what a render writes.
   */
  static Optional<PathRefusal> recheck(Path path, Path movedAside, Kind kind) {
    try {
      BasicFileAttributes a = Files.readAttributes(movedAside, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!a.isDirectory()) {
        return Optional.of(new PathRefusal.Replaced(path, a.isSymbolicLink() ? "a symbolic link"
            : a.isRegularFile() ? "a regular file" : "a special file"));
      }
      String foreign = foreign(movedAside, kind);
      return foreign == null ? Optional.empty() : Optional.of(new PathRefusal.Appeared(path, foreign, kind.allowed));
    } catch (IOException e) {
      return Optional.of(new PathRefusal.Uninspectable(path, IoErrors.describe(e)));
    }
  }

  /**
   * Removes a directory that held a previous render, deleting only what a render writes (the owned
   * files of {@code resources/}, then the empty directories): anything else that is there when the
   * removal runs stays, and the directory with it.
   *
   * @return the first entry that was kept, or null when the directory is gone
   */
  static @Nullable String removeOwned(Path directory) throws IOException {
    Path resources = directory.resolve("resources");
    if (Files.isDirectory(resources, LinkOption.NOFOLLOW_LINKS)) {
      for (Path entry : sorted(resources)) {
        BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isRegularFile() && OWNED_RESOURCES.contains(entry.getFileName().toString())) {
          Files.delete(entry);
        }
      }
      List<Path> left = sorted(resources);
      if (!left.isEmpty()) {
        return shown(directory, left.get(0));
      }
      Files.delete(resources);
    }
    List<Path> left = sorted(directory);
    if (!left.isEmpty()) {
      return shown(directory, left.get(0));
    }
    Files.delete(directory);
    return null;
  }

  private static @Nullable String foreign(Path directory, Kind kind) throws IOException {
    switch (kind) {
      case OUTPUT:
        return foreignInOutput(directory);
      case METADATA:
        return foreignIn(directory, METADATA_FILES);
      default:
        return foreignIn(directory, PROMISE_FILES);
    }
  }

  /** The first entry a render did not write ({@code resources/} and the promises' files in it), if any. */
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

  /** The first entry of {@code resources/} that is not a regular file a promise writes: a sub-directory is foreign. */
  private static @Nullable String foreignInResources(Path root, Path directory) throws IOException {
    for (Path entry : sorted(directory)) {
      BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!a.isRegularFile() || !OWNED_RESOURCES.contains(entry.getFileName().toString())) {
        return shown(root, entry);
      }
    }
    return null;
  }

  private static @Nullable String foreignIn(Path directory, Set<String> owned) throws IOException {
    for (Path entry : sorted(directory)) {
      BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!a.isRegularFile() || !owned.contains(entry.getFileName().toString())) {
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
