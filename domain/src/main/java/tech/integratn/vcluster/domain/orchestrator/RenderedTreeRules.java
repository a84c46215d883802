package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.Patterns;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.contract.SyncPolicyRules;
import tech.integratn.vcluster.domain.names.KubernetesNames;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/**
 * The rules a rendered tree keeps, checked file by file and document by document against
 * {@link RenderedPaths}: which files, which kinds, names and namespaces, labels and the base labels,
 * one request's ownership, each object once and no Secret. Every problem is named by its file, its document ({@code #0} is the first) and the
 * field; all of them are returned at once. Chart values are checked by the caller, which has the
 * schemas.
 */
public final class RenderedTreeRules {

  public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
  public static final String PROMISE_NAME = "kratix.io/promise-name";
  public static final String RESOURCE_NAME = "kratix.io/resource-name";
  /** The annotations of a shared request namespace (spec 7.1): neither Argo CD nor Flux prunes it. */
  public static final String ARGOCD_SYNC_OPTIONS = "argocd.argoproj.io/sync-options";
  public static final String ARGOCD_NO_PRUNE = "Prune=false";
  public static final String FLUX_PRUNE = "kustomize.toolkit.fluxcd.io/prune";
  public static final String FLUX_NO_PRUNE = "disabled";

  private static final String SUB_REQUESTS = "platform.integratn.tech/v1alpha1";

  private RenderedTreeRules() {}

  /** One file of a rendered tree that was read: its path in the tree and its documents, in order. */
  public record RenderedFile(String path, Seq<Node> documents) {}

  /** Whether a file is read as YAML. */
  public static boolean isYaml(String path) {
    return path.endsWith(".yaml") || path.endsWith(".yml");
  }

  /**
   * Every problem of a tree: {@code paths} are all its files ({@code /}-separated, relative to the
   * tree), {@code read} the YAML files among them that could be read. With {@code requireFiles},
   * the files the tree's pipeline always writes must be there.
   */
  public static Seq<RequestProblem> check(Seq<String> paths, Seq<RenderedFile> read, boolean requireFiles) {
    Vector<RequestProblem> problems = Vector.empty();
    // the files of each pipeline, in order: when they are mixed, the fewer are the odd ones (spec 11.4)
    java.util.Map<String, Integer> filesOf = new java.util.LinkedHashMap<>();
    for (String path : paths) {
      Option<RenderedPaths.Row> row = RenderedPaths.row(path);
      if (row.isDefined()) {
        filesOf.merge(row.get().pipeline(), 1, Integer::sum);
      } else if (path.startsWith(RenderedPaths.RESOURCES)) {
        problems = problems.append(new RequestProblem.Unreadable(path, "not a file the pipelines render (validate --rendered"
            + " knows every file they write under resources/; see the README)"));
      }
    }
    LinkedHashSet<String> pipelines = LinkedHashSet.ofAll(filesOf.keySet());
    Option<String> pipeline = Option.none();
    for (java.util.Map.Entry<String, Integer> files : filesOf.entrySet()) {
      if (pipeline.isEmpty() || files.getValue() > filesOf.get(pipeline.get())) {
        pipeline = Option.some(files.getKey());
      }
    }
    if (pipelines.size() > 1) {
      for (String path : paths) {
        Option<RenderedPaths.Row> row = RenderedPaths.row(path);
        if (row.isDefined() && !row.get().pipeline().equals(pipeline.get())) {
          problems = problems.append(new RequestProblem.Unreadable(path, "is a file of " + row.get().pipeline()
              + ", but the other files are of " + pipeline.get() + "; an output directory holds the files of one"
              + " pipeline run"));
        }
      }
    }
    if (requireFiles) {
      for (String path : RenderedPaths.alwaysWritten(pipeline.getOrElse(RenderedPaths.ORCHESTRATOR))) {
        if (!paths.contains(path)) {
          problems = problems.append(new RequestProblem.Missing(path));
        }
      }
    }
    Option<Located> namespace = hostNamespace(read);
    Option<String> objectsNamespace = objectsNamespace(read, namespace);
    Tree tree = new Tree(requestNamespace(read), objectsNamespace.isDefined() ? objectsNamespace : namespace.map(Located::value),
        objectsNamespace.isDefined() ? "where the other objects are" : "the Namespace of resources/namespace.yaml", owner(read));
    if (objectsNamespace.isDefined()) {
      problems = problems.append(new RequestProblem.RuleBroken(namespace.get().where() + " metadata.name",
          "must be the namespace the vcluster's other objects are in, " + Node.quote(objectsNamespace.get())
              + " (a renamed Namespace leaves them behind)", Node.quote(namespace.get().value())));
    }
    for (RenderedFile file : read) {
      problems = problems.appendAll(tree.file(file));
    }
    return problems;
  }

  /** A value and where in the tree it was first seen ({@code <file>#<document>}). */
  private record Located(String value, String where) {}

  /**
   * The namespace most of the vcluster's namespaced objects are in, when it is not the Namespace's
   * name and at least two objects agree on it: then the Namespace is the odd one, not they.
   */
  private static Option<String> objectsNamespace(Seq<RenderedFile> read, Option<Located> namespace) {
    if (namespace.isEmpty()) {
      return Option.none();
    }
    java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    for (RenderedFile file : read) {
      if (RenderedPaths.row(file.path()).isEmpty()) {
        continue;
      }
      for (Node document : file.documents()) {
        Option<String> in = Paths.text(document, "metadata", "namespace");
        if (in.isDefined() && !Paths.text(document, "apiVersion").contains(SUB_REQUESTS)
            && !Paths.text(document, "kind").contains("Namespace")) {
          counts.merge(in.get(), 1, Integer::sum);
        }
      }
    }
    int agreeing = counts.getOrDefault(namespace.get().value(), 0);
    Option<String> most = Option.none();
    int mostCount = agreeing;
    for (java.util.Map.Entry<String, Integer> count : counts.entrySet()) {
      if (count.getValue() > mostCount && count.getValue() >= 2) {
        most = Option.some(count.getKey());
        mostCount = count.getValue();
      }
    }
    return most;
  }

  /**
   * The request most objects name in {@code kratix.io/resource-name} (ties: the first seen), and
   * where it is first named: a file of another request is the odd one, whatever its place.
   */
  private static Option<Located> owner(Seq<RenderedFile> read) {
    java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    java.util.Map<String, String> first = new java.util.HashMap<>();
    for (RenderedFile file : read) {
      if (RenderedPaths.row(file.path()).isEmpty()) {
        continue;
      }
      int index = 0;
      for (Node document : file.documents()) {
        Option<String> owned = Paths.text(document, "metadata", "labels", RESOURCE_NAME);
        if (owned.isDefined() && !owned.get().isEmpty()) {
          counts.merge(owned.get(), 1, Integer::sum);
          first.putIfAbsent(owned.get(), file.path() + "#" + index);
        }
        index++;
      }
    }
    Option<Located> owner = Option.none();
    int most = 0;
    for (java.util.Map.Entry<String, Integer> count : counts.entrySet()) {
      if (count.getValue() > most) {
        owner = Option.some(new Located(count.getKey(), first.get(count.getKey())));
        most = count.getValue();
      }
    }
    return owner;
  }

  /** The name of the Namespace in {@code resources/namespace.yaml} and where it is: where the vcluster's objects live. */
  private static Option<Located> hostNamespace(Seq<RenderedFile> read) {
    for (RenderedFile file : read) {
      if (file.path().equals(RenderedPaths.RESOURCES + "namespace.yaml")) {
        int index = 0;
        for (Node document : file.documents()) {
          Option<String> name = Paths.text(document, "metadata", "name");
          if (Paths.text(document, "apiVersion").contains("v1") && Paths.text(document, "kind").contains("Namespace")
              && name.isDefined()) {
            return Option.some(new Located(name.get(), file.path() + "#" + index));
          }
          index++;
        }
      }
    }
    return Option.none();
  }

  /** The namespace of the first sub-request that has one: the request's namespace. */
  private static Option<String> requestNamespace(Seq<RenderedFile> read) {
    for (RenderedFile file : read) {
      for (Node document : file.documents()) {
        if (Paths.text(document, "apiVersion").contains(SUB_REQUESTS)) {
          Option<String> namespace = Paths.text(document, "metadata", "namespace");
          if (namespace.isDefined()) {
            return namespace;
          }
        }
      }
    }
    return Option.none();
  }

  /** The checks of one tree's documents, with what the first ones said about the request. */
  private static final class Tree {
    private final Option<String> requestNamespace;
    private final Option<String> hostNamespace;
    /** Why {@link #hostNamespace} is the vcluster's namespace, for messages. */
    private final String hostNamespaceSource;
    private final Option<String> owner;
    /** Where each object was first seen, by API group, kind, namespace and name. */
    private final java.util.Map<String, String> seen = new java.util.HashMap<>();
    private final String ownerWhere;
    private String requestNamespaceWhere = "";

    Tree(Option<String> requestNamespace, Option<String> hostNamespace, String hostNamespaceSource, Option<Located> owner) {
      this.requestNamespace = requestNamespace;
      this.hostNamespace = hostNamespace;
      this.hostNamespaceSource = hostNamespaceSource;
      this.owner = owner.map(Located::value);
      this.ownerWhere = owner.isDefined() ? owner.get().where() : "";
    }

    Seq<RequestProblem> file(RenderedFile file) {
      Option<RenderedPaths.Row> row = RenderedPaths.row(file.path());
      Vector<RequestProblem> problems = Vector.empty();
      if (row.isDefined() && file.documents().isEmpty()) {
        problems = problems.append(new RequestProblem.Unreadable(file.path(),
            "holds no object; the pipelines never write an empty file"));
      }
      int index = 0;
      for (Node document : file.documents()) {
        problems = problems.appendAll(document(file.path() + "#" + index, row, document));
        index++;
      }
      return problems;
    }

    private Seq<RequestProblem> document(String where, Option<RenderedPaths.Row> row, Node document) {
      Vector<RequestProblem> problems = Vector.empty();
      Option<String> kind = Paths.text(document, "kind");
      if (kind.contains("Secret")) {
        problems = problems.append(new RequestProblem.RuleBroken(where + " kind",
            "must not be a Secret: the pipelines never render a Secret", "Secret"));
      }
      if (row.isEmpty()) {
        return problems; // a file no pipeline writes, already reported: a Secret in it is worth saying
      }
      if (!(document instanceof MapNode)) {
        return problems.append(new RequestProblem.RuleBroken(where, "must be a Kubernetes object (a map)",
            Node.describe(document)));
      }
      Option<String> apiVersion = Paths.text(document, "apiVersion");
      Option<RenderedPaths.Kind> known = kindOf(row.get(), apiVersion, kind);
      if (known.isEmpty() && !kind.contains("Secret")) {
        problems = problems.append(new RequestProblem.RuleBroken(where, "must be " + oneOf(row.get().kinds()),
            "apiVersion " + show(document, "apiVersion") + ", kind " + show(document, "kind")));
      }
      RenderedPaths.NameRule rule = known.isDefined() ? known.get().name() : RenderedPaths.NameRule.SUBDOMAIN;
      Option<String> name = Paths.text(document, "metadata", "name");
      if (name.isEmpty()) {
        problems = problems.append(missingOrWrong(where + " metadata.name", document, "metadata", "name"));
      } else if (!rule.accepts(name.get())) {
        problems = problems.append(new RequestProblem.RuleBroken(where + " metadata.name", rule.rule(),
            Node.quote(name.get())));
      }
      Option<Node> namespace = Paths.at(document, "metadata", "namespace");
      if (namespace.isDefined() && !(namespace.get() instanceof Node.Text t && RenderedPaths.NameRule.LABEL.accepts(t.value()))) {
        problems = problems.append(new RequestProblem.RuleBroken(where + " metadata.namespace",
            RenderedPaths.NameRule.LABEL.rule(), Node.describe(namespace.get())));
      }
      if (known.isDefined() && known.get().namespaced() && namespace.isEmpty()) {
        problems = problems.append(new RequestProblem.Missing(where + " metadata.namespace"));
      } else if (known.isDefined() && !known.get().namespaced() && namespace.isDefined()) {
        problems = problems.append(new RequestProblem.RuleBroken(where + " metadata.namespace",
            "must be absent: a " + known.get().kind() + " is not in a namespace", Node.describe(namespace.get())));
      }
      if (known.isDefined() && known.get().namespaced() && !apiVersion.contains(SUB_REQUESTS) && hostNamespace.isDefined()
          && namespace.isDefined() && namespace.get() instanceof Node.Text in && !in.value().equals(hostNamespace.get())) {
        problems = problems.append(new RequestProblem.RuleBroken(where + " metadata.namespace", "must be the vcluster's "
            + "namespace " + hostNamespace.get() + " (" + hostNamespaceSource + ")", Node.quote(in.value())));
      }
      if (apiVersion.contains(SUB_REQUESTS) && namespace.isDefined() && requestNamespace.isDefined()) {
        problems = problems.appendAll(sameRequestNamespace(where, namespace.get()));
      }
      if (name.isDefined()) {
        problems = problems.appendAll(once(where, apiVersion, kind, namespace, name.get()));
      }
      Option<Node> syncPolicy = Paths.at(document, "spec", "syncPolicy");
      if (known.isDefined() && (known.get().kind().equals("Application") || known.get().kind().equals("ArgoCDApplication"))
          && syncPolicy.isDefined()) {
        // Argo CD's shape (spec 9.5): a typo such as selfheal would silently do nothing
        problems = problems.appendAll(SyncPolicyRules.check(where + " spec.syncPolicy", syncPolicy.get()));
      }
      return problems.appendAll(labels(where, document, known, name));
    }

    /**
     * Every object once: Kubernetes and the GitOps agents know an object by its API group, kind,
     * namespace and name, and refuse a tree that holds one twice.
     */
    private Seq<RequestProblem> once(String where, Option<String> apiVersion, Option<String> kind, Option<Node> namespace,
        String name) {
      String version = apiVersion.getOrElse("");
      String group = version.indexOf('/') < 0 ? "" : version.substring(0, version.indexOf('/'));
      String in = namespace.isDefined() && namespace.get() instanceof Node.Text t ? t.value() : "";
      String first = seen.putIfAbsent(group + "|" + kind.getOrElse("") + "|" + in + "|" + name, where);
      if (first == null) {
        return List.empty();
      }
      return List.of(new RequestProblem.RuleBroken(where + " metadata.name", "must name another object than "
          + first + ", which is the same " + kind.getOrElse("object") + (in.isEmpty() ? "" : " in " + in)
          + ": a tree holds each object once", Node.quote(name)));
    }

    /** Every sub-request is in the request's namespace: two of them elsewhere are two requests. */
    private Seq<RequestProblem> sameRequestNamespace(String where, Node namespace) {
      if (requestNamespaceWhere.isEmpty()) {
        requestNamespaceWhere = where;
        return List.empty();
      }
      if (namespace instanceof Node.Text t && t.value().equals(requestNamespace.get())) {
        return List.empty();
      }
      return List.of(new RequestProblem.RuleBroken(where + " metadata.namespace", "must be the request's namespace, "
          + Node.quote(requestNamespace.get()) + " as in " + requestNamespaceWhere
          + ": every sub-request of one request is in its namespace", Node.describe(namespace)));
    }

    private Seq<RequestProblem> labels(String where, Node document, Option<RenderedPaths.Kind> kind, Option<String> name) {
      String at = where + " metadata.labels";
      Option<Node> labels = Paths.at(document, "metadata", "labels");
      if (labels.isDefined() && !(labels.get() instanceof MapNode)) {
        return List.of(new RequestProblem.RuleBroken(at, "must be a map of labels", Node.describe(labels.get())));
      }
      MapNode map = labels.isDefined() ? (MapNode) labels.get() : MapNode.empty();
      Vector<RequestProblem> problems = Vector.empty();
      for (io.vavr.Tuple2<String, Node> label : map.entries()) {
        if (!Patterns.matches(RequestFields.LABEL_KEY, label._1)) {
          problems = problems.append(new RequestProblem.RuleBroken(at, KubernetesNames.LABEL_KEYS_RULE_SPELLED_OUT,
              Node.quote(label._1)));
        } else if (!(label._2 instanceof Node.Text t && Patterns.matches(RequestFields.LABEL_VALUE, t.value()))) {
          problems = problems.append(new RequestProblem.RuleBroken(at + "." + label._1,
              KubernetesNames.LABEL_VALUE_RULE_SPELLED_OUT, Node.describe(label._2)));
        }
      }
      Option<Node> managedBy = map.get(MANAGED_BY);
      if (managedBy.isEmpty()) {
        problems = problems.append(new RequestProblem.Missing(at + "." + MANAGED_BY));
      } else if (!managedBy.get().equals(Node.text("kratix"))) {
        problems = problems.append(new RequestProblem.RuleBroken(at + "." + MANAGED_BY, "must be kratix",
            Node.describe(managedBy.get())));
      }
      problems = problems.appendAll(labelValue(at + "." + PROMISE_NAME, map.get(PROMISE_NAME)));
      Option<Node> resourceName = map.get(RESOURCE_NAME);
      boolean namespace = kind.isDefined() && kind.get().kind().equals("Namespace");
      if (resourceName.isEmpty() && namespace) {
        return problems.appendAll(sharedNamespace(where, document, name));
      }
      Seq<RequestProblem> value = labelValue(at + "." + RESOURCE_NAME, resourceName);
      if (!value.isEmpty() || !(resourceName.get() instanceof Node.Text)) {
        return problems.appendAll(value);
      }
      String owned = ((Node.Text) resourceName.get()).value();
      if (owner.isDefined() && !owner.get().equals(owned)) {
        problems = problems.append(new RequestProblem.RuleBroken(at + "." + RESOURCE_NAME,
            "must name the request every other object names, " + Node.quote(owner.get()) + " as in " + ownerWhere
                + ": a tree holds the files of one request", Node.quote(owned)));
      }
      return problems;
    }

    /**
     * A Namespace without the request's label is a shared request namespace (spec 7.1): exactly
     * with both no-prune annotations, and named as the request's namespace when the tree shows it.
     */
    private Seq<RequestProblem> sharedNamespace(String where, Node document, Option<String> name) {
      Option<Node> argocd = Paths.at(document, "metadata", "annotations", ARGOCD_SYNC_OPTIONS);
      Option<Node> flux = Paths.at(document, "metadata", "annotations", FLUX_PRUNE);
      if (!argocd.contains(Node.text(ARGOCD_NO_PRUNE)) || !flux.contains(Node.text(FLUX_NO_PRUNE))) {
        return List.of(new RequestProblem.RuleBroken(where + " metadata.labels." + RESOURCE_NAME,
            "is required, except on a shared request namespace, which has the annotations " + ARGOCD_SYNC_OPTIONS + ": "
                + ARGOCD_NO_PRUNE + " and " + FLUX_PRUNE + ": " + FLUX_NO_PRUNE + " instead",
            "neither the label nor both annotations"));
      }
      if (name.isDefined() && requestNamespace.isDefined() && !name.get().equals(requestNamespace.get())) {
        return List.of(new RequestProblem.RuleBroken(where + " metadata.name", "must be the request's namespace, "
            + Node.quote(requestNamespace.get()) + ", for a Namespace without " + RESOURCE_NAME
            + " (a shared request namespace)", Node.quote(name.get())));
      }
      return List.empty();
    }
  }

  /** A base label present and not empty (a value that is no label value is reported with every label). */
  private static Seq<RequestProblem> labelValue(String at, Option<Node> value) {
    if (value.isEmpty()) {
      return List.of(new RequestProblem.Missing(at));
    }
    if (value.get() instanceof Node.Text t && t.value().isEmpty()) {
      return List.of(new RequestProblem.RuleBroken(at, "must not be empty", "\"\""));
    }
    return List.empty();
  }

  private static Option<RenderedPaths.Kind> kindOf(RenderedPaths.Row row, Option<String> apiVersion, Option<String> kind) {
    for (RenderedPaths.Kind known : row.kinds()) {
      if (apiVersion.contains(known.apiVersion()) && kind.contains(known.kind())) {
        return Option.some(known);
      }
    }
    return Option.none();
  }

  private static String oneOf(Seq<RenderedPaths.Kind> kinds) {
    return kinds.size() == 1 ? "a " + kinds.head() : "one of " + kinds.mkString(", ");
  }

  private static RequestProblem missingOrWrong(String at, Node document, String... keys) {
    Option<Node> value = Paths.at(document, keys);
    return value.isEmpty() ? new RequestProblem.Missing(at)
        : new RequestProblem.RuleBroken(at, "must be a string", Node.describe(value.get()));
  }

  private static String show(Node document, String key) {
    Option<Node> value = Paths.at(document, key);
    return value.isEmpty() ? "(none)" : Node.describe(value.get());
  }

}
