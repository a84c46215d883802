package tech.integratn.vcluster.application.port.in;

import io.vavr.control.Either;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.orchestrator.Rendering;

/** Render a request value in process: no files, no Kratix, no YAML. The library entry point. */
public interface RenderVClusterUseCase {

  /** The rendered objects and status, or every problem of the request. */
  Either<Rejection, Rendering> render(RenderVClusterCommand command);
}
