package tech.integratn.vcluster.adapters.fs;

import io.vavr.Tuple2;
import io.vavr.Tuple;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeWriter;
import tech.integratn.vcluster.application.port.out.ManifestSink;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.resource.KubernetesObject;

/**
 * Publishes manifests into a directory, all or nothing. Every file is serialised in memory first;
 * then, in {@link Mode#REPLACE} (the CLI), the files are written to a sibling staging directory
 * that replaces the output directory only when complete; in {@link Mode#IN_PLACE} (a Kratix
 * output mount, which cannot be renamed) each file is written beside its target and renamed in.
 * It refuses to write a {@code Secret} and any path outside the directory.
 */
public final class DirectoryManifestSink implements ManifestSink {

  /** How the output directory is updated. */
  public enum Mode {
    /** Swap in a fully written staging directory; the old content disappears. */
    REPLACE,
    /** Write each file atomically into an existing directory (a mount point). */
    IN_PLACE
  }

  private final Path directory;
  private final Mode mode;
  private final YamlTreeWriter writer = new YamlTreeWriter();

  public DirectoryManifestSink(Path directory, Mode mode) {
    this.directory = directory.toAbsolutePath().normalize();
    this.mode = mode;
  }

  @Override
  public Either<String, Seq<String>> publish(Seq<OutputFile> files) {
    Either<String, Seq<Tuple2<Path, String>>> rendered = serialise(files);
    if (rendered.isLeft()) {
      return Either.left(rendered.getLeft());
    }
    try {
      if (mode == Mode.REPLACE) {
        replace(rendered.get());
      } else {
        for (Tuple2<Path, String> file : rendered.get()) {
          Files2.writeAtomically(directory.resolve(file._1), file._2);
        }
      }
      return Either.right(paths(files));
    } catch (IOException | RuntimeException e) {
      return Either.left(directory + ": " + IoErrors.describe(e));
    }
  }

  private Either<String, Seq<Tuple2<Path, String>>> serialise(Seq<OutputFile> files) {
    for (OutputFile file : files) {
      Path target = directory.resolve(file.path()).normalize();
      if (!target.startsWith(directory) || target.equals(directory)) {
        return Either.left("refusing to write " + file.path() + " outside " + directory);
      }
      for (KubernetesObject o : file.objects()) {
        if (o.kind().equals("Secret")) {
          return Either.left("refusing to write a Secret (" + o.metadata().name() + ") into " + file.path());
        }
      }
    }
    return Either.right(files.map(file ->
        Tuple.of(Path.of(file.path()), writer.write(file.objects().map(KubernetesObject::toNode)))));
  }

  /** The files' paths, in order. */
  private static Seq<String> paths(Seq<OutputFile> files) {
    return files.map(OutputFile::path);
  }

  private void replace(Seq<Tuple2<Path, String>> files) throws IOException {
    Path staging = writeStaging(files);
    try {
      swapIn(staging, false);
    } finally {
      Files2.deleteTree(staging);
    }
  }

  /**
   * Serialises {@code files} into a fresh staging directory beside the output directory, which
   * stays as it was until {@link #swapIn}; the staging directory, or why it could not be written.
   */
  Either<String, Path> stage(Seq<OutputFile> files) {
    Either<String, Seq<Tuple2<Path, String>>> rendered = serialise(files);
    if (rendered.isLeft()) {
      return Either.left(rendered.getLeft());
    }
    try {
      return Either.right(writeStaging(rendered.get()));
    } catch (IOException | RuntimeException e) {
      return Either.left(directory + ": " + IoErrors.describe(e));
    }
  }

  private Path writeStaging(Seq<Tuple2<Path, String>> files) throws IOException {
    Path parent = directory.getParent();
    Files.createDirectories(parent);
    Path staging = Files2.createFresh(parent, "." + directory.getFileName() + ".staging", "", true);
    try {
      for (Tuple2<Path, String> file : files) {
        Path target = staging.resolve(file._1);
        Files.createDirectories(target.getParent());
        Files.writeString(target, file._2);
      }
      return staging;
    } catch (IOException | RuntimeException e) {
      Files2.deleteTree(staging);
      throw e;
    }
  }

  /**
   * Replaces the output directory with {@code staging}. Guarded (the CLI, spec 10.5), the previous
   * directory is checked again once it is moved aside: if anything a render does not write appeared
   * in it since the run's safety check, it is put back and {@link SwapRefused} names the entry; and
   * it is then removed file by file, only what a render writes, so nothing that appears at the last
   * moment is deleted either. Unguarded ({@link Mode#REPLACE}'s own {@link #publish}), the previous
   * directory is deleted whole.
   */
  void swapIn(Path staging, boolean guarded) throws IOException {
    Path parent = directory.getParent();
    boolean existed = Files.exists(directory, LinkOption.NOFOLLOW_LINKS);
    Path previous = Files2.fresh(parent, "." + directory.getFileName() + ".previous", "");
    if (existed) {
      Files2.move(directory, previous);
      if (guarded) {
        Optional<PathRefusal> foreign = OwnedDirectories.recheck(directory, previous, OwnedDirectories.Kind.OUTPUT);
        if (foreign.isPresent()) {
          putBack(previous);
          throw new SwapRefused(foreign.get());
        }
      }
    }
    try {
      Files2.move(staging, directory);
    } catch (IOException | RuntimeException e) {
      if (existed) {
        putBack(previous); // the output stays as it was
      }
      throw e;
    }
    if (!existed) {
      return;
    }
    if (!guarded) {
      Files2.deleteTree(previous);
      return;
    }
    String kept = OwnedDirectories.removeOwned(previous);
    if (kept != null) {
      throw new SwapRefused(new PathRefusal.KeptAside(directory, kept, previous));
    }
  }

  /** Moves the previous content back to the output directory; if it cannot, says where it is kept. */
  private void putBack(Path previous) throws IOException {
    try {
      Files2.move(previous, directory);
    } catch (IOException | RuntimeException e) {
      throw new IOException("the previous content could not be put back (" + IoErrors.describe(e)
          + "); it is kept in " + previous, e);
    }
  }

  /** A swap refused because the output directory is no longer the CLI's (spec 10.5); nothing was lost. */
  static final class SwapRefused extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient PathRefusal refusal;

    SwapRefused(PathRefusal refusal) {
      super(PathRefusals.describe(refusal));
      this.refusal = refusal;
    }

    PathRefusal refusal() {
      return refusal;
    }
  }

  /** The paths of {@code files}, in order (for a staged publication). */
  static Seq<String> pathsOf(Seq<OutputFile> files) {
    return paths(files);
  }

  Path directory() {
    return directory;
  }
}
