package tech.integratn.vcluster.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import tech.integratn.vcluster.domain.contract.ExplainedValue;

/**
 * Explain the chart values of a VClusterOrchestratorV2 request (the CLI's {@code explain --input
 * REQUEST [--path P]}, spec 12.3): every value the engine sets, with its final value and the chain
 * of sources that set it; nothing is written. {@code ExplainTexts.lines} renders the values,
 * {@link ExplainFailures#render} a failure.
 */
public interface ExplainValuesUseCase {

  /**
   * The values at or below the command's {@code path} (all of them without one), in the order of the rendered
   * {@code valuesObject}; a path inside a list names the list.
   */
  Either<ExplainFailure, Seq<ExplainedValue>> explain(ExplainValuesCommand command);
}
