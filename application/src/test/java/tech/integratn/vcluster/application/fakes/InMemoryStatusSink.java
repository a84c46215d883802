package tech.integratn.vcluster.application.fakes;

import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.application.port.out.StatusSink;
import tech.integratn.vcluster.domain.request.VClusterOrchestratorV2Status;

/** A status sink that remembers the last status. */
public final class InMemoryStatusSink implements StatusSink {

  private Option<VClusterOrchestratorV2Status> last = Option.none();

  @Override
  public Either<String, VClusterOrchestratorV2Status> report(VClusterOrchestratorV2Status status) {
    last = Option.some(status);
    return Either.right(status);
  }

  public Option<VClusterOrchestratorV2Status> last() {
    return last;
  }
}
