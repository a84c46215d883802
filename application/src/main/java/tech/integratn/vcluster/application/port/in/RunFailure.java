package tech.integratn.vcluster.application.port.in;

import tech.integratn.vcluster.domain.contract.Rejection;

/** Why a workflow run failed, as data; {@link RunFailures#render} turns it into text. */
public sealed interface RunFailure {

  /** The request was refused: every problem is in the rejection. */
  record Rejected(Rejection rejection) implements RunFailure {}

  /** The request could not be read at all (no such file, permission denied): not the request's fault. */
  record InputUnreadable(String source, String reason) implements RunFailure {}

  /**
   * The workflow engine names one of the four promises, but not the one of the request's kind
   * (9.1): a misconfigured installation, not a bad request.
   */
  record WrongPromise(String promiseName, String kind, String expected) implements RunFailure {}

  /** A chart values schema was found but cannot be used. */
  record SchemaUnusable(String reason) implements RunFailure {}

  /** An output (manifests, status, workflow control) could not be written. */
  record WriteFailed(String target, String reason) implements RunFailure {}
}
