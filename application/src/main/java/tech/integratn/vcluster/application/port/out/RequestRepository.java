package tech.integratn.vcluster.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import tech.integratn.vcluster.domain.conflicts.RequestFile;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The requests of a repository (a directory of request files, spec 12.1): every document that
 * names one of the four request kinds, a note for everything else found, and each file that cannot
 * be read.
 */
public interface RequestRepository {

  /** What was found, in path order; or why the repository cannot be read at all (naming it). */
  Either<String, Seq<Entry>> requests();

  /** A short name of the repository for messages (its path). */
  String describe();

  /** One thing found. */
  sealed interface Entry permits Request, Note, Unreadable {}

  /** A document of one of the four request kinds, where it was read. */
  record Request(RequestFile file, Node document) implements Entry {}

  /** A document or file that is not a request, or a link not followed: worded for a person. */
  record Note(String text) implements Entry {}

  /** A file that cannot be read or is not YAML: an invalid request. */
  record Unreadable(String path, RequestProblem problem) implements Entry {}
}
