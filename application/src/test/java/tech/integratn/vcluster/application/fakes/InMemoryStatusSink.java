package tech.integratn.vcluster.application.fakes;

import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.application.port.out.StatusSink;
import tech.integratn.vcluster.domain.contract.RequestStatus;

/** A status sink that remembers the last status. */
public final class InMemoryStatusSink implements StatusSink {

  private Option<RequestStatus> last = Option.none();

  @Override
  public Either<String, RequestStatus> report(RequestStatus status) {
    last = Option.some(status);
    return Either.right(status);
  }

  public Option<RequestStatus> last() {
    return last;
  }
}
