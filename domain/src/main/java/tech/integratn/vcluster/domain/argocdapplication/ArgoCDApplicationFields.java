package tech.integratn.vcluster.domain.argocdapplication;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.Constraint;
import tech.integratn.vcluster.domain.contract.FieldType;
import tech.integratn.vcluster.domain.contract.Patterns;
import tech.integratn.vcluster.domain.contract.RequestField;
import tech.integratn.vcluster.domain.names.KubernetesNames;
import tech.integratn.vcluster.domain.profile.PlatformProfile;

/**
 * The field table of an {@code ArgoCDApplication} request (spec 9.5): the decoder validates with it
 * and the promise's CRD schema is generated from it. {@code spec.source}, {@code spec.source.helm}
 * and {@code spec.destination} exist only through the dotted paths below.
 */
public final class ArgoCDApplicationFields {

  private ArgoCDApplicationFields() {}

  /** Helm's limit on a release name. */
  public static final int MAX_RELEASE_NAME = 53;
  /** Kubernetes' limit on all annotations of one object (256 KiB). */
  public static final int MAX_ANNOTATION_BYTES = 262144;
  /** A qualified name: a prefix of at most 253, a slash and a name of at most 63. */
  public static final int MAX_QUALIFIED_NAME = 253 + 1 + 63;

  public static final String QUALIFIED_NAME_RULE =
      "must be a qualified name (an optional DNS-subdomain prefix of at most 253 characters and '/', "
          + "then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit)";
  /** Said of a map key whose prefix is longer than 253 characters (the table's pattern has no length bound). */
  public static final String QUALIFIED_KEY_RULE =
      "keys must be qualified names (an optional DNS-subdomain prefix of at most 253 characters and '/', "
          + "then at most 63 letters, digits, '-', '_' or '.')";

  public static final String NAME = "spec.name";
  public static final String NAMESPACE = "spec.namespace";
  public static final String ANNOTATIONS = "spec.annotations";
  public static final String LABELS = "spec.labels";
  public static final String FINALIZERS = "spec.finalizers";
  public static final String PROJECT = "spec.project";
  public static final String REPO_URL = "spec.source.repoURL";
  public static final String CHART = "spec.source.chart";
  public static final String TARGET_REVISION = "spec.source.targetRevision";
  public static final String RELEASE_NAME = "spec.source.helm.releaseName";
  public static final String VALUES_OBJECT = "spec.source.helm.valuesObject";
  public static final String DESTINATION_SERVER = "spec.destination.server";
  public static final String DESTINATION_NAMESPACE = "spec.destination.namespace";
  public static final String SYNC_POLICY = "spec.syncPolicy";

  /** Every field, in document order; the namespace's default is {@code profile}'s Argo CD namespace. */
  public static Seq<RequestField> all(PlatformProfile profile) {
    return List.of(
        field(NAME, FieldType.STRING, true, "Name of the Argo CD Application.", dnsLabel(63)),
        field(NAMESPACE, FieldType.STRING, false,
            "Namespace of the Application, where Argo CD watches Applications. Default: the platform profile's "
                + "Argo CD namespace (" + profile.argocdNamespace() + " in the " + profile.name() + " profile).",
            dnsLabel(63)),
        field(ANNOTATIONS, FieldType.STRING_MAP, false,
            "Annotations of the Application (for example argocd.argoproj.io/sync-wave); at most 256 KiB in all.",
            List.of(new Constraint.KeysMatch(Patterns.LABEL_KEY, Patterns.ANNOTATION_KEY_RULE),
                new Constraint.MaxBytes(MAX_ANNOTATION_BYTES))),
        field(LABELS, FieldType.STRING_MAP, false,
            "Labels of the Application, merged over the Kratix base labels (yours win).",
            List.of(new Constraint.KeysMatch(Patterns.LABEL_KEY, Patterns.LABEL_KEY_RULE),
                new Constraint.ValuesMatch(Patterns.LABEL_VALUE, Patterns.LABEL_VALUE_RULE))),
        field(FINALIZERS, FieldType.STRING_LIST, false,
            "Finalizers of the Application; resources-finalizer.argocd.argoproj.io makes deleting the "
                + "Application delete what it deployed.",
            List.of(new Constraint.MaxLength(MAX_QUALIFIED_NAME),
                new Constraint.Matches(Patterns.LABEL_KEY, QUALIFIED_NAME_RULE))),
        field(PROJECT, FieldType.STRING, true, "Argo CD project (AppProject) the Application belongs to.", dnsLabel(63)),
        field(REPO_URL, FieldType.STRING, true, "Repository of the source: a Helm repository, an OCI registry or a Git URL.",
            noWhiteSpace()),
        field(CHART, FieldType.STRING, false, "Helm chart name in the repository (omitted for a Git source).",
            List.of(new Constraint.MaxLength(253), new Constraint.Matches(Patterns.DNS_NAME, Patterns.DNS_NAME_RULE))),
        field(TARGET_REVISION, FieldType.STRING, true, "Chart version, or Git revision, to deploy.", noWhiteSpace()),
        field(RELEASE_NAME, FieldType.STRING, false, "Helm release name (at most 53 characters, Helm's limit).",
            dnsLabel(MAX_RELEASE_NAME)),
        field(VALUES_OBJECT, FieldType.OBJECT, false, "Helm values, passed on to Argo CD as written (key order kept).",
            List.empty()),
        field(DESTINATION_SERVER, FieldType.STRING, true, "API server URL of the cluster to deploy to.",
            List.of(new Constraint.Matches(Patterns.URL, Patterns.URL_RULE))),
        field(DESTINATION_NAMESPACE, FieldType.STRING, true,
            "Namespace to deploy to; never a namespace the platform reserves.", dnsLabel(63)),
        field(SYNC_POLICY, FieldType.OBJECT, false,
            "Argo CD sync policy, passed on as written once it has Argo CD 3.5's shape: automated {enabled, prune, "
                + "selfHeal, allowEmpty}, syncOptions (strings), retry {limit, refresh, backoff {duration, factor, "
                + "maxDuration}}, managedNamespaceMetadata {labels, annotations}; any other key is refused.",
            List.empty()));
  }

  private static Seq<Constraint> dnsLabel(int max) {
    return List.of(new Constraint.MaxLength(max), new Constraint.Matches(Patterns.DNS_LABEL, KubernetesNames.DNS_LABEL_RULE));
  }

  private static Seq<Constraint> noWhiteSpace() {
    return List.of(new Constraint.Matches(Patterns.VERSION, Patterns.NO_WHITE_SPACE_RULE));
  }

  private static RequestField field(
      String path, FieldType type, boolean required, String description, Seq<Constraint> constraints) {
    return new RequestField(path, type, constraints, required, Option.none(), description);
  }
}
