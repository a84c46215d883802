package tech.integratn.vcluster.adapters.fs;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeReader;
import tech.integratn.vcluster.application.port.out.PreviousOutputSource;
import tech.integratn.vcluster.application.port.out.PreviousOutputSource.Previous;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.diff.Manifest;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The previous output {@code diff --against DIR} compares with (spec 12.2): every YAML document
 * below the {@code resources/} directory of each output root DIR holds. An output root is a
 * directory with a {@code resources/} directory in it; DIR is accepted in three shapes:
 *
 * <ol>
 *   <li>DIR is a root: an earlier {@code render --output DIR} ({@code DIR/resources/*.yaml}), or,
 *       in a Kratix state store, the directory of one pipeline run of the request;
 *   <li>DIR holds roots one level down, {@code DIR/<id>/resources/}: in a state store, the
 *       directory of one pipeline of the request;
 *   <li>DIR holds roots two levels down, {@code DIR/<pipeline>/<id>/resources/}: in a state store,
 *       the request's own directory.
 * </ol>
 *
 * <p>Kratix (since it nests by pipeline; {@code internal/controller/workplacement_controller.go},
 * {@code getDir}) writes a resource request's output under
 * {@code <destination path>/resources/<request namespace>/<promise name>/<request name>/<pipeline name>/<short id>/}
 * followed by each file's path below the pipeline's {@code /kratix/output} (here
 * {@code resources/<file>.yaml}), so a checkout of the request's directory is shape 3, e.g.
 * {@code platform-requests/vcluster-orchestrator-v2/media/vco-v2-configure/5058f/resources/namespace.yaml}.
 * Earlier Kratix releases wrote {@code resources/<namespace>/<promise>/<name>/} followed by the
 * output directly, which is shape 1. The files Kratix adds of its own are outside a request's
 * directory ({@code .kratix/} state files, the {@code kratix-canary-*} files at the destination's
 * root) or not YAML (a dry run's {@code kratix-diff.md}).
 *
 * <p>DIR may also be a root's {@code resources/} itself ({@code render --output DIR}'s
 * {@code DIR/resources}, or a pipeline run's {@code resources/} in a state store: what a user
 * tab-completes to), read as its root, as {@code validate --rendered} does; a destination's own
 * {@code resources/} (directories only) is refused with the pointer to the request's directory
 * below it.
 *
 * <p>Read: regular files named {@code *.yaml} or {@code *.yml} at any depth below each root's
 * {@code resources/}, every document of each, in path order (a file of more than
 * {@link RequestTree#MAX_FILE_BYTES} is refused). Left out: {@code status.yaml}
 * (spec 12.2: not compared), anything else in a root, hidden entries ({@code .git}), and symbolic
 * links, never followed: each one met below a root's {@code resources/} or where a root could be is
 * a note naming it, worded as {@code validate --input DIR}'s ({@link RequestTree#text}), so that the
 * objects of a linked file do not look added unexplained. A root's {@code resources/} holds at least one YAML file of its own: a
 * {@code resources/} of directories only is a state store's destination directory, refused with a
 * pointer to the request's directory below it. When several roots are found (a stale pipeline directory, several
 * workload groups), all of them are read and an object written twice is the diff's problem, naming
 * both files. A path that is not a directory, or a directory of none of the three shapes, is
 * refused, naming the path.
 */
public final class PreviousOutput {

  private static final String RESOURCES = "resources";

  private final YamlTreeReader reader = new YamlTreeReader();

  /** Why DIR cannot be read as a previous output; worded in {@link #text}. */
  public sealed interface Refusal permits NotADirectory, NoOutput, DestinationRoot, DestinationResources, Unreadable {}

  /** The path is not a directory (or does not exist). */
  public record NotADirectory(String path) implements Refusal {}

  /** The directory is of none of the accepted shapes. */
  public record NoOutput(String path) implements Refusal {}

  /**
   * The directory holds a {@code resources/} of directories only: a state store's destination
   * directory (every request's output below it), not one request's.
   */
  public record DestinationRoot(String path) implements Refusal {}

  /**
   * The directory is a state store destination's {@code resources/} (directories only, no output
   * root below it): every request's output, not one request's.
   */
  public record DestinationResources(String path) implements Refusal {}

  /** A file or directory of the output cannot be read, or is not YAML. */
  public record Unreadable(RequestProblem problem) implements Refusal {}

  /** Every document of the previous output in {@code dir}, or why there is none. */
  public Either<Refusal, Seq<Manifest>> read(Path dir) {
    Either<Refusal, Previous> output = load(dir);
    return output.isLeft() ? Either.left(output.getLeft()) : Either.right(output.get().manifests());
  }

  /** Every document of the previous output in {@code dir} with the notes of what was left out, or why there is none. */
  public Either<Refusal, Previous> load(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Either.left(new NotADirectory(dir.toString()));
    }
    List<Path> roots = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    try {
      if (isRoot(dir)) {
        roots.add(dir);
      } else {
        for (Path child : children(dir)) {
          if (noteLink(dir, child, notes) || !isDirectory(child)) {
            continue;
          }
          if (isRoot(child)) {
            roots.add(child);
            continue;
          }
          for (Path grandchild : children(child)) {
            if (!noteLink(dir, grandchild, notes) && isDirectory(grandchild) && isRoot(grandchild)) {
              roots.add(grandchild);
            } else if (isDirectory(grandchild)) {
              noteLink(dir, grandchild.resolve(RESOURCES), notes);
            }
          }
        }
      }
      if (roots.isEmpty() && isResources(dir)) {
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null && isRoot(parent)) {
          roots.add(parent);
          notes.clear();
        } else if (holdsDirectory(dir)) {
          return Either.left(new DestinationResources(dir.toString()));
        }
      }
      if (roots.isEmpty() && isDirectory(dir.resolve(RESOURCES))) {
        return Either.left(new DestinationRoot(dir.toString()));
      }
    } catch (IOException e) {
      return Either.left(new Unreadable(new RequestProblem.Unreadable(dir.toString(), "cannot read: " + IoErrors.describe(e))));
    }
    if (roots.isEmpty()) {
      return Either.left(new NoOutput(dir.toString()));
    }
    List<Manifest> manifests = new ArrayList<>();
    for (Path root : roots) {
      List<Path> files = new ArrayList<>();
      try {
        collect(dir, root.resolve(RESOURCES), files, notes);
      } catch (IOException e) {
        return Either.left(new Unreadable(new RequestProblem.Unreadable(root.resolve(RESOURCES).toString(),
            "cannot read: " + IoErrors.describe(e))));
      }
      for (Path file : files) {
        String name = relative(dir, file);
        String text;
        try {
          long size = Files.size(file);
          if (size > RequestTree.MAX_FILE_BYTES) {
            return Either.left(new Unreadable(RequestTree.tooLarge(name, size)));
          }
          text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
          return Either.left(new Unreadable(new RequestProblem.Unreadable(name, "cannot read: " + IoErrors.describe(e))));
        }
        Either<RequestProblem, Seq<Node>> documents = RenderedDirectory.split(reader, name, text);
        if (documents.isLeft()) {
          return Either.left(new Unreadable(documents.getLeft()));
        }
        int n = 0;
        for (Node document : documents.get()) {
          manifests.add(new Manifest(name, ++n, document));
        }
      }
    }
    return Either.right(new Previous(Vector.ofAll(manifests), Vector.ofAll(notes)));
  }

  /** The previous output in {@code dir} behind the application's out-port of {@code diff}; a refusal worded by {@link #text}. */
  public PreviousOutputSource source(Path dir) {
    PreviousOutput output = this;
    return new PreviousOutputSource() {
      @Override
      public Either<String, Previous> read() {
        Either<Refusal, Previous> read = output.load(dir);
        return read.isLeft() ? Either.left(text(read.getLeft())) : Either.right(read.get());
      }
    };
  }

  /** The one wording of a refusal. */
  public static String text(Refusal refusal) {
    if (refusal instanceof NotADirectory n) {
      return n.path() + ": not a directory; --against takes an earlier render --output directory or a Kratix "
          + "state-store directory of the request";
    }
    if (refusal instanceof NoOutput n) {
      return n.path() + ": neither an earlier render --output (no resources/ directory in it) nor a Kratix state-store "
          + "directory of the request (no <pipeline>/<id>/resources/ or <id>/resources/ below it)";
    }
    if (refusal instanceof DestinationRoot d) {
      return d.path() + ": holds the output of every request of a Kratix destination; give the request's own directory, "
          + d.path() + "/resources/<request namespace>/<promise name>/<request name>";
    }
    if (refusal instanceof DestinationResources d) {
      return d.path() + ": holds the output of every request of a Kratix destination; give the request's own directory, "
          + d.path() + "/<request namespace>/<promise name>/<request name>";
    }
    return Problems.render(((Unreadable) refusal).problem());
  }

  /** Whether {@code dir} is named {@code resources} and holds no output root below it (checked by the caller). */
  private static boolean isResources(Path dir) {
    Path name = dir.toAbsolutePath().normalize().getFileName();
    return name != null && name.toString().equals(RESOURCES);
  }

  private static boolean holdsDirectory(Path dir) throws IOException {
    for (Path entry : children(dir)) {
      if (isDirectory(entry)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code path} is a symbolic link, noted (never followed) when it is. */
  private static boolean noteLink(Path dir, Path path, List<String> notes) {
    if (!Files.isSymbolicLink(path)) {
      return false;
    }
    notes.add(RequestTree.text(new RequestTree.Skipped(relative(dir, path), 0, "symbolic link, not followed")));
    return true;
  }

  /** A directory whose {@code resources/} holds at least one YAML file of its own (not only directories). */
  private static boolean isRoot(Path dir) throws IOException {
    Path resources = dir.resolve(RESOURCES);
    if (!isDirectory(resources)) {
      return false;
    }
    for (Path entry : children(resources)) {
      String name = entry.getFileName().toString();
      if ((name.endsWith(".yaml") || name.endsWith(".yml")) && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDirectory(Path path) {
    return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
  }

  /** The entries of {@code dir} that are not hidden, sorted by name. */
  private static List<Path> children(Path dir) throws IOException {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        if (!entry.getFileName().toString().startsWith(".")) {
          children.add(entry);
        }
      }
    }
    Collections.sort(children);
    return children;
  }

  /** Every YAML file below {@code dir} (no hidden entries, no status.yaml), sorted; each link noted, not followed. */
  private static void collect(Path top, Path dir, List<Path> files, List<String> notes) throws IOException {
    for (Path entry : children(dir)) {
      String name = entry.getFileName().toString();
      if (noteLink(top, entry, notes)) {
        continue;
      }
      if (isDirectory(entry)) {
        collect(top, entry, files, notes);
      } else if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) && (name.endsWith(".yaml") || name.endsWith(".yml"))
          && !name.equals("status.yaml")) {
        files.add(entry);
      }
    }
  }

  private static String relative(Path dir, Path file) {
    return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }
}
