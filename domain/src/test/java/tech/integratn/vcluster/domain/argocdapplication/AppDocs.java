package tech.integratn.vcluster.domain.argocdapplication;

import io.vavr.collection.List;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/** ArgoCDApplication request documents for tests, built as trees. */
final class AppDocs {

  static final String PROMISE = "argocd-application";
  static final PlatformProfile PROFILE = IntegratnProfile.PROFILE;

  private AppDocs() {}

  /** The smallest valid request: every required field, nothing else. */
  static MapNode minimal() {
    return MapNode.of("apiVersion", Node.text("platform.integratn.tech/v1alpha1"))
        .with("kind", "ArgoCDApplication")
        .with("metadata", MapNode.of("name", Node.text("app-request")).with("namespace", "platform-requests"))
        .with("spec", MapNode.of("name", Node.text("web"))
            .with("project", "team-a")
            .with("source", MapNode.of("repoURL", Node.text("https://charts.example.com"))
                .with("targetRevision", "1.2.3"))
            .with("destination", MapNode.of("server", Node.text("https://kubernetes.default.svc"))
                .with("namespace", "web")));
  }

  /** {@code document} with {@code value} at the dotted {@code path} (keys may not contain dots). */
  static MapNode with(MapNode document, String path, Node value) {
    return Paths.put(document, List.of(path.split("\\.")), value);
  }

  static MapNode with(MapNode document, String path, String value) {
    return with(document, path, Node.text(value));
  }

  /** {@code document} without the key at the dotted {@code path}. */
  static MapNode without(MapNode document, String path) {
    String[] keys = path.split("\\.");
    if (keys.length == 1) {
      return document.without(keys[0]);
    }
    MapNode child = (MapNode) document.get(keys[0]).get();
    return document.with(keys[0], without(child, path.substring(keys[0].length() + 1)));
  }

  static Rendering<?> render(Node document) {
    return ArgoCDApplicationPromise.INSTANCE.configure(document, PROFILE, PROMISE)
        .getOrElseThrow(r -> new AssertionError("expected a rendering, got:\n" + Problems.renderAll(r.problems())));
  }

  static Rejection reject(Node document) {
    return ArgoCDApplicationPromise.INSTANCE.configure(document, PROFILE, PROMISE).swap()
        .getOrElseThrow(r -> new AssertionError("expected a rejection"));
  }

  static java.util.List<String> problems(Node document) {
    return reject(document).problems().map(Problems::render).toJavaList();
  }

  /** The one rendered Application's whole document. */
  static MapNode application(Node document) {
    Rendering<?> rendering = render(document);
    return rendering.files().head().objects().head().toNode();
  }
}
