package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.cleanup.HostCleanupPlan;
import tech.integratn.vcluster.domain.cleanup.NoCleanupPlan;
import tech.integratn.vcluster.domain.conflicts.RequestClaims;
import tech.integratn.vcluster.domain.contract.Accepted;
import tech.integratn.vcluster.domain.contract.ChartValues;
import tech.integratn.vcluster.domain.contract.CrdTexts;
import tech.integratn.vcluster.domain.contract.Deletion;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.Promise;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.contract.RequestField;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.contract.RequestStatus;
import tech.integratn.vcluster.domain.names.KubernetesNames;
import tech.integratn.vcluster.domain.profile.ImmutablePlatformProfile;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.profile.UnknownFieldPolicy;
import tech.integratn.vcluster.domain.resource.ArgoCDApplication;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * The vcluster-orchestrator-v2 promise (spec sections 1-8): a {@code VClusterOrchestratorV2}
 * request decoded against {@link RequestFields} and planned by {@link ClusterPlanner} (the
 * cross-field rules run once, on the partial request when a field was refused, so one pass reports
 * everything), rendered by {@link ResourceRenderer}; its delete lists what a request that no longer
 * validates still names; it alone has the chart-values check and the host clean-up.
 */
public final class OrchestratorPromise extends Promise<ClusterPlan> {

  public static final String KIND = VClusterOrchestratorV2.KIND;
  public static final String PROMISE_NAME = "vcluster-orchestrator-v2";

  /** Descriptions of the objects that the field table only implies through dotted paths. */
  private static final StringMap SECTIONS = StringMap.empty()
      .put("spec", "The requested virtual cluster. An optional field that is absent or null (or, for a string, empty) takes its default.")
      .put("spec.vcluster", "The virtual cluster's control plane: Kubernetes version, sizing and chart settings.")
      .put("spec.vcluster.resources", "Control-plane resources; each value defaults from the preset.")
      .put("spec.vcluster.resources.requests", "Resource requests of the control plane.")
      .put("spec.vcluster.resources.limits", "Resource limits of the control plane.")
      .put("spec.vcluster.persistence", "The control plane's volume claim.")
      .put("spec.vcluster.coredns", "CoreDNS inside the virtual cluster.")
      .put("spec.vcluster.networking", "Networking inside the virtual cluster.")
      .put("spec.exposure", "How the virtual cluster's API is reached: hostname, VIP and port.")
      .put("spec.integrations", "Integrations with the host platform.")
      .put("spec.integrations.certManager", "cert-manager: which host ClusterIssuers the virtual cluster sees.")
      .put("spec.integrations.externalSecrets", "External Secrets: which host ClusterSecretStores the virtual cluster sees.")
      .put("spec.integrations.argocd", "Argo CD: the cluster registration and the workload repository.")
      .put("spec.integrations.argocd.workloadRepo", "The Git repository of the virtual cluster's workloads.")
      .put("spec.argocdApplication", "The Argo CD Application that installs the vcluster chart.")
      .put("spec.networkPolicies", "Additions to the network policies of the vcluster's own namespace (never rendered into the request namespace).");

  private static final String ROOT_DESCRIPTION =
      "VClusterOrchestratorV2 requests a virtual cluster (vcluster) with its Argo CD project, application and cluster registration.";
  private static final String STATUS_DESCRIPTION =
      "Written by the pipeline: phase, message, names, endpoints and the credentials' secret names.";

  static final CrdTexts TEXTS = new CrdTexts(ROOT_DESCRIPTION, STATUS_DESCRIPTION, SECTIONS);

  /** The one instance. */
  public static final OrchestratorPromise INSTANCE = new OrchestratorPromise();

  private OrchestratorPromise() {
    super(KIND, PROMISE_NAME, TEXTS);
  }

  @Override
  public Seq<RequestField> fields(PlatformProfile profile) {
    return RequestFields.all(profile);
  }

  /** Decodes the document, then plans it once: the field rules and the cross-field rules, every problem at once. */
  @Override
  public Either<Rejection, Accepted<ClusterPlan>> decode(
      Node document, PlatformProfile profile, String promiseName, boolean rejectUnknown) {
    return planned(RequestDecoder.decode(document, profile, rejectUnknown), profile, promiseName);
  }

  /**
   * Plans a request whose fields passed their rows, once; for one that did not, the cross-field
   * problems of what did pass follow its field problems.
   */
  private static Either<Rejection, Accepted<ClusterPlan>> planned(
      DecodedRequest decoded, PlatformProfile profile, String promiseName) {
    if (decoded.request().isRight()) {
      Either<Rejection, Accepted<ClusterPlan>> plan = ClusterPlanner.plan(decoded.request().get().request(), profile, promiseName);
      return plan.isRight()
          ? Either.right(new Accepted<>(plan.get().request(), decoded.warnings()))
          : Either.left(new Rejection(plan.getLeft().problems(), decoded.warnings()));
    }
    Seq<RequestProblem> fieldProblems = decoded.request().getLeft().problems();
    return Either.left(new Rejection(fieldProblems.appendAll(crossFieldProblems(decoded, profile, promiseName)),
        decoded.warnings()));
  }

  /**
   * The cross-field problems of a request that already has field problems, so that one pass
   * reports everything; skipped where a field they read was itself invalid, and none on a path
   * that already has its field problem.
   */
  private static Seq<RequestProblem> crossFieldProblems(
      DecodedRequest decoded, PlatformProfile profile, String promiseName) {
    Seq<RequestProblem> fieldProblems = decoded.request().getLeft().problems();
    List<String> addressFields =
        List.of(RequestFields.EXPOSURE_SUBNET, RequestFields.EXPOSURE_VIP, RequestFields.EXPOSURE_VIP_OFFSET);
    boolean exposureBroken = fieldProblems.exists(p -> addressFields.contains(Problems.path(p)));
    if (decoded.partial().isEmpty() || exposureBroken) {
      return List.empty();
    }
    // a field the decoder refused is absent from the partial request: a cross-field rule would
    // call it missing (tenancy's "spec.targetNamespace: is required"), so its problems are dropped
    Seq<String> refused = fieldProblems.map(Problems::path);
    return ClusterPlanner.plan(decoded.partial().get(), profile, promiseName)
        .fold(Rejection::problems, plan -> List.<RequestProblem>empty())
        .filter(problem -> !refused.contains(Problems.path(problem)));
  }

  @Override
  protected Rendering<ClusterPlan> render(ClusterPlan plan, PlatformProfile profile, String promiseName) {
    VClusterResources resources = ResourceRenderer.render(plan);
    return Rendering.of(plan, resources.files(), configured(plan, resources));
  }

  /** The status after configure (spec 7). */
  static VClusterOrchestratorV2Status configured(ClusterPlan plan, VClusterResources resources) {
    MapNode body = MapNode.of("resourceRequestsGenerated", Node.integer(resources.resourceRequests()))
        .with("directResourcesGenerated", Node.integer(resources.directResources()))
        .with("vclusterName", plan.name())
        .with("targetNamespace", plan.targetNamespace())
        .with("hostname", plan.hostname())
        .with("environment", plan.environment())
        .with("endpoints", MapNode.of("api", Node.text(plan.externalServerUrl()))
            .with("argocd", plan.argocdApplicationUrl()))
        .with("credentials", MapNode.of("kubeconfigSecret", Node.text(plan.kubeconfigSecret()))
            .with("onePasswordItem", plan.onePasswordItem()));
    return new VClusterOrchestratorV2Status("Scheduled", "VCluster resources scheduled for creation", body);
  }

  @Override
  public RequestStatus deleting(String name) {
    return VClusterOrchestratorV2Status.deleting(name);
  }

  @Override
  public RequestStatus invalid(Option<String> name, Seq<String> problems) {
    return VClusterOrchestratorV2Status.invalid(name, problems);
  }

  /**
   * The library entry: renders a request value built in code with the embedded integratn profile,
   * as promise {@code vcluster-orchestrator-v2}; it passes the same rules as a document.
   */
  public Either<Rejection, Rendering<ClusterPlan>> configure(VClusterOrchestratorV2 request) {
    return configure(request, IntegratnProfile.PROFILE, PROMISE_NAME);
  }

  /**
   * Renders a request value built in code: its values are checked against the field table's rows
   * directly ({@link RequestDecoder#check}), then planned and rendered as a document's are; it gets
   * exactly the problems and warnings of the same request written as a document.
   */
  public Either<Rejection, Rendering<ClusterPlan>> configure(
      VClusterOrchestratorV2 request, PlatformProfile profile, String promiseName) {
    Either<Rejection, Accepted<ClusterPlan>> accepted =
        planned(RequestDecoder.check(request, profile), profile, promiseName);
    if (accepted.isLeft()) {
      return Either.left(accepted.getLeft());
    }
    return Either.right(render(accepted.get().request(), profile, promiseName).withWarnings(accepted.get().warnings()));
  }

  /** The values of the rendered vcluster Application, with the chart they are for and the request's overrides. */
  @Override
  public Option<ChartValues> chartValues(Rendering<ClusterPlan> rendering) {
    ClusterPlan plan = rendering.request();
    for (OutputFile file : rendering.files()) {
      for (KubernetesObject object : file.objects()) {
        if (object instanceof ArgoCDApplication application) {
          return Option.some(new ChartValues(plan.chartName(), plan.chartVersion(),
              application.spec().valuesObject(), plan.helmOverrides()));
        }
      }
    }
    return Option.none();
  }

  /** The hostnames, VIPs and target namespace its rendered Application asks for (spec 12.1). */
  @Override
  public RequestClaims claims(Node document, Rendering<ClusterPlan> rendering, PlatformProfile profile) {
    return OrchestratorClaims.of(document, rendering.files(), profile.loadBalancerIpAnnotation());
  }

  /** The chart values of the plan with their sources (spec 12.3), built by the sections that build the rendered ones. */
  @Override
  public Option<Seq<tech.integratn.vcluster.domain.contract.ExplainedValue>> explainedValues(ClusterPlan plan) {
    return Option.some(HelmValues.explain(plan));
  }

  /** The PersistentVolume clean-up of spec 7.1, from the request's name and target namespace once both pass their rules. */
  @Override
  public boolean cleansUpTheHost() {
    return true;
  }

  @Override
  public Either<NoCleanupPlan, HostCleanupPlan> hostCleanup(Node document, PlatformProfile profile) {
    return HostCleanupPlan.forRequest(profile, document);
  }

  /**
   * What a delete run reports. Never fails: a request that no longer validates is reduced to what
   * of its name, namespaces, etcd switch and network-policy opt-ins passed the decode (the one
   * decode's partial request), so a later, stricter rule cannot block a delete; what that leaves
   * out is said with the decode's own problems. Unknown fields are only warned about, whatever the
   * profile's {@code unknownFields} says.
   */
  @Override
  public Deletion delete(Node document, PlatformProfile profile, String promiseName) {
    DecodedRequest decoded = RequestDecoder.decode(document, profile, false);
    Either<Rejection, Accepted<ClusterPlan>> full = planned(decoded, profile, promiseName);
    if (full.isRight()) {
      ClusterPlan plan = full.get().request();
      return new Deletion(plan.name(), ResourceRenderer.render(plan).files(), deleting(plan.name()), false,
          namesItsNamespace(document) ? Option.some(plan.targetNamespace()) : Option.<String>none(), List.empty());
    }
    PlatformProfile lenient = ImmutablePlatformProfile.copyOf(profile).withUnknownFields(UnknownFieldPolicy.WARN);
    Seq<RequestProblem> problems = full.getLeft().problems();
    Vector<RequestProblem> notListed = Vector.empty();
    VClusterOrchestratorV2 reduced = reduced(decoded, problems);
    for (int i = 0; i < decoded.extraEgress().size(); i++) {
      notListed = notListed.appendAll(entryProblems(problems, i));
    }
    String name = reduced.spec().name();
    Either<Rejection, Accepted<ClusterPlan>> planned = ClusterPlanner.plan(reduced, lenient, promiseName, false);
    Seq<OutputFile> files = List.empty();
    if (planned.isRight()) {
      files = ResourceRenderer.render(planned.get().request()).files();
    } else {
      // even the reduced request cannot be planned: say what stands in the way (section 7)
      notListed = notListed.appendAll(planned.getLeft().problems());
    }
    return new Deletion(name, files, deleting(name), true, deletedNamespace(document, reduced), notListed);
  }

  /**
   * The target namespace of a delete of a request that no longer validates: {@code spec.targetNamespace}
   * when it passed its rule; when it is written but invalid, none: the request's own namespace is
   * not a stand-in then (10.3); else the request's own namespace when the document names a valid one.
   */
  private static Option<String> deletedNamespace(Node document, VClusterOrchestratorV2 reduced) {
    if (reduced.spec().targetNamespace().isDefined()) {
      return reduced.spec().targetNamespace();
    }
    if (written(document, RequestFields.TARGET_NAMESPACE).isDefined()) {
      return Option.none();
    }
    return Paths.text(document, "metadata", "namespace").filter(KubernetesNames::isDnsLabel);
  }

  /** Whether the document names its target namespace or its own (else configure's default stands in). */
  private static boolean namesItsNamespace(Node document) {
    return written(document, RequestFields.TARGET_NAMESPACE).getOrNull() instanceof Node.Text
        || Paths.at(document, "metadata", "namespace").getOrNull() instanceof Node.Text;
  }

  /**
   * The least a delete needs of a request that no longer validates, from its decode: the names
   * ({@code spec.name}, else {@code metadata.name}, else {@code unknown}), the namespaces, the
   * etcd switch and the network-policy opt-ins, each only as far as it passed its rules; an
   * {@code extraEgress} entry only when the decode found no problem at all in it.
   */
  static VClusterOrchestratorV2 reduced(DecodedRequest decoded, Seq<RequestProblem> problems) {
    RequestMetadata metadata = decoded.metadata();
    String metaName = metadata.name().isEmpty() ? "unknown" : metadata.name();
    String namespace = KubernetesNames.isDnsLabel(metadata.namespace()) ? metadata.namespace() : "default";
    ImmutableNetworkPolicySettings.Builder policies = NetworkPolicySettings.builder();
    ImmutableVClusterOrchestratorV2Spec.Builder spec = VClusterOrchestratorV2Spec.builder();
    if (decoded.partial().isEmpty()) {
      spec.name(metaName);
    } else {
      VClusterOrchestratorV2Spec partial = decoded.partial().get().spec();
      spec.name(partial.name().isEmpty() ? metaName : partial.name())
          .targetNamespace(partial.targetNamespace())
          .projectName(partial.projectName())
          .vcluster(VClusterSettings.builder().backingStore(partial.vcluster().backingStore()).build());
      policies.enableNFS(partial.networkPolicies().enableNFS());
    }
    for (int i = 0; i < decoded.extraEgress().size(); i++) {
      Option<ExtraEgressRule> rule = decoded.extraEgress().get(i);
      if (rule.isDefined() && entryProblems(problems, i).isEmpty()) {
        policies.addExtraEgress(rule.get());
      }
    }
    return new VClusterOrchestratorV2(RequestMetadata.of(metaName, namespace), spec.networkPolicies(policies.build()).build());
  }

  /** The problems the decode found in {@code extraEgress[index]} (its fields and the checks across entries), in its order. */
  private static Seq<RequestProblem> entryProblems(Seq<RequestProblem> problems, int index) {
    String entry = EgressChecks.entryPath(index);
    Vector<RequestProblem> found = Vector.empty();
    for (RequestProblem problem : problems) {
      String path = Problems.path(problem);
      if (path.equals(entry) || path.startsWith(entry + ".")) {
        found = found.append(problem);
      }
    }
    return found;
  }

  /** The document's node at a field's dotted path (a row's path: plain keys, no list index). */
  private static Option<Node> written(Node document, String path) {
    return Paths.at(document, path.split("\\."));
  }

}
