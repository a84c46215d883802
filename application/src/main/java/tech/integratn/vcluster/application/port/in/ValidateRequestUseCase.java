package tech.integratn.vcluster.application.port.in;

import io.vavr.control.Either;
import tech.integratn.vcluster.domain.profile.PlatformProfile;

/** Validate a request of any of the four kinds (the CLI's {@code validate --input}): every problem at once, warnings logged, nothing written. */
public interface ValidateRequestUseCase {

  /** Checks the request against {@code profile}. */
  Either<RunFailure, RunReport> validate(PlatformProfile profile);
}
