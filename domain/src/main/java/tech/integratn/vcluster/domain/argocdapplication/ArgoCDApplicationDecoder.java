package tech.integratn.vcluster.domain.argocdapplication;

import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Either;
import tech.integratn.vcluster.domain.contract.Accepted;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.FieldReader;
import tech.integratn.vcluster.domain.contract.Patterns;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.contract.SyncPolicyRules;
import tech.integratn.vcluster.domain.names.KubernetesNames;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.tenancy.ReservedNamespaces;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * Reads an {@code ArgoCDApplication} request against {@link ArgoCDApplicationFields}, collecting
 * every problem in one pass: the table's rules, the length bound of qualified-name prefixes that
 * the table's pattern does not carry, and the shape of {@code spec.syncPolicy}
 * ({@link SyncPolicyRules}, problems named under {@code spec.syncPolicy}). Plain loops and
 * {@code if}s, the style of the decoders (bench/README.md, "Idioms under the AOT cache").
 */
public final class ArgoCDApplicationDecoder {

  private ArgoCDApplicationDecoder() {}

  /**
   * Decodes the whole request {@code document}.
   *
   * @param rejectUnknown whether unknown fields are problems (configure with {@code unknownFields: reject})
   */
  public static Either<Rejection, Accepted<ApplicationRequest>> decode(Node document, PlatformProfile profile, boolean rejectUnknown) {
    FieldReader reader = new FieldReader(ArgoCDApplicationFields.all(profile), rejectUnknown);
    Option<MapNode> spec = reader.spec(document);
    if (spec.isEmpty()) {
      return Either.left(new Rejection(reader.problems(), reader.warnings()));
    }
    Option<String> name = reader.string(ArgoCDApplicationFields.NAME);
    Option<String> namespace = reader.string(ArgoCDApplicationFields.NAMESPACE);
    Option<StringMap> annotations = reader.stringMap(ArgoCDApplicationFields.ANNOTATIONS);
    reader.addAll(qualifiedKeys(spec.get(), "annotations", ArgoCDApplicationFields.ANNOTATIONS));
    Option<StringMap> labels = reader.stringMap(ArgoCDApplicationFields.LABELS);
    reader.addAll(qualifiedKeys(spec.get(), "labels", ArgoCDApplicationFields.LABELS));
    Option<Seq<String>> finalizers = reader.strings(ArgoCDApplicationFields.FINALIZERS);
    reader.addAll(qualifiedNames(spec.get()));
    Option<String> project = reader.string(ArgoCDApplicationFields.PROJECT);
    Option<String> repoURL = reader.string(ArgoCDApplicationFields.REPO_URL);
    Option<String> chart = reader.string(ArgoCDApplicationFields.CHART);
    Option<String> targetRevision = reader.string(ArgoCDApplicationFields.TARGET_REVISION);
    Option<String> releaseName = reader.string(ArgoCDApplicationFields.RELEASE_NAME);
    Option<MapNode> valuesObject = reader.object(ArgoCDApplicationFields.VALUES_OBJECT);
    Option<String> server = reader.string(ArgoCDApplicationFields.DESTINATION_SERVER);
    Option<String> destinationNamespace = reader.string(ArgoCDApplicationFields.DESTINATION_NAMESPACE);
    if (destinationNamespace.isDefined()) {
      RequestProblem reserved = ReservedNamespaces.check(ArgoCDApplicationFields.DESTINATION_NAMESPACE,
          destinationNamespace.get(), profile);
      if (reserved != null) {
        reader.add(reserved);
      }
    }
    Option<MapNode> syncPolicy = reader.object(ArgoCDApplicationFields.SYNC_POLICY);
    if (syncPolicy.isDefined()) {
      reader.addAll(SyncPolicyRules.check(ArgoCDApplicationFields.SYNC_POLICY, syncPolicy.get()));
    }
    if (!reader.problems().isEmpty()) {
      return Either.left(new Rejection(reader.problems(), reader.warnings()));
    }
    ApplicationRequest request = ApplicationRequest.builder()
        .name(name.get())
        .namespace(namespace.isDefined() ? namespace.get() : profile.argocdNamespace())
        .annotations(annotations.isDefined() ? annotations.get() : StringMap.empty())
        .labels(labels.isDefined() ? labels.get() : StringMap.empty())
        .finalizers(finalizers.isDefined() ? finalizers.get() : Vector.empty())
        .project(project.get())
        .source(new ApplicationSource(repoURL.get(), chart, targetRevision.get(), releaseName,
            valuesObject))
        .destination(new ApplicationDestination(server.get(), destinationNamespace.get()))
        .syncPolicy(syncPolicy)
        .build();
    return Either.right(new Accepted<>(request, reader.warnings()));
  }

  /**
   * Keys of the map at {@code spec.<key>} that pass the table's label-key pattern but have a prefix
   * longer than 253 characters (or a prefix label longer than 63), which the pattern cannot say.
   */
  private static Seq<RequestProblem> qualifiedKeys(MapNode spec, String key, String path) {
    Option<Node> raw = Paths.at(spec, key);
    if (raw.isEmpty() || !(raw.get() instanceof MapNode map)) {
      return Vector.empty();
    }
    Vector<RequestProblem> problems = Vector.empty();
    for (Tuple2<String, Node> e : map.entries()) {
      if (Patterns.matches(Patterns.LABEL_KEY, e._1) && !KubernetesNames.isLabelKey(e._1)) {
        problems = problems.append(new RequestProblem.RuleBroken(path + "[" + Node.quote(e._1) + "]",
            ArgoCDApplicationFields.QUALIFIED_KEY_RULE, Node.describe(Node.text(e._1))));
      }
    }
    return problems;
  }

  /** The same bound for the finalizers, which the table checks against the label-key pattern. */
  private static Seq<RequestProblem> qualifiedNames(MapNode spec) {
    Option<Node> raw = Paths.at(spec, "finalizers");
    if (raw.isEmpty() || !(raw.get() instanceof ListNode list)) {
      return Vector.empty();
    }
    Vector<RequestProblem> problems = Vector.empty();
    for (int i = 0; i < list.items().size(); i++) {
      Node item = list.items().get(i);
      if (item instanceof Node.Text t && t.value().length() <= ArgoCDApplicationFields.MAX_QUALIFIED_NAME
          && Patterns.matches(Patterns.LABEL_KEY, t.value()) && !KubernetesNames.isLabelKey(t.value())) {
        problems = problems.append(new RequestProblem.RuleBroken(ArgoCDApplicationFields.FINALIZERS + "[" + i + "]",
            ArgoCDApplicationFields.QUALIFIED_NAME_RULE, Node.describe(item)));
      }
    }
    return problems;
  }

}
