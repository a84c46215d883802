package tech.integratn.vcluster.domain.render;

import io.vavr.collection.Seq;
import tech.integratn.vcluster.domain.request.RequestProblem;
import tech.integratn.vcluster.domain.request.RequestWarning;

/** A request refused with every problem found, and the warnings seen on the way. */
public record Rejection(Seq<RequestProblem> problems, Seq<RequestWarning> warnings) {}
