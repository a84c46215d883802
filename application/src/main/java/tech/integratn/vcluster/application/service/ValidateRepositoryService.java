package tech.integratn.vcluster.application.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import tech.integratn.vcluster.application.port.in.RepositoryReport;
import tech.integratn.vcluster.application.port.in.RunFailure;
import tech.integratn.vcluster.application.port.in.ValidateRepositoryUseCase;
import tech.integratn.vcluster.application.port.out.ChartSchemaSource;
import tech.integratn.vcluster.application.port.out.EventLog;
import tech.integratn.vcluster.application.port.out.RequestRepository;
import tech.integratn.vcluster.domain.conflicts.Conflicts;
import tech.integratn.vcluster.domain.conflicts.Origin;
import tech.integratn.vcluster.domain.conflicts.RenderedObject;
import tech.integratn.vcluster.domain.conflicts.RequestClaims;
import tech.integratn.vcluster.domain.conflicts.RepositoryRequest;
import tech.integratn.vcluster.domain.conflicts.RequestFile;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.ExternalObject;
import tech.integratn.vcluster.domain.contract.Promise;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.orchestrator.RequestFields;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.promise.PromiseKind;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/**
 * {@code validate --input DIR} (spec 12.1): every request of the repository checked on its own by
 * the rules of a single {@code validate} (routing by kind, the promise's decode and render, the
 * chart values check), its warnings logged under its file; then every valid request against the
 * others with {@link Conflicts#find}. What a request puts in place is taken from a real render: its
 * own object, every object its promise renders, and for each sub-request document the orchestrator
 * renders, what that sub-request's promise renders in turn (the AppProject, the Application, the
 * ExternalSecrets and the Secrets they write, the Argo CD cluster Secret {@code cluster-<name>}
 * among them, and the 1Password item); nothing is written, and no Secret is ever rendered (the
 * Secrets are named by the ExternalSecrets that would write them). What a request claims (a
 * vcluster's hostnames, VIPs and target namespace, from the final chart values) and what it writes
 * outside the cluster (the 1Password item) its promise says ({@code claims}, {@code externalObjects}).
 */
public final class ValidateRepositoryService implements ValidateRepositoryUseCase {

  private static final String HELM_OVERRIDES = RequestFields.VCLUSTER_HELM_OVERRIDES;
  private static final String TARGET_NAMESPACE = RequestFields.TARGET_NAMESPACE;

  private final RequestRepository repository;
  private final ChartSchemaSource chartSchemas;
  private final EventLog log;
  private final SubPromises subPromises;

  /** The promise that renders a sub-request of a kind (a seam for tests: every sub-request passes today's engine). */
  interface SubPromises {
    Promise<?> of(PromiseKind kind);
  }

  private static final SubPromises ENGINE = new SubPromises() {
    @Override
    public Promise<?> of(PromiseKind kind) {
      return kind.promise();
    }
  };

  public ValidateRepositoryService(RequestRepository repository, ChartSchemaSource chartSchemas, EventLog log) {
    this(repository, chartSchemas, log, ENGINE);
  }

  ValidateRepositoryService(RequestRepository repository, ChartSchemaSource chartSchemas, EventLog log,
      SubPromises subPromises) {
    this.repository = repository;
    this.chartSchemas = chartSchemas;
    this.log = log;
    this.subPromises = subPromises;
  }

  @Override
  public Either<String, RepositoryReport> validate(PlatformProfile profile) {
    Either<String, Seq<RequestRepository.Entry>> entries = repository.requests();
    if (entries.isLeft()) {
      return Either.left(entries.getLeft());
    }
    Vector<RepositoryReport.Finding> findings = Vector.empty();
    Vector<RepositoryRequest> requests = Vector.empty();
    for (RequestRepository.Entry entry : entries.get()) {
      if (entry instanceof RequestRepository.Note note) {
        findings = findings.append(new RepositoryReport.Note(note.text()));
      } else if (entry instanceof RequestRepository.Unreadable u) {
        findings = findings.append(new RepositoryReport.Checked(u.path(), Option.some(rejected(u.problem()))));
      } else {
        RequestRepository.Request request = (RequestRepository.Request) entry;
        String where = where(request.file());
        Either<RunFailure, CheckedRequest> checked = check(request, profile, new FileLog(log, where));
        findings = findings.append(new RepositoryReport.Checked(where,
            checked.isLeft() ? Option.some(checked.getLeft()) : Option.none()));
        if (checked.isRight()) {
          findings = findings.appendAll(checked.get().notes().map(note -> new RepositoryReport.Note(where + ": " + note)));
          requests = requests.append(checked.get().request());
        }
      }
    }
    return Either.right(new RepositoryReport(findings, Conflicts.find(requests)));
  }

  /** {@code a.yaml}, or {@code a.yaml (document 2)} when the file holds several documents. */
  static String where(RequestFile file) {
    return file.path() + (file.severalInFile() ? " (document " + file.document() + ")" : "");
  }

  private static RunFailure rejected(RequestProblem problem) {
    return new RunFailure.Rejected(new Rejection(List.of(problem), List.empty()));
  }

  /** A request that passed on its own: what it would put in place, and what could not be checked of it. */
  private record CheckedRequest(RepositoryRequest request, Seq<String> notes) {}

  /** The objects a request puts in place and the notes on what could not be checked, gathered in order. */
  private record Collected(Seq<RenderedObject> objects, Seq<String> notes) {
    static final Collected NONE = new Collected(Vector.empty(), Vector.empty());

    Collected with(RenderedObject object) {
      return new Collected(objects.append(object), notes);
    }

    Collected noted(String note) {
      return new Collected(objects, notes.append(note));
    }

    Collected and(Collected more) {
      return new Collected(objects.appendAll(more.objects), notes.appendAll(more.notes));
    }
  }

  /** One request on its own, and what it would put in place. */
  private Either<RunFailure, CheckedRequest> check(RequestRepository.Request request, PlatformProfile profile,
      EventLog fileLog) {
    Either<RunFailure, RequestRouting.Route> route =
        RequestRouting.route(Either.right(request.document()), Option.none(), false);
    if (route.isLeft()) {
      return Either.left(route.getLeft());
    }
    Either<RunFailure, Rendered> rendered =
        rendering(route.get().kind().promise(), request.document(), profile, route.get().promiseName(), fileLog);
    if (rendered.isLeft()) {
      return Either.left(rendered.getLeft());
    }
    Origins origins = new Origins(request.document());
    String name = requestName(request.document());
    Collected collected = Collected.NONE
        .with(new RenderedObject(route.get().kind().kind(),
            Paths.text(request.document(), "metadata", "namespace").getOrElse(""), name,
            new Origin("metadata.name", name), Option.none()))
        .and(collect(rendered.get(), origins, profile));
    RequestClaims claims = rendered.get().claims();
    return Either.right(new CheckedRequest(new RepositoryRequest(request.file(), collected.objects(), claims.hostnames(),
        claims.vips(), claims.targetNamespace()), collected.notes()));
  }

  /** Every object of {@code rendered}, each with what it brings (below), then what it writes outside the cluster. */
  private Collected collect(Rendered rendered, Origins origins, PlatformProfile profile) {
    Collected collected = Collected.NONE;
    for (OutputFile file : rendered.rendering().files()) {
      for (KubernetesObject o : file.objects()) {
        collected = collected.and(collect(o, origins, profile));
      }
    }
    for (ExternalObject e : rendered.external()) {
      collected = collected.with(new RenderedObject(e.kind(), "", e.name(), origins.of(e.name(), ""), Option.none()));
    }
    return collected;
  }

  /** {@code o} and, for a sub-request, what its promise renders; the Secret an ExternalSecret writes. */
  private Collected collect(KubernetesObject o, Origins origins, PlatformProfile profile) {
    MapNode body = o.toNode();
    String namespace = o.metadata().namespace().getOrElse("");
    Collected collected = Collected.NONE.with(new RenderedObject(o.kind(), namespace, o.metadata().name(),
        origins.of(o.metadata().name(), namespace), Option.some(body)));
    if (o.kind().equals("ExternalSecret")) {
      String target = Paths.text(body, "spec", "target", "name").getOrElse("");
      if (!target.isEmpty()) {
        collected = collected.with(new RenderedObject("Secret", namespace, target, origins.of(target, namespace),
            Option.none()));
      }
    }
    if (!o.apiVersion().equals(PromiseKind.API_VERSION)) {
      return collected;
    }
    for (PromiseKind kind : PromiseKind.values()) {
      if (!kind.isOrchestrator() && kind.kind().equals(o.kind())) {
        // the sub-request as its own pipeline would render it; warnings are the engine's, not the request's
        Either<Rejection, Rendered> sub = configured(subPromises.of(kind), body, profile, kind.promiseName());
        if (sub.isRight()) {
          collected = collected.and(collect(sub.get(), origins, profile));
        } else {
          Seq<RequestProblem> problems = sub.getLeft().problems();
          collected = collected.noted("its " + o.kind() + " " + o.metadata().name() + " is rejected by its own promise ("
              + (problems.isEmpty() ? "no problem given" : Problems.render(problems.head()))
              + (problems.size() > 1 ? "; " + (problems.size() - 1) + " more" : "")
              + "); what that promise renders was not checked for conflicts");
        }
      }
    }
    return collected;
  }

  /**
   * A rendering, what it puts in place outside the cluster's API and what it claims that no other
   * request may hold (the promise's {@code externalObjects} and {@code claims}).
   */
  private record Rendered(Rendering<?> rendering, Seq<ExternalObject> external, RequestClaims claims) {
    static <R> Rendered of(Promise<R> promise, Node document, PlatformProfile profile, Rendering<R> rendering) {
      return new Rendered(rendering, promise.externalObjects(rendering.request()),
          promise.claims(document, rendering, profile));
    }
  }

  /** Validates and renders {@code document} as {@code validate --input FILE} does, writing nothing. */
  private <R> Either<RunFailure, Rendered> rendering(Promise<R> promise, Node document, PlatformProfile profile,
      String promiseName, EventLog fileLog) {
    return CheckedConfigure.run(promise, document, profile, promiseName, new ChartValuesCheck(chartSchemas, fileLog), fileLog)
        .map(rendering -> Rendered.of(promise, document, profile, rendering));
  }

  /** A sub-request as its own pipeline would render it. */
  private static <R> Either<Rejection, Rendered> configured(Promise<R> promise, Node body, PlatformProfile profile,
      String promiseName) {
    return promise.configure(body, profile, promiseName).map(rendering -> Rendered.of(promise, body, profile, rendering));
  }

  /** The request's {@code metadata.name}, or {@code ""}. */
  static String requestName(Node document) {
    return Paths.text(document, "metadata", "name").getOrElse("");
  }

  /**
   * The request field each object's name comes from: {@code spec.targetNamespace} for the objects
   * in that namespace and for the cluster-scoped object of that name (the host Namespace); else the
   * field whose value the name equals (e.g. {@code spec.syncJobName} for a registration's Job); else
   * {@link Origin#ofName}. A namespaced object named like the target namespace elsewhere (the
   * {@code ArgoCDProject} and {@code AppProject} {@code vcluster-<name>}) is not named from it. The
   * fields are the text values of {@code spec} outside {@code helmOverrides} in document order, the
   * more specific first ({@code spec.projectName} names the project even when {@code spec.name}
   * holds the same value), then {@code spec.name}, then {@code metadata.name}.
   */
  static final class Origins {
    private final Origin name;
    private final java.util.List<Origin> fields = new ArrayList<>();

    Origins(Node document) {
      this.name = Origin.ofName(document);
      Option<Node> spec = Paths.at(document, "spec");
      if (spec.isDefined()) {
        collect("spec", spec.get());
      }
      String specName = Paths.text(document, "spec", "name").getOrElse("");
      if (!specName.isEmpty()) {
        fields.add(new Origin("spec.name", specName));
      }
      String metadataName = requestName(document);
      if (!metadataName.isEmpty()) {
        fields.add(new Origin("metadata.name", metadataName));
      }
    }

    private void collect(String path, Node node) {
      if (node instanceof MapNode map) {
        for (io.vavr.Tuple2<String, Node> entry : map.entries()) {
          String child = path + "." + entry._1();
          if (!child.equals(HELM_OVERRIDES)) {
            collect(child, entry._2());
          }
        }
      } else if (node instanceof Node.Text t && !path.equals("spec.name") && !t.value().isEmpty()) {
        fields.add(new Origin(path, t.value()));
      }
    }

    /** The origin of an object named {@code objectName} in {@code namespace} ({@code ""} when none). */
    Origin of(String objectName, String namespace) {
      for (Origin field : fields) {
        if (field.field().equals(TARGET_NAMESPACE) && !namespace.isEmpty() && field.value().equals(namespace)) {
          return field;
        }
      }
      for (Origin field : fields) {
        // a namespaced object named like the target namespace is named from spec.name (vcluster-<name>)
        boolean target = field.field().equals(TARGET_NAMESPACE);
        if (field.value().equals(objectName) && (!target || namespace.isEmpty())) {
          return field;
        }
      }
      return name;
    }
  }

  /** The log of one request: every line names its file. */
  private static final class FileLog implements EventLog {
    private final EventLog log;
    private final String where;

    FileLog(EventLog log, String where) {
      this.log = log;
      this.where = where;
    }

    @Override
    public void info(String line) {
      log.info(where + ": " + line);
    }

    @Override
    public void warn(String line) {
      log.warn(where + ": " + line);
    }
  }
}
