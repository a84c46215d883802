package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.Accepted;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.RequestWarning;

/**
 * The outcome of reading a request against the field table, before the cross-field rules: the
 * domain's one "value or every problem" ({@code Either<Rejection, Accepted<R>>}), and the partial
 * request the cross-field rules still run on when a field was refused.
 *
 * @param request the typed request with its warnings, or every field problem with the warnings
 * @param partial the typed request with every invalid field left out, when the document had a
 *     {@code spec} map at all: cross-field rules still run on it, so one pass reports everything
 * @param metadata the request's metadata as read (also when there is no {@code spec} map): its
 *     name ({@code ""} when not a text) and namespace ({@code default} when not a text, as written
 *     otherwise, valid or not)
 * @param extraEgress each entry of {@code spec.networkPolicies.extraEgress} in the document's order,
 *     with its typed rule when every field of it passed its row (none otherwise), so that an entry's
 *     index is its position here; empty when the list is absent or not a list
 */
public record DecodedRequest(
    Either<Rejection, Accepted<VClusterOrchestratorV2>> request,
    Option<VClusterOrchestratorV2> partial,
    RequestMetadata metadata,
    Seq<Option<ExtraEgressRule>> extraEgress) {

  /** The warnings, either way (unknown fields and the like). */
  public Seq<RequestWarning> warnings() {
    return request.isLeft() ? request.getLeft().warnings() : request.get().warnings();
  }
}
