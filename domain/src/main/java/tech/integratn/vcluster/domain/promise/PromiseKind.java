package tech.integratn.vcluster.domain.promise;

import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.argocdapplication.ArgoCDApplicationPromise;
import tech.integratn.vcluster.domain.argocdproject.ArgoCDProjectPromise;
import tech.integratn.vcluster.domain.clusterregistration.ArgoCDClusterRegistrationPromise;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.orchestrator.OrchestratorPromise;
import tech.integratn.vcluster.domain.contract.Promise;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The four promises one image serves (spec 9.1): the request kind that selects each pipeline,
 * the promise name, the CRD's names and the pipeline names. Upstream's pipeline names are kept:
 * {@code <promise>-resource-<action>-<pipeline>} names a ServiceAccount and must fit 60
 * characters (7.3), and the pipeline name is part of every state-store path.
 */
public enum PromiseKind {
  VCLUSTER_ORCHESTRATOR(OrchestratorPromise.KIND, OrchestratorPromise.PROMISE_NAME, "v2", "vclusterorchestratorv2s",
      "vco-v2", OrchestratorPromise.INSTANCE),
  ARGOCD_PROJECT(ArgoCDProjectPromise.KIND, ArgoCDProjectPromise.PROMISE_NAME, "v1", "argocdprojects",
      "argocd-project", ArgoCDProjectPromise.INSTANCE),
  ARGOCD_APPLICATION(ArgoCDApplicationPromise.KIND, ArgoCDApplicationPromise.PROMISE_NAME, "v1", "argocdapplications",
      "argocd-app", ArgoCDApplicationPromise.INSTANCE),
  ARGOCD_CLUSTER_REGISTRATION(ArgoCDClusterRegistrationPromise.KIND, ArgoCDClusterRegistrationPromise.PROMISE_NAME,
      "v1", "argocdclusterregistrations", "acr", ArgoCDClusterRegistrationPromise.INSTANCE);

  /** The API group and version of all four request kinds. */
  public static final String API_VERSION = "platform.integratn.tech/v1alpha1";

  private final String kind;
  private final String promiseName;
  private final String promiseVersion;
  private final String plural;
  private final String pipelinePrefix;
  private final Promise<?> promise;

  PromiseKind(String kind, String promiseName, String promiseVersion, String plural, String pipelinePrefix,
      Promise<?> promise) {
    this.kind = kind;
    this.promiseName = promiseName;
    this.promiseVersion = promiseVersion;
    this.plural = plural;
    this.pipelinePrefix = pipelinePrefix;
    this.promise = promise;
  }

  public String kind() {
    return kind;
  }

  /** The promise name of the table; a renamed installation has another. */
  public String promiseName() {
    return promiseName;
  }

  /** The {@code kratix.io/promise-version} label of the promise file. */
  public String promiseVersion() {
    return promiseVersion;
  }

  public String plural() {
    return plural;
  }

  public String singular() {
    return kind.toLowerCase(java.util.Locale.ROOT);
  }

  public String configurePipeline() {
    return pipelinePrefix + "-configure";
  }

  public String deletePipeline() {
    return pipelinePrefix + "-delete";
  }

  /** The promise file at the repository root (9.2): {@code promise.yaml}, {@code promise-<name>.yaml}. */
  public String promiseFile() {
    return isOrchestrator() ? "promise.yaml" : "promise-" + promiseName + ".yaml";
  }

  /** The promise's rules: the orchestrator's (sections 1–8) or a sub-promise's (9.4–9.6). */
  public Promise<?> promise() {
    return promise;
  }

  /** Whether this is the orchestrator, which the three sub-promises serve. */
  public boolean isOrchestrator() {
    return this == VCLUSTER_ORCHESTRATOR;
  }

  /** The promise of {@code promiseName} when it is one of the four. */
  public static Option<PromiseKind> named(String promiseName) {
    for (PromiseKind k : values()) {
      if (k.promiseName.equals(promiseName)) {
        return Option.some(k);
      }
    }
    return Option.none();
  }

  /**
   * The promise whose pipeline serves {@code document}, chosen by its {@code apiVersion} and
   * {@code kind} (spec 9.1): a problem naming {@code kind} and the four for any other pair, an
   * absent kind included; none when the document is not a map at all (its own decoder says so).
   * An absent apiVersion is not refused here: with a known kind the request's own rules speak (a
   * corpus request whose apiVersion line a YAML slip swallowed must be refused for that slip).
   */
  public static Either<RequestProblem, Option<PromiseKind>> of(Node document) {
    if (!(document instanceof MapNode root)) {
      return Either.right(Option.none());
    }
    Option<Node> kindNode = root.get("kind");
    Option<Node> apiVersion = root.get("apiVersion");
    boolean apiVersionOk = apiVersion.isEmpty() || apiVersion.get() == Node.Null.NULL
        || (apiVersion.get() instanceof Node.Text t && t.value().equals(API_VERSION));
    if (apiVersionOk && kindNode.isDefined() && kindNode.get() instanceof Node.Text k) {
      for (PromiseKind p : values()) {
        if (p.kind.equals(k.value())) {
          return Either.right(Option.some(p));
        }
      }
    }
    if (!apiVersionOk && kindNode.isDefined() && kindNode.get() instanceof Node.Text k) {
      for (PromiseKind p : values()) {
        if (p.kind.equals(k.value())) {
          // a known kind of another version: the apiVersion is what is wrong (spec 11.4)
          return Either.left(new RequestProblem.RuleBroken("apiVersion", "must be " + API_VERSION + " for kind " + p.kind,
              Node.describe(apiVersion.get())));
        }
      }
    }
    String got = (apiVersion.isDefined() && apiVersion.get() instanceof Node.Text t ? t.value() : "no apiVersion")
        + " " + (kindNode.isDefined() && kindNode.get() != Node.Null.NULL ? Node.describe(kindNode.get()) : "and no kind");
    return Either.left(new RequestProblem.RuleBroken("kind", "must be one of " + kinds() + " of " + API_VERSION, got));
  }

  /** The four kinds, comma-separated, in the order of the table. */
  public static String kinds() {
    StringBuilder text = new StringBuilder();
    for (PromiseKind p : values()) {
      text.append(text.length() == 0 ? "" : ", ").append(p.kind);
    }
    return text.toString();
  }
}
