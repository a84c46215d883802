package tech.integratn.vcluster.domain.argocdapplication;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.contract.RequestWarning;

/**
 * What {@link ArgoCDApplicationDecoder} read: the typed request when nothing is wrong, else every
 * problem; the warnings either way.
 *
 * @param request the request, defined exactly when {@code problems} is empty
 * @param problems every problem found, in the order of the field table
 * @param warnings unknown fields (when they only warn)
 */
public record ApplicationDecoding(Option<ApplicationRequest> request, Seq<RequestProblem> problems,
    Seq<RequestWarning> warnings) {}
