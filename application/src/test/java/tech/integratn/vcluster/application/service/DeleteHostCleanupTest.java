package tech.integratn.vcluster.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.application.service.ServiceFixtures.request;
import static tech.integratn.vcluster.application.service.ServiceFixtures.with;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.application.fakes.FixedPipelineContext;
import tech.integratn.vcluster.application.fakes.InMemoryLeftoverVolumes;
import tech.integratn.vcluster.application.fakes.InMemoryRequestSource;
import tech.integratn.vcluster.application.fakes.RecordingEventLog;
import tech.integratn.vcluster.application.port.in.DeleteVClusterCommand;
import tech.integratn.vcluster.application.port.in.RunReport;
import tech.integratn.vcluster.application.port.out.LeftoverVolumes;
import tech.integratn.vcluster.application.port.out.PipelineContext;
import tech.integratn.vcluster.application.port.out.RequestSource;
import tech.integratn.vcluster.application.port.out.StatusSink;
import tech.integratn.vcluster.domain.cleanup.CleanupFailure;
import tech.integratn.vcluster.domain.cleanup.LeftoverVolume;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.contract.RequestStatus;
import tech.integratn.vcluster.domain.profile.ImmutablePlatformProfile;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.tree.Node;

/** The delete's host clean-up (spec 7.1) against the in-memory host. */
class DeleteHostCleanupTest {

  static final String LABEL = "vcluster.loft.sh/managed-by";
  static final String MARKER = "vc-demo-x-demo";

  final RecordingEventLog log = new RecordingEventLog();
  /** Logs the status in the same log, so the order of status and clean-up shows. */
  final StatusSink status = s -> {
    log.info("status " + s.phase());
    return Either.<String, RequestStatus>right(s);
  };
  final InMemoryLeftoverVolumes host = new InMemoryLeftoverVolumes()
      .with(LeftoverVolume.claimedFrom("pvc-bound", "vc-demo", "Bound"), LABEL, MARKER)
      .with(LeftoverVolume.unclaimed("pvc-free", "Available"), LABEL, MARKER)
      .with(LeftoverVolume.claimedFrom("pvc-9", "team-x", "Bound"), LABEL, MARKER)
      .with(LeftoverVolume.claimedFrom("pvc-reversed", "vc-demo", "Released"), LABEL, "demo-x-vc-demo")
      .with(LeftoverVolume.claimedFrom("pvc-unlabelled", "vc-demo", "Released"));

  static RequestSource demo() {
    return InMemoryRequestSource.of(with(request(), "spec.targetNamespace", Node.text("vc-demo")));
  }

  static PipelineContext dryRun() {
    FixedPipelineContext d = FixedPipelineContext.delete();
    return new PipelineContext() {
      @Override public Action action() { return d.action(); }
      @Override public io.vavr.control.Option<String> promiseName() { return d.promiseName(); }
      @Override public Option<String> workflowType() { return d.workflowType(); }
      @Override public Option<String> objectName() { return d.objectName(); }
      @Override public boolean dryRun() { return true; }
    };
  }

  RunReport delete(RequestSource source, PipelineContext context, PlatformProfile profile,
      Either<String, LeftoverVolumes> access) {
    Either<?, RunReport> result = new DeleteVClusterService(source, status, context, log, access)
        .delete(new DeleteVClusterCommand(profile));
    assertThat(result.isRight()).as("the delete succeeds").isTrue();
    return result.get();
  }

  RunReport delete() {
    return delete(demo(), FixedPipelineContext.delete(), IntegratnProfile.PROFILE, Either.right(host));
  }

  @Test
  void afterTheStatusItDeletesTheMarkedVolumesClaimedFromTheTargetNamespaceOrNotAtAll() {
    delete();
    assertThat(host.names()).containsExactly("pvc-9", "pvc-reversed", "pvc-unlabelled");
    assertThat(host.calls()).containsExactly("find " + LABEL + "=" + MARKER, "remove pvc-bound", "remove pvc-free");
    assertThat(log.lines().dropWhile(l -> !l.equals("info: status Deleting")).tail()).containsExactly(
        "info: deleted PersistentVolume pvc-bound",
        "info: deleted PersistentVolume pvc-free",
        "info: kept PersistentVolume pvc-9: claimed from namespace team-x");
  }

  @Test
  void aDryRunListsAndDeletesNothing() {
    delete(demo(), dryRun(), IntegratnProfile.PROFILE, Either.right(host));
    assertThat(host.names()).hasSize(5);
    assertThat(host.calls()).containsExactly("find " + LABEL + "=" + MARKER);
    assertThat(log.lines()).contains("info: dry run: would delete PersistentVolume pvc-bound",
        "info: dry run: would delete PersistentVolume pvc-free",
        "info: kept PersistentVolume pvc-9: claimed from namespace team-x");
  }

  @Test
  void theProfileTurnsItOff() {
    delete(demo(), FixedPipelineContext.delete(),
        ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE).withDeleteCleanupEnabled(false), Either.right(host));
    assertThat(host.calls()).isEmpty();
    assertThat(log.lines()).contains("info: host clean-up off (profile integratn: deleteCleanup.enabled: false)");
  }

  @Test
  void theProfilesSelectorIsUsed() {
    host.with(LeftoverVolume.unclaimed("pvc-acme", "Released"), "acme/owner", "vc-demo.demo");
    delete(demo(), FixedPipelineContext.delete(), ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE)
        .withDeleteCleanupPersistentVolumeSelector(Option.some("acme/owner={targetNamespace}.{name}")), Either.right(host));
    assertThat(host.calls()).containsExactly("find acme/owner=vc-demo.demo", "remove pvc-acme");
  }

  @Test
  void withoutAccessItSaysItSkipped() {
    delete(demo(), FixedPipelineContext.delete(), IntegratnProfile.PROFILE, Either.left("no --kubeconfig given"));
    assertThat(log.lines()).endsWith("info: host clean-up skipped: no --kubeconfig given");
  }

  @Test
  void anUnreadableRequestHasNoKnownTargetNamespaceSoNothingIsTouched() {
    delete(InMemoryRequestSource.failing(new RequestProblem.Unreadable("object.yaml", "empty")),
        FixedPipelineContext.delete(), IntegratnProfile.PROFILE, Either.right(host));
    assertThat(host.calls()).isEmpty();
    assertThat(log.lines()).contains("warning: host clean-up skipped: the request does not name its target namespace");
  }

  @Test
  void aRefusedListingIsAWarningAndTheDeleteSucceeds() {
    host.failingToFind(new CleanupFailure.Refused("list PersistentVolumes", 403, "forbidden"));
    RunReport report = delete();
    assertThat(report.status().phase()).isEqualTo("Deleting");
    assertThat(log.lines().last()).startsWith("warning: host clean-up failed: list PersistentVolumes: refused by the "
        + "API server (HTTP 403): forbidden");
    assertThat(host.names()).hasSize(5);
  }

  @Test
  void aFailedRemovalIsAWarningAndTheOthersAreStillTried() {
    host.failingToRemove("pvc-bound", new CleanupFailure.ServerError("delete PersistentVolume pvc-bound", 500, "boom"));
    delete();
    assertThat(log.lines()).contains(
        "warning: host clean-up failed: delete PersistentVolume pvc-bound: the API server answered HTTP 500: boom",
        "info: deleted PersistentVolume pvc-free");
    assertThat(host.names()).containsExactly("pvc-bound", "pvc-9", "pvc-reversed", "pvc-unlabelled");
  }

  @Test
  void whenTheTimeBudgetIsUsedUpItStops() {
    host.failingToRemove("pvc-bound", new CleanupFailure.OutOfTime("delete PersistentVolume pvc-bound", 120_000));
    delete();
    assertThat(host.calls()).containsExactly("find " + LABEL + "=" + MARKER, "remove pvc-bound");
    assertThat(log.lines().last()).isEqualTo("warning: host clean-up failed: delete PersistentVolume pvc-bound: "
        + "not attempted, the clean-up's 120 s are used up");
  }

  @Test
  void aRequestWithoutTargetNamespaceUsesItsOwnNamespaceAsConfigureDoes() {
    InMemoryLeftoverVolumes shared = new InMemoryLeftoverVolumes()
        .with(LeftoverVolume.claimedFrom("pvc-1", "platform-requests", "Bound"), LABEL, "platform-requests-x-demo");
    delete(InMemoryRequestSource.of(request()), FixedPipelineContext.delete(), IntegratnProfile.PROFILE,
        Either.right(shared));
    assertThat(shared.names()).isEmpty();
  }
}
