package tech.integratn.vcluster.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.application.service.ServiceFixtures.request;
import static tech.integratn.vcluster.application.service.ServiceFixtures.with;

import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.application.fakes.FixedPipelineContext;
import tech.integratn.vcluster.application.fakes.InMemoryChartSchemas;
import tech.integratn.vcluster.application.fakes.InMemoryRequestSource;
import tech.integratn.vcluster.application.fakes.RecordingEventLog;
import tech.integratn.vcluster.application.port.in.RunFailure;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.tree.Node;

class WorkflowServiceValidateTest {

  final RecordingEventLog log = new RecordingEventLog();

  @Test
  void reportsEveryProblemAtOnce() {
    var doc = with(with(request(), "spec.exposure.apiPort", Node.integer(0)), "spec.vcluster.preset", Node.text("x"));
    var outcome = Workflows.validation(InMemoryRequestSource.of(doc), InMemoryChartSchemas.none(), FixedPipelineContext.configure(), log)
        .validate(IntegratnProfile.PROFILE);
    assertThat(((RunFailure.Rejected) outcome.getLeft()).rejection().problems()).hasSize(2);
  }

  @Test
  void aValidRequestIsReportedValid() {
    var outcome = Workflows.validation(InMemoryRequestSource.of(request()), InMemoryChartSchemas.none(), FixedPipelineContext.configure(), log)
        .validate(IntegratnProfile.PROFILE);
    assertThat(outcome.isRight()).isTrue();
    assertThat(log.lines()).containsExactly(
        "warning: spec.targetNamespace: network policies are not rendered into the request namespace "
            + "platform-requests; give the vcluster its own namespace",
        "warning: spec.targetNamespace: Pod Security labels (tenancy.podSecurity) are not written on the shared "
            + "request namespace platform-requests; give the vcluster its own namespace",
        "info: no values schema for chart vcluster 0.30.4 in memory; chart values not checked", "info: memory: valid");
  }
}
