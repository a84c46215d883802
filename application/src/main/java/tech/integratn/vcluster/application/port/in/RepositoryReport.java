package tech.integratn.vcluster.application.port.in;

import io.vavr.collection.Seq;
import tech.integratn.vcluster.domain.conflicts.Conflict;

/**
 * What {@code validate --input DIR} found: every finding in path order, then the conflicts between
 * requests (sorted as {@code Conflicts.find} sorts them).
 *
 * @param findings each request checked, each note, each unreadable file, in path order
 * @param conflicts the conflicts between the valid requests
 */
public record RepositoryReport(Seq<Finding> findings, Seq<Conflict> conflicts) {

  /** One thing found in the repository. */
  public sealed interface Finding permits Checked, Note {}

  /**
   * A request (or an unreadable file) checked on its own.
   *
   * @param where the file, and the document when the file holds several ({@code a.yaml (document 2)})
   * @param failure why it is invalid; none when it is valid
   */
  public record Checked(String where, io.vavr.control.Option<RunFailure> failure) implements Finding {}

  /** A document or file skipped, worded for a person. */
  public record Note(String text) implements Finding {}

  /** The number of requests checked (unreadable files included). */
  public int checked() {
    int n = 0;
    for (Finding f : findings) {
      n += f instanceof Checked ? 1 : 0;
    }
    return n;
  }

  /** The number of invalid requests (unreadable files included). */
  public int invalid() {
    int n = 0;
    for (Finding f : findings) {
      n += f instanceof Checked c && c.failure().isDefined() ? 1 : 0;
    }
    return n;
  }

  /** The number of notes. */
  public int skipped() {
    return findings.size() - checked();
  }

  /** Whether every request is valid and none conflicts with another. */
  public boolean clean() {
    return invalid() == 0 && conflicts.isEmpty();
  }
}
