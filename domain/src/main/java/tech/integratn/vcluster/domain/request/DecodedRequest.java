package tech.integratn.vcluster.domain.request;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * The outcome of reading a request document: the typed request or every problem found, and the
 * warnings either way.
 */
public record DecodedRequest(
    Validation<Seq<RequestProblem>, VClusterOrchestratorV2> request, Seq<RequestWarning> warnings) {}
