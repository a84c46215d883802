package tech.integratn.vcluster.application.service;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.application.port.in.RunFailure;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.promise.PromiseKind;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Which of the four promises serves a request (spec 9.1): its {@code apiVersion}/{@code kind}; any
 * other pair, no kind included, is an invalid request (a delete, never blocked by validation, goes to
 * the promise the engine names, else the orchestrator). A workflow engine that names one of the four promises but not the request's
 * is misconfigured (exit 2); any other name is a renamed installation and names the base labels.
 */
public final class RequestRouting {

  private RequestRouting() {}

  /**
   * The promise of a run and the promise name of its base labels.
   *
   * @param kind the promise whose rules apply
   * @param promiseName the name for the base labels: the engine's, else the table's
   */
  public record Route(PromiseKind kind, String promiseName) {}

  /**
   * Routes {@code loaded} (the request as read, or why it could not be). A document of another
   * kind is a rejected request for configure; a delete is never blocked by it and falls back to
   * the engine's promise.
   */
  public static Either<RunFailure, Route> route(Either<RequestProblem, Node> loaded, Option<String> givenName,
      boolean delete) {
    Option<PromiseKind> named = givenName.isDefined() ? PromiseKind.named(givenName.get()) : Option.none();
    PromiseKind fallback = named.isDefined() ? named.get() : PromiseKind.VCLUSTER_ORCHESTRATOR;
    PromiseKind kind = fallback;
    if (loaded.isRight()) {
      Either<RequestProblem, Option<PromiseKind>> of = PromiseKind.of(loaded.get());
      if (of.isLeft() && !delete) {
        return Either.left(new RunFailure.Rejected(new Rejection(List.of(of.getLeft()), List.empty())));
      }
      if (of.isRight() && of.get().isDefined()) {
        kind = of.get().get();
      }
    }
    if (named.isDefined() && named.get() != kind) {
      return Either.left(new RunFailure.WrongPromise(givenName.get(), kind.kind(), kind.promiseName()));
    }
    return Either.right(new Route(kind, givenName.isDefined() ? givenName.get() : kind.promiseName()));
  }
}
