package tech.integratn.vcluster.domain.contract;

import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * A request as a sub-promise's decoder read it: the typed request when every rule holds, every
 * problem otherwise, and the warnings either way.
 *
 * @param request the typed request, none when a problem stands in the way
 * @param problems every problem, empty when the request is defined
 * @param warnings unknown fields and other warnings
 */
public record Decoded<R>(Option<R> request, Seq<RequestProblem> problems, Seq<RequestWarning> warnings) {}
