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
class HostCleanupServiceTest {

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
    Either<?, RunReport> result = Workflows.delete(source, status, context, log, access)
        .run(profile);
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
  void whenTheTimeBudgetIsUsedUpItStopsAndNamesWhatWasNotAttempted() {
    host.failingToRemove("pvc-bound", new CleanupFailure.OutOfTime("delete PersistentVolume pvc-bound", 120_000));
    delete();
    assertThat(host.calls()).containsExactly("find " + LABEL + "=" + MARKER, "remove pvc-bound");
    assertThat(log.lines()).contains(
        "warning: host clean-up: not attempted: PersistentVolume pvc-bound (the clean-up's 120 s are used up)",
        "warning: host clean-up: not attempted: PersistentVolume pvc-free");
  }

  @Test
  void aDeleteSentWithoutAnswerBeforeTheBudgetEndedIsNotCalledNotAttempted() {
    host.failingToRemove("pvc-bound", new CleanupFailure.NoAnswer("delete PersistentVolume pvc-bound", 120_000));
    delete();
    assertThat(host.calls()).containsExactly("find " + LABEL + "=" + MARKER, "remove pvc-bound");
    assertThat(log.lines()).contains(
        "warning: host clean-up: sent, no answer: PersistentVolume pvc-bound (the clean-up's 120 s ran out)",
        "warning: host clean-up: not attempted: PersistentVolume pvc-free");
    assertThat(log.lines()).noneMatch(l -> l.contains("not attempted: PersistentVolume pvc-bound"));
  }

  @Test
  void aDeleteThatTimedOutIsSentWithoutAnswerAndTheNextIsStillTried() {
    host.failingToRemove("pvc-bound", new CleanupFailure.TimedOut("delete PersistentVolume pvc-bound", 30_000));
    delete();
    assertThat(host.calls()).containsExactly("find " + LABEL + "=" + MARKER, "remove pvc-bound", "remove pvc-free");
    assertThat(log.lines()).contains(
        "warning: host clean-up: sent, no answer: PersistentVolume pvc-bound (no answer within 30 s)",
        "info: deleted PersistentVolume pvc-free");
  }

  /** Spec 10.3: the selector only from spec.name and the target namespace after both passed their rules. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "spec.targetNamespace|../x|spec.targetNamespace \"../x\" must be a DNS-1123 label",
      "spec.targetNamespace|Bad_NS|spec.targetNamespace \"Bad_NS\" must be a DNS-1123 label",
      "spec.name|Demo|spec.name \"Demo\" must be a DNS-1123 label",
      "spec.name|demo,!nonexistent|spec.name \"demo,!nonexistent\" must be a DNS-1123 label",
      "metadata.namespace|Bad_NS|metadata.namespace \"Bad_NS\" must be a DNS-1123 label"})
  void anInvalidNameOrNamespaceMeansNoCleanUpAtAll(String field, String value, String why) {
    InMemoryLeftoverVolumes everything = new InMemoryLeftoverVolumes().ignoringSelector()
        .with(LeftoverVolume.unclaimed("pvc-1", "Released"), LABEL, "anything");
    io.vavr.collection.Map<String, Node> base = field.startsWith("metadata")
        ? io.vavr.collection.HashMap.empty() : io.vavr.collection.HashMap.of("spec.targetNamespace", Node.text("vc-demo"));
    tech.integratn.vcluster.domain.tree.MapNode doc = request();
    for (io.vavr.Tuple2<String, Node> e : base) {
      doc = with(doc, e._1, e._2);
    }
    delete(InMemoryRequestSource.of(with(doc, field, Node.text(value))), FixedPipelineContext.delete(),
        IntegratnProfile.PROFILE, Either.right(everything));
    assertThat(everything.calls()).isEmpty();
    assertThat(log.lines()).anyMatch(l -> l.startsWith("warning: host clean-up skipped: " + why));
  }

  @Test
  void metadataNameIsNeverUsedInASelector() {
    InMemoryLeftoverVolumes everything = new InMemoryLeftoverVolumes()
        .with(LeftoverVolume.unclaimed("pvc-other", "Released"), LABEL, "vc-demo-x-media");
    tech.integratn.vcluster.domain.tree.MapNode doc = with(with(request(), "metadata.name", Node.text("media,!nonexistent")),
        "spec.targetNamespace", Node.text("vc-demo"));
    doc = doc.with("spec", tech.integratn.vcluster.domain.tree.MapNode.of("targetNamespace", Node.text("vc-demo")));
    delete(InMemoryRequestSource.of(doc), FixedPipelineContext.delete(), IntegratnProfile.PROFILE, Either.right(everything));
    assertThat(everything.calls()).isEmpty();
    assertThat(everything.names()).containsExactly("pvc-other");
    assertThat(log.lines()).contains(
        "warning: host clean-up skipped: spec.name is absent (metadata.name is never used in a selector)");
  }

  @Test
  void aServerThatIgnoresTheSelectorGetsOnlyCheckedVolumesDeleted() {
    InMemoryLeftoverVolumes hostile = new InMemoryLeftoverVolumes().ignoringSelector()
        .with(LeftoverVolume.claimedFrom("pvc-mine", "vc-demo", "Bound"), LABEL, MARKER)
        .with(LeftoverVolume.unclaimed("pvc-other", "Released"), LABEL, "vc-demo-x-demo2")
        .with(LeftoverVolume.unclaimed("pvc-upper", "Released"), LABEL, MARKER.toUpperCase())
        .with(LeftoverVolume.unclaimed("pvc-none", "Released"))
        .with(LeftoverVolume.unclaimed("../namespaces/x", "Released"), LABEL, MARKER)
        .with(LeftoverVolume.unclaimed("pv?x=y", "Released"), LABEL, MARKER)
        .with(LeftoverVolume.unclaimed("pv#frag", "Released"), LABEL, MARKER)
        .with(LeftoverVolume.unclaimed("pv\nwarning: forged", "Released"), LABEL, MARKER);
    delete(demo(), FixedPipelineContext.delete(), IntegratnProfile.PROFILE, Either.right(hostile));
    assertThat(hostile.calls()).containsExactly("find " + LABEL + "=" + MARKER, "remove pvc-mine");
    assertThat(log.lines()).contains(
        "info: deleted PersistentVolume pvc-mine",
        "warning: kept PersistentVolume pvc-other: label does not match",
        "warning: kept PersistentVolume pvc-upper: label does not match",
        "warning: kept PersistentVolume pvc-none: label does not match",
        "warning: kept PersistentVolume \"../namespaces/x\": name is not a valid DNS-1123 subdomain",
        "warning: kept PersistentVolume \"pv?x=y\": name is not a valid DNS-1123 subdomain",
        "warning: kept PersistentVolume \"pv#frag\": name is not a valid DNS-1123 subdomain",
        "warning: kept PersistentVolume \"pv\\nwarning: forged\": name is not a valid DNS-1123 subdomain");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"vc, web-x-media", "vc-x-web, media", "team, x-db", "team-x, db"})
  void anAmbiguousMarkerKeepsUnclaimedVolumesAndClaimedOnesFollowTheClaimRule(String namespace, String name) {
    String marker = namespace + "-x-" + name;
    InMemoryLeftoverVolumes shared = new InMemoryLeftoverVolumes()
        .with(LeftoverVolume.unclaimed("pvc-unclaimed", "Released"), LABEL, marker)
        .with(LeftoverVolume.claimedFrom("pvc-mine", namespace, "Bound"), LABEL, marker)
        .with(LeftoverVolume.claimedFrom("pvc-theirs", "elsewhere", "Bound"), LABEL, marker);
    tech.integratn.vcluster.domain.tree.MapNode doc = with(with(with(request(), "metadata.name", Node.text(name)),
        "spec.name", Node.text(name)), "spec.targetNamespace", Node.text(namespace));
    delete(InMemoryRequestSource.of(doc), FixedPipelineContext.delete(), IntegratnProfile.PROFILE, Either.right(shared));
    assertThat(shared.names()).containsExactly("pvc-unclaimed", "pvc-theirs");
    assertThat(log.lines()).contains(
        "warning: host clean-up: the marker " + marker + " is ambiguous (\"-x-\" occurs 2 times in " + marker
            + ", so another vcluster can carry the same marker); unclaimed PersistentVolumes are kept",
        "warning: kept PersistentVolume pvc-unclaimed: unclaimed, and the marker " + marker + " is ambiguous",
        "info: deleted PersistentVolume pvc-mine",
        "info: kept PersistentVolume pvc-theirs: claimed from namespace elsewhere");
  }

  @Test
  void everyLineOfTheCleanUpIsRedacted() {
    host.holding("s3cr3t-Token").failingToFind(new CleanupFailure.ServerError("list PersistentVolumes", 500,
        "you sent S3CR3T-TOKEN; header Authorization: Basic dXNlcjpwdw==, and bearer abc.def"));
    delete();
    assertThat(log.lines().last()).isEqualTo("warning: host clean-up failed: list PersistentVolumes: the API server "
        + "answered HTTP 500: you sent [redacted]; header Authorization: [redacted], and bearer [redacted]");
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
