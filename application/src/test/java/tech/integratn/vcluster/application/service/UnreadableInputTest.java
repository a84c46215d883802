package tech.integratn.vcluster.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import io.vavr.control.Option;
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
import tech.integratn.vcluster.application.port.out.PipelineContext;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.profile.ImmutablePlatformProfile;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.profile.InvalidRequestPolicy;

/**
 * A request that cannot be read at all (no such file, permission denied) is the environment's
 * fault: a run failure of its own, not a rejected request, and never a suspension.
 */
class UnreadableInputTest {

  static final RequestProblem.Inaccessible MISSING = new RequestProblem.Inaccessible("req.yaml", "no such file or directory");

  final RecordingEventLog log = new RecordingEventLog();
  final InMemoryStatusSink status = new InMemoryStatusSink();

  @Test
  void configureFailsWithoutRejectingOrSuspending() {
    InMemoryWorkflowControl workflow = new InMemoryWorkflowControl();
    Either<RunFailure, RunReport> outcome = Workflows.service(InMemoryRequestSource.failing(MISSING),
        new InMemoryManifestSink(), status, workflow, InMemoryChartSchemas.none(), FixedPipelineContext.configure(), log)
        .run(ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE).withOnInvalidRequest(InvalidRequestPolicy.SUSPEND));
    assertThat(outcome.getLeft()).isEqualTo(new RunFailure.InputUnreadable("req.yaml", "no such file or directory"));
    assertThat(RunFailures.render(outcome.getLeft())).isEqualTo("cannot read the request req.yaml: no such file or directory");
    assertThat(status.last()).isEmpty();
    assertThat(workflow.suspended()).isEmpty();
  }

  @Test
  void validateFailsTheSameWay() {
    Either<RunFailure, RunReport> outcome = Workflows.validation(InMemoryRequestSource.failing(MISSING),
        InMemoryChartSchemas.none(), FixedPipelineContext.configure(), log)
        .validate(IntegratnProfile.PROFILE);
    assertThat(outcome.getLeft()).isInstanceOf(RunFailure.InputUnreadable.class);
  }

  @Test
  void deleteFallsBackToTheObjectNameOnlyWhenThereIsOne() {
    Either<RunFailure, RunReport> byName = Workflows.delete(InMemoryRequestSource.failing(MISSING), status,
        FixedPipelineContext.delete(), log).run(IntegratnProfile.PROFILE);
    assertThat(byName.isRight()).isTrue();
    Either<RunFailure, RunReport> nameless = Workflows.delete(InMemoryRequestSource.failing(MISSING),
        new InMemoryStatusSink(), new FixedPipelineContext(PipelineContext.Action.DELETE, Option.some("p"), Option.none()), log)
        .run(IntegratnProfile.PROFILE);
    assertThat(nameless.getLeft()).isInstanceOf(RunFailure.InputUnreadable.class);
  }
}
