package tech.integratn.vcluster.domain.diff;

import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * What identifies a Kubernetes object in a diff: {@code apiVersion}, {@code kind},
 * {@code metadata.namespace} ({@code ""} for a cluster-scoped object, or one written without a
 * namespace) and {@code metadata.name}. Ordered by kind, namespace, name, then apiVersion: the
 * order of every diff listing.
 */
public record ObjectKey(String apiVersion, String kind, String namespace, String name) implements Comparable<ObjectKey> {

  /** The key of {@code document}, or why it is not a Kubernetes object. */
  public static Either<String, ObjectKey> of(Node document) {
    if (!(document instanceof MapNode root)) {
      return Either.left("not a Kubernetes object (a " + document.typeName() + ", not a map)");
    }
    Option<String> apiVersion = text(root.get("apiVersion"));
    Option<String> kind = text(root.get("kind"));
    Option<Node> metadata = root.get("metadata");
    Option<String> name = Option.none();
    Option<String> namespace = Option.none();
    if (metadata.isDefined() && metadata.get() instanceof MapNode meta) {
      name = text(meta.get("name"));
      namespace = text(meta.get("namespace"));
    }
    if (apiVersion.isEmpty() || kind.isEmpty() || name.isEmpty()) {
      String missing = apiVersion.isEmpty() ? "apiVersion" : kind.isEmpty() ? "kind" : "metadata.name";
      return Either.left("not a Kubernetes object (no " + missing + " string)");
    }
    return Either.right(new ObjectKey(apiVersion.get(), kind.get(), namespace.getOrElse(""), name.get()));
  }

  private static Option<String> text(Option<Node> node) {
    return node.isDefined() && node.get() instanceof Node.Text t && !t.value().isEmpty() ? Option.some(t.value()) : Option.none();
  }

  /** {@code namespace/name}, or {@code name} alone for a cluster-scoped object. */
  public String qualifiedName() {
    return namespace.isEmpty() ? name : namespace + "/" + name;
  }

  @Override
  public int compareTo(ObjectKey other) {
    int c = kind.compareTo(other.kind);
    if (c == 0) {
      c = namespace.compareTo(other.namespace);
    }
    if (c == 0) {
      c = name.compareTo(other.name);
    }
    return c != 0 ? c : apiVersion.compareTo(other.apiVersion);
  }
}
