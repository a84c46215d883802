package tech.integratn.vcluster.domain.profile;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.Consumer;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * Reads a platform profile document over a base profile: every key is optional and replaces the
 * base's value, so an organisation writes only what differs. Unknown keys and wrong types are
 * problems (a profile is written by a platform team, not a tenant: it must be exact).
 */
public final class ProfileDecoder {

  private ProfileDecoder() {}

  private static final Seq<String> KNOWN = List.of(
      "name", "presets", "vipOffset", "loadBalancerIpAnnotation", "kubernetesVersions", "defaultKubernetesVersion",
      "baseDomain", "chart", "destinationServer", "workloadRepo", "clusterIssuerSelectorLabels",
      "clusterStoreSelectorLabels", "clusterLabels", "clusterAnnotations", "secretStoreToken", "kubectlImage",
      "argocd", "onePasswordItemTemplate", "kubeconfigSecretTemplate", "onInvalidRequest", "chartSchemaDir",
      "networkPolicies", "unknownFields", "deleteCleanup");

  /** The profile the document describes over {@code base}, or every problem with it. */
  public static Either<Seq<String>, PlatformProfile> decode(Node document, PlatformProfile base) {
    if (!(document instanceof MapNode root)) {
      return Either.left(List.of("profile: must be a map (got " + Node.describe(document) + ")"));
    }
    Run run = new Run(root);
    ImmutablePlatformProfile[] b = {ImmutablePlatformProfile.copyOf(base)};
    for (String key : root.keys()) {
      if (!KNOWN.contains(key)) {
        run.problem(key, "unknown key");
      }
    }
    run.text("name", v -> b[0] = b[0].withName(v));
    run.preset("presets.dev", base.dev(), v -> b[0] = b[0].withDev(v));
    run.preset("presets.prod", base.prod(), v -> b[0] = b[0].withProd(v));
    run.integer("vipOffset", v -> b[0] = b[0].withVipOffset(v));
    run.text("loadBalancerIpAnnotation", v -> b[0] = b[0].withLoadBalancerIpAnnotation(v));
    run.map("kubernetesVersions", v -> b[0] = b[0].withKubernetesVersions(v));
    run.text("defaultKubernetesVersion", v -> b[0] = b[0].withDefaultKubernetesVersion(v));
    run.text("baseDomain", v -> b[0] = b[0].withBaseDomain(v));
    run.text("chart.repoURL", v -> b[0] = b[0].withChartRepoUrl(v));
    run.text("chart.name", v -> b[0] = b[0].withChartName(v));
    run.text("chart.version", v -> b[0] = b[0].withChartVersion(v));
    run.text("destinationServer", v -> b[0] = b[0].withDestinationServer(v));
    run.text("workloadRepo.url", v -> b[0] = b[0].withWorkloadRepoUrl(v));
    run.text("workloadRepo.basePath", v -> b[0] = b[0].withWorkloadRepoBasePath(v));
    run.text("workloadRepo.path", v -> b[0] = b[0].withWorkloadRepoPath(v));
    run.text("workloadRepo.revision", v -> b[0] = b[0].withWorkloadRepoRevision(v));
    run.map("clusterIssuerSelectorLabels", v -> b[0] = b[0].withClusterIssuerSelectorLabels(v));
    run.map("clusterStoreSelectorLabels", v -> b[0] = b[0].withClusterStoreSelectorLabels(v));
    run.map("clusterLabels", v -> b[0] = b[0].withClusterLabels(v));
    run.map("clusterAnnotations", v -> b[0] = b[0].withClusterAnnotations(v));
    run.text("secretStoreToken.namespace", v -> b[0] = b[0].withSecretStoreTokenNamespace(v));
    run.text("secretStoreToken.name", v -> b[0] = b[0].withSecretStoreTokenName(v));
    run.text("kubectlImage", v -> b[0] = b[0].withKubectlImage(v));
    run.text("argocd.url", v -> b[0] = b[0].withArgocdUrl(v));
    run.text("argocd.namespace", v -> b[0] = b[0].withArgocdNamespace(v));
    run.text("argocd.projectGroup", v -> b[0] = b[0].withProjectGroup(v));
    run.text("onePasswordItemTemplate", v -> b[0] = b[0].withOnePasswordItemTemplate(v));
    run.text("kubeconfigSecretTemplate", v -> b[0] = b[0].withKubeconfigSecretTemplate(v));
    run.text("onInvalidRequest", v -> {
      if (v.equals("fail") || v.equals("suspend")) {
        b[0] = b[0].withOnInvalidRequest(v.equals("fail") ? InvalidRequestPolicy.FAIL : InvalidRequestPolicy.SUSPEND);
      } else {
        run.problem("onInvalidRequest", "must be fail or suspend (got " + v + ")");
      }
    });
    run.text("chartSchemaDir", v -> b[0] = b[0].withChartSchemaDir(Option.some(v)));
    run.text("unknownFields", v -> {
      if (v.equals("warn") || v.equals("reject")) {
        b[0] = b[0].withUnknownFields(v.equals("warn") ? UnknownFieldPolicy.WARN : UnknownFieldPolicy.REJECT);
      } else {
        run.problem("unknownFields", "must be warn or reject (got " + v + ")");
      }
    });
    Option<Node> policies = root.get("networkPolicies");
    if (policies.isDefined() && policies.get() != Node.Null.NULL) {
      Either<Seq<String>, NetworkPolicyProfile> decoded =
          NetworkPolicyProfileDecoder.decode(policies.get(), base.networkPolicies());
      if (decoded.isLeft()) {
        run.problems = run.problems.appendAll(decoded.getLeft());
      } else {
        b[0] = b[0].withNetworkPolicies(decoded.get());
      }
    }
    b[0] = run.deleteCleanup(b[0]);
    if (!run.problems.isEmpty()) {
      return Either.left(run.problems);
    }
    PlatformProfile profile = b[0];
    if (!profile.kubernetesVersions().containsKey(profile.defaultKubernetesVersion())) {
      return Either.left(List.of("profile: defaultKubernetesVersion: must be a key of kubernetesVersions (got "
          + profile.defaultKubernetesVersion() + ")"));
    }
    return Either.right(profile);
  }

  /** One pass over a profile document, collecting problems. */
  private static final class Run {
    private final MapNode root;
    private Vector<String> problems = Vector.empty();

    Run(MapNode root) {
      this.root = root;
    }

    void problem(String path, String rule) {
      problems = problems.append("profile: " + path + ": " + rule);
    }

    private Option<Node> at(String path) {
      return Paths.at(root, path.split("\\.")).filter(n -> n != Node.Null.NULL);
    }

    void text(String path, Consumer<String> set) {
      at(path).forEach(n -> {
        if (n instanceof Node.Text t) {
          set.accept(t.value());
        } else {
          problem(path, "must be a string (got " + Node.describe(n) + ")");
        }
      });
    }

    /** {@code deleteCleanup: {enabled, persistentVolumeSelector}}; an empty selector would match every volume. */
    ImmutablePlatformProfile deleteCleanup(ImmutablePlatformProfile profile) {
      Option<Node> section = at("deleteCleanup");
      if (section.isEmpty()) {
        return profile;
      }
      if (!(section.get() instanceof MapNode map)) {
        problem("deleteCleanup", "must be a map (got " + Node.describe(section.get()) + ")");
        return profile;
      }
      for (String key : map.keys()) {
        if (!key.equals("enabled") && !key.equals("persistentVolumeSelector")) {
          problem("deleteCleanup." + key, "unknown key");
        }
      }
      ImmutablePlatformProfile result = profile;
      Option<Node> enabled = at("deleteCleanup.enabled");
      if (enabled.isDefined()) {
        if (enabled.get() instanceof Node.Bool b) {
          result = result.withDeleteCleanupEnabled(b.value());
        } else {
          problem("deleteCleanup.enabled", "must be a boolean (got " + Node.describe(enabled.get()) + ")");
        }
      }
      Option<Node> selector = at("deleteCleanup.persistentVolumeSelector");
      if (selector.isDefined()) {
        if (selector.get() instanceof Node.Text t && !t.value().isBlank()) {
          result = result.withDeleteCleanupPersistentVolumeSelector(Option.some(t.value().strip()));
        } else {
          problem("deleteCleanup.persistentVolumeSelector", "must be a non-empty label selector, an empty one "
              + "would select every PersistentVolume (got " + Node.describe(selector.get()) + ")");
        }
      }
      return result;
    }

    void integer(String path, Consumer<Integer> set) {
      at(path).forEach(n -> {
        if (n instanceof Node.Int i && i.value().signum() > 0 && i.value().bitLength() < 31) {
          set.accept(i.value().intValue());
        } else {
          problem(path, "must be a positive integer (got " + Node.describe(n) + ")");
        }
      });
    }

    void map(String path, Consumer<StringMap> set) {
      at(path).forEach(n -> {
        Option<StringMap> map = strings(n);
        if (map.isDefined()) {
          set.accept(map.get());
        } else {
          problem(path, "must be a map of strings (got " + Node.describe(n) + ")");
        }
      });
    }

    void preset(String path, Preset base, Consumer<Preset> set) {
      if (at(path).isEmpty()) {
        return;
      }
      Preset[] p = {base};
      integer(path + ".replicas", v -> p[0] = withReplicas(p[0], v));
      text(path + ".cpuRequest", v -> p[0] = new Preset(p[0].replicas(), v, p[0].memoryRequest(), p[0].cpuLimit(),
          p[0].memoryLimit(), p[0].persistenceEnabled(), p[0].persistenceSize(), p[0].corednsReplicas()));
      text(path + ".memoryRequest", v -> p[0] = new Preset(p[0].replicas(), p[0].cpuRequest(), v, p[0].cpuLimit(),
          p[0].memoryLimit(), p[0].persistenceEnabled(), p[0].persistenceSize(), p[0].corednsReplicas()));
      text(path + ".cpuLimit", v -> p[0] = new Preset(p[0].replicas(), p[0].cpuRequest(), p[0].memoryRequest(), v,
          p[0].memoryLimit(), p[0].persistenceEnabled(), p[0].persistenceSize(), p[0].corednsReplicas()));
      text(path + ".memoryLimit", v -> p[0] = new Preset(p[0].replicas(), p[0].cpuRequest(), p[0].memoryRequest(),
          p[0].cpuLimit(), v, p[0].persistenceEnabled(), p[0].persistenceSize(), p[0].corednsReplicas()));
      at(path + ".persistenceEnabled").forEach(n -> {
        if (n instanceof Node.Bool b) {
          p[0] = new Preset(p[0].replicas(), p[0].cpuRequest(), p[0].memoryRequest(), p[0].cpuLimit(),
              p[0].memoryLimit(), b.value(), p[0].persistenceSize(), p[0].corednsReplicas());
        } else {
          problem(path + ".persistenceEnabled", "must be a boolean (got " + Node.describe(n) + ")");
        }
      });
      text(path + ".persistenceSize", v -> p[0] = new Preset(p[0].replicas(), p[0].cpuRequest(), p[0].memoryRequest(),
          p[0].cpuLimit(), p[0].memoryLimit(), p[0].persistenceEnabled(), v, p[0].corednsReplicas()));
      integer(path + ".corednsReplicas", v -> p[0] = new Preset(p[0].replicas(), p[0].cpuRequest(),
          p[0].memoryRequest(), p[0].cpuLimit(), p[0].memoryLimit(), p[0].persistenceEnabled(),
          p[0].persistenceSize(), v));
      set.accept(p[0]);
    }

    private static Preset withReplicas(Preset p, int replicas) {
      return new Preset(replicas, p.cpuRequest(), p.memoryRequest(), p.cpuLimit(), p.memoryLimit(),
          p.persistenceEnabled(), p.persistenceSize(), p.corednsReplicas());
    }

    private static Option<StringMap> strings(Node n) {
      if (!(n instanceof MapNode m)) {
        return Option.none();
      }
      java.util.Map<String, String> result = new java.util.LinkedHashMap<>();
      for (Tuple2<String, Node> e : m.entries()) {
        if (!(e._2 instanceof Node.Text t)) {
          return Option.none();
        }
        result.put(e._1, t.value());
      }
      return Option.some(StringMap.ofAll(result));
    }
  }
}
