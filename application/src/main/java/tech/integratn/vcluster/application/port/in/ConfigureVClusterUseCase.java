package tech.integratn.vcluster.application.port.in;

import io.vavr.control.Either;

/** The configure workflow of the promise (Kratix {@code configure}, or {@code render} offline). */
public interface ConfigureVClusterUseCase {

  Either<RunFailure, RunReport> configure(ConfigureVClusterCommand command);
}
