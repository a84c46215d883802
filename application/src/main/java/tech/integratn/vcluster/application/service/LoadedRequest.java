package tech.integratn.vcluster.application.service;

import io.vavr.control.Either;
import tech.integratn.vcluster.application.port.out.RequestSource;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.tree.Node;

/** A request already read once (to route it), handed to the promise's use case as its source. */
record LoadedRequest(Either<RequestProblem, Node> loaded, String describe) implements RequestSource {

  @Override
  public Either<RequestProblem, Node> load() {
    return loaded;
  }
}
