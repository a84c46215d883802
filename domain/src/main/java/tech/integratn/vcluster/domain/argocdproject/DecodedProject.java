package tech.integratn.vcluster.domain.argocdproject;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.contract.RequestWarning;

/**
 * The outcome of decoding one argocd-project request.
 *
 * @param spec the checked spec, present exactly when there are no problems
 * @param problems every problem found, in document order
 * @param warnings unknown fields and other warnings
 */
public record DecodedProject(Option<ArgoCDProjectSpec> spec, Seq<RequestProblem> problems, Seq<RequestWarning> warnings) {}
