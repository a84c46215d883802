package tech.integratn.vcluster.domain.clusterregistration;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.Constraint;
import tech.integratn.vcluster.domain.contract.FieldType;
import tech.integratn.vcluster.domain.contract.Patterns;
import tech.integratn.vcluster.domain.contract.RequestField;
import tech.integratn.vcluster.domain.names.HttpsUrls;
import tech.integratn.vcluster.domain.names.KubernetesNames;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The field table of {@code ArgoCDClusterRegistration} (spec 9.6): the decoder's rules and the CRD
 * schema. Defaults owned by the profile are named in the descriptions, never published as CRD
 * defaults; only {@code kubeconfigKey}'s {@code config} is static.
 */
public final class ArgoCDClusterRegistrationFields {

  public static final String NAME = "spec.name";
  public static final String TARGET_NAMESPACE = "spec.targetNamespace";
  public static final String KUBECONFIG_SECRET = "spec.kubeconfigSecret";
  public static final String KUBECONFIG_KEY = "spec.kubeconfigKey";
  public static final String EXTERNAL_SERVER_URL = "spec.externalServerURL";
  public static final String ONE_PASSWORD_ITEM = "spec.onePasswordItem";
  public static final String ONE_PASSWORD_CONNECT_HOST = "spec.onePasswordConnectHost";
  public static final String ENVIRONMENT = "spec.environment";
  public static final String BASE_DOMAIN = "spec.baseDomain";
  public static final String BASE_DOMAIN_SANITIZED = "spec.baseDomainSanitized";
  public static final String CLUSTER_LABELS = "spec.clusterLabels";
  public static final String CLUSTER_ANNOTATIONS = "spec.clusterAnnotations";
  public static final String SYNC_JOB_NAME = "spec.syncJobName";

  /** {@code kubeconfigKey}'s default. */
  public static final String DEFAULT_KUBECONFIG_KEY = "config";
  /** {@code environment}'s default. */
  public static final String DEFAULT_ENVIRONMENT = "development";
  /** The longest {@code name} when {@code syncJobName} is absent: {@code <name>-kubeconfig-sync} names a Job (at most 63). */
  public static final int MAX_NAME_WITH_DEFAULT_JOB = 63 - "-kubeconfig-sync".length();
  /** The longest annotation map, keys and values together (256 KiB, as the API server's limit). */
  public static final int MAX_ANNOTATION_BYTES = 262144;

  public static final String SECRET_KEY_RULE =
      "must be a Secret key (letters, digits, '-', '_' and '.'; not '.' and not starting with '..')";
  public static final String ITEM_TITLE_RULE =
      "must be a 1Password item title of letters, digits, '.', '_' and '-', starting and ending with a letter or digit";
  public static final String SERVER_URL_RULE =
      "must be an https:// URL whose host is a DNS name, an IPv4 address or a bracketed IPv6 address, with an optional port";
  public static final String SANITIZED_RULE = "must consist of lower-case letters, digits and '-'";

  private ArgoCDClusterRegistrationFields() {}

  /** Every field, in document order, with the defaults of {@code profile} named in the descriptions. */
  public static Seq<RequestField> all(PlatformProfile profile) {
    return List.of(
        field(NAME, FieldType.STRING, true,
            "The cluster's name; names every rendered object. At most " + MAX_NAME_WITH_DEFAULT_JOB
                + " characters when syncJobName is absent (<name>-kubeconfig-sync names a Job).",
            dnsLabel()),
        field(TARGET_NAMESPACE, FieldType.STRING, true,
            "Namespace of the kubeconfig Secret; the sync Job and its ExternalSecrets are rendered there; never a "
                + "namespace the platform reserves.", dnsLabel()),
        field(KUBECONFIG_SECRET, FieldType.STRING, true,
            "The Secret holding the cluster's kubeconfig (the vcluster's own); must differ from the Secret the kubeconfig"
                + " ExternalSecret writes (the profile's kubeconfigSecretTemplate, " + profile.kubeconfigSecretTemplate() + ").",
            List.of(new Constraint.MaxLength(253), new Constraint.Matches(Patterns.DNS_NAME, Patterns.DNS_NAME_RULE))),
        new RequestField(KUBECONFIG_KEY, FieldType.STRING,
            List.of(new Constraint.MaxLength(253), new Constraint.Matches(Patterns.SECRET_KEY, SECRET_KEY_RULE)), false,
            Option.some(Node.text(DEFAULT_KUBECONFIG_KEY)),
            "The key of kubeconfigSecret that holds the kubeconfig (also a file name under /kubeconfig)."),
        field(EXTERNAL_SERVER_URL, FieldType.STRING, true, "The API server URL Argo CD connects to.",
            List.of(new Constraint.Matches(Patterns.SERVER_URL, SERVER_URL_RULE))),
        field(ONE_PASSWORD_ITEM, FieldType.STRING, false,
            "Title of the 1Password item the kubeconfig is copied to. Fixed by the platform: the profile's"
                + " onePasswordItemTemplate (" + profile.onePasswordItemTemplate() + ") applied to name; a request naming"
                + " another item is rejected. Best left out.",
            List.of(new Constraint.MaxLength(128), new Constraint.Matches(Patterns.ITEM_TITLE, ITEM_TITLE_RULE))),
        field(ONE_PASSWORD_CONNECT_HOST, FieldType.STRING, false,
            "The 1Password Connect server the sync Job sends the platform's Connect token to. Fixed by the platform:"
                + " the profile's registration.connectHost (" + profile.registration().connectHost() + "); a request"
                + " naming another host is rejected. Best left out.",
            List.of(new Constraint.Matches(Patterns.HTTPS_URL, HttpsUrls.HTTPS_URL_RULE))),
        field(ENVIRONMENT, FieldType.STRING, false,
            "Environment label of the Argo CD cluster (default: " + DEFAULT_ENVIRONMENT + ").",
            List.of(new Constraint.MaxLength(63), new Constraint.Matches(Patterns.LABEL_VALUE, KubernetesNames.LABEL_VALUE_RULE))),
        field(BASE_DOMAIN, FieldType.STRING, false,
            "Base domain of the cluster (default: the profile's baseDomain, " + profile.baseDomain() + ").", dnsName()),
        field(BASE_DOMAIN_SANITIZED, FieldType.STRING, false,
            "The base domain with '.' replaced by '-'; the Argo CD cluster is named <name>.<baseDomainSanitized>"
                + " (default: from baseDomain).",
            List.of(new Constraint.MaxLength(253), new Constraint.Matches(Patterns.LOWER_DASHED, SANITIZED_RULE))),
        field(CLUSTER_LABELS, FieldType.STRING_MAP, false,
            "Labels of the Argo CD cluster Secret, merged over the identity labels (yours win).",
            List.of(new Constraint.KeysMatch(Patterns.LABEL_KEY, Patterns.LABEL_KEY_RULE),
                new Constraint.ValuesMatch(Patterns.LABEL_VALUE, Patterns.LABEL_VALUE_RULE),
                Constraint.EntryIs.SECRET_TYPE_CLUSTER)),
        field(CLUSTER_ANNOTATIONS, FieldType.STRING_MAP, false,
            "Annotations of the Argo CD cluster Secret.",
            List.of(new Constraint.KeysMatch(Patterns.LABEL_KEY, Patterns.ANNOTATION_KEY_RULE),
                new Constraint.MaxBytes(MAX_ANNOTATION_BYTES))),
        field(SYNC_JOB_NAME, FieldType.STRING, false,
            "Name of the kubeconfig sync Job; a new name runs the sync again (default: <name>-kubeconfig-sync).",
            dnsLabel()));
  }

  private static Seq<Constraint> dnsLabel() {
    return List.of(new Constraint.MaxLength(63), new Constraint.Matches(Patterns.DNS_LABEL, KubernetesNames.DNS_LABEL_RULE));
  }

  private static Seq<Constraint> dnsName() {
    return List.of(new Constraint.MaxLength(253), new Constraint.Matches(Patterns.DNS_NAME, Patterns.DNS_NAME_RULE));
  }

  private static RequestField field(String path, FieldType type, boolean required, String description,
      Seq<Constraint> constraints) {
    return new RequestField(path, type, constraints, required, Option.none(), description);
  }
}
