package tech.integratn.vcluster.application.service;

import io.vavr.control.Either;
import tech.integratn.vcluster.application.port.in.RenderVClusterCommand;
import tech.integratn.vcluster.application.port.in.RenderVClusterUseCase;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.orchestrator.Rendering;
import tech.integratn.vcluster.domain.orchestrator.VClusterRenderer;

/** Renders a request value in process. */
public final class RenderVClusterService implements RenderVClusterUseCase {

  @Override
  public Either<Rejection, Rendering> render(RenderVClusterCommand command) {
    return VClusterRenderer.render(command.request(), command.profile(), command.promiseName());
  }
}
