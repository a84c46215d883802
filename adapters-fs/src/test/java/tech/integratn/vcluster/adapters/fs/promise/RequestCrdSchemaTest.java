package tech.integratn.vcluster.adapters.fs.promise;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tech.integratn.vcluster.adapters.fs.testdata.SharedData;
import tech.integratn.vcluster.adapters.fs.typed.RenderedRequests;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeReader;
import tech.integratn.vcluster.domain.contract.Constraint;
import tech.integratn.vcluster.domain.contract.FieldType;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.RequestField;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.promise.PromiseKind;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.orchestrator.ClusterPlan;
import tech.integratn.vcluster.domain.orchestrator.OrchestratorPromise;
import tech.integratn.vcluster.domain.orchestrator.DecodedRequest;
import tech.integratn.vcluster.domain.orchestrator.RequestDecoder;
import tech.integratn.vcluster.domain.orchestrator.RequestFields;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/**
 * The request CRD embedded in {@code promise.yaml}, read back from YAML and used as a draft-04
 * JSON schema the way the API server would apply it: it carries the rules of section 1, it accepts
 * every real request (the corpus was accepted by a cluster, so refusing one means the generated
 * schema is too strict), it refuses typical mistakes, and it never refuses what the pipeline's
 * decoder accepts.
 */
class RequestCrdSchemaTest {

  private static final Seq<RequestField> TABLE = RequestFields.all(IntegratnProfile.PROFILE);

  private static JsonNode openApi;
  private static Schema schema;
  private static Schema strictSchema;
  private static Node minimal;

  @BeforeAll
  static void load() throws IOException {
    openApi = PromiseFiles.openApiSchema(PromiseFiles.readYaml(PromiseFiles.generatedText()));
    schema = PromiseFiles.draft4(openApi);
    strictSchema = PromiseFiles.draft4(PromiseFiles.strict(openApi));
    minimal = readNode(PromiseFiles.repositoryRoot().resolve("examples/dev-minimal/request.yaml"));
  }

  private static Node readNode(Path file) throws IOException {
    return new YamlTreeReader().read(file.toString(), Files.readAllBytes(file))
        .getOrElseThrow(p -> new AssertionError(file + ": " + p));
  }

  private static JsonNode property(String dotted) {
    JsonNode node = openApi;
    for (String key : dotted.split("\\.")) {
      JsonNode props = node.has("properties") ? node.get("properties") : node.path("items").path("properties");
      node = props.path(key);
    }
    assertThat(node.isMissingNode()).as(dotted).isFalse();
    return node;
  }

  private static java.util.List<String> errors(Node request) {
    return PromiseFiles.errors(strictSchema, PromiseFiles.withoutNulls(PromiseFiles.json(request)));
  }

  // ---- shape -----------------------------------------------------------------------------------

  @Test
  void theSchemaCarriesTheRulesOfSection1() {
    assertThat(openApi.at("/properties/spec/required").toString()).isEqualTo("[\"name\"]");
    assertThat(property("spec.name").path("pattern").asText()).isEqualTo("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");
    assertThat(property("spec.name").path("maxLength").asInt()).isEqualTo(63);
    JsonNode apiPort = property("spec.exposure.apiPort");
    assertThat(apiPort.path("type").asText()).isEqualTo("integer");
    assertThat(apiPort.path("minimum").asInt()).isEqualTo(1);
    assertThat(apiPort.path("maximum").asInt()).isEqualTo(65535);
    assertThat(apiPort.path("default").asInt()).isEqualTo(443);
    assertThat(property("spec.vcluster.preset").path("enum").toString()).isEqualTo("[\"dev\",\"prod\",\"\"]");
    assertThat(property("spec.vcluster.preset").path("default").asText()).isEqualTo("dev");
    assertThat(property("spec.vcluster.resources.limits.memory").path("x-kubernetes-int-or-string").asBoolean()).isTrue();
    assertThat(property("spec.vcluster.helmOverrides").path("x-kubernetes-preserve-unknown-fields").asBoolean()).isTrue();
    assertThat(property("spec.networkPolicies.extraEgress.protocol").path("default").asText()).isEqualTo("TCP");
    assertThat(openApi.at("/properties/status/x-kubernetes-preserve-unknown-fields").asBoolean()).isTrue();
  }

  @Test
  void everyTableFieldIsInTheSchemaWithItsDescription() {
    for (RequestField f : TABLE) {
      assertThat(property(f.path()).path("description").asText()).as(f.path()).startsWith(f.description());
    }
  }

  // ---- real requests -----------------------------------------------------------------------------

  static Stream<Arguments> acceptedRequests() throws IOException {
    Path examples = PromiseFiles.repositoryRoot().resolve("examples");
    java.util.List<Path> files = new ArrayList<>();
    if (SharedData.hasCorpus()) { // only the examples in a plain clone (spec 11.3)
      try (Stream<Path> s = Files.list(SharedData.corpusDirectory())) {
        s.filter(p -> p.getFileName().toString().endsWith(".yaml"))
            .filter(p -> !p.getFileName().toString().startsWith("invalid-"))
            .sorted()
            .forEach(files::add);
      }
    }
    try (Stream<Path> s = Files.walk(examples)) {
      s.filter(p -> p.getFileName().toString().equals("request.yaml")).sorted().forEach(files::add);
    }
    return files.stream().map(p -> Arguments.of(p.getParent().getFileName() + "/" + p.getFileName(), p));
  }

  @Test
  void theCorpusAndTheExamplesAreAllThere() throws IOException {
    long examples;
    try (Stream<Path> dirs = Files.list(PromiseFiles.repositoryRoot().resolve("examples"))) {
      examples = dirs.filter(d -> Files.isRegularFile(d.resolve("request.yaml"))).count();
    }
    assertThat(examples).isGreaterThanOrEqualTo(4 + 3 * 2);
    SharedData.corpus(); // the examples were counted above; the rest is the corpus
    assertThat(acceptedRequests().count()).isEqualTo(91 + examples);
  }

  /** The strict CRD schema of each promise file, as generated (spec 9.2). */
  private static final java.util.Map<PromiseKind, Schema> STRICT = new java.util.EnumMap<>(PromiseKind.class);

  private static Schema strict(PromiseKind kind) {
    return STRICT.computeIfAbsent(kind, k -> PromiseFiles.draft4(PromiseFiles.strict(
        PromiseFiles.openApiSchema(PromiseFiles.readYaml(PromiseFiles.generatedText(k))))));
  }

  /** The schema problems of {@code request} against the CRD of its own kind's promise. */
  private static java.util.List<String> errorsOfItsKind(Node request) {
    PromiseKind kind = PromiseKind.of(request).get().getOrElse(PromiseKind.VCLUSTER_ORCHESTRATOR);
    return PromiseFiles.errors(strict(kind), PromiseFiles.withoutNulls(PromiseFiles.json(request)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedRequests")
  void aRequestTheClusterAcceptedPassesTheSchemaWithoutAnyFieldBeingPruned(String name, Path file) throws IOException {
    Node request = readNode(file);
    assertThat(errorsOfItsKind(request)).as(name).isEmpty();
  }

  /**
   * The three sub-requests the orchestrator renders for every accepted request pass their
   * sub-promise's CRD schema with nothing pruned: the API server keeps every field the sub-pipeline
   * reads (spec 9.3's chain, seen from the API server).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedRequests")
  void theOrchestratorsSubRequestsPassTheSubPromisesSchemas(String name, Path file) throws IOException {
    Node request = readNode(file);
    Option<PromiseKind> kind = PromiseKind.of(request).get();
    if ((kind.isDefined() && kind.get() != PromiseKind.VCLUSTER_ORCHESTRATOR)
        || RenderedRequests.REFUSED.contains(file.getFileName().toString())) {
      return;
    }
    Rendering<ClusterPlan> rendering = OrchestratorPromise.INSTANCE.configure(request, IntegratnProfile.PROFILE, "vcluster-orchestrator-v2")
        .getOrElseThrow(r -> new AssertionError(name + ": " + r.problems().map(Problems::render).mkString("; ")));
    int checked = 0;
    for (OutputFile f : rendering.files()) {
      for (KubernetesObject o : f.objects()) {
        if (o.apiVersion().equals(PromiseKind.API_VERSION)) {
          assertThat(errorsOfItsKind(o.toNode())).as(name + " -> " + f.path()).isEmpty();
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(3);
  }

  // ---- mistakes ----------------------------------------------------------------------------------

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("spec.exposure.apiPort", Node.integer(70000)),
        Arguments.of("spec.exposure.apiPort", Node.integer(0)),
        Arguments.of("spec.exposure.apiPort", Node.text("443")),
        Arguments.of("spec.vcluster.preset", Node.text("huge")),
        Arguments.of("spec.vcluster.k8sVersion", Node.text("1.20")),
        Arguments.of("spec.vcluster.replicas", Node.integer(0)),
        Arguments.of("spec.vcluster.resources.requests.cpu", Node.text("lots")),
        Arguments.of("spec.vcluster.persistence.enabled", Node.text("yes")),
        Arguments.of("spec.vcluster.helmOverrides", Node.text("controlPlane: {}")),
        Arguments.of("spec.name", Node.text("Bad_Name")),
        Arguments.of("spec.name", Node.text("")),
        Arguments.of("spec.name", Node.text("a".repeat(64))),
        Arguments.of("spec.targetNamespace", Node.text("-x")),
        Arguments.of("spec.exposure.subnet", Node.text("10.0.4.0")),
        Arguments.of("spec.argocdApplication.repoURL", Node.text("charts.loft.sh")),
        Arguments.of("spec.integrations.argocd.clusterLabels", MapNode.of("team", Node.text("a b"))),
        Arguments.of("spec.integrations.argocd.clusterLabels", MapNode.of("team", Node.integer(1))),
        Arguments.of("spec.networkPolicies.extraEgress", ListNode.of(MapNode.of("name", Node.text("nfs"))
            .with("cidr", "10.0.0.0/8").with("port", Node.integer(2049)).with("protocol", "ICMP"))),
        Arguments.of("spec.networkPolicies.extraEgress", ListNode.of(MapNode.of("name", Node.text("nfs"))
            .with("cidr", "10.0.0.0/8"))),
        Arguments.of("spec.vcluster.presett", Node.text("dev")));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("mistakes")
  void aTypicalMistakeIsRefusedByTheApiServerAndByTheDecoder(String path, Node value) {
    MapNode request = Paths.put((MapNode) minimal, List.of(path.split("\\.")), value);
    assertThat(errors(request)).as("schema").isNotEmpty();
    DecodedRequest decoded = RequestDecoder.decode(request, IntegratnProfile.PROFILE);
    boolean decoderObjects = decoded.request().isLeft() || !decoded.warnings().isEmpty();
    assertThat(decoderObjects).as("decoder refuses or warns").isTrue();
  }

  @Test
  void theLaxSchemaOnlyPrunesAnUnknownFieldWhileTheStrictCopyReportsIt() {
    MapNode request = Paths.put((MapNode) minimal, List.of("spec", "vcluster", "presett"), Node.text("dev"));
    JsonNode json = PromiseFiles.json(request);
    assertThat(PromiseFiles.errors(schema, json)).isEmpty();
    assertThat(PromiseFiles.errors(strictSchema, json)).hasSize(1);
  }

  // ---- the schema is never stricter than the decoder ---------------------------------------------

  private static final Seq<Node> VALUES = List.of(
      Node.text(""), Node.text("demo"), Node.text("Demo"), Node.text("-demo"), Node.text("a.b-c"), Node.text("a".repeat(64)),
      Node.text("a".repeat(254)), Node.text("500m"), Node.text("1Gi"), Node.text("2"), Node.text("huge"),
      Node.text("https://charts.example.org"), Node.text("oci://ghcr.io/x"), Node.text("ftp://x"), Node.text("10.0.4.0/24"),
      Node.text("10.0.4.7"), Node.text("fd00::/64"), Node.text("999.1.1.1"), Node.text("v1.34.3"), Node.text("1.33"),
      Node.text("dev"), Node.text("prod"), Node.text("strict"), Node.text("TCP"), Node.text("UDP"), Node.text("a b"),
      Node.text("true"), Node.integer(0), Node.integer(1), Node.integer(3), Node.integer(100), Node.integer(101),
      Node.integer(443), Node.integer(65535), Node.integer(65536), Node.integer(-1), Node.integer(2147483648L),
      Node.bool(true), Node.bool(false), Node.Null.NULL, MapNode.empty(), MapNode.of("team", Node.text("payments")),
      MapNode.of("integratn.tech/cluster-issuer", Node.text("letsencrypt-prod")), MapNode.of("team", Node.text("a b")),
      MapNode.of("Bad Key", Node.text("v")), MapNode.of("team", Node.integer(1)), ListNode.of(),
      ListNode.of(Node.text("x")));

  /**
   * What the API server refuses although the decoder reads it, by design: a bare decimal quantity
   * (int-or-string, as every Kubernetes quantity in a CRD) and the empty string in a field that is
   * not a string (a structural schema has one type per field).
   */
  private static boolean knownStricter(RequestField f, Node value) {
    boolean decimalQuantity = f.type() == FieldType.QUANTITY && value instanceof Node.Decimal;
    boolean emptyNonString = value.equals(Node.text("")) && f.type() != FieldType.STRING && f.type() != FieldType.QUANTITY;
    return decimalQuantity || emptyNonString;
  }

  /**
   * What the decoder refuses and the API server cannot: address arithmetic, the key rule of a
   * string map (a structural schema has no {@code propertyNames}; the description names the rule),
   * and the rules of {@code extraEgress} that compare entries with each other or with the profile.
   */
  private static boolean knownLaxer(RequestProblem p) {
    if (p instanceof RequestProblem.BadAddress) {
      return true;
    }
    if (p instanceof RequestProblem.RuleBroken rb && rb.path().startsWith("spec.networkPolicies.")
        && (rb.rule().startsWith("duplicate of ") || rb.rule().contains("is reserved")
            || rb.rule().contains("a policy of the platform profile") || rb.rule().contains("no NFS servers"))) {
      return true;
    }
    return p instanceof RequestProblem.RuleBroken rb && rb.path().contains("[\"")
        && TABLE.exists(f -> rb.path().startsWith(f.path() + "[") && f.constraints().exists(
            c -> c instanceof Constraint.KeysMatch k && k.rule().equals(rb.rule())));
  }

  /** One field set to one value on the minimal request, as the decoder and the schema see it. */
  private record Case(RequestField field, Node value, Seq<RequestProblem> problems, java.util.List<String> errors) {
    String describe() {
      return field.path() + " = " + Node.describe(value);
    }
  }

  private static java.util.@org.jspecify.annotations.Nullable List<Case> cases;

  /** Every field of the table set to every value of the pool (computed once for both directions). */
  private static synchronized java.util.List<Case> cases() {
    if (cases == null) {
      java.util.List<Case> all = new ArrayList<>();
      for (RequestField f : TABLE) {
        boolean itemField = TABLE.exists(l -> l.type() == FieldType.OBJECT_LIST && f.path().startsWith(l.path() + "."));
        for (Node value : VALUES.append(new Node.Decimal(new BigDecimal("0.5")))) {
          MapNode request = itemField ? withEgressItem(f.key(), value) : Paths.put((MapNode) minimal, f.keys(), value);
          DecodedRequest decoded = RequestDecoder.decode(request, IntegratnProfile.PROFILE);
          Seq<RequestProblem> problems = decoded.request().isLeft() ? decoded.request().getLeft().problems() : List.empty();
          all.add(new Case(f, value, problems, errors(request)));
        }
      }
      cases = all;
    }
    return cases;
  }

  @Test
  void whatTheDecoderAcceptsTheSchemaAcceptsForEveryFieldAndValue() {
    java.util.List<String> tooStrict = new ArrayList<>();
    int accepted = 0;
    for (Case c : cases()) {
      if (c.problems().isEmpty()) {
        accepted++;
        if (!c.errors().isEmpty() && !knownStricter(c.field(), c.value())) {
          tooStrict.add(c.describe() + ": " + c.errors());
        }
      }
    }
    assertThat(accepted).as("cases the decoder accepted").isGreaterThan(200);
    assertThat(tooStrict).as("the CRD refuses what the pipeline accepts").isEmpty();
  }

  @Test
  void whereTheSchemaCanStateARuleItRefusesWhatTheDecoderRefuses() {
    java.util.List<String> tooLax = new ArrayList<>();
    int refused = 0;
    for (Case c : cases()) {
      if (c.problems().exists(p -> !knownLaxer(p))) {
        refused++;
        if (c.errors().isEmpty()) {
          tooLax.add(c.describe() + ": " + c.problems());
        }
      }
    }
    assertThat(refused).as("cases the decoder refused").isGreaterThan(200);
    assertThat(tooLax).as("the decoder refuses but the CRD accepts").isEmpty();
  }

  private static MapNode withEgressItem(String key, Node value) {
    MapNode item = MapNode.of("name", Node.text("nas"))
        .with("cidr", "10.0.0.0/8")
        .with("port", Node.integer(2049))
        .with("protocol", "TCP")
        .with(key, value);
    return Paths.put((MapNode) minimal, List.of("spec", "networkPolicies", "extraEgress"), ListNode.of(item));
  }

  @Test
  void bothAddressFamiliesPassTheSchemaAndRender() {
    MapNode v4 = Paths.put(Paths.put((MapNode) minimal, List.of("spec", "exposure", "subnet"), Node.text("10.0.4.0/24")),
        List.of("spec", "exposure", "vip"), Node.text("10.0.4.201"));
    MapNode v6 = Paths.put(Paths.put((MapNode) minimal, List.of("spec", "exposure", "subnet"), Node.text("fd00:10:20::/64")),
        List.of("spec", "exposure", "vipOffset"), Node.integer(100));
    MapNode v6vip = Paths.put(v6, List.of("spec", "exposure", "vip"), Node.text("fd00:10:20::1:2"));
    for (MapNode request : List.of(v4, v6, v6vip)) {
      assertThat(errors(request)).as("schema").isEmpty();
      assertThat(tech.integratn.vcluster.domain.orchestrator.OrchestratorPromise.INSTANCE
          .configure(request, IntegratnProfile.PROFILE, "vcluster-orchestrator-v2").isRight()).isTrue();
    }
    assertThat(tech.integratn.vcluster.domain.orchestrator.OrchestratorPromise.INSTANCE
        .configure(v6, IntegratnProfile.PROFILE, "vcluster-orchestrator-v2").get().request().vip().get().toString())
        .isEqualTo("fd00:10:20::64");
  }
}
