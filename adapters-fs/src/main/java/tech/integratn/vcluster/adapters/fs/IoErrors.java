package tech.integratn.vcluster.adapters.fs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import org.jspecify.annotations.Nullable;

/**
 * The one place that turns a failed file operation into words for a person: the file involved
 * and a reason such as "no such file or directory" or "permission denied", never a Java exception
 * name (the messages of {@code NoSuchFileException} and its kin are only the path).
 */
public final class IoErrors {

  private IoErrors() {}

  /**
   * {@code <file>: <reason>} when the failure names a file, else the reason alone; for a failure
   * that is not an I/O one, its own message (or "unexpected failure").
   */
  public static String describe(Exception e) {
    if (e instanceof UncheckedIOException u) {
      return describe(u.getCause());
    }
    if (e instanceof InvalidPathException p) {
      return "invalid path '" + p.getInput() + "': " + plain(p.getReason(), "not a valid path");
    }
    if (!(e instanceof IOException io)) {
      return plain(e.getMessage(), "unexpected failure");
    }
    String reason = reason(io);
    if (io instanceof FileSystemException f && f.getFile() != null) {
      String files = f.getOtherFile() == null ? f.getFile() : f.getFile() + " -> " + f.getOtherFile();
      return files + ": " + reason;
    }
    return reason;
  }

  /** Why the operation failed, without the file. */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "directory not empty";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof NotLinkException) {
      return "not a symbolic link";
    }
    if (e instanceof AtomicMoveNotSupportedException) {
      return "cannot be moved atomically (another file system)";
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic links form a loop";
    }
    if (e instanceof CharacterCodingException) {
      return "not valid UTF-8 text";
    }
    if (e instanceof FileSystemException f) {
      return plain(f.getReason(), "input/output error");
    }
    return plain(e.getMessage(), "input/output error");
  }

  /** An operating system's message ("Read-only file system") in lower case, or {@code otherwise}. */
  private static String plain(@Nullable String message, String otherwise) {
    if (message == null || message.isBlank() || message.contains("java.") || message.contains("Exception")) {
      return otherwise;
    }
    int end = message.indexOf('\n');
    return lowerFirst(end < 0 ? message : message.substring(0, end));
  }

  private static String lowerFirst(String text) {
    if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
      return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
    return text;
  }
}
