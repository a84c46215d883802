package tech.integratn.vcluster.domain.request;

import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.domain.contract.Constraint;
import tech.integratn.vcluster.domain.contract.FieldType;
import tech.integratn.vcluster.domain.contract.Patterns;
import tech.integratn.vcluster.domain.contract.RequestField;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.contract.RequestWarning;
import tech.integratn.vcluster.domain.contract.Rules;
import tech.integratn.vcluster.domain.contract.Suggestions;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.profile.PresetName;
import tech.integratn.vcluster.domain.profile.UnknownFieldPolicy;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * Reads a request document (the whole object Kratix hands over) into the typed request, checking
 * every field against {@link RequestFields} and collecting every problem in one pass. Unknown
 * fields under {@code spec} become warnings; everything outside {@code spec} and {@code metadata}
 * is Kratix's and is ignored quietly.
 *
 * <p>Written with plain loops and {@code if}s rather than lambdas and method references: every
 * distinct call site costs link time on the cold start of a pipeline run, which decodes once.
 */
public final class RequestDecoder {

  private RequestDecoder() {}

  /** Decodes {@code document} for rendering with {@code profile}. */
  public static DecodedRequest decode(Node document, PlatformProfile profile) {
    return new Run(RequestFields.all(profile), profile, profile.unknownFields() == UnknownFieldPolicy.REJECT)
        .decode(document);
  }

  /** One decoding pass; collects problems and warnings while it walks the document. */
  private static final class Run {
    private final Seq<RequestField> fields;
    private final PlatformProfile profile;
    private final java.util.Map<String, RequestField> byPath = new java.util.HashMap<>();
    // ArrayLists, converted once at the end: appending to a non-empty Vavr Vector links lambdas
    // inside Vavr, a cold-start cost of every run with two problems or warnings
    private final java.util.List<RequestProblem> problems = new java.util.ArrayList<>();
    private final java.util.List<RequestWarning> warnings = new java.util.ArrayList<>();
    private MapNode spec = MapNode.empty();
    private final boolean rejectUnknown;

    Run(Seq<RequestField> fields, PlatformProfile profile, boolean rejectUnknown) {
      this.fields = fields;
      this.profile = profile;
      this.rejectUnknown = rejectUnknown;
      for (RequestField f : fields) {
        byPath.putIfAbsent(f.path(), f);
      }
    }

    DecodedRequest decode(Node document) {
      if (!(document instanceof MapNode root)) {
        problems.add(new RequestProblem.WrongType("(document)", "a map (a Kubernetes object)", Node.describe(document)));
        return result(Option.none());
      }
      checkKind(root);
      RequestMetadata metadata = metadata(root);
      Option<Node> specNode = root.get("spec");
      if (specNode.isEmpty() || specNode.get() == Node.Null.NULL) {
        problems.add(new RequestProblem.Missing("spec"));
        return result(Option.none());
      }
      if (!(specNode.get() instanceof MapNode specMap)) {
        problems.add(new RequestProblem.WrongType("spec", "a map", Node.describe(specNode.get())));
        return result(Option.none());
      }
      spec = specMap;
      warnUnknown(specMap, "spec");
      VClusterOrchestratorV2Spec typed = spec();
      sharedNamespaceWarning(metadata, typed);
      return result(Option.some(new VClusterOrchestratorV2(metadata, typed)));
    }

    private DecodedRequest result(Option<VClusterOrchestratorV2> request) {
      Validation<Seq<RequestProblem>, VClusterOrchestratorV2> v =
          problems.isEmpty() && request.isDefined()
              ? Validation.valid(request.get())
              : Validation.invalid(Vector.ofAll(problems));
      return new DecodedRequest(v, request, Vector.ofAll(warnings));
    }

    private void checkKind(MapNode root) {
      Option<Node> kind = root.get("kind");
      if (kind.isDefined() && !kind.get().equals(Node.text(VClusterOrchestratorV2.KIND))) {
        problems.add(new RequestProblem.RuleBroken(
            "kind", "must be " + VClusterOrchestratorV2.KIND, Node.describe(kind.get())));
      }
    }

    private RequestMetadata metadata(MapNode root) {
      Option<Node> metaNode = root.get("metadata");
      MapNode meta = metaNode.isDefined() && metaNode.get() instanceof MapNode m ? m : MapNode.empty();
      String name = textOr(meta.get("name"), "");
      String namespace = textOr(meta.get("namespace"), "default");
      if (!namespace.isEmpty() && !Patterns.matches(RequestFields.DNS_LABEL, namespace)) {
        problems.add(new RequestProblem.RuleBroken("metadata.namespace", RequestFields.DNS_LABEL_RULE,
            Node.describe(Node.text(namespace))));
      }
      java.util.Map<String, String> annotations = new java.util.LinkedHashMap<>();
      Option<Node> ann = meta.get("annotations");
      if (ann.isDefined() && ann.get() instanceof MapNode annMap) {
        for (Tuple2<String, Node> e : annMap.entries()) {
          if (e._2 instanceof Node.Text t) {
            annotations.put(e._1, t.value());
          }
        }
      }
      return new RequestMetadata(name, namespace, StringMap.ofAll(annotations));
    }

    // ---- typed spec -------------------------------------------------------------------------

    private VClusterOrchestratorV2Spec spec() {
      return VClusterOrchestratorV2Spec.builder()
          .name(string("spec.name").orElse(""))
          .targetNamespace(string("spec.targetNamespace"))
          .projectName(string("spec.projectName"))
          .vcluster(vcluster())
          .exposure(exposure())
          .integrations(integrations())
          .argocdApplication(argocdApplication())
          .networkPolicies(networkPolicies())
          .build();
    }

    private VClusterSettings vcluster() {
      return VClusterSettings.builder()
          .k8sVersion(string("spec.vcluster.k8sVersion"))
          .preset(preset(string("spec.vcluster.preset")))
          .replicas(integer("spec.vcluster.replicas"))
          .isolationMode(isolationMode(string("spec.vcluster.isolationMode")))
          .cpuRequest(string("spec.vcluster.resources.requests.cpu"))
          .memoryRequest(string("spec.vcluster.resources.requests.memory"))
          .cpuLimit(string("spec.vcluster.resources.limits.cpu"))
          .memoryLimit(string("spec.vcluster.resources.limits.memory"))
          .persistenceEnabled(bool("spec.vcluster.persistence.enabled"))
          .persistenceSize(string("spec.vcluster.persistence.size"))
          .storageClass(string("spec.vcluster.persistence.storageClass"))
          .corednsReplicas(integer("spec.vcluster.coredns.replicas"))
          .clusterDomain(string("spec.vcluster.networking.clusterDomain"))
          .backingStore(object("spec.vcluster.backingStore"))
          .exportKubeConfig(object("spec.vcluster.exportKubeConfig"))
          .helmOverrides(object("spec.vcluster.helmOverrides"))
          .build();
    }

    private ExposureSettings exposure() {
      return ExposureSettings.builder()
          .hostname(string("spec.exposure.hostname"))
          .subnet(string("spec.exposure.subnet"))
          .vip(string("spec.exposure.vip"))
          .vipOffset(asLong(integer("spec.exposure.vipOffset")))
          .apiPort(integer("spec.exposure.apiPort"))
          .build();
    }

    private IntegrationSettings integrations() {
      return IntegrationSettings.builder()
          .clusterIssuerSelectorLabels(stringMap("spec.integrations.certManager.clusterIssuerSelectorLabels"))
          .clusterStoreSelectorLabels(stringMap("spec.integrations.externalSecrets.clusterStoreSelectorLabels"))
          .environment(string("spec.integrations.argocd.environment"))
          .clusterLabels(stringMap("spec.integrations.argocd.clusterLabels").orElse(StringMap.empty()))
          .clusterAnnotations(stringMap("spec.integrations.argocd.clusterAnnotations").orElse(StringMap.empty()))
          .workloadRepoUrl(string("spec.integrations.argocd.workloadRepo.url"))
          .workloadRepoBasePath(string("spec.integrations.argocd.workloadRepo.basePath"))
          .workloadRepoPath(string("spec.integrations.argocd.workloadRepo.path"))
          .workloadRepoRevision(string("spec.integrations.argocd.workloadRepo.revision"))
          .build();
    }

    private ArgocdApplicationSettings argocdApplication() {
      return ArgocdApplicationSettings.builder()
          .repoURL(string("spec.argocdApplication.repoURL"))
          .chart(string("spec.argocdApplication.chart"))
          .targetRevision(string("spec.argocdApplication.targetRevision"))
          .destinationServer(string("spec.argocdApplication.destinationServer"))
          .syncPolicy(object("spec.argocdApplication.syncPolicy"))
          .build();
    }

    private NetworkPolicySettings networkPolicies() {
      ImmutableNetworkPolicySettings.Builder settings =
          NetworkPolicySettings.builder().enableNFS(bool("spec.networkPolicies.enableNFS"));
      RequestField list = field("spec.networkPolicies.extraEgress");
      Option<Node> raw = present(list);
      java.util.List<EgressChecks.Entry> entries = new java.util.ArrayList<>();
      java.util.List<ExtraEgressRule> rules = new java.util.ArrayList<>();
      if (raw.isDefined()) {
        if (raw.get() instanceof ListNode items) {
          convert(list, list.path(), items);
          Seq<RequestField> itemFields = RequestFields.itemFields(fields, list);
          for (int i = 0; i < items.items().size(); i++) {
            ExtraEgressRule rule = checkItem(list, itemFields, i, items.items().get(i), entries);
            if (rule != null) {
              rules.add(rule);
            }
          }
        } else {
          wrongType(list.path(), list.type(), raw.get());
        }
      }
      NetworkPolicySettings built = settings.addAllExtraEgress(rules).build();
      EgressChecks.Findings findings =
          EgressChecks.check(entries, built.enableNFS().orElse(false), profile.networkPolicies());
      addAll(problems, findings.problems());
      addAll(warnings, findings.warnings());
      return built;
    }

    /** Spec 8.1: policies selecting every pod are never written into the request namespace. */
    private void sharedNamespaceWarning(RequestMetadata metadata, VClusterOrchestratorV2Spec typed) {
      Option<Node> written = spec.get("targetNamespace");
      if (typed.targetNamespace().isEmpty() && written.isDefined() && isPresent(written.get())) {
        return; // an invalid targetNamespace is a problem of its own, not the request namespace
      }
      String target = typed.targetNamespace().orElse(metadata.namespace());
      if (profile.networkPolicies().enabled() && target.equals(metadata.namespace())) {
        warnings.add(new RequestWarning.NoEffect("spec.targetNamespace",
            "network policies are not rendered into the request namespace " + target
                + "; give the vcluster its own namespace"));
      }
    }

    /**
     * Checks one {@code extraEgress} entry and adds what of it is valid to {@code entries} (for the
     * checks across entries); the typed rule when every field of it is valid.
     */
    private @Nullable ExtraEgressRule checkItem(
        RequestField list, Seq<RequestField> itemFields, int index, Node item, java.util.List<EgressChecks.Entry> entries) {
      String itemPath = list.path() + "[" + index + "]";
      if (!(item instanceof MapNode map)) {
        problems.add(new RequestProblem.WrongType(itemPath, "a map", Node.describe(item)));
        return null;
      }
      java.util.Map<String, Node> values = new java.util.HashMap<>();
      boolean complete = true;
      for (RequestField f : itemFields) {
        String path = itemPath + "." + f.key();
        Option<Node> value = map.get(f.key());
        if (value.isEmpty() || !isPresent(value.get())) {
          if (f.crdDefault().isDefined()) {
            values.put(f.key(), f.crdDefault().get());
          } else {
            problems.add(new RequestProblem.Missing(path));
            complete = false;
          }
        } else {
          Option<Node> converted = convert(f, path, value.get());
          if (converted.isDefined()) {
            values.put(f.key(), converted.get());
          } else {
            complete = false;
          }
        }
      }
      for (String key : map.keys()) {
        if (!hasKey(itemFields, key)) {
          unknown(itemPath, key, RequestFields.keys(itemFields));
        }
      }
      Node name = values.get("name");
      Node cidr = values.get("cidr");
      entries.add(new EgressChecks.Entry(index, name == null ? null : text(name), cidr == null ? null : text(cidr)));
      if (!complete) {
        return null;
      }
      return new ExtraEgressRule(text(values.get("name")), text(values.get("cidr")),
          ((Node.Int) values.get("port")).value().intValueExact(), text(values.get("protocol")));
    }

    // ---- leaf readers -------------------------------------------------------------------------

    private RequestField field(String path) {
      RequestField f = byPath.get(path);
      if (f == null) {
        throw new IllegalStateException("no field " + path);
      }
      return f;
    }

    private Option<Node> present(RequestField f) {
      String[] keys = f.path().split("\\.");
      Option<Node> raw = Paths.at(spec, Arrays.copyOfRange(keys, 1, keys.length));
      if (raw.isDefined() && !isPresent(raw.get())) {
        raw = Option.none();
      }
      if (raw.isEmpty() && f.required()) {
        problems.add(new RequestProblem.Missing(f.path()));
      }
      return raw;
    }

    /** The checked value at {@code path}: present, of the field's type and within its rules. */
    private @Nullable Node value(String path) {
      RequestField f = field(path);
      Option<Node> raw = present(f);
      if (raw.isEmpty()) {
        return null;
      }
      Option<Node> converted = convert(f, f.path(), raw.get());
      return converted.isDefined() ? converted.get() : null;
    }

    private Optional<String> string(String path) {
      Node n = value(path);
      return n == null ? Optional.empty() : Optional.of(text(n));
    }

    private Optional<Integer> integer(String path) {
      Node n = value(path);
      return n == null ? Optional.empty() : Optional.of(((Node.Int) n).value().intValueExact());
    }

    private Optional<Boolean> bool(String path) {
      Node n = value(path);
      return n == null ? Optional.empty() : Optional.of(((Node.Bool) n).value());
    }

    private Optional<MapNode> object(String path) {
      Node n = value(path);
      return n == null ? Optional.empty() : Optional.of((MapNode) n);
    }

    private Optional<StringMap> stringMap(String path) {
      Node n = value(path);
      return n == null ? Optional.empty() : Optional.of(toStringMap(n));
    }

    /** Checks type and rules of one value; a valid value comes back normalised, else none. */
    private Option<Node> convert(RequestField f, String path, Node value) {
      Option<Node> typed = typed(f.type(), value);
      if (typed.isEmpty()) {
        wrongType(path, f.type(), value);
        return Option.none();
      }
      if (f.type() == FieldType.STRING_MAP) {
        return checkMap(f, path, (MapNode) typed.get());
      }
      int before = problems.size();
      for (Constraint c : f.constraints()) {
        addAll(problems, Rules.check(c, path, typed.get()));
      }
      return problems.size() == before ? typed : Option.none();
    }

    private Option<Node> checkMap(RequestField f, String path, MapNode map) {
      int before = problems.size();
      for (Tuple2<String, Node> e : map.entries()) {
        String entryPath = path + "[" + Node.quote(e._1) + "]";
        if (!(e._2 instanceof Node.Text)) {
          problems.add(new RequestProblem.WrongType(entryPath, "a string", Node.describe(e._2)));
          continue;
        }
        for (Constraint c : f.constraints()) {
          addAll(problems, Rules.checkEntry(c, entryPath, e._1, text(e._2)));
        }
      }
      return problems.size() == before ? Option.some(map) : Option.none();
    }

    private void wrongType(String path, FieldType type, Node value) {
      problems.add(new RequestProblem.WrongType(path, type.expected(), Node.describe(value)));
    }

    // ---- unknown fields ---------------------------------------------------------------------

    private void warnUnknown(MapNode node, String path) {
      for (Tuple2<String, Node> e : node.entries()) {
        String childPath = path + "." + e._1;
        if (byPath.containsKey(childPath)) {
          continue;
        }
        boolean isPrefix = isPrefix(childPath + ".");
        if (!isPrefix) {
          unknown(path, e._1, childKeys(path + "."));
        } else if (e._2 instanceof MapNode child) {
          warnUnknown(child, childPath);
        } else if (isPresent(e._2)) {
          problems.add(new RequestProblem.WrongType(childPath, "a map", Node.describe(e._2)));
        }
      }
    }

    /**
     * An unknown {@code key} under {@code path}: a warning, or a problem when the run rejects
     * unknown fields; either way with the closest of {@code siblings}, if one is close.
     */
    private void unknown(String path, String key, java.util.List<String> siblings) {
      @Nullable String closest = Suggestions.closest(key, siblings);
      Option<String> suggestion = closest == null ? Option.none() : Option.some(shown(path, closest));
      if (rejectUnknown) {
        problems.add(new RequestProblem.UnknownField(shown(path, key), suggestion));
      } else {
        warnings.add(new RequestWarning.UnknownField(shown(path, key), suggestion));
      }
    }

    /** The known keys directly below {@code prefix} ({@code spec.vcluster.} gives preset, resources, ...). */
    private java.util.List<String> childKeys(String prefix) {
      java.util.List<String> keys = new java.util.ArrayList<>();
      for (RequestField f : fields) {
        if (f.path().startsWith(prefix)) {
          int end = f.path().indexOf('.', prefix.length());
          String key = end < 0 ? f.path().substring(prefix.length()) : f.path().substring(prefix.length(), end);
          if (!keys.contains(key)) {
            keys.add(key);
          }
        }
      }
      return keys;
    }

    private boolean isPrefix(String prefix) {
      for (RequestField f : fields) {
        if (f.path().startsWith(prefix)) {
          return true;
        }
      }
      return false;
    }
  }

  private static <T> void addAll(java.util.List<T> to, Iterable<? extends T> from) {
    for (T t : from) {
      to.add(t);
    }
  }

  private static boolean hasKey(Seq<RequestField> fields, String key) {
    for (RequestField f : fields) {
      if (f.key().equals(key)) {
        return true;
      }
    }
    return false;
  }

  private static String textOr(Option<Node> node, String otherwise) {
    return node.isDefined() && node.get() instanceof Node.Text t ? t.value() : otherwise;
  }

  private static Optional<PresetName> preset(Optional<String> text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Option<PresetName> parsed = PresetName.parse(text.get());
    return parsed.isDefined() ? Optional.of(parsed.get()) : Optional.empty();
  }

  private static Optional<IsolationMode> isolationMode(Optional<String> text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Option<IsolationMode> parsed = IsolationMode.parse(text.get());
    return parsed.isDefined() ? Optional.of(parsed.get()) : Optional.empty();
  }

  private static Optional<Long> asLong(Optional<Integer> value) {
    return value.isPresent() ? Optional.of(value.get().longValue()) : Optional.empty();
  }

  // ---- pure helpers -----------------------------------------------------------------------------

  /** {@code path.key}, or {@code path["key"]} (escaped) for a key that is not a plain word. */
  public static String shown(String path, String key) {
    return RequestField.shown(path, key);
  }

  static boolean isPresent(Node node) {
    return node != Node.Null.NULL && !(node instanceof Node.Text t && t.value().isEmpty());
  }

  private static String text(Node node) {
    return ((Node.Text) node).value();
  }

  private static StringMap toStringMap(Node node) {
    java.util.Map<String, String> result = new java.util.LinkedHashMap<>();
    for (Tuple2<String, Node> e : ((MapNode) node).entries()) {
      result.put(e._1, text(e._2));
    }
    return StringMap.ofAll(result);
  }

  /** The value as the field's type (quantities normalised to text), or none if it has another type. */
  static Option<Node> typed(FieldType type, Node value) {
    if (!type.accepts(value)) {
      return Option.none();
    }
    if (type == FieldType.QUANTITY && value instanceof Node.Int i) {
      return Option.some(Node.text(i.value().toString()));
    }
    if (type == FieldType.QUANTITY && value instanceof Node.Decimal d) {
      return Option.some(Node.text(Node.decimalText(d.value())));
    }
    return Option.some(value);
  }
}
