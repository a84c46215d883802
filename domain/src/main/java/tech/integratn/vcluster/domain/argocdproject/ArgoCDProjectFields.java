package tech.integratn.vcluster.domain.argocdproject;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.Constraint;
import tech.integratn.vcluster.domain.contract.FieldType;
import tech.integratn.vcluster.domain.contract.Patterns;
import tech.integratn.vcluster.domain.contract.RequestField;
import tech.integratn.vcluster.domain.names.KubernetesNames;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The field table of the argocd-project request (spec 9.4): the decoder validates with it and the
 * promise's CRD schema is generated from it.
 */
public final class ArgoCDProjectFields {

  private ArgoCDProjectFields() {}

  /** Most entries of {@code sourceRepos} and of {@code destinations}. */
  public static final int MAX_ENTRIES = 64;
  /** Longest {@code description}. */
  public static final int MAX_DESCRIPTION = 255;
  /** Most bytes of all annotation keys and values (the API server's limit). */
  public static final int MAX_ANNOTATION_BYTES = 256 * 1024;
  /** Longest prefix (before {@code /}) of a label or annotation key: a DNS subdomain. */
  public static final int MAX_KEY_PREFIX = KubernetesNames.MAX_SUBDOMAIN;

  public static final String NO_CONTROL_RULE = "must not contain control characters (line breaks, tabs, ...)";
  public static final String KEY_PREFIX_RULE =
      KubernetesNames.LABEL_KEYS_RULE + ": the prefix before '/' must be at most " + MAX_KEY_PREFIX + " characters";

  // the field paths of the table, one constant per row: the decoder names a field through these,
  // so a typo is a compile error
  public static final String NAME = "spec.name";
  public static final String NAMESPACE = "spec.namespace";
  public static final String DESCRIPTION = "spec.description";
  public static final String ANNOTATIONS = "spec.annotations";
  public static final String LABELS = "spec.labels";
  public static final String SOURCE_REPOS = "spec.sourceRepos";
  public static final String DESTINATIONS = "spec.destinations";
  public static final String DESTINATIONS_SERVER = DESTINATIONS + ".server";
  public static final String DESTINATIONS_NAMESPACE = DESTINATIONS + ".namespace";
  public static final String CLUSTER_RESOURCE_WHITELIST = "spec.clusterResourceWhitelist";
  public static final String NAMESPACE_RESOURCE_WHITELIST = "spec.namespaceResourceWhitelist";

  /** Every field of the request, in document order. */
  public static Seq<RequestField> all(PlatformProfile profile) {
    return List.of(
        required(NAME, FieldType.STRING, "The AppProject's name (metadata.name).", dnsLabel()),
        field(NAMESPACE, FieldType.STRING,
            "Namespace of the AppProject: Argo CD's own. Default: the platform profile's argocd.namespace ("
                + profile.argocdNamespace() + " in the " + profile.name() + " profile).",
            dnsLabel()),
        field(DESCRIPTION, FieldType.STRING,
            "A human description of the project; at most " + MAX_DESCRIPTION
                + " characters without control characters (checked by the pipeline). Omitted when absent.",
            List.of(new Constraint.MaxLength(MAX_DESCRIPTION))),
        field(ANNOTATIONS, FieldType.STRING_MAP,
            "Annotations of the AppProject, at most 256 KiB of keys and values in all.",
            List.of(new Constraint.KeysMatch(Patterns.LABEL_KEY, Patterns.ANNOTATION_KEY_RULE),
                new Constraint.MaxBytes(MAX_ANNOTATION_BYTES))),
        field(LABELS, FieldType.STRING_MAP,
            "Labels of the AppProject, merged over the base labels (yours win key by key).",
            List.of(new Constraint.KeysMatch(Patterns.LABEL_KEY, Patterns.LABEL_KEY_RULE),
                new Constraint.ValuesMatch(Patterns.LABEL_VALUE, Patterns.LABEL_VALUE_RULE))),
        required(SOURCE_REPOS, FieldType.STRING_LIST,
            "Repositories the project's applications may deploy from: URLs, globs or *.",
            List.of(new Constraint.MinItems(1), new Constraint.MaxItems(MAX_ENTRIES),
                new Constraint.Matches(Patterns.VERSION, Patterns.NO_WHITE_SPACE_RULE))),
        required(DESTINATIONS, FieldType.OBJECT_LIST,
            "Clusters and namespaces the project's applications may deploy to.",
            List.of(new Constraint.MinItems(1), new Constraint.MaxItems(MAX_ENTRIES))),
        required(DESTINATIONS_SERVER, FieldType.STRING, "API server URL of the cluster, or * for any.",
            List.of(new Constraint.Matches(Patterns.URL_OR_ANY, Patterns.URL_OR_ANY_RULE))),
        required(DESTINATIONS_NAMESPACE, FieldType.STRING, "Namespace on that cluster; globs allowed.",
            List.of(new Constraint.Matches(Patterns.VERSION, Patterns.NO_WHITE_SPACE_RULE))),
        field(CLUSTER_RESOURCE_WHITELIST, FieldType.OBJECT_LIST,
            "Cluster-scoped kinds the project may deploy. Omitted when absent (none allowed).", List.empty()),
        group(CLUSTER_RESOURCE_WHITELIST + ".group"),
        kind(CLUSTER_RESOURCE_WHITELIST + ".kind"),
        name(CLUSTER_RESOURCE_WHITELIST + ".name"),
        field(NAMESPACE_RESOURCE_WHITELIST, FieldType.OBJECT_LIST,
            "Namespaced kinds the project may deploy. Omitted when absent (all allowed).", List.empty()),
        group(NAMESPACE_RESOURCE_WHITELIST + ".group"),
        kind(NAMESPACE_RESOURCE_WHITELIST + ".kind"),
        name(NAMESPACE_RESOURCE_WHITELIST + ".name"));
  }

  private static RequestField group(String path) {
    return new RequestField(path, FieldType.STRING, List.empty(), false, Option.some(Node.text("")),
        "API group; empty (the default) for the core group, * for any.");
  }

  private static RequestField kind(String path) {
    return required(path, FieldType.STRING, "Kind, e.g. Namespace; * for any.", List.empty());
  }

  private static RequestField name(String path) {
    // absent, null and "" (the CRD default) mean every object of the kind, as Argo CD reads an empty name
    return new RequestField(path, FieldType.STRING, List.of(new Constraint.Matches(Patterns.VERSION, Patterns.NO_WHITE_SPACE_RULE)),
        false, Option.some(Node.text("")), "Object name, a glob (e.g. team1-*); empty (the default): every object of "
            + "the kind. Needs an Argo CD that knows whitelist names (see the README); an older one ignores it.");
  }

  private static Seq<Constraint> dnsLabel() {
    return List.of(new Constraint.MaxLength(63), new Constraint.Matches(Patterns.DNS_LABEL, KubernetesNames.DNS_LABEL_RULE));
  }

  private static RequestField field(String path, FieldType type, String description, Seq<Constraint> constraints) {
    return new RequestField(path, type, constraints, false, Option.none(), description);
  }

  private static RequestField required(String path, FieldType type, String description, Seq<Constraint> constraints) {
    return new RequestField(path, type, constraints, true, Option.none(), description);
  }
}
