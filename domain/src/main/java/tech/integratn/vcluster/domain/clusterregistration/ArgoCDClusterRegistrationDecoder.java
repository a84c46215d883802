package tech.integratn.vcluster.domain.clusterregistration;

import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.Accepted;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.FieldReader;
import tech.integratn.vcluster.domain.contract.Patterns;
import tech.integratn.vcluster.domain.contract.RequestField;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.names.KubernetesNames;
import tech.integratn.vcluster.domain.network.IpAddress;
import tech.integratn.vcluster.domain.network.IpFamily;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.tenancy.ReservedNamespaces;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * Reads an {@code ArgoCDClusterRegistration} document against {@link ArgoCDClusterRegistrationFields},
 * adds the rules across fields (the name's bound with the default Job name, the kubeconfig Secret
 * that would overwrite itself, the Connect host and 1Password item fixed by the profile (spec
 * 10.1), the cluster Secret's type, qualified label keys, URL hosts and ports) and resolves the
 * defaults from the profile. Every problem of one pass at once.
 *
 * <p>Plain loops and {@code if}s, the style of the decoders (bench/README.md, "Idioms under the AOT cache").
 */
public final class ArgoCDClusterRegistrationDecoder {

  /** The label that makes a Secret an Argo CD cluster. */
  public static final String SECRET_TYPE_LABEL = "argocd.argoproj.io/secret-type";

  private ArgoCDClusterRegistrationDecoder() {}

  /**
   * Decodes {@code document}; with {@code rejectUnknown} an unknown field is a problem, else a
   * warning.
   */
  public static Either<Rejection, Accepted<ClusterRegistration>> decode(Node document, PlatformProfile profile, boolean rejectUnknown) {
    Seq<RequestField> fields = ArgoCDClusterRegistrationFields.all(profile);
    FieldReader reader = new FieldReader(fields, rejectUnknown);
    Option<MapNode> spec = reader.spec(document);
    if (spec.isEmpty()) {
      return Either.left(new Rejection(reader.problems(), reader.warnings()));
    }
    Option<String> name = reader.string(ArgoCDClusterRegistrationFields.NAME);
    Option<String> targetNamespace = reader.string(ArgoCDClusterRegistrationFields.TARGET_NAMESPACE);
    Option<String> kubeconfigSecret = reader.string(ArgoCDClusterRegistrationFields.KUBECONFIG_SECRET);
    Option<String> kubeconfigKey = reader.string(ArgoCDClusterRegistrationFields.KUBECONFIG_KEY);
    Option<String> serverUrl = reader.string(ArgoCDClusterRegistrationFields.EXTERNAL_SERVER_URL);
    Option<String> item = reader.string(ArgoCDClusterRegistrationFields.ONE_PASSWORD_ITEM);
    Option<String> connectHost = reader.string(ArgoCDClusterRegistrationFields.ONE_PASSWORD_CONNECT_HOST);
    Option<String> environment = reader.string(ArgoCDClusterRegistrationFields.ENVIRONMENT);
    Option<String> baseDomain = reader.string(ArgoCDClusterRegistrationFields.BASE_DOMAIN);
    Option<String> sanitized = reader.string(ArgoCDClusterRegistrationFields.BASE_DOMAIN_SANITIZED);
    Option<StringMap> labels = reader.stringMap(ArgoCDClusterRegistrationFields.CLUSTER_LABELS);
    Option<StringMap> annotations = reader.stringMap(ArgoCDClusterRegistrationFields.CLUSTER_ANNOTATIONS);
    boolean jobNamed = isGiven(spec.get(), "syncJobName");
    Option<String> syncJobName = reader.string(ArgoCDClusterRegistrationFields.SYNC_JOB_NAME);

    if (name.isDefined() && !jobNamed && name.get().length() > ArgoCDClusterRegistrationFields.MAX_NAME_WITH_DEFAULT_JOB) {
      reader.add(new RequestProblem.RuleBroken(ArgoCDClusterRegistrationFields.NAME,
          "must be at most " + ArgoCDClusterRegistrationFields.MAX_NAME_WITH_DEFAULT_JOB
              + " characters when spec.syncJobName is absent (the Job <name>-kubeconfig-sync is at most 63)",
          Node.describe(Node.text(name.get()))));
    }
    if (name.isDefined() && kubeconfigSecret.isDefined()) {
      String written = kubeconfigSecretName(profile, name.get());
      if (written.equals(kubeconfigSecret.get())) {
        reader.add(new RequestProblem.RuleBroken(ArgoCDClusterRegistrationFields.KUBECONFIG_SECRET,
            "must not be " + written + ", the Secret the kubeconfig ExternalSecret writes (it would overwrite its own source)",
            Node.describe(Node.text(kubeconfigSecret.get()))));
      }
    }
    // spec 10.1: the platform's secrets go only where the profile says
    String platformHost = profile.registration().connectHost();
    if (item.isDefined() && name.isDefined() && !item.get().equals(onePasswordItemName(profile, name.get()))) {
      reader.add(new RequestProblem.RuleBroken(ArgoCDClusterRegistrationFields.ONE_PASSWORD_ITEM,
          "must be the platform's 1Password item " + onePasswordItemName(profile, name.get())
              + " (set by the platform profile: onePasswordItemTemplate " + profile.onePasswordItemTemplate()
              + " with spec.name)",
          Node.describe(Node.text(item.get()))));
    }
    if (connectHost.isDefined() && !connectHost.get().equals(platformHost)) {
      reader.add(new RequestProblem.RuleBroken(ArgoCDClusterRegistrationFields.ONE_PASSWORD_CONNECT_HOST,
          "must be the platform's Connect host " + platformHost + " (set by the platform profile)",
          Node.describe(Node.text(connectHost.get()))));
    }
    if (targetNamespace.isDefined()) {
      RequestProblem reserved = ReservedNamespaces.check(ArgoCDClusterRegistrationFields.TARGET_NAMESPACE,
          targetNamespace.get(), profile);
      if (reserved != null) {
        reader.add(reserved);
      }
    }
    if (serverUrl.isDefined()) {
      reader.addAll(checkServerUrl(serverUrl.get()));
    }
    if (labels.isDefined()) {
      reader.addAll(checkKeys(ArgoCDClusterRegistrationFields.CLUSTER_LABELS, labels.get(), Patterns.LABEL_KEY_RULE));
    }
    if (annotations.isDefined()) {
      reader.addAll(checkKeys(ArgoCDClusterRegistrationFields.CLUSTER_ANNOTATIONS, annotations.get(),
          Patterns.ANNOTATION_KEY_RULE));
    }
    if (!reader.problems().isEmpty() || name.isEmpty() || targetNamespace.isEmpty() || kubeconfigSecret.isEmpty()
        || serverUrl.isEmpty()) {
      return Either.left(new Rejection(reader.problems(), reader.warnings()));
    }
    String n = name.get();
    String domain = baseDomain.getOrElse(profile.baseDomain());
    ClusterRegistration registration = ClusterRegistration.builder()
        .name(n)
        .targetNamespace(targetNamespace.get())
        .kubeconfigSecret(kubeconfigSecret.get())
        .kubeconfigKey(kubeconfigKey.getOrElse(ArgoCDClusterRegistrationFields.DEFAULT_KUBECONFIG_KEY))
        .externalServerURL(serverUrl.get())
        .onePasswordItem(onePasswordItemName(profile, n))
        .onePasswordConnectHost(platformHost)
        .environment(environment.getOrElse(ArgoCDClusterRegistrationFields.DEFAULT_ENVIRONMENT))
        .baseDomain(domain)
        .baseDomainSanitized(sanitized.getOrElse(domain.replace('.', '-')))
        .clusterLabels(labels.getOrElse(StringMap.empty()))
        .clusterAnnotations(annotations.getOrElse(StringMap.empty()))
        .syncJobName(syncJobName.getOrElse(n + "-kubeconfig-sync"))
        .build();
    return Either.right(new Accepted<>(registration, reader.warnings()));
  }

  /** The 1Password item of the registration {@code name}: the profile's {@code onePasswordItemTemplate} (spec 10.1). */
  public static String onePasswordItemName(PlatformProfile profile, String name) {
    return profile.onePasswordItemTemplate().replace("{name}", name);
  }

  /** The Secret the kubeconfig ExternalSecret writes: the profile's {@code kubeconfigSecretTemplate}. */
  public static String kubeconfigSecretName(PlatformProfile profile, String name) {
    return profile.kubeconfigSecretTemplate().replace("{name}", name);
  }



  private static boolean isGiven(MapNode spec, String key) {
    Option<Node> value = spec.get(key);
    return value.isDefined() && FieldReader.isPresent(value.get());
  }

  /** Keys that pass the pattern but whose prefix is longer than a DNS subdomain may be (253). */
  private static Seq<RequestProblem> checkKeys(String path, StringMap map, String rule) {
    Vector<RequestProblem> problems = Vector.empty();
    for (Tuple2<String, String> e : map) {
      if (!KubernetesNames.isLabelKey(e._1)) {
        problems = problems.append(new RequestProblem.RuleBroken(RequestField.shown(path, e._1), rule, Node.describe(Node.text(e._1))));
      }
    }
    return problems;
  }

  /**
   * What the pattern cannot say: a host of four numeric labels must be an IPv4 address, a
   * bracketed host an IPv6 address, and a port lies in 1-65535.
   */
  private static Seq<RequestProblem> checkServerUrl(String url) {
    String path = ArgoCDClusterRegistrationFields.EXTERNAL_SERVER_URL;
    int start = "https://".length();
    int hostEnd;
    boolean hostOk;
    if (url.charAt(start) == '[') {
      hostEnd = url.indexOf(']', start) + 1;
      Either<?, IpAddress> address = IpAddress.parse(url.substring(start + 1, hostEnd - 1));
      hostOk = address.isRight() && address.get().family() == IpFamily.IPV6;
    } else {
      hostEnd = start;
      while (hostEnd < url.length() && url.charAt(hostEnd) != ':' && url.charAt(hostEnd) != '/') {
        hostEnd++;
      }
      String host = url.substring(start, hostEnd);
      hostOk = !looksNumeric(host) || IpAddress.parse(host).isRight();
    }
    if (!hostOk) {
      return Vector.of(new RequestProblem.RuleBroken(path, ArgoCDClusterRegistrationFields.SERVER_URL_RULE,
          Node.describe(Node.text(url))));
    }
    if (hostEnd < url.length() && url.charAt(hostEnd) == ':') {
      int end = hostEnd + 1;
      while (end < url.length() && url.charAt(end) != '/') {
        end++;
      }
      int port = Integer.parseInt(url.substring(hostEnd + 1, end));
      if (port < 1 || port > 65535) {
        return Vector.of(new RequestProblem.RuleBroken(path, "must have a port between 1 and 65535",
            Node.describe(Node.text(url))));
      }
    }
    return Vector.empty();
  }

  /** Whether the host is four numeric labels: a host that only an IPv4 address may be. */
  private static boolean looksNumeric(String host) {
    int dots = 0;
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (c == '.') {
        dots++;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    return dots == 3;
  }
}
