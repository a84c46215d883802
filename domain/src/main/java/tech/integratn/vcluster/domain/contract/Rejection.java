package tech.integratn.vcluster.domain.contract;

import io.vavr.collection.Seq;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.contract.RequestWarning;

/** A request refused with every problem found, and the warnings seen on the way. */
public record Rejection(Seq<RequestProblem> problems, Seq<RequestWarning> warnings) {}
