package tech.integratn.vcluster.application.port.in;

import io.vavr.control.Either;

/** Validate a request: every problem at once, warnings logged, nothing written. */
public interface ValidateRequestUseCase {

  Either<RunFailure, RunReport> validate(ValidateRequestCommand command);
}
