package tech.integratn.vcluster.application.service;

import io.vavr.collection.Seq;
import tech.integratn.vcluster.application.port.out.EventLog;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.RequestWarning;

/** Logging shared by the services. */
final class Reporting {

  private Reporting() {}

  static void warnings(EventLog log, Seq<RequestWarning> warnings) {
    for (RequestWarning w : warnings) {
      log.warn(Problems.render(w));
    }
  }
}
