package tech.integratn.vcluster.application.port.out;

import io.vavr.control.Either;

/** Asks the workflow engine to pause this workflow instead of failing it. */
public interface WorkflowControl {

  /** Suspends the workflow with a message for the operator. */
  Either<String, String> suspend(String message);
}
