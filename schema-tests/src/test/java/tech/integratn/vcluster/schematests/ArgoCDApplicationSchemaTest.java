package tech.integratn.vcluster.schematests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeWriter;
import tech.integratn.vcluster.domain.argocdapplication.ArgoCDApplicationPromise;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.orchestrator.ClusterPlan;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The argocd-application pipeline's Application (spec 9.5) passes Argo CD 3.5.1's Application
 * schema (the strict JSON-schema form in {@code shared/schemas/argocd}) and its metadata the
 * Kubernetes ObjectMeta schema: for the bundled examples, variants of every optional part, and the
 * Application built from every valid corpus request's {@code ArgoCDApplication} sub-request (the
 * chain property of 9.3). The promise's CRD keeps the free-form maps.
 */
class ArgoCDApplicationSchemaTest {

  static final String APPLICATION_SCHEMA = "argocd/json-schema/application_v1alpha1.json";
  static final String PROMISE = "argocd-application";
  static final Path REPOSITORY = Path.of(System.getProperty("examples.dir", "../examples")).toAbsolutePath().getParent();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final YamlTreeWriter WRITER = new YamlTreeWriter();

  static Schema applicationSchema() {
    return SharedSchemas.draft4(APPLICATION_SCHEMA);
  }

  /** The Application rendered for {@code requestYaml}, as the YAML that would be written, read back. */
  static JsonNode rendered(String name, String requestYaml) {
    Node request = Rendered.request(name, requestYaml.getBytes(StandardCharsets.UTF_8));
    return rendered(name, request);
  }

  static JsonNode rendered(String name, Node request) {
    Rendering<?> rendering = ArgoCDApplicationPromise.INSTANCE.configure(request, IntegratnProfile.PROFILE, PROMISE)
        .getOrElseThrow(r -> new AssertionError(name + ": refused by the argocd-application pipeline: "
            + r.problems().map(Problems::render).mkString("; ")));
    assertThat(rendering.files()).hasSize(1);
    OutputFile file = rendering.files().head();
    assertThat(file.path()).isEqualTo("resources/application.yaml");
    assertThat(file.objects()).hasSize(1);
    return readYaml(WRITER.write(file.objects().map(KubernetesObject::toNode)));
  }

  static JsonNode readYaml(String text) {
    try {
      return YAML.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every schema problem of one rendered Application. */
  static List<String> problems(String name, JsonNode application) {
    List<String> out = new ArrayList<>(SharedSchemas.errors(applicationSchema(), application, name, "$"));
    out.addAll(SharedSchemas.errors(SharedSchemas.objectMeta(), application.path("metadata"), name, "$.metadata"));
    return out;
  }

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> dirs = Files.list(REPOSITORY.resolve("examples"))) {
      List<Path> files = dirs.filter(d -> d.getFileName().toString().startsWith("argocd-application"))
          .map(d -> d.resolve("request.yaml")).filter(Files::isRegularFile).sorted().toList();
      assertThat(files).as("argocd-application examples").hasSizeGreaterThanOrEqualTo(2);
      return files.stream();
    }
  }

  @TestFactory
  Stream<DynamicTest> theBundledExamplesPass() throws IOException {
    return examples().map(f -> DynamicTest.dynamicTest(REPOSITORY.relativize(f).toString(), () -> {
      String name = REPOSITORY.relativize(f).toString();
      JsonNode app = rendered(name, Files.readString(f));
      assertThat(problems(name, app)).as("schema violations").isEmpty();
    }));
  }

  static final String MINIMAL = """
      apiVersion: platform.integratn.tech/v1alpha1
      kind: ArgoCDApplication
      metadata: {name: web, namespace: platform-requests}
      spec:
        name: web
        project: team-a
        source: {repoURL: "https://charts.example.com", targetRevision: 1.2.3}
        destination: {server: "https://kubernetes.default.svc", namespace: web}
      """;

  static final List<String> VARIANTS = List.of(
      MINIMAL,
      MINIMAL.replace("targetRevision: 1.2.3}", "targetRevision: 1.2.3, helm: {releaseName: web}}"),
      MINIMAL.replace("targetRevision: 1.2.3}", "targetRevision: 1.2.3, chart: web, helm: {valuesObject: {}}}"),
      MINIMAL.replace("source: {repoURL: \"https://charts.example.com\", targetRevision: 1.2.3}",
          "source: {repoURL: \"git@github.com:org/repo.git\", targetRevision: HEAD}"),
      MINIMAL + "  syncPolicy: {}\n",
      MINIMAL + "  syncPolicy: {automated: {enabled: false}, retry: {limit: -1}}\n",
      MINIMAL + "  labels: {kratix.io/resource-name: parent, team: a}\n  annotations: {note: \"a\\nb\"}\n"
          + "  finalizers: [resources-finalizer.argocd.argoproj.io/background]\n  namespace: apps\n");

  @TestFactory
  Stream<DynamicTest> everyVariantOfTheOptionalPartsPasses() {
    return java.util.stream.IntStream.range(0, VARIANTS.size()).mapToObj(i -> DynamicTest.dynamicTest("variant " + i, () -> {
      JsonNode app = rendered("variant " + i, VARIANTS.get(i));
      assertThat(problems("variant " + i, app)).as("schema violations of\n" + VARIANTS.get(i)).isEmpty();
    }));
  }

  @TestFactory
  Stream<DynamicTest> theApplicationOfEveryValidCorpusRequestPasses() throws IOException {
    return RenderedManifestsSchemaTest.corpus().map(f -> DynamicTest.dynamicTest("corpus/" + f.getFileName(), () -> {
      String name = "corpus/" + f.getFileName();
      Rendering<ClusterPlan> rendering = Rendered.render(name, Rendered.request(name, Files.readAllBytes(f)));
      List<KubernetesObject> subRequests = new ArrayList<>();
      for (OutputFile file : rendering.files()) {
        if (file.path().equals("resources/argocd-application-request.yaml")) {
          subRequests.addAll(file.objects().toJavaList());
        }
      }
      assertThat(subRequests).as(name + ": one ArgoCDApplication sub-request").hasSize(1);
      // through the written YAML, as Kratix hands it to the sub-pipeline
      String written = WRITER.write(subRequests.get(0).toNode());
      JsonNode app = rendered(name, Rendered.request(name, written.getBytes(StandardCharsets.UTF_8)));
      assertThat(problems(name, app)).as("schema violations").isEmpty();
      assertThat(SharedSchemas.errors(SharedSchemas.vclusterValues(), app.at("/spec/source/helm/valuesObject"), name,
          "$.spec.source.helm.valuesObject")).as("chart values").isEmpty();
    }));
  }

  @Test
  void theSchemaRefusesABrokenApplication() {
    ObjectNode app = (ObjectNode) rendered("minimal", MINIMAL);
    assertThat(problems("minimal", app)).isEmpty();
    ObjectNode typo = app.deepCopy();
    ((ObjectNode) typo.at("/spec/destination")).put("servr", "https://x");
    assertThat(problems("typo", typo)).anyMatch(p -> p.contains("servr"));
    ObjectNode mapOption = app.deepCopy();
    ArrayNode options = ((ObjectNode) mapOption.get("spec")).putObject("syncPolicy").putArray("syncOptions");
    options.addObject().put("CreateNamespace=true# apiVersion", "platform.integratn.tech/v1alpha1");
    assertThat(problems("map in syncOptions", mapOption)).as("why the pipeline checks syncPolicy's shape").isNotEmpty();
    ObjectNode noProject = app.deepCopy();
    ((ObjectNode) noProject.get("spec")).remove("project");
    assertThat(problems("no project", noProject)).anyMatch(p -> p.contains("project"));
  }

  @Test
  void thePromisesCrdKeepsTheFreeFormMapsAndRequiresWhatThePipelineRequires() throws IOException {
    JsonNode promise = readYaml(Files.readString(REPOSITORY.resolve("promise-argocd-application.yaml")));
    JsonNode spec = promise.at("/spec/api/spec/versions/0/schema/openAPIV3Schema/properties/spec");
    assertThat(spec.isMissingNode()).isFalse();
    assertThat(spec.at("/properties/source/properties/helm/properties/valuesObject/x-kubernetes-preserve-unknown-fields")
        .asBoolean()).isTrue();
    assertThat(spec.at("/properties/syncPolicy/x-kubernetes-preserve-unknown-fields").asBoolean()).isTrue();
    assertThat(spec.at("/required").toString()).isEqualTo("[\"name\",\"project\",\"source\",\"destination\"]");
    assertThat(spec.at("/properties/source/required").toString()).isEqualTo("[\"repoURL\",\"targetRevision\"]");
    assertThat(spec.at("/properties/destination/required").toString()).isEqualTo("[\"server\",\"namespace\"]");
    assertThat(spec.at("/properties/namespace/default").isMissingNode()).as("profile defaults are not CRD defaults").isTrue();
  }
}
