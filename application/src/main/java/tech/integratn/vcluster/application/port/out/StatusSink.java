package tech.integratn.vcluster.application.port.out;

import io.vavr.control.Either;
import tech.integratn.vcluster.domain.contract.RequestStatus;

/** Where the request's status goes (Kratix merges it into {@code .status}). */
public interface StatusSink {

  Either<String, RequestStatus> report(RequestStatus status);
}
