package tech.integratn.vcluster.domain.profile;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.Consumer;
import tech.integratn.vcluster.domain.names.HttpsUrls;
import tech.integratn.vcluster.domain.names.KubernetesNames;
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
      "clusterStoreSelectorLabels", "clusterLabels", "clusterAnnotations", "kubectlImage",
      "argocd", "onePasswordItemTemplate", "kubeconfigSecretTemplate", "onInvalidRequest", "chartSchemaDir",
      "networkPolicies", "unknownFields", "deleteCleanup", "registration", "tenancy", "hostSecretMappings",
      "clusterRoleExtraRules");

  /** The keys of each nested section this decoder reads itself, by the section's path (spec 6, 9.6). */
  static final java.util.Map<String, Seq<String>> SECTIONS = sections();

  private static java.util.Map<String, Seq<String>> sections() {
    java.util.Map<String, Seq<String>> s = new java.util.LinkedHashMap<>();
    Seq<String> preset = List.of("replicas", "cpuRequest", "memoryRequest", "cpuLimit", "memoryLimit",
        "persistenceEnabled", "persistenceSize", "corednsReplicas");
    s.put("presets", List.of("dev", "prod"));
    s.put("presets.dev", preset);
    s.put("presets.prod", preset);
    s.put("chart", List.of("repoURL", "name", "version"));
    s.put("workloadRepo", List.of("url", "basePath", "path", "revision"));
    s.put("argocd", List.of("url", "namespace", "projectGroup"));
    s.put("deleteCleanup", List.of("enabled", "persistentVolumeSelector"));
    s.put("registration", List.of("secretStore", "tokenItem", "connectHost", "vaultName", "syncImage",
        "identityLabelPrefix", "kubeconfigSync", "syncDeadlineSeconds"));
    s.put("registration.secretStore", List.of("kind", "name"));
    s.put("registration.tokenItem", List.of("key", "tokenProperty", "vaultProperty"));
    return java.util.Collections.unmodifiableMap(s);
  }

  /** Every top-level key a profile may have. */
  static Seq<String> topLevelKeys() {
    return KNOWN;
  }

  /** The profile the document describes over {@code base}, or every problem with it. */
  public static Either<Seq<ProfileProblem>, PlatformProfile> decode(Node document, PlatformProfile base) {
    if (!(document instanceof MapNode root)) {
      return Either.left(List.of(new ProfileProblem.NotAMap(Node.describe(document))));
    }
    Run run = new Run(root);
    // spec 10.2: a file inherits no tenancy key, no host Secret mapping and no extra ClusterRole rule
    ImmutablePlatformProfile[] b = {ImmutablePlatformProfile.copyOf(base)
        .withTenancy(ImmutableTenancyProfile.copyOf(TenancyProfile.untrusted())
            .withPipelineNamespace(base.tenancy().pipelineNamespace()))
        .withHostSecretMappings(StringMap.empty())
        .withClusterRoleExtraRules(List.empty())};
    for (String key : root.keys()) {
      if (key.equals("secretStoreToken")) {
        run.problem(key, "is no longer a profile key: write the host Secret as hostSecretMappings and the rule "
            + "reading it as clusterRoleExtraRules (trusted profiles only, spec 10.2)");
      } else if (!KNOWN.contains(key)) {
        run.add(KeySuggestions.unknownKey("", key, KNOWN));
      }
    }
    run.text("name", v -> b[0] = b[0].withName(v));
    // the plain sections: a map, and no key the decoder does not read (presets.* checked in preset)
    run.section("presets", SECTIONS.get("presets"));
    run.section("chart", SECTIONS.get("chart"));
    run.section("workloadRepo", SECTIONS.get("workloadRepo"));
    run.section("argocd", SECTIONS.get("argocd"));
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
    run.text("kubectlImage", v -> {
      if (run.image("kubectlImage", v)) {
        b[0] = b[0].withKubectlImage(v);
      }
    });
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
      Either<Seq<ProfileProblem>, NetworkPolicyProfile> decoded =
          NetworkPolicyProfileDecoder.decode(policies.get(), base.networkPolicies());
      if (decoded.isLeft()) {
        run.problems = run.problems.appendAll(decoded.getLeft());
      } else {
        b[0] = b[0].withNetworkPolicies(decoded.get());
      }
    }
    // b[0]'s tenancy already carries the base's pipeline namespace (above)
    Either<Seq<ProfileProblem>, ImmutablePlatformProfile> tenancy = TenancyProfileDecoder.decode(root, b[0]);
    if (tenancy.isLeft()) {
      run.problems = run.problems.appendAll(tenancy.getLeft());
    } else {
      b[0] = tenancy.get();
    }
    b[0] = run.deleteCleanup(b[0]);
    b[0] = b[0].withRegistration(run.registration(base.registration()));
    if (!run.problems.isEmpty()) {
      return Either.left(run.problems);
    }
    PlatformProfile profile = b[0];
    if (!profile.kubernetesVersions().containsKey(profile.defaultKubernetesVersion())) {
      return Either.left(List.of(new ProfileProblem.Invalid("defaultKubernetesVersion",
          "must be a key of kubernetesVersions (got " + profile.defaultKubernetesVersion() + ")")));
    }
    return Either.right(profile);
  }

  /** One pass over a profile document, collecting problems. */
  private static final class Run {
    private final MapNode root;
    private Vector<ProfileProblem> problems = Vector.empty();

    Run(MapNode root) {
      this.root = root;
    }

    void problem(String path, String rule) {
      add(new ProfileProblem.Invalid(path, rule));
    }

    void add(ProfileProblem problem) {
      problems = problems.append(problem);
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
        if (!SECTIONS.get("deleteCleanup").contains(key)) {
          add(KeySuggestions.unknownKey("deleteCleanup.", key, SECTIONS.get("deleteCleanup")));
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

    /** Whether {@code image} is pinned (spec 9.6); a problem naming {@code path} when not. */
    boolean image(String path, String image) {
      Option<String> rule = ImageReference.problem(image);
      rule.forEach(r -> problem(path, r + " (got " + Node.quote(image) + ")"));
      return rule.isEmpty();
    }

    /**
     * {@code registration: {secretStore: {kind, name}, tokenItem: {key, tokenProperty, vaultProperty},
     * connectHost, vaultName, syncImage, identityLabelPrefix, kubeconfigSync, syncDeadlineSeconds}} over {@code base}
     * (spec 9.6); an empty or null {@code tokenItem.vaultProperty} means none.
     */
    RegistrationProfile registration(RegistrationProfile base) {
      String reg = "registration";
      if (!section(reg, SECTIONS.get(reg))) {
        return base;
      }
      ImmutableRegistrationProfile[] r = {ImmutableRegistrationProfile.copyOf(base)};
      if (section(reg + ".secretStore", SECTIONS.get(reg + ".secretStore"))) {
        text(reg + ".secretStore.kind", v -> {
          if (v.equals("ClusterSecretStore") || v.equals("SecretStore")) {
            r[0] = r[0].withSecretStoreKind(v);
          } else {
            problem(reg + ".secretStore.kind", "must be ClusterSecretStore or SecretStore (got " + Node.quote(v) + ")");
          }
        });
        name(reg + ".secretStore.name", v -> r[0] = r[0].withSecretStoreName(v));
      }
      if (section(reg + ".tokenItem", SECTIONS.get(reg + ".tokenItem"))) {
        name(reg + ".tokenItem.key", v -> r[0] = r[0].withTokenItemKey(v));
        name(reg + ".tokenItem.tokenProperty", v -> r[0] = r[0].withTokenItemTokenProperty(v));
        String vaultPath = reg + ".tokenItem.vaultProperty";
        Option<Node> vault = Paths.at(root, vaultPath.split("\\."));
        if (vault.isDefined()) {
          if (vault.get() == Node.Null.NULL || vault.get() instanceof Node.Text t && t.value().isEmpty()) {
            r[0] = r[0].withTokenItemVaultProperty(Option.none());
          } else {
            name(vaultPath, v -> r[0] = r[0].withTokenItemVaultProperty(Option.some(v)));
          }
        }
      }
      text(reg + ".connectHost", v -> {
        Option<String> rule = connectHostProblem(v);
        if (rule.isEmpty()) {
          r[0] = r[0].withConnectHost(v);
        } else {
          problem(reg + ".connectHost", rule.get() + " (got " + Node.quote(v) + ")");
        }
      });
      text(reg + ".vaultName", v -> {
        if (v.isBlank()) {
          problem(reg + ".vaultName", "must not be empty (got " + Node.quote(v) + ")");
        } else {
          r[0] = r[0].withVaultName(v);
        }
      });
      text(reg + ".syncImage", v -> {
        if (image(reg + ".syncImage", v)) {
          r[0] = r[0].withSyncImage(v);
        }
      });
      text(reg + ".identityLabelPrefix", v -> {
        if (KubernetesNames.isDnsSubdomain(v)) {
          r[0] = r[0].withIdentityLabelPrefix(v);
        } else {
          problem(reg + ".identityLabelPrefix", "must be a DNS subdomain, at most 253 characters (got "
              + Node.quote(v) + ")");
        }
      });
      text(reg + ".kubeconfigSync", v -> {
        Option<KubeconfigSync> sync = KubeconfigSync.ofYaml(v);
        if (sync.isDefined()) {
          r[0] = r[0].withKubeconfigSync(sync.get());
        } else {
          problem(reg + ".kubeconfigSync", "must be job (pushSecret is deferred until the PushSecret CRD is "
              + "vendored, spec 9.7) (got " + Node.quote(v) + ")");
        }
      });
      at(reg + ".syncDeadlineSeconds").forEach(n -> {
        if (n instanceof Node.Int i && i.value().signum() > 0 && i.value().bitLength() <= 31) {
          r[0] = r[0].withSyncDeadlineSeconds(i.value().intValue());
        } else {
          problem(reg + ".syncDeadlineSeconds", "must be an integer of at least 1, the sync Job's activeDeadlineSeconds"
              + " (got " + Node.describe(n) + ")");
        }
      });
      return r[0];
    }

    /** Whether a map is at {@code path}; a problem when something else is, and one per unknown key. */
    boolean section(String path, Seq<String> known) {
      Option<Node> section = at(path);
      if (section.isEmpty()) {
        return false;
      }
      if (!(section.get() instanceof MapNode map)) {
        problem(path, "must be a map (got " + Node.describe(section.get()) + ")");
        return false;
      }
      for (String key : map.keys()) {
        if (!known.contains(key)) {
          add(KeySuggestions.unknownKey(path + ".", key, known));
        }
      }
      return true;
    }

    /** A non-empty name without white space (a secret store, item or property name). */
    private void name(String path, Consumer<String> set) {
      text(path, v -> {
        boolean ok = !v.isEmpty();
        for (int i = 0; ok && i < v.length(); i++) {
          ok = !Character.isWhitespace(v.charAt(i));
        }
        if (ok) {
          set.accept(v);
        } else {
          problem(path, "must be a non-empty name without white space (got " + Node.quote(v) + ")");
        }
      });
    }

    /** Why {@code url} is not an {@code https://} URL without query or fragment with a host, or none. */
    private static Option<String> connectHostProblem(String url) {
      String scheme = "https://";
      if (!url.startsWith(scheme)) {
        return Option.some("must be an https:// URL (plain http would carry the Connect token in clear)");
      }
      if (url.indexOf('?') >= 0 || url.indexOf('#') >= 0) {
        return Option.some(HttpsUrls.HTTPS_URL_RULE);
      }
      for (int i = 0; i < url.length(); i++) {
        if (Character.isWhitespace(url.charAt(i))) {
          return Option.some("must be an https:// URL without white space");
        }
      }
      int end = url.indexOf('/', scheme.length());
      String authority = url.substring(scheme.length(), end < 0 ? url.length() : end);
      String host = authority.substring(authority.lastIndexOf('@') + 1);
      if (host.startsWith("[")) {
        int close = host.indexOf(']');
        host = close < 0 ? "" : host.substring(1, close);
      } else if (host.indexOf(':') >= 0) {
        host = host.substring(0, host.indexOf(':'));
      }
      if (host.isEmpty()) {
        return Option.some("must be an https:// URL with a host");
      }
      return Option.none();
    }

    void integer(String path, Consumer<Integer> set) {
      at(path).forEach(n -> {
        if (n instanceof Node.Int i && i.value().signum() > 0 && i.value().bitLength() <= 31) {
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
      if (!section(path, SECTIONS.get(path))) {
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
