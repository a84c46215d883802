package tech.integratn.vcluster.domain.request;

import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Optional;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.profile.PresetName;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/**
 * Reads a request document (the whole object Kratix hands over) into the typed request, checking
 * every field against {@link RequestFields} and collecting every problem in one pass. Unknown
 * fields under {@code spec} become warnings; everything outside {@code spec} and {@code metadata}
 * is Kratix's and is ignored quietly.
 */
public final class RequestDecoder {

  private RequestDecoder() {}

  /** Decodes {@code document} for rendering with {@code profile}. */
  public static DecodedRequest decode(Node document, PlatformProfile profile) {
    return new Run(RequestFields.all(profile)).decode(document);
  }

  /** One decoding pass; collects problems and warnings while it walks the document. */
  private static final class Run {
    private final Seq<RequestField> fields;
    private Vector<RequestProblem> problems = Vector.empty();
    private Vector<RequestWarning> warnings = Vector.empty();
    private MapNode spec = MapNode.empty();

    Run(Seq<RequestField> fields) {
      this.fields = fields;
    }

    DecodedRequest decode(Node document) {
      if (!(document instanceof MapNode root)) {
        problems = problems.append(new RequestProblem.WrongType("(document)", "a map (a Kubernetes object)", Node.describe(document)));
        return result(Option.none());
      }
      checkKind(root);
      RequestMetadata metadata = metadata(root);
      Option<Node> specNode = root.get("spec");
      if (specNode.isEmpty() || specNode.get() == Node.Null.NULL) {
        problems = problems.append(new RequestProblem.Missing("spec"));
        return result(Option.none());
      }
      if (!(specNode.get() instanceof MapNode specMap)) {
        problems = problems.append(new RequestProblem.WrongType("spec", "a map", Node.describe(specNode.get())));
        return result(Option.none());
      }
      spec = specMap;
      warnUnknown(specMap, "spec");
      VClusterOrchestratorV2Spec typed = spec();
      return result(Option.some(new VClusterOrchestratorV2(metadata, typed)));
    }

    private DecodedRequest result(Option<VClusterOrchestratorV2> request) {
      Validation<Seq<RequestProblem>, VClusterOrchestratorV2> v =
          problems.isEmpty() && request.isDefined()
              ? Validation.valid(request.get())
              : Validation.invalid(problems);
      return new DecodedRequest(v, request, warnings);
    }

    private void checkKind(MapNode root) {
      Option<Node> kind = root.get("kind");
      if (kind.isDefined() && !kind.get().equals(Node.text(VClusterOrchestratorV2.KIND))) {
        problems = problems.append(new RequestProblem.RuleBroken(
            "kind", "must be " + VClusterOrchestratorV2.KIND, Node.describe(kind.get())));
      }
    }

    private RequestMetadata metadata(MapNode root) {
      MapNode meta = root.get("metadata").filter(MapNode.class::isInstance).map(MapNode.class::cast)
          .getOrElse(MapNode.empty());
      String name = meta.get("name").filter(Node.Text.class::isInstance).map(n -> ((Node.Text) n).value()).getOrElse("");
      String namespace = meta.get("namespace").filter(Node.Text.class::isInstance).map(n -> ((Node.Text) n).value())
          .getOrElse("default");
      if (!namespace.isEmpty() && !namespace.matches(RequestFields.DNS_LABEL)) {
        problems = problems.append(new RequestProblem.RuleBroken("metadata.namespace", RequestFields.DNS_LABEL_RULE,
            Node.describe(Node.text(namespace))));
      }
      Map<String, String> annotations = LinkedHashMap.empty();
      Option<Node> ann = meta.get("annotations");
      if (ann.isDefined() && ann.get() instanceof MapNode annMap) {
        for (Tuple2<String, Node> e : annMap.entries()) {
          if (e._2 instanceof Node.Text t) {
            annotations = annotations.put(e._1, t.value());
          }
        }
      }
      return new RequestMetadata(name, namespace, annotations);
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
          .preset(string("spec.vcluster.preset").flatMap(p -> PresetName.parse(p).toJavaOptional()))
          .replicas(integer("spec.vcluster.replicas"))
          .isolationMode(string("spec.vcluster.isolationMode").flatMap(m -> IsolationMode.parse(m).toJavaOptional()))
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
          .vipOffset(integer("spec.exposure.vipOffset").map(Integer::longValue))
          .apiPort(integer("spec.exposure.apiPort"))
          .build();
    }

    private IntegrationSettings integrations() {
      return IntegrationSettings.builder()
          .clusterIssuerSelectorLabels(stringMap("spec.integrations.certManager.clusterIssuerSelectorLabels"))
          .clusterStoreSelectorLabels(stringMap("spec.integrations.externalSecrets.clusterStoreSelectorLabels"))
          .environment(string("spec.integrations.argocd.environment"))
          .clusterLabels(stringMap("spec.integrations.argocd.clusterLabels").orElse(LinkedHashMap.empty()))
          .clusterAnnotations(stringMap("spec.integrations.argocd.clusterAnnotations").orElse(LinkedHashMap.empty()))
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

    private Optional<MapNode> networkPolicies() {
      bool("spec.networkPolicies.enableNFS");
      RequestField list = field("spec.networkPolicies.extraEgress");
      Option<Node> raw = present(list);
      if (raw.isDefined()) {
        if (raw.get() instanceof ListNode items) {
          Seq<RequestField> itemFields = RequestFields.itemFields(fields, list);
          for (int i = 0; i < items.items().size(); i++) {
            checkItem(list, itemFields, i, items.items().get(i));
          }
        } else {
          wrongType(list.path(), list.type(), raw.get());
        }
      }
      return Paths.at(spec, "networkPolicies").filter(MapNode.class::isInstance).map(MapNode.class::cast)
          .toJavaOptional();
    }

    private void checkItem(RequestField list, Seq<RequestField> itemFields, int index, Node item) {
      String itemPath = list.path() + "[" + index + "]";
      if (!(item instanceof MapNode map)) {
        problems = problems.append(new RequestProblem.WrongType(itemPath, "a map", Node.describe(item)));
        return;
      }
      for (RequestField f : itemFields) {
        String path = itemPath + "." + f.key();
        Option<Node> value = map.get(f.key()).filter(RequestDecoder::isPresent);
        if (value.isEmpty()) {
          if (!f.path().endsWith(".protocol")) {
            problems = problems.append(new RequestProblem.Missing(path));
          }
        } else {
          convert(f, path, value.get());
        }
      }
      for (String key : map.keys()) {
        if (itemFields.find(f -> f.key().equals(key)).isEmpty()) {
          warnings = warnings.append(new RequestWarning.UnknownField(shown(itemPath, key)));
        }
      }
    }

    // ---- leaf readers -------------------------------------------------------------------------

    private RequestField field(String path) {
      return RequestFields.find(fields, path).getOrElseThrow(() -> new IllegalStateException("no field " + path));
    }

    private Option<Node> present(RequestField f) {
      Option<Node> raw = Paths.at(spec, f.keys().tail().toJavaArray(String[]::new)).filter(RequestDecoder::isPresent);
      if (raw.isEmpty() && f.required()) {
        problems = problems.append(new RequestProblem.Missing(f.path()));
      }
      return raw;
    }

    private Optional<String> string(String path) {
      RequestField f = field(path);
      return present(f).flatMap(n -> convert(f, f.path(), n)).map(n -> text(n)).toJavaOptional();
    }

    private Optional<Integer> integer(String path) {
      RequestField f = field(path);
      return present(f).flatMap(n -> convert(f, f.path(), n)).map(n -> ((Node.Int) n).value().intValueExact())
          .toJavaOptional();
    }

    private Optional<Boolean> bool(String path) {
      RequestField f = field(path);
      return present(f).flatMap(n -> convert(f, f.path(), n)).map(n -> ((Node.Bool) n).value()).toJavaOptional();
    }

    private Optional<MapNode> object(String path) {
      RequestField f = field(path);
      return present(f).flatMap(n -> convert(f, f.path(), n)).map(MapNode.class::cast).toJavaOptional();
    }

    private Optional<Map<String, String>> stringMap(String path) {
      RequestField f = field(path);
      return present(f).flatMap(n -> convert(f, f.path(), n)).map(RequestDecoder::toStringMap).toJavaOptional();
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
      Seq<RequestProblem> broken = f.constraints().flatMap(c -> Rules.check(c, path, typed.get()));
      problems = problems.appendAll(broken);
      return broken.isEmpty() ? typed : Option.none();
    }

    private Option<Node> checkMap(RequestField f, String path, MapNode map) {
      int before = problems.size();
      for (Tuple2<String, Node> e : map.entries()) {
        String entryPath = path + "[" + Node.quote(e._1) + "]";
        if (!(e._2 instanceof Node.Text)) {
          problems = problems.append(new RequestProblem.WrongType(entryPath, "a string", Node.describe(e._2)));
          continue;
        }
        for (Constraint c : f.constraints()) {
          problems = problems.appendAll(Rules.checkEntry(c, entryPath, e._1, text(e._2)));
        }
      }
      return problems.size() == before ? Option.some(map) : Option.none();
    }

    private void wrongType(String path, FieldType type, Node value) {
      problems = problems.append(new RequestProblem.WrongType(path, type.expected(), Node.describe(value)));
    }

    // ---- unknown fields ---------------------------------------------------------------------

    private void warnUnknown(MapNode node, String path) {
      for (Tuple2<String, Node> e : node.entries()) {
        String childPath = path + "." + e._1;
        Option<RequestField> exact = RequestFields.find(fields, childPath);
        if (exact.isDefined()) {
          continue;
        }
        boolean isPrefix = fields.exists(f -> f.path().startsWith(childPath + "."));
        if (!isPrefix) {
          warnings = warnings.append(new RequestWarning.UnknownField(shown(path, e._1)));
        } else if (e._2 instanceof MapNode child) {
          warnUnknown(child, childPath);
        } else if (isPresent(e._2)) {
          problems = problems.append(new RequestProblem.WrongType(childPath, "a map", Node.describe(e._2)));
        }
      }
    }
  }

  // ---- pure helpers -----------------------------------------------------------------------------

  /** {@code path.key}, or {@code path["key"]} (escaped) for a key that is not a plain word. */
  static String shown(String path, String key) {
    return key.matches("[A-Za-z0-9_-]+") ? path + "." + key : path + "[" + Node.quote(key) + "]";
  }

  static boolean isPresent(Node node) {
    return node != Node.Null.NULL && !node.equals(Node.text(""));
  }

  private static String text(Node node) {
    return ((Node.Text) node).value();
  }

  private static Map<String, String> toStringMap(Node node) {
    Map<String, String> result = LinkedHashMap.empty();
    for (Tuple2<String, Node> e : ((MapNode) node).entries()) {
      result = result.put(e._1, text(e._2));
    }
    return result;
  }

  /** The value as the field's type (quantities normalised to text), or none if it has another type. */
  static Option<Node> typed(FieldType type, Node value) {
    switch (type) {
      case STRING:
        return value instanceof Node.Text ? Option.some(value) : Option.none();
      case INTEGER:
        return value instanceof Node.Int ? Option.some(value) : Option.none();
      case BOOLEAN:
        return value instanceof Node.Bool ? Option.some(value) : Option.none();
      case QUANTITY:
        if (value instanceof Node.Text) {
          return Option.some(value);
        }
        if (value instanceof Node.Int i) {
          return Option.some(Node.text(i.value().toString()));
        }
        if (value instanceof Node.Decimal d) {
          return Option.some(Node.text(d.value().toPlainString()));
        }
        return Option.none();
      case STRING_MAP:
      case OBJECT:
        return value instanceof MapNode ? Option.some(value) : Option.none();
      default:
        return value instanceof ListNode ? Option.some(value) : Option.none();
    }
  }
}
