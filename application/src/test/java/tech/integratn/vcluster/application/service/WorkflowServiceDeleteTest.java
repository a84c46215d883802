package tech.integratn.vcluster.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.application.service.ServiceFixtures.request;
import static tech.integratn.vcluster.application.service.ServiceFixtures.with;

import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.application.fakes.FixedPipelineContext;
import tech.integratn.vcluster.application.fakes.InMemoryRequestSource;
import tech.integratn.vcluster.application.fakes.InMemoryStatusSink;
import tech.integratn.vcluster.application.fakes.RecordingEventLog;
import tech.integratn.vcluster.application.port.in.RunReport;
import tech.integratn.vcluster.application.port.out.RequestSource;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.tree.Node;

class WorkflowServiceDeleteTest {

  final InMemoryStatusSink status = new InMemoryStatusSink();
  final RecordingEventLog log = new RecordingEventLog();

  RunReport delete(RequestSource source) {
    return Workflows.delete(source, status, FixedPipelineContext.delete(), log)
        .run(IntegratnProfile.PROFILE).get();
  }

  @Test
  void logsEveryObjectAndReportsDeleting() {
    RunReport report = delete(InMemoryRequestSource.of(
        with(request(), "spec.vcluster.backingStore.etcd.deploy.enabled", Node.bool(true))));
    assertThat(report.files()).isEmpty();
    assertThat(status.last().get().phase()).isEqualTo("Deleting");
    // the shared request namespace is kept (7.1): 13 objects go, one stays
    assertThat(log.lines().filter(l -> l.startsWith("info: deleting "))).hasSize(13);
    assertThat(log.lines()).contains("info: keeping resources/namespace.yaml: v1 Namespace platform-requests "
            + "(shared with other requests; Argo CD and Flux do not prune it)",
        "info: deleting resources/etcd-certificates.yaml: batch/v1 Job platform-requests/demo-etcd-certs-merge");
  }

  @Test
  void anInvalidRequestIsStillDeleted() {
    delete(InMemoryRequestSource.of(with(request(), "spec.exposure.apiPort", Node.integer(0))));
    assertThat(status.last().get().phase()).isEqualTo("Deleting");
    assertThat(log.lines()).anySatisfy(l -> assertThat(l).contains("no longer validates"));
  }

  @Test
  void anUnreadableRequestIsDeletedByTheObjectName() {
    delete(InMemoryRequestSource.failing(new RequestProblem.Unreadable("object.yaml", "empty")));
    assertThat(status.last().get().toNode().get("vclusterName")).contains(Node.text("demo"));
    assertThat(log.lines()).anySatisfy(l -> assertThat(l).startsWith("warning: request unreadable"));
  }
}
