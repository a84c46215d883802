package tech.integratn.vcluster.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.application.fakes.InMemoryChartSchemas;
import tech.integratn.vcluster.application.fakes.InMemoryRequestRepository;
import tech.integratn.vcluster.application.fakes.RecordingEventLog;
import tech.integratn.vcluster.application.port.in.RepositoryReport;
import tech.integratn.vcluster.application.port.in.RunFailure;
import tech.integratn.vcluster.application.port.out.RequestRepository;
import tech.integratn.vcluster.domain.conflicts.Conflict;
import tech.integratn.vcluster.domain.conflicts.RequestFile;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** {@link ValidateRepositoryService} against an in-memory repository (spec 12.1). */
class ValidateRepositoryServiceTest {

  static MapNode vcluster(String metadataName, String name, String targetNamespace) {
    return MapNode.of("apiVersion", Node.text("platform.integratn.tech/v1alpha1"))
        .with("kind", "VClusterOrchestratorV2")
        .with("metadata", MapNode.of("name", Node.text(metadataName)).with("namespace", "platform-requests"))
        .with("spec", MapNode.of("name", Node.text(name)).with("targetNamespace", targetNamespace));
  }

  @Test
  void everyEntryIsReportedInOrderAndTheSecretsAndItemOfASharedNameConflict() {
    RecordingEventLog log = new RecordingEventLog();
    RequestRepository repository = new InMemoryRequestRepository(
        new RequestRepository.Request(new RequestFile("a.yaml", 1, false), vcluster("one", "media", "ns-a")),
        new RequestRepository.Note("x.yaml: skipped"),
        new RequestRepository.Unreadable("y.yaml", new RequestProblem.Unreadable("y.yaml", "not YAML")),
        new RequestRepository.Request(new RequestFile("z.yaml", 1, false), vcluster("two", "media", "ns-z")));
    Either<String, RepositoryReport> report =
        new ValidateRepositoryService(repository, InMemoryChartSchemas.none(), log).validate(IntegratnProfile.PROFILE);
    assertThat(report.isRight()).isTrue();
    assertThat(report.get().checked()).isEqualTo(3);
    assertThat(report.get().invalid()).isEqualTo(1);
    assertThat(report.get().skipped()).isEqualTo(1);
    assertThat(report.get().findings().get(2)).isInstanceOfSatisfying(RepositoryReport.Checked.class,
        c -> assertThat(c.failure().get()).isInstanceOf(RunFailure.Rejected.class));
    java.util.List<String> objects = new java.util.ArrayList<>();
    for (Conflict c : report.get().conflicts()) {
      assertThat(c.first().path()).isEqualTo("a.yaml");
      assertThat(c.second().path()).isEqualTo("z.yaml");
      if (c instanceof Conflict.SameObject o) {
        objects.add(o.kind() + " " + o.namespace() + "/" + o.name());
      }
    }
    // the Argo CD cluster Secret and the 1Password item, named, never rendered; the default hostname derives
    // from spec.name, which both share; their target namespaces differ
    assertThat(objects).contains("Secret argocd/cluster-media", "1Password item /vcluster-media-kubeconfig",
        "ArgoCDClusterRegistration platform-requests/media-cluster-registration");
    assertThat(report.get().conflicts()).anyMatch(c -> c instanceof Conflict.SameHostname);
    assertThat(report.get().conflicts()).noneMatch(c -> c instanceof Conflict.SameTargetNamespace);
  }

  /** A promise that rejects every request of its kind with one problem. */
  static final class Rejecting extends tech.integratn.vcluster.domain.contract.Promise<Object> {
    Rejecting(tech.integratn.vcluster.domain.promise.PromiseKind kind) {
      super(kind.kind(), kind.promiseName(), kind.promise().crdTexts());
    }

    @Override
    public io.vavr.collection.Seq<tech.integratn.vcluster.domain.contract.RequestField> fields(
        tech.integratn.vcluster.domain.profile.PlatformProfile profile) {
      return io.vavr.collection.List.empty();
    }

    @Override
    public Either<tech.integratn.vcluster.domain.contract.Rejection, tech.integratn.vcluster.domain.contract.Accepted<Object>>
        decode(Node document, tech.integratn.vcluster.domain.profile.PlatformProfile profile, String promiseName,
            boolean rejectUnknown) {
      return Either.left(new tech.integratn.vcluster.domain.contract.Rejection(io.vavr.collection.List.of(
          new RequestProblem.RuleBroken("spec.sourceRepos", "must not be empty", "[]"),
          new RequestProblem.RuleBroken("spec.name", "too long", "x")), io.vavr.collection.List.empty()));
    }

    @Override
    protected tech.integratn.vcluster.domain.contract.Rendering<Object> render(Object request,
        tech.integratn.vcluster.domain.profile.PlatformProfile profile, String promiseName) {
      throw new UnsupportedOperationException();
    }

    @Override
    public tech.integratn.vcluster.domain.contract.RequestStatus deleting(String name) {
      throw new UnsupportedOperationException();
    }

    @Override
    public tech.integratn.vcluster.domain.contract.RequestStatus invalid(io.vavr.control.Option<String> name,
        io.vavr.collection.Seq<String> problems) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void aSubRequestItsOwnPromiseRejectsIsNotedWithItsFirstProblemAndNotSilentlyDropped() {
    tech.integratn.vcluster.domain.promise.PromiseKind project = tech.integratn.vcluster.domain.promise.PromiseKind.ARGOCD_PROJECT;
    RequestRepository repository = new InMemoryRequestRepository(
        new RequestRepository.Request(new RequestFile("a.yaml", 1, false), vcluster("one", "media", "ns-a")),
        new RequestRepository.Request(new RequestFile("b.yaml", 1, false), vcluster("two", "media", "ns-b")));
    Either<String, RepositoryReport> report = new ValidateRepositoryService(repository, InMemoryChartSchemas.none(),
        new RecordingEventLog(), kind -> kind == project ? new Rejecting(kind) : kind.promise())
        .validate(IntegratnProfile.PROFILE);
    java.util.List<String> notes = new java.util.ArrayList<>();
    for (RepositoryReport.Finding f : report.get().findings()) {
      if (f instanceof RepositoryReport.Note n) {
        notes.add(n.text());
      }
    }
    assertThat(notes).containsExactly(
        "a.yaml: its ArgoCDProject vcluster-media is rejected by its own promise (spec.sourceRepos: must not be empty "
            + "(got []); 1 more); what that promise renders was not checked for conflicts",
        "b.yaml: its ArgoCDProject vcluster-media is rejected by its own promise (spec.sourceRepos: must not be empty "
            + "(got []); 1 more); what that promise renders was not checked for conflicts");
    // the sub-request itself still collides; what its promise would render (the AppProject) is not known
    assertThat(report.get().conflicts()).anyMatch(c -> c instanceof Conflict.SameObject o && o.kind().equals("ArgoCDProject"));
    assertThat(report.get().conflicts()).noneMatch(c -> c instanceof Conflict.SameObject o && o.kind().equals("AppProject"));
    assertThat(report.get().checked()).isEqualTo(2);
    assertThat(report.get().invalid()).isZero();
  }

  @Test
  void eachObjectIsCreditedToTheFieldItsNameOrNamespaceEquals() {
    RequestRepository repository = new InMemoryRequestRepository(
        new RequestRepository.Request(new RequestFile("a.yaml", 1, false), vcluster("one", "alpha", "shared")),
        new RequestRepository.Request(new RequestFile("b.yaml", 1, false), vcluster("two", "beta", "shared")));
    Either<String, RepositoryReport> report = new ValidateRepositoryService(repository, InMemoryChartSchemas.none(),
        new RecordingEventLog()).validate(IntegratnProfile.PROFILE);
    java.util.Map<String, String> origins = new java.util.TreeMap<>();
    for (Conflict c : report.get().conflicts()) {
      if (c instanceof Conflict.SameObject o) {
        origins.put(o.kind() + " " + o.namespace() + "/" + o.name(), o.firstOrigin().text() + " | " + o.secondOrigin().text());
      }
    }
    // the host Namespace is named from spec.targetNamespace, the network policies live in it
    assertThat(origins).containsEntry("Namespace /shared", "spec.targetNamespace shared | spec.targetNamespace shared");
    assertThat(origins).hasEntrySatisfying("NetworkPolicy shared/default-deny-all",
        v -> assertThat(v).isEqualTo("spec.targetNamespace shared | spec.targetNamespace shared"));
    assertThat(origins.values()).noneMatch(v -> v.contains("spec.name"));
  }

  @Test
  void aRepositoryThatCannotBeReadIsTheLeftSide() {
    RequestRepository broken = new RequestRepository() {
      @Override
      public Either<String, io.vavr.collection.Seq<Entry>> requests() {
        return Either.left("/repo: not a directory");
      }

      @Override
      public String describe() {
        return "/repo";
      }
    };
    assertThat(new ValidateRepositoryService(broken, InMemoryChartSchemas.none(), new RecordingEventLog())
        .validate(IntegratnProfile.PROFILE).getLeft()).isEqualTo("/repo: not a directory");
  }
}
