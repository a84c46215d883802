package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.names.KubernetesNames;
import tech.integratn.vcluster.domain.profile.ImmutablePlatformProfile;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.profile.UnknownFieldPolicy;
import tech.integratn.vcluster.domain.orchestrator.VClusterOrchestratorV2;
import tech.integratn.vcluster.domain.orchestrator.VClusterOrchestratorV2Spec;
import tech.integratn.vcluster.domain.orchestrator.VClusterOrchestratorV2Status;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/** The engine's pure entry points: configure and delete renders of a request document or value. */
public final class VClusterRenderer {

  private VClusterRenderer() {}

  /** Renders a request document (the whole object as Kratix hands it over). */
  public static Either<Rejection, Rendering> render(Node document, PlatformProfile profile, String promiseName) {
    DecodedRequest decoded = RequestDecoder.decode(document, profile);
    Validation<Seq<RequestProblem>, ClusterPlan> plan = decoded.request().isValid()
        ? ClusterPlanner.plan(decoded.request().get(), profile, promiseName)
        : Validation.invalid(decoded.request().getError().appendAll(crossFieldProblems(decoded, profile, promiseName)));
    if (plan.isInvalid()) {
      return Either.left(new Rejection(plan.getError(), decoded.warnings()));
    }
    ClusterPlan p = plan.get();
    return Either.right(Rendering.of(p, ResourceRenderer.render(p), decoded.warnings()));
  }

  /**
   * The cross-field problems of a request that already has field problems, so that one pass
   * reports everything; skipped where a field they read was itself invalid, and none on a path
   * that already has its field problem.
   */
  private static Seq<RequestProblem> crossFieldProblems(
      DecodedRequest decoded, PlatformProfile profile, String promiseName) {
    Seq<RequestProblem> fieldProblems = decoded.request().getError();
    List<String> addressFields =
        List.of("spec.exposure.subnet", "spec.exposure.vip", "spec.exposure.vipOffset");
    boolean exposureBroken = fieldProblems.exists(p -> addressFields.contains(Problems.path(p)));
    if (decoded.partial().isEmpty() || exposureBroken) {
      return List.empty();
    }
    // a field the decoder refused is absent from the partial request: a cross-field rule would
    // call it missing (tenancy's "spec.targetNamespace: is required"), so its problems are dropped
    Seq<String> refused = fieldProblems.map(Problems::path);
    return ClusterPlanner.plan(decoded.partial().get(), profile, promiseName)
        .fold(problems -> problems, plan -> List.<RequestProblem>empty())
        .filter(problem -> !refused.contains(Problems.path(problem)));
  }

  /** Renders a request value built in code; it passes the same rules as a document. */
  public static Either<Rejection, Rendering> render(
      VClusterOrchestratorV2 request, PlatformProfile profile, String promiseName) {
    return render(RequestEncoder.encode(request), profile, promiseName);
  }

  /**
   * What a delete run reports. Never fails: a request that no longer validates is reduced to its
   * name, namespaces and etcd switch, so a later, stricter rule cannot block a delete. Unknown
   * fields are only warned about, whatever the profile's {@code unknownFields} says.
   */
  public static Deletion delete(Node document, PlatformProfile profile, String promiseName) {
    PlatformProfile lenient = ImmutablePlatformProfile.copyOf(profile).withUnknownFields(UnknownFieldPolicy.WARN);
    Either<Rejection, Rendering> full = render(document, lenient, promiseName);
    if (full.isRight()) {
      Rendering r = full.get();
      return new Deletion(r.plan().name(), r.files(), VClusterOrchestratorV2Status.deleting(r.plan().name()), true,
          namesItsNamespace(document) ? Option.some(r.plan().targetNamespace()) : Option.<String>none(), List.empty());
    }
    java.util.List<String> notListed = new java.util.ArrayList<>();
    VClusterOrchestratorV2 minimal = minimal(document, lenient, notListed);
    String name = minimal.spec().name();
    Validation<Seq<RequestProblem>, ClusterPlan> planned = ClusterPlanner.plan(minimal, lenient, promiseName, false);
    Seq<OutputFile> files = List.empty();
    if (planned.isValid()) {
      files = ResourceRenderer.render(planned.get()).files();
    } else {
      // even the reduced request cannot be planned: say what stands in the way (section 7)
      for (RequestProblem problem : planned.getError()) {
        notListed.add(Problems.render(problem));
      }
    }
    // a targetNamespace that is written but invalid names no namespace: the request's own is not a stand-in (10.3)
    Option<String> targetNamespace = Paths.at(document, "spec", "targetNamespace").isDefined()
        ? text(document, "spec", "targetNamespace").filter(KubernetesNames::isDnsLabel)
        : text(document, "metadata", "namespace").filter(KubernetesNames::isDnsLabel);
    return new Deletion(name, files, VClusterOrchestratorV2Status.deleting(name), false, targetNamespace,
        io.vavr.collection.Vector.ofAll(notListed));
  }

  /** Whether the document names its target namespace or its own (else configure's default stands in). */
  private static boolean namesItsNamespace(Node document) {
    return Paths.at(document, "spec", "targetNamespace").getOrNull() instanceof Node.Text
        || Paths.at(document, "metadata", "namespace").getOrNull() instanceof Node.Text;
  }

  /**
   * The least a delete needs from a document: names, the etcd switch and the network-policy
   * opt-ins, each only if well-formed; an egress rule that is not is added to {@code notListed}.
   */
  static VClusterOrchestratorV2 minimal(Node document, PlatformProfile profile, java.util.List<String> notListed) {
    String metaName = text(document, "metadata", "name").getOrElse("unknown");
    String namespace = text(document, "metadata", "namespace").filter(KubernetesNames::isDnsLabel).getOrElse("default");
    String name = text(document, "spec", "name").filter(KubernetesNames::isDnsLabel)
        .getOrElse(metaName);
    Option<MapNode> backingStore = Paths.at(document, "spec", "vcluster", "backingStore")
        .filter(MapNode.class::isInstance).map(MapNode.class::cast);
    VClusterOrchestratorV2Spec spec = VClusterOrchestratorV2Spec.builder()
        .name(name)
        .targetNamespace(text(document, "spec", "targetNamespace").filter(KubernetesNames::isDnsLabel))
        .projectName(text(document, "spec", "projectName").filter(KubernetesNames::isDnsLabel))
        .vcluster(VClusterSettings.builder()
            .backingStore(backingStore).build())
        .networkPolicies(networkPolicies(document, profile, notListed))
        .build();
    return new VClusterOrchestratorV2(RequestMetadata.of(metaName, namespace), spec);
  }

  /**
   * {@code enableNFS} when it is a boolean, and every {@code extraEgress} entry that passes the
   * request rules on its own and is the first of its name; each other entry's problems go to
   * {@code notListed}, so a delete still names every policy it can and says what it cannot.
   */
  static NetworkPolicySettings networkPolicies(Node document, PlatformProfile profile, java.util.List<String> notListed) {
    ImmutableNetworkPolicySettings.Builder settings = NetworkPolicySettings.builder();
    Option<Node> nfs = Paths.at(document, "spec", "networkPolicies", "enableNFS");
    if (nfs.isDefined() && nfs.get() instanceof Node.Bool b) {
      settings.enableNFS(Option.some(b.value()));
    }
    Option<Node> rules = Paths.at(document, "spec", "networkPolicies", "extraEgress");
    if (rules.isEmpty() || !(rules.get() instanceof ListNode list)) {
      return settings.build();
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    for (int i = 0; i < list.items().size(); i++) {
      String path = "spec.networkPolicies.extraEgress[" + i + "]";
      MapNode probe = MapNode.of("metadata", MapNode.of("name", Node.text("probe")).with("namespace", "probe"))
          .with("spec", MapNode.of("name", Node.text("probe")).with("targetNamespace", "probe-target")
              .with("networkPolicies", MapNode.of("extraEgress", ListNode.of(list.items().get(i)))));
      DecodedRequest decoded = RequestDecoder.decode(probe, profile);
      if (decoded.request().isInvalid()) {
        for (RequestProblem problem : decoded.request().getError()) {
          notListed.add(Problems.render(problem).replace("spec.networkPolicies.extraEgress[0]", path));
        }
        continue;
      }
      ExtraEgressRule rule = decoded.request().get().spec().networkPolicies().extraEgress().get(0);
      if (names.add(rule.name())) {
        settings.addExtraEgress(rule);
      } else {
        notListed.add(path + ".name: a duplicate of an earlier entry's name (\"" + rule.name() + "\")");
      }
    }
    return settings.build();
  }

  private static Option<String> text(Node document, String... keys) {
    return Paths.at(document, keys).filter(Node.Text.class::isInstance).map(n -> ((Node.Text) n).value());
  }
}
