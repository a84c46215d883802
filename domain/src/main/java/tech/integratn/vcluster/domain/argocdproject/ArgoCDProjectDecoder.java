package tech.integratn.vcluster.domain.argocdproject;

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
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * Reads an argocd-project request (the whole object) into {@link ProjectRequest}, checking every
 * field against {@link ArgoCDProjectFields} and collecting every problem in one pass. The rules
 * that a row cannot state (no control characters in the description, key prefixes of at most 253
 * characters) are added here.
 *
 * <p>Plain loops and {@code if}s, the style of the decoders (bench/README.md, "Idioms under the AOT cache").
 */
public final class ArgoCDProjectDecoder {

  private ArgoCDProjectDecoder() {}

  /**
   * Decodes {@code document} with {@code profile}'s table.
   *
   * @param rejectUnknown whether an unknown field is a problem (configure under the profile's
   *     {@code unknownFields: reject}) rather than a warning
   */
  public static Either<Rejection, Accepted<ProjectRequest>> decode(Node document, PlatformProfile profile, boolean rejectUnknown) {
    FieldReader reader = new FieldReader(ArgoCDProjectFields.all(profile), rejectUnknown);
    if (document instanceof MapNode root) {
      Option<Node> kind = root.get("kind");
      if (kind.isDefined() && kind.get() != Node.Null.NULL
          && !(kind.get() instanceof Node.Text t && t.value().equals(ArgoCDProjectPromise.KIND))) {
        reader.add(new RequestProblem.RuleBroken("kind", "must be " + ArgoCDProjectPromise.KIND, Node.describe(kind.get())));
      }
    }
    Option<MapNode> spec = reader.spec(document);
    if (spec.isEmpty()) {
      return Either.left(new Rejection(reader.problems(), reader.warnings()));
    }
    Option<String> name = reader.string(ArgoCDProjectFields.NAME);
    Option<String> namespace = reader.string(ArgoCDProjectFields.NAMESPACE);
    Option<String> description = reader.string(ArgoCDProjectFields.DESCRIPTION);
    if (description.isDefined()) {
      reader.addAll(noControlCharacters(ArgoCDProjectFields.DESCRIPTION, description.get()));
    }
    Option<StringMap> annotations = reader.stringMap(ArgoCDProjectFields.ANNOTATIONS);
    reader.addAll(keyPrefixes(ArgoCDProjectFields.ANNOTATIONS, spec.get().get("annotations")));
    Option<StringMap> labels = reader.stringMap(ArgoCDProjectFields.LABELS);
    reader.addAll(keyPrefixes(ArgoCDProjectFields.LABELS, spec.get().get("labels")));
    Option<Seq<String>> sourceRepos = reader.strings(ArgoCDProjectFields.SOURCE_REPOS);
    Seq<ProjectDestination> destinations = destinations(reader);
    Seq<ProjectResource> clusterResources = resources(reader, ArgoCDProjectFields.CLUSTER_RESOURCE_WHITELIST);
    Seq<ProjectResource> namespaceResources = resources(reader, ArgoCDProjectFields.NAMESPACE_RESOURCE_WHITELIST);
    if (!reader.problems().isEmpty() || name.isEmpty() || sourceRepos.isEmpty()) {
      return Either.left(new Rejection(reader.problems(), reader.warnings()));
    }
    ProjectRequest typed = ProjectRequest.builder()
        .name(name.get())
        .namespace(namespace)
        .description(description)
        .annotations(annotations.isDefined() ? annotations.get() : StringMap.empty())
        .labels(labels.isDefined() ? labels.get() : StringMap.empty())
        .sourceRepos(sourceRepos.get())
        .destinations(destinations)
        .clusterResourceWhitelist(clusterResources)
        .namespaceResourceWhitelist(namespaceResources)
        .build();
    return Either.right(new Accepted<>(typed, reader.warnings()));
  }



  private static Seq<ProjectDestination> destinations(FieldReader reader) {
    Option<java.util.List<Option<java.util.Map<String, Node>>>> items = reader.objects(ArgoCDProjectFields.DESTINATIONS);
    java.util.List<ProjectDestination> out = new java.util.ArrayList<>();
    if (items.isDefined()) {
      for (Option<java.util.Map<String, Node>> item : items.get()) {
        if (item.isDefined()) {
          out.add(new ProjectDestination(FieldReader.text(item.get().get("server")),
              FieldReader.text(item.get().get("namespace"))));
        }
      }
    }
    return Vector.ofAll(out);
  }

  private static Seq<ProjectResource> resources(FieldReader reader, String path) {
    Option<java.util.List<Option<java.util.Map<String, Node>>>> items = reader.objects(path);
    java.util.List<ProjectResource> out = new java.util.ArrayList<>();
    if (items.isDefined()) {
      for (Option<java.util.Map<String, Node>> item : items.get()) {
        if (item.isDefined()) {
          Node name = item.get().get("name");
          out.add(new ProjectResource(FieldReader.text(item.get().get("group")), FieldReader.text(item.get().get("kind")),
              name instanceof Node.Text t && !t.value().isEmpty() ? Option.some(t.value()) : Option.<String>none()));
        }
      }
    }
    return Vector.ofAll(out);
  }

  /** Argo CD shows the description on one line: no character of Unicode's Cc category. */
  private static Seq<RequestProblem> noControlCharacters(String path, String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return Vector.of(new RequestProblem.RuleBroken(path, ArgoCDProjectFields.NO_CONTROL_RULE, Node.describe(Node.text(value))));
      }
    }
    return Vector.empty();
  }

  /**
   * The key rule of 9.3 bounds a key's DNS-subdomain prefix to 253 characters, which
   * {@link Patterns#LABEL_KEY} does not; a key that the pattern refuses is already reported.
   */
  private static Seq<RequestProblem> keyPrefixes(String path, Option<Node> raw) {
    if (raw.isEmpty() || !(raw.get() instanceof MapNode map)) {
      return Vector.empty();
    }
    Vector<RequestProblem> problems = Vector.empty();
    for (Tuple2<String, Node> e : map.entries()) {
      String key = e._1;
      if (key.indexOf('/') > ArgoCDProjectFields.MAX_KEY_PREFIX && Patterns.matches(Patterns.LABEL_KEY, key)) {
        problems = problems.append(new RequestProblem.RuleBroken(path + "[" + Node.quote(key) + "]", ArgoCDProjectFields.KEY_PREFIX_RULE,
            Node.describe(Node.text(key))));
      }
    }
    return problems;
  }
}
