package tech.integratn.vcluster.domain.contract;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;

/**
 * What a configure (or validate) run of any promise renders.
 *
 * @param request the typed request the files were rendered from (for the orchestrator, its plan)
 * @param files the output files, in the order of the promise's table
 * @param status the status after configure
 * @param warnings unknown fields and other warnings of the request
 */
public record Rendering<R>(R request, Seq<OutputFile> files, RequestStatus status, Seq<RequestWarning> warnings) {

  /** A rendering without warnings (the promise's render; {@link Promise#configure} adds the decoder's). */
  public static <R> Rendering<R> of(R request, Seq<OutputFile> files, RequestStatus status) {
    return new Rendering<>(request, files, status, Vector.empty());
  }

  /** This rendering with {@code more} warnings. */
  public Rendering<R> withWarnings(Seq<RequestWarning> more) {
    return new Rendering<>(request, files, status, warnings.appendAll(more));
  }
}
