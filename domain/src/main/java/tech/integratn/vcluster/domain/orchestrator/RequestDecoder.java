package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Either;
import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.domain.contract.Accepted;
import tech.integratn.vcluster.domain.contract.FieldReader;
import tech.integratn.vcluster.domain.contract.FieldType;
import tech.integratn.vcluster.domain.contract.Patterns;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.RequestField;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.contract.RequestWarning;
import tech.integratn.vcluster.domain.names.KubernetesNames;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.profile.PresetName;
import tech.integratn.vcluster.domain.profile.UnknownFieldPolicy;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * Reads a request document (the whole object Kratix hands over) into the typed request, checking
 * every field against {@link RequestFields} and collecting every problem in one pass. Unknown
 * fields under {@code spec} become warnings; everything outside {@code spec} and {@code metadata}
 * is Kratix's and is ignored quietly.
 *
 * <p>Written with plain loops and {@code if}s. Under the image's AOT cache lambdas and Vavr
 * collection operations would cost a run nothing measurable; lambdas of Vavr's own function types
 * ({@code Validation.combine(…).ap}) would, ~35 ms (bench/README.md, "Idioms under the AOT cache").
 */
public final class RequestDecoder {

  private RequestDecoder() {}

  /** Decodes {@code document} for rendering with {@code profile}. */
  public static DecodedRequest decode(Node document, PlatformProfile profile) {
    return decode(document, profile, profile.unknownFields() == UnknownFieldPolicy.REJECT);
  }

  /** Decodes {@code document}; unknown fields are problems when {@code rejectUnknown}, else warnings. */
  static DecodedRequest decode(Node document, PlatformProfile profile, boolean rejectUnknown) {
    return new Run(RequestFields.all(profile), profile, rejectUnknown, null).decode(document);
  }

  /**
   * Checks a request built in code against the same table: each row's value is taken from the
   * typed spec by its path ({@link TypedFields}) and checked with the row's type and constraints,
   * in the document's order, so the typed request gets exactly the problems and warnings its
   * document would; what passes is the typed request the planner gets (absent, {@code null} and
   * {@code ""} read as not given, as in a document).
   */
  public static DecodedRequest check(VClusterOrchestratorV2 request, PlatformProfile profile) {
    return new Run(RequestFields.all(profile), profile, false, request.spec()).check(request.metadata());
  }

  /** One decoding pass; collects problems and warnings while it walks the document or the typed spec. */
  private static final class Run {
    private final Seq<RequestField> fields;
    private final PlatformProfile profile;
    private final FieldReader reader;
    /** The typed spec being checked, or null when a document is decoded. */
    private final @Nullable VClusterOrchestratorV2Spec typed;
    private MapNode spec = MapNode.empty();
    private RequestMetadata metadata = new RequestMetadata("", "default", StringMap.empty());
    /** Each extraEgress entry as read, with its rule when complete (the delete lists by index). */
    private Vector<Option<ExtraEgressRule>> egress = Vector.empty();

    Run(Seq<RequestField> fields, PlatformProfile profile, boolean rejectUnknown, @Nullable VClusterOrchestratorV2Spec typed) {
      this.fields = fields;
      this.profile = profile;
      this.reader = new FieldReader(fields, rejectUnknown);
      this.typed = typed;
    }

    /** The typed request's pass: its metadata as given (the namespace checked), its spec row by row. */
    DecodedRequest check(RequestMetadata metadata) {
      this.metadata = metadata;
      checkNamespace(metadata.namespace());
      VClusterOrchestratorV2Spec checked = spec();
      sharedNamespaceWarning(metadata, checked);
      return result(Option.some(new VClusterOrchestratorV2(metadata, checked)));
    }

    DecodedRequest decode(Node document) {
      if (document instanceof MapNode root) {
        checkKind(root);
        metadata = metadata(root);
      }
      Option<MapNode> specMap = reader.spec(document);
      if (specMap.isEmpty()) {
        return result(Option.none());
      }
      spec = specMap.get();
      VClusterOrchestratorV2Spec typed = spec();
      sharedNamespaceWarning(metadata, typed);
      return result(Option.some(new VClusterOrchestratorV2(metadata, typed)));
    }

    private DecodedRequest result(Option<VClusterOrchestratorV2> request) {
      Either<Rejection, Accepted<VClusterOrchestratorV2>> decoded =
          reader.problems().isEmpty() && request.isDefined()
              ? Either.right(new Accepted<>(request.get(), reader.warnings()))
              : Either.left(new Rejection(reader.problems(), reader.warnings()));
      return new DecodedRequest(decoded, request, metadata, egress);
    }

    private void checkKind(MapNode root) {
      Option<Node> kind = root.get("kind");
      if (kind.isDefined() && !kind.get().equals(Node.text(VClusterOrchestratorV2.KIND))) {
        reader.add(new RequestProblem.RuleBroken(
            "kind", "must be " + VClusterOrchestratorV2.KIND, Node.describe(kind.get())));
      }
    }

    private RequestMetadata metadata(MapNode root) {
      Option<Node> metaNode = root.get("metadata");
      MapNode meta = metaNode.isDefined() && metaNode.get() instanceof MapNode m ? m : MapNode.empty();
      String name = textOr(meta.get("name"), "");
      String namespace = textOr(meta.get("namespace"), "default");
      checkNamespace(namespace);
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

    private void checkNamespace(String namespace) {
      if (!namespace.isEmpty() && !Patterns.matches(RequestFields.DNS_LABEL, namespace)) {
        reader.add(new RequestProblem.RuleBroken("metadata.namespace", KubernetesNames.DNS_LABEL_RULE,
            Node.describe(Node.text(namespace))));
      }
    }

    // ---- typed spec -------------------------------------------------------------------------

    private VClusterOrchestratorV2Spec spec() {
      return VClusterOrchestratorV2Spec.builder()
          .name(string(RequestFields.NAME).getOrElse(""))
          .targetNamespace(string(RequestFields.TARGET_NAMESPACE))
          .projectName(string(RequestFields.PROJECT_NAME))
          .vcluster(vcluster())
          .exposure(exposure())
          .integrations(integrations())
          .argocdApplication(argocdApplication())
          .networkPolicies(networkPolicies())
          .build();
    }

    private VClusterSettings vcluster() {
      return VClusterSettings.builder()
          .k8sVersion(string(RequestFields.VCLUSTER_K8S_VERSION))
          .preset(preset(string(RequestFields.VCLUSTER_PRESET)))
          .replicas(integer(RequestFields.VCLUSTER_REPLICAS))
          .isolationMode(isolationMode(string(RequestFields.VCLUSTER_ISOLATION_MODE)))
          .cpuRequest(string(RequestFields.VCLUSTER_RESOURCES_REQUESTS_CPU))
          .memoryRequest(string(RequestFields.VCLUSTER_RESOURCES_REQUESTS_MEMORY))
          .cpuLimit(string(RequestFields.VCLUSTER_RESOURCES_LIMITS_CPU))
          .memoryLimit(string(RequestFields.VCLUSTER_RESOURCES_LIMITS_MEMORY))
          .persistenceEnabled(bool(RequestFields.VCLUSTER_PERSISTENCE_ENABLED))
          .persistenceSize(string(RequestFields.VCLUSTER_PERSISTENCE_SIZE))
          .storageClass(string(RequestFields.VCLUSTER_PERSISTENCE_STORAGE_CLASS))
          .corednsReplicas(integer(RequestFields.VCLUSTER_COREDNS_REPLICAS))
          .clusterDomain(string(RequestFields.VCLUSTER_NETWORKING_CLUSTER_DOMAIN))
          .backingStore(object(RequestFields.VCLUSTER_BACKING_STORE))
          .exportKubeConfig(object(RequestFields.VCLUSTER_EXPORT_KUBE_CONFIG))
          .helmOverrides(object(RequestFields.VCLUSTER_HELM_OVERRIDES))
          .build();
    }

    private ExposureSettings exposure() {
      return ExposureSettings.builder()
          .hostname(string(RequestFields.EXPOSURE_HOSTNAME))
          .subnet(string(RequestFields.EXPOSURE_SUBNET))
          .vip(string(RequestFields.EXPOSURE_VIP))
          .vipOffset(asLong(integer(RequestFields.EXPOSURE_VIP_OFFSET)))
          .apiPort(integer(RequestFields.EXPOSURE_API_PORT))
          .build();
    }

    private IntegrationSettings integrations() {
      return IntegrationSettings.builder()
          .clusterIssuerSelectorLabels(stringMap(RequestFields.INTEGRATIONS_CERT_MANAGER_CLUSTER_ISSUER_SELECTOR_LABELS))
          .clusterStoreSelectorLabels(stringMap(RequestFields.INTEGRATIONS_EXTERNAL_SECRETS_CLUSTER_STORE_SELECTOR_LABELS))
          .environment(string(RequestFields.INTEGRATIONS_ARGOCD_ENVIRONMENT))
          .clusterLabels(stringMap(RequestFields.INTEGRATIONS_ARGOCD_CLUSTER_LABELS).getOrElse(StringMap.empty()))
          .clusterAnnotations(stringMap(RequestFields.INTEGRATIONS_ARGOCD_CLUSTER_ANNOTATIONS).getOrElse(StringMap.empty()))
          .workloadRepoUrl(string(RequestFields.INTEGRATIONS_ARGOCD_WORKLOAD_REPO_URL))
          .workloadRepoBasePath(string(RequestFields.INTEGRATIONS_ARGOCD_WORKLOAD_REPO_BASE_PATH))
          .workloadRepoPath(string(RequestFields.INTEGRATIONS_ARGOCD_WORKLOAD_REPO_PATH))
          .workloadRepoRevision(string(RequestFields.INTEGRATIONS_ARGOCD_WORKLOAD_REPO_REVISION))
          .build();
    }

    private ArgoCDApplicationSettings argocdApplication() {
      return ArgoCDApplicationSettings.builder()
          .repoURL(string(RequestFields.ARGOCD_APPLICATION_REPO_URL))
          .chart(string(RequestFields.ARGOCD_APPLICATION_CHART))
          .targetRevision(string(RequestFields.ARGOCD_APPLICATION_TARGET_REVISION))
          .destinationServer(string(RequestFields.ARGOCD_APPLICATION_DESTINATION_SERVER))
          .syncPolicy(object(RequestFields.ARGOCD_APPLICATION_SYNC_POLICY))
          .build();
    }

    private NetworkPolicySettings networkPolicies() {
      ImmutableNetworkPolicySettings.Builder settings =
          NetworkPolicySettings.builder().enableNFS(bool(RequestFields.NETWORK_POLICIES_ENABLE_NFS));
      RequestField list = field(RequestFields.NETWORK_POLICIES_EXTRA_EGRESS);
      Option<Node> raw = present(list);
      java.util.List<EgressChecks.Entry> entries = new java.util.ArrayList<>(); // the pass's own record, not problems
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
            egress = egress.append(Option.of(rule));
          }
        } else {
          wrongType(list.path(), list.type(), raw.get());
        }
      }
      NetworkPolicySettings built = settings.addAllExtraEgress(rules).build();
      EgressChecks.Findings findings =
          EgressChecks.check(Vector.ofAll(entries), built.enableNFS().getOrElse(false), profile.networkPolicies());
      reader.addAll(findings.problems());
      reader.warnAll(findings.warnings());
      return built;
    }

    /** Spec 8.1: policies selecting every pod are never written into the request namespace. */
    private void sharedNamespaceWarning(RequestMetadata metadata, VClusterOrchestratorV2Spec checked) {
      Option<Node> written = typed != null ? TypedFields.at(typed, RequestFields.TARGET_NAMESPACE) : spec.get("targetNamespace");
      if (checked.targetNamespace().isEmpty() && written.isDefined() && isPresent(written.get())) {
        return; // an invalid targetNamespace is a problem of its own, not the request namespace
      }
      String target = checked.targetNamespace().getOrElse(metadata.namespace());
      if (profile.networkPolicies().enabled() && target.equals(metadata.namespace())) {
        reader.warn(new RequestWarning.NoEffect(RequestFields.TARGET_NAMESPACE,
            "network policies are not rendered into the request namespace " + target
                + "; give the vcluster its own namespace"));
      }
      if (target.equals(metadata.namespace())) {
        reader.warn(new RequestWarning.NoEffect(RequestFields.TARGET_NAMESPACE,
            "Pod Security labels (tenancy.podSecurity) are not written on the shared request namespace " + target
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
        reader.add(new RequestProblem.WrongType(itemPath, "a map", Node.describe(item)));
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
            reader.add(new RequestProblem.Missing(path));
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
      return reader.field(path);
    }

    /** The row's raw value, from the document or the typed spec; a missing required field is a problem. */
    private Option<Node> present(RequestField f) {
      return typed == null ? reader.present(f) : reader.present(f, TypedFields.at(typed, f.path()));
    }

    private @Nullable Node value(String path) {
      RequestField f = field(path);
      return reader.value(f, present(f));
    }

    private Option<String> string(String path) {
      Node n = value(path);
      return n == null ? Option.none() : Option.some(text(n));
    }

    private Option<Integer> integer(String path) {
      Node n = value(path);
      return n == null ? Option.none() : Option.some(((Node.Int) n).value().intValueExact());
    }

    private Option<Boolean> bool(String path) {
      Node n = value(path);
      return n == null ? Option.none() : Option.some(((Node.Bool) n).value());
    }

    private Option<MapNode> object(String path) {
      Node n = value(path);
      return n == null ? Option.none() : Option.some((MapNode) n);
    }

    private Option<StringMap> stringMap(String path) {
      Node n = value(path);
      return n == null ? Option.none() : Option.some(FieldReader.toStringMap(n));
    }

    private Option<Node> convert(RequestField f, String path, Node value) {
      return reader.convert(f, path, value);
    }

    private void wrongType(String path, FieldType type, Node value) {
      reader.wrongType(path, type, value);
    }

    private void unknown(String path, String key, java.util.List<String> siblings) {
      reader.unknown(path, key, siblings);
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

  private static Option<PresetName> preset(Option<String> text) {
    if (text.isEmpty()) {
      return Option.none();
    }
    Option<PresetName> parsed = PresetName.parse(text.get());
    return parsed.isDefined() ? Option.some(parsed.get()) : Option.none();
  }

  private static Option<IsolationMode> isolationMode(Option<String> text) {
    if (text.isEmpty()) {
      return Option.none();
    }
    Option<IsolationMode> parsed = IsolationMode.parse(text.get());
    return parsed.isDefined() ? Option.some(parsed.get()) : Option.none();
  }

  private static Option<Long> asLong(Option<Integer> value) {
    return value.isDefined() ? Option.some(value.get().longValue()) : Option.none();
  }

  // ---- pure helpers -----------------------------------------------------------------------------

  /** {@code path.key}, or {@code path["key"]} (escaped) for a key that is not a plain word. */
  public static String shown(String path, String key) {
    return RequestField.shown(path, key);
  }

  static boolean isPresent(Node node) {
    return FieldReader.isPresent(node);
  }

  private static String text(Node node) {
    return FieldReader.text(node);
  }
}
