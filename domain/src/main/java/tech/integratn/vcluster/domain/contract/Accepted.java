package tech.integratn.vcluster.domain.contract;

import io.vavr.collection.Seq;

/**
 * A request its promise's rules accept: the typed value and the warnings seen on the way. Its
 * other side is a {@link Rejection}: a decode is {@code Either<Rejection, Accepted<R>>}.
 *
 * @param request the typed request (for the orchestrator, its plan: the cross-field rules ran too)
 * @param warnings unknown fields and other warnings
 */
public record Accepted<R>(R request, Seq<RequestWarning> warnings) {}
