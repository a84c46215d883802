package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.contract.RequestWarning;

/**
 * The outcome of reading a request document: the typed request or every problem found, and the
 * warnings either way.
 *
 * @param request the typed request, or every problem of the document
 * @param partial the typed request with every invalid field left out, when the document had a
 *     {@code spec} map at all: cross-field rules still run on it, so one pass reports everything
 * @param warnings unknown fields and the like
 */
public record DecodedRequest(
    Validation<Seq<RequestProblem>, VClusterOrchestratorV2> request,
    Option<VClusterOrchestratorV2> partial,
    Seq<RequestWarning> warnings) {}
