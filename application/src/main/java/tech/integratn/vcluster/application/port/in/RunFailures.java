package tech.integratn.vcluster.application.port.in;

import tech.integratn.vcluster.domain.contract.Problems;

/**
 * The one place that renders a run failure as text for a person.
 */
public final class RunFailures {

  private RunFailures() {}

  public static String render(RunFailure failure) {
    if (failure instanceof RunFailure.Rejected r) {
      int count = r.rejection().problems().size();
      return "request rejected with " + count + (count == 1 ? " problem" : " problems") + ":\n"
          + r.rejection().problems().map(p -> "  - " + Problems.render(p)).mkString("\n");
    }
    if (failure instanceof RunFailure.InputUnreadable i) {
      return "cannot read the request " + i.source() + ": " + i.reason();
    }
    if (failure instanceof RunFailure.WrongPromise w) {
      // the engine's promise name is always KRATIX_PROMISE_NAME (PipelineContext#promiseName): name the variable
      return "KRATIX_PROMISE_NAME=" + w.promiseName() + " cannot fulfil a request of kind " + w.kind() + " (expected " + w.expected() + ")";
    }
    if (failure instanceof RunFailure.SchemaUnusable s) {
      return "chart values schema unusable: " + s.reason();
    }
    RunFailure.WriteFailed w = (RunFailure.WriteFailed) failure;
    return "could not write " + w.target() + ": " + w.reason();
  }
}
