package tech.integratn.vcluster.domain.contract;

import io.vavr.collection.Seq;

/**
 * What a sub-promise's delete run reports: the objects configure renders for the request now (for
 * the log), what it cannot list, and the {@code Deleting} status. Never a refusal: a delete is not
 * blocked by validation (section 7).
 *
 * @param files the files configure renders for the request as it is now (empty when it no longer validates)
 * @param notListed the problems that keep objects from being listed, each logged as {@code not listed: <problem>}
 * @param status the {@code Deleting} status
 */
public record SubRequestDeletion(Seq<OutputFile> files, Seq<String> notListed, RequestStatus status) {
  /** The delete of a request that no longer validates: nothing listed, each problem said as text. */
  public static SubRequestDeletion unlisted(Seq<RequestProblem> problems, RequestStatus status) {
    java.util.List<String> notListed = new java.util.ArrayList<>();
    for (RequestProblem p : problems) {
      notListed.add(Problems.render(p));
    }
    return new SubRequestDeletion(io.vavr.collection.Vector.empty(), io.vavr.collection.Vector.ofAll(notListed), status);
  }
}
