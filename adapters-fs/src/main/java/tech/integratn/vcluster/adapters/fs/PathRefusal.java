package tech.integratn.vcluster.adapters.fs;

import java.nio.file.Path;

/**
 * Why the CLI refuses a directory it was asked to write (spec 7.2): it replaces only directories it
 * owns. {@link PathRefusals#describe} is the one place that turns a refusal into text.
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
