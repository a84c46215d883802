package tech.integratn.vcluster.application.fakes;

import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.application.port.out.WorkflowControl;

/** Remembers a suspension. */
public final class InMemoryWorkflowControl implements WorkflowControl {

  private Option<String> suspended = Option.none();

  @Override
  public Either<String, String> suspend(String message) {
    suspended = Option.some(message);
    return Either.right(message);
  }

  public Option<String> suspended() {
    return suspended;
  }
}
