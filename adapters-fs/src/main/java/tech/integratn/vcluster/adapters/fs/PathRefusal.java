package tech.integratn.vcluster.adapters.fs;

import java.nio.file.Path;

/**
 * Why the CLI refuses a directory it was asked to write (spec 7.2, 10.5): it replaces only
 * directories it owns, and checks them again when it swaps. {@link PathRefusals#describe} is the one place that turns a refusal into text.
 */
public sealed interface PathRefusal {

  /** The path as given (resolved against the working directory). */
  Path path();

  /** The path itself is a symbolic link. */
  record SymbolicLink(Path path) implements PathRefusal {}

  /** The path is a regular file. */
  record RegularFile(Path path) implements PathRefusal {}

  /** The path is a device, a FIFO, a socket or another special file. */
  record SpecialFile(Path path) implements PathRefusal {}

  /** The path is the file system root. */
  record FileSystemRoot(Path path) implements PathRefusal {}

  /** The path is the user's home directory. */
  record Home(Path path) implements PathRefusal {}

  /** The path is the working directory. */
  record WorkingDirectory(Path path) implements PathRefusal {}

  /** The path is a parent of the working directory. */
  record ContainsWorkingDirectory(Path path, Path workingDirectory) implements PathRefusal {}

  /**
   * The path and another path of the run overlap.
   *
   * @param path the refused path
   * @param other what the other path is, e.g. "the input file"
   * @param otherPath the other path
   * @param relation how they overlap
   */
  record Overlap(Path path, String other, Path otherPath, Relation relation) implements PathRefusal {}

  /**
   * The directory holds something a previous run did not write.
   *
   * @param path the refused directory
   * @param entry the first such entry, relative to the directory
   * @param allowed what the directory may hold
   */
  record ForeignContent(Path path, String entry, String allowed) implements PathRefusal {}

  /**
   * Something a render does not write appeared in the directory while the run rendered (spec 10.5):
   * the directory, moved aside for the swap, was checked again, then put back unchanged.
   *
   * @param path the output directory
   * @param entry the first foreign entry, relative to the directory
   * @param allowed what the directory may hold
   */
  record Appeared(Path path, String entry, String allowed) implements PathRefusal {}

  /**
   * The directory itself was replaced while the run rendered (spec 10.5); it was put back as it was.
   *
   * @param path the output directory
   * @param by what is there now ("a symbolic link")
   */
  record Replaced(Path path, String by) implements PathRefusal {}

  /**
   * The previous content was moved aside and the new render swapped in, but while the previous
   * content was being removed something foreign appeared in it: only what a render writes was
   * removed, and the rest is kept where it was moved.
   *
   * @param path the output directory
   * @param entry the first entry kept, relative to the kept directory
   * @param keptAt where the rest of the previous content is
   */
  record KeptAside(Path path, String entry, Path keptAt) implements PathRefusal {}

  /** The path cannot be inspected (permission denied, an I/O error). */
  record Uninspectable(Path path, String reason) implements PathRefusal {}

  /** How two paths overlap. */
  enum Relation {
    /** Both are the same path. */
    SAME,
    /** The refused path contains the other. */
    CONTAINS,
    /** The refused path is inside the other. */
    INSIDE
  }
}
