package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.names.KubernetesNames;

/**
 * What each file of a rendered tree may hold: the one table {@code validate --rendered} checks a
 * tree against (spec sections 4, 8.2, 9.4-9.6). A row names the path, the pipeline that writes it,
 * whether that pipeline always writes it, and the kinds its documents may be. A new file is one
 * more row.
 */
public final class RenderedPaths {

  /** Where every pipeline writes its objects. */
  public static final String RESOURCES = "resources/";

  public static final String ORCHESTRATOR = "vcluster-orchestrator-v2";
  public static final String PROJECT_PIPELINE = "argocd-project";
  public static final String APPLICATION_PIPELINE = "argocd-application";
  public static final String REGISTRATION_PIPELINE = "argocd-cluster-registration";

  private static final String PLATFORM = "platform.integratn.tech/v1alpha1";
  private static final String RBAC = "rbac.authorization.k8s.io/v1";
  private static final String CERT_MANAGER = "cert-manager.io/v1";
  private static final String ARGO_CD = "argoproj.io/v1alpha1";
  private static final String EXTERNAL_SECRETS = "external-secrets.io/v1";

  private RenderedPaths() {}

  /** What a Kubernetes object's {@code metadata.name} must be. */
  public enum NameRule {
    /** Most kinds: a DNS-1123 subdomain of at most 253 characters. */
    SUBDOMAIN("must be a DNS-1123 subdomain of at most 253 characters (lower-case letters, digits, '-' and '.', "
        + "starting and ending with a letter or digit)", 253, true),
    /** Kinds whose name Kubernetes takes for a DNS label: a Namespace. */
    LABEL("must be a DNS-1123 label of at most 63 characters (lower-case letters, digits and '-', "
        + "starting and ending with a letter or digit)", 63, false),
    /** A Job: a subdomain that fits the {@code job-name} label Kubernetes puts on its pods. */
    JOB("must be a DNS-1123 subdomain of at most 63 characters (Kubernetes puts a Job's name in a label "
        + "of its pods)", 63, true);

    private final String rule;
    private final int longest;
    private final boolean dots;

    NameRule(String rule, int longest, boolean dots) {
      this.rule = rule;
      this.longest = longest;
      this.dots = dots;
    }

    public String rule() {
      return rule;
    }

    /** Whether {@code name} keeps this rule. */
    public boolean accepts(String name) {
      if (name.isEmpty() || name.length() > longest) {
        return false;
      }
      int start = 0;
      for (int i = 0; i <= name.length(); i++) {
        if (i == name.length() || name.charAt(i) == '.') {
          if (!dnsLabel(name, start, i) || (i < name.length() && !dots)) {
            return false;
          }
          start = i + 1;
        }
      }
      return true;
    }

    /** {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?} over {@code [from, to)}. */
    private static boolean dnsLabel(String s, int from, int to) {
      return KubernetesNames.isDnsLabel(s, from, to);
    }
  }

  /**
   * One kind of object: its {@code apiVersion}, {@code kind}, the rule for its name, and whether it
   * lives in a namespace (then its {@code metadata.namespace} is set: GitOps agents otherwise put
   * it in a namespace of their own choosing).
   */
  public record Kind(String apiVersion, String kind, NameRule name, boolean namespaced) {
    @Override
    public String toString() {
      return apiVersion + " " + kind;
    }
  }

  /**
   * One file: {@code pipeline} writes it, always when {@code always}, and each of its documents is
   * one of {@code kinds}.
   */
  public record Row(String path, String pipeline, boolean always, Seq<Kind> kinds) {}

  private static Kind kind(String apiVersion, String kind) {
    return new Kind(apiVersion, kind, NameRule.SUBDOMAIN, true);
  }

  private static final Kind SERVICE_ACCOUNT = kind("v1", "ServiceAccount");
  private static final Kind JOB = new Kind("batch/v1", "Job", NameRule.JOB, true);
  private static final Kind EXTERNAL_SECRET = kind(EXTERNAL_SECRETS, "ExternalSecret");

  /** The table, by pipeline and then in the order each pipeline writes its files. */
  public static final Seq<Row> ROWS = List.of(
      new Row(VClusterResources.PROJECT_FILE, ORCHESTRATOR, true, List.of(kind(PLATFORM, "ArgoCDProject"))),
      new Row(VClusterResources.APPLICATION_FILE, ORCHESTRATOR, true, List.of(kind(PLATFORM, "ArgoCDApplication"))),
      new Row(VClusterResources.REGISTRATION_FILE, ORCHESTRATOR, true, List.of(kind(PLATFORM, "ArgoCDClusterRegistration"))),
      new Row(VClusterResources.NAMESPACE_FILE, ORCHESTRATOR, true, List.of(new Kind("v1", "Namespace", NameRule.LABEL, false))),
      new Row(VClusterResources.COREDNS_FILE, ORCHESTRATOR, true, List.of(kind("v1", "ConfigMap"))),
      new Row(VClusterResources.ETCD_FILE, ORCHESTRATOR, false, List.of(SERVICE_ACCOUNT, kind(RBAC, "Role"),
          kind(RBAC, "RoleBinding"), kind(CERT_MANAGER, "Issuer"), kind(CERT_MANAGER, "Certificate"), JOB)),
      new Row("resources/network-policies.yaml", ORCHESTRATOR, false, List.of(kind("networking.k8s.io/v1", "NetworkPolicy"),
          kind("cilium.io/v2", "CiliumNetworkPolicy"))),
      new Row("resources/appproject.yaml", PROJECT_PIPELINE, true, List.of(kind(ARGO_CD, "AppProject"))),
      new Row("resources/application.yaml", APPLICATION_PIPELINE, true, List.of(kind(ARGO_CD, "Application"))),
      new Row("resources/kubeconfig-sync-rbac.yaml", REGISTRATION_PIPELINE, true, List.of(EXTERNAL_SECRET, SERVICE_ACCOUNT)),
      new Row("resources/kubeconfig-sync-job.yaml", REGISTRATION_PIPELINE, true, List.of(JOB)),
      new Row("resources/kubeconfig-external-secret.yaml", REGISTRATION_PIPELINE, true, List.of(EXTERNAL_SECRET)),
      new Row("resources/argocd-cluster-external-secret.yaml", REGISTRATION_PIPELINE, true, List.of(EXTERNAL_SECRET)));

  /** The row of {@code path}, if any. */
  public static Option<Row> row(String path) {
    for (Row row : ROWS) {
      if (row.path().equals(path)) {
        return Option.some(row);
      }
    }
    return Option.none();
  }

  /** The files {@code pipeline} always writes, in table order. */
  public static Seq<String> alwaysWritten(String pipeline) {
    List<String> paths = List.empty();
    for (Row row : ROWS) {
      if (row.pipeline().equals(pipeline) && row.always()) {
        paths = paths.prepend(row.path());
      }
    }
    return paths.reverse();
  }
}
