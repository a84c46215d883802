package tech.integratn.vcluster.domain.argocdproject;

import io.vavr.collection.List;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/** argocd-project request documents for tests, built as trees. */
final class ProjectDocs {

  static final String PROMISE = "argocd-project";

  private ProjectDocs() {}

  /** The smallest valid request: name, one source repository, one destination. */
  static MapNode minimal() {
    return MapNode.of("apiVersion", Node.text("platform.integratn.tech/v1alpha1"))
        .with("kind", "ArgoCDProject")
        .with("metadata", MapNode.of("name", Node.text("team-a-project")).with("namespace", "platform-requests"))
        .with("spec", MapNode.of("name", Node.text("team-a"))
            .with("sourceRepos", ListNode.ofTexts(List.of("https://github.com/example/team-a")))
            .with("destinations", ListNode.of(destination("https://kubernetes.default.svc", "team-a"))));
  }

  static MapNode destination(String server, String namespace) {
    return MapNode.of("server", Node.text(server)).with("namespace", namespace);
  }

  static MapNode resource(String group, String kind) {
    return MapNode.of("group", Node.text(group)).with("kind", kind);
  }

  /** {@code document} with {@code value} at the dotted {@code path}. */
  static MapNode with(MapNode document, String path, Node value) {
    return Paths.put(document, List.of(path.split("\\.")), value);
  }

  static MapNode with(MapNode document, String path, String value) {
    return with(document, path, Node.text(value));
  }

  /** {@code document} without the key at the dotted {@code path}. */
  static MapNode without(MapNode document, String path) {
    String[] keys = path.split("\\.");
    MapNode spec = (MapNode) document.get(keys[0]).get();
    return document.with(keys[0], spec.without(keys[1]));
  }

  static Rendering<?> render(MapNode document) {
    return render(document, IntegratnProfile.PROFILE);
  }

  static Rendering<?> render(MapNode document, PlatformProfile profile) {
    return ArgoCDProjectPromise.INSTANCE.configure(document, profile, PROMISE)
        .getOrElseThrow(r -> new AssertionError("expected a rendering, got:\n" + Problems.renderAll(r.problems())));
  }

  static Rejection reject(MapNode document, PlatformProfile profile) {
    return ArgoCDProjectPromise.INSTANCE.configure(document, profile, PROMISE).swap()
        .getOrElseThrow(r -> new AssertionError("expected a rejection"));
  }

  /** Every problem of {@code document}, rendered. */
  static List<String> problems(MapNode document) {
    return reject(document, IntegratnProfile.PROFILE).problems().map(Problems::render).toList();
  }

  /** The one rendered AppProject, as its document. */
  static MapNode appProject(MapNode document) {
    return (MapNode) render(document).files().head().objects().head().toNode();
  }
}
