package tech.integratn.vcluster.application.port.in;

import io.vavr.control.Either;
import tech.integratn.vcluster.domain.profile.PlatformProfile;

/**
 * One pipeline run of the image (spec 9.1), as Kratix mode and the CLI's {@code render} drive it:
 * the request's {@code apiVersion}/{@code kind} selects the promise (the orchestrator or one of the
 * three sub-promises), the context's action selects configure or delete.
 */
public interface RunWorkflowUseCase {

  /** Runs the context's action with {@code profile}, the platform profile all four promises share. */
  Either<RunFailure, RunReport> run(PlatformProfile profile);
}
