package tech.integratn.vcluster.application.port.in;

import io.vavr.collection.Seq;
import tech.integratn.vcluster.domain.contract.RequestStatus;

/**
 * What a successful run did.
 *
 * @param files the output paths written (empty for delete, validate and a suspended run)
 * @param status the status reported
 * @param suspended whether the workflow was suspended instead of failing
 * @param promiseName the promise the run fulfilled (its kind's, or the engine's name); empty when unknown
 */
public record RunReport(Seq<String> files, RequestStatus status, boolean suspended, String promiseName) {

  public RunReport(Seq<String> files, RequestStatus status, boolean suspended) {
    this(files, status, suspended, "");
  }

  /** This report, naming {@code promise}. */
  public RunReport withPromiseName(String promise) {
    return new RunReport(files, status, suspended, promise);
  }
}
