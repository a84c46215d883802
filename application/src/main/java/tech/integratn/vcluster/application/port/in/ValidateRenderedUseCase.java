package tech.integratn.vcluster.application.port.in;

import io.vavr.control.Either;

/**
 * Check a rendered tree as a GitOps repository's CI would: no Secret, the contract's files, and
 * the chart values of every application sub-request against the chart's values schema.
 */
public interface ValidateRenderedUseCase {

  Either<RunFailure, RunReport> validate(ValidateRenderedCommand command);
}
