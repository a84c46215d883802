package tech.integratn.vcluster.application.port.in;

import io.vavr.control.Either;

/** The delete workflow: never blocked by validation, it fails only when the status cannot be written. */
public interface DeleteVClusterUseCase {

  Either<RunFailure, RunReport> delete(DeleteVClusterCommand command);
}
