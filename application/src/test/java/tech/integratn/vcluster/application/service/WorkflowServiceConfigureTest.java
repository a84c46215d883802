package tech.integratn.vcluster.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.application.service.ServiceFixtures.request;
import static tech.integratn.vcluster.application.service.ServiceFixtures.with;

import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.application.fakes.FixedPipelineContext;
import tech.integratn.vcluster.application.fakes.InMemoryChartSchemas;
import tech.integratn.vcluster.application.fakes.InMemoryManifestSink;
import tech.integratn.vcluster.application.fakes.InMemoryRequestSource;
import tech.integratn.vcluster.application.fakes.InMemoryStatusSink;
import tech.integratn.vcluster.application.fakes.InMemoryWorkflowControl;
import tech.integratn.vcluster.application.fakes.RecordingEventLog;
import tech.integratn.vcluster.application.port.in.RunFailure;
import tech.integratn.vcluster.application.port.in.RunFailures;
import tech.integratn.vcluster.application.port.in.RunReport;
import tech.integratn.vcluster.application.port.out.RequestSource;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.profile.ImmutablePlatformProfile;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.profile.InvalidRequestPolicy;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

class WorkflowServiceConfigureTest {

  final InMemoryManifestSink manifests = new InMemoryManifestSink();
  final InMemoryStatusSink status = new InMemoryStatusSink();
  final InMemoryWorkflowControl workflow = new InMemoryWorkflowControl();
  final RecordingEventLog log = new RecordingEventLog();

  Either<RunFailure, RunReport> configure(RequestSource source, PlatformProfile profile) {
    return Workflows.service(source, manifests, status, workflow, InMemoryChartSchemas.none(),
            FixedPipelineContext.configure(), log)
        .run(profile);
  }

  @Test
  void aValidRequestPublishesTheFilesAndTheStatus() {
    RunReport report = configure(InMemoryRequestSource.of(request()), IntegratnProfile.PROFILE).get();
    assertThat(report.files()).hasSize(5);
    assertThat(manifests.published().keySet()).contains("resources/namespace.yaml");
    assertThat(status.last().get().phase()).isEqualTo("Scheduled");
    assertThat(log.lines()).contains("info: rendered resources/namespace.yaml");
  }

  @Test
  void warningsAreLogged() {
    configure(InMemoryRequestSource.of(with(request(), "spec.colour", Node.text("blue"))), IntegratnProfile.PROFILE);
    assertThat(log.lines()).contains("warning: spec.colour: unknown field, ignored");
  }

  @Test
  void anInvalidRequestWritesNothing() {
    Either<RunFailure, RunReport> outcome =
        configure(InMemoryRequestSource.of(with(request(), "spec.exposure.apiPort", Node.integer(70000))), IntegratnProfile.PROFILE);
    assertThat(RunFailures.render(outcome.getLeft())).isEqualTo(
        "request rejected with 1 problem:\n  - spec.exposure.apiPort: must be between 1 and 65535 (got 70000)");
    assertThat(manifests.publishCalls()).isZero();
    assertThat(status.last().isEmpty()).isTrue();
    assertThat(workflow.suspended().isEmpty()).isTrue();
  }

  @Test
  void anUnreadableRequestIsARejection() {
    Either<RunFailure, RunReport> outcome = configure(
        InMemoryRequestSource.failing(new RequestProblem.Syntax("object.yaml", 4, 1, "tab")), IntegratnProfile.PROFILE);
    assertThat(RunFailures.render(outcome.getLeft())).contains("object.yaml:4:1: not valid YAML: tab");
    assertThat(manifests.publishCalls()).isZero();
  }

  @Test
  void withTheSuspendPolicyAnInvalidRequestSuspendsWithEmptyOutputAndACondition() {
    PlatformProfile suspending =
        ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE).withOnInvalidRequest(InvalidRequestPolicy.SUSPEND);
    manifests.publish(io.vavr.collection.List.of(new tech.integratn.vcluster.domain.contract.OutputFile("old.yaml",
        io.vavr.collection.List.empty())));
    RunReport report =
        configure(InMemoryRequestSource.of(with(request(), "spec.vcluster.preset", Node.text("huge"))), suspending).get();
    assertThat(report.suspended()).isTrue();
    assertThat(manifests.published()).isEmpty();
    assertThat(workflow.suspended().get()).contains("spec.vcluster.preset: must be one of dev, prod");
    var node = status.last().get().toNode();
    assertThat(Paths.at(node, "phase")).contains(Node.text("Invalid"));
    var condition = ((tech.integratn.vcluster.domain.tree.ListNode) Paths.at(node, "conditions").get()).items().head();
    assertThat(Paths.at(condition, "type")).contains(Node.text("RequestValid"));
    assertThat(Paths.at(condition, "status")).contains(Node.text("False"));
    assertThat(Paths.at(condition, "reason")).contains(Node.text("ValidationFailed"));
  }

  @Test
  void aFailingSinkIsAWriteFailureAndNoStatusIsReported() {
    manifests.failingWith("disk full");
    Either<RunFailure, RunReport> outcome = configure(InMemoryRequestSource.of(request()), IntegratnProfile.PROFILE);
    assertThat(RunFailures.render(outcome.getLeft())).isEqualTo("could not write manifests: disk full");
    assertThat(status.last().isEmpty()).isTrue();
  }
}
