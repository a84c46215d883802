package tech.integratn.vcluster.application.fakes;

import io.vavr.control.Either;
import tech.integratn.vcluster.application.port.out.RequestSource;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.tree.Node;

/** A request source holding one document, or one problem. */
public final class InMemoryRequestSource implements RequestSource {

  private final Either<RequestProblem, Node> document;

  private InMemoryRequestSource(Either<RequestProblem, Node> document) {
    this.document = document;
  }

  public static InMemoryRequestSource of(Node document) {
    return new InMemoryRequestSource(Either.right(document));
  }

  public static InMemoryRequestSource failing(RequestProblem problem) {
    return new InMemoryRequestSource(Either.left(problem));
  }

  @Override
  public Either<RequestProblem, Node> load() {
    return document;
  }

  @Override
  public String describe() {
    return "memory";
  }
}
