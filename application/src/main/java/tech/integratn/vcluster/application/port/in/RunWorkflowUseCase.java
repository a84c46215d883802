package tech.integratn.vcluster.application.port.in;

import io.vavr.control.Either;

/**
 * One pipeline run of the image (spec 9.1): the request's {@code apiVersion}/{@code kind} selects
 * the promise (the orchestrator or one of the three sub-promises), the context's action selects
 * configure or delete.
 */
public interface RunWorkflowUseCase {
  Either<RunFailure, RunReport> run(RunWorkflowCommand command);
}
