package tech.integratn.vcluster.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.contract.RequestStatus;
import tech.integratn.vcluster.domain.contract.RequestWarning;
import tech.integratn.vcluster.domain.orchestrator.ClusterPlan;
import tech.integratn.vcluster.domain.orchestrator.OrchestratorPromise;
import tech.integratn.vcluster.domain.orchestrator.ResourceRenderer;
import tech.integratn.vcluster.domain.orchestrator.VClusterOrchestratorV2;
import tech.integratn.vcluster.domain.orchestrator.VClusterResources;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/** Request documents for tests, built as trees (the domain has no YAML). */
public final class Docs {

  private Docs() {}

  public static final String PROMISE = "vcluster-orchestrator-v2";

  /**
   * The orchestrator's rendering with its typed objects beside the files, for assertions on one
   * object: {@code resources} is {@link ResourceRenderer#render} of the plan the rendering came from.
   */
  public record Rendered(
      ClusterPlan plan, VClusterResources resources, Seq<OutputFile> files, RequestStatus status,
      Seq<RequestWarning> warnings) {

    static Rendered of(Rendering<ClusterPlan> r) {
      return new Rendered(r.request(), ResourceRenderer.render(r.request()), r.files(), r.status(), r.warnings());
    }
  }

  /** The orchestrator's configure of {@code document}. */
  public static Either<Rejection, Rendered> configure(MapNode document, PlatformProfile profile, String promiseName) {
    return OrchestratorPromise.INSTANCE.configure(document, profile, promiseName).map(Rendered::of);
  }

  /** The orchestrator's configure of a typed request. */
  public static Either<Rejection, Rendered> configure(
      VClusterOrchestratorV2 request, PlatformProfile profile, String promiseName) {
    return OrchestratorPromise.INSTANCE.configure(request, profile, promiseName).map(Rendered::of);
  }

  /** {@code metadata: {name: demo, namespace: platform-requests}, spec: {name: demo}}. */
  public static MapNode minimal() {
    return MapNode.of("apiVersion", Node.text("platform.integratn.tech/v1alpha1"))
        .with("kind", "VClusterOrchestratorV2")
        .with("metadata", MapNode.of("name", Node.text("demo")).with("namespace", "platform-requests"))
        .with("spec", MapNode.of("name", Node.text("demo")));
  }

  /** {@code document} with {@code value} at the dotted {@code path} (keys may not contain dots). */
  public static MapNode with(MapNode document, String path, Node value) {
    return Paths.put(document, List.of(path.split("\\.")), value);
  }

  public static MapNode with(MapNode document, String path, String value) {
    return with(document, path, Node.text(value));
  }

  public static MapNode with(MapNode document, String path, long value) {
    return with(document, path, Node.integer(value));
  }

  /** A request annotation (keys contain dots, so they are set directly). */
  public static MapNode annotated(MapNode document, String key, String value) {
    MapNode meta = (MapNode) document.get("metadata").get();
    MapNode annotations = meta.get("annotations").map(MapNode.class::cast).getOrElse(MapNode.empty());
    return document.with("metadata", meta.with("annotations", annotations.with(key, value)));
  }

  public static ListNode list(Node... items) {
    return ListNode.of(items);
  }

  public static Rendered render(MapNode document) {
    return configure(document, IntegratnProfile.PROFILE, PROMISE)
        .getOrElseThrow(r -> new AssertionError("expected a rendering, got:\n" + Problems.renderAll(r.problems())));
  }

  public static Rejection reject(MapNode document) {
    return configure(document, IntegratnProfile.PROFILE, PROMISE)
        .swap()
        .getOrElseThrow(r -> new AssertionError("expected a rejection"));
  }

  /** Every problem of {@code document}, rendered. */
  public static List<String> problems(MapNode document) {
    return reject(document).problems().map(Problems::render).toList();
  }
}
