package tech.integratn.vcluster.domain.contract;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * What a delete run of any promise reports: the objects configure renders for the request now (for
 * the log), what it cannot list, and the {@code Deleting} status. Never a refusal: a delete is not
 * blocked by validation (section 7).
 *
 * @param name the request's name
 * @param files the files configure renders for the request as it is now
 * @param status the {@code Deleting} status
 * @param fromName whether the request no longer validates and the files were derived from its name
 *     alone (the orchestrator; a sub-promise lists nothing then)
 * @param targetNamespace the host namespace the request ran in, when the promise has one and the
 *     document names it (the orchestrator's {@code spec.targetNamespace}, else its own namespace)
 * @param notListed the problems that keep objects from being listed, each logged as
 *     {@code not listed: <problem>} ({@link Problems#render})
 */
public record Deletion(
    String name, Seq<OutputFile> files, RequestStatus status, boolean fromName, Option<String> targetNamespace,
    Seq<RequestProblem> notListed) {

  /** The delete of a request that still validates: everything configure renders is listed. */
  public static Deletion listed(String name, Seq<OutputFile> files, RequestStatus status) {
    return new Deletion(name, files, status, false, Option.none(), Vector.empty());
  }

  /** The delete of a request that no longer validates: nothing listed, every problem said. */
  public static Deletion unlisted(String name, Seq<RequestProblem> problems, RequestStatus status) {
    return new Deletion(name, Vector.empty(), status, false, Option.none(), problems);
  }
}
