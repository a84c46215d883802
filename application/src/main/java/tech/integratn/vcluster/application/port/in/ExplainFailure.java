package tech.integratn.vcluster.application.port.in;

import tech.integratn.vcluster.domain.contract.Rejection;

/** Why {@link ExplainValuesUseCase} explains nothing, as data; {@link ExplainFailures#render} turns it into text. */
public sealed interface ExplainFailure {

  /** The request was refused: every problem is in the rejection. */
  record Rejected(Rejection rejection) implements ExplainFailure {}

  /** The request could not be read at all. */
  record InputUnreadable(String source, String reason) implements ExplainFailure {}

  /** A request of a sub-promise: only a VClusterOrchestratorV2 renders chart values. */
  record NoChartValues(String kind) implements ExplainFailure {}

  /** {@code --path} does not parse. */
  record BadPath(String path, String reason) implements ExplainFailure {}

  /** {@code --path} names no value the engine sets for this request. */
  record UnknownPath(String path) implements ExplainFailure {}
}
