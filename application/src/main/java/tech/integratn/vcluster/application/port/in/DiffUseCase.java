package tech.integratn.vcluster.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import tech.integratn.vcluster.domain.diff.DiffProblem;
import tech.integratn.vcluster.domain.diff.ObjectDiff;
import tech.integratn.vcluster.domain.profile.PlatformProfile;

/**
 * Compare what a request renders now with a previous output (the CLI's {@code diff}, spec 12.2):
 * rendered in memory, nothing written.
 */
public interface DiffUseCase {

  /** Every difference from the previous output to the new render (empty: the same), or why there is no diff. */
  Either<Failure, Compared> diff(PlatformProfile profile);

  /** The differences, in order, and the notes of reading the previous output (a symbolic link not followed...). */
  record Compared(Seq<ObjectDiff> diffs, Seq<String> notes) {}

  /** Why there is no diff. */
  sealed interface Failure permits RunFailed, Refused, Incomparable {}

  /** The request cannot be rendered (invalid, unreadable, a chart schema unusable). */
  record RunFailed(RunFailure failure) implements Failure {}

  /** The previous output cannot be read, worded for a person (naming the path). */
  record Refused(String reason) implements Failure {}

  /** The two outputs cannot be compared (a document that is no object, an object written twice). */
  record Incomparable(Seq<DiffProblem> problems) implements Failure {}
}
