package tech.integratn.vcluster.schematests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import tech.integratn.vcluster.domain.promise.PromiseKind;

/**
 * Everything the engine renders passes the real schemas: for the bundled examples, every valid
 * corpus request and generated requests. Each failure names the request, the output file, the
 * document and the JSON path.
 */
class RenderedManifestsSchemaTest {

  static final Path EXAMPLES = Path.of(System.getProperty("examples.dir", "../examples"));
  static final Path CORPUS = SharedData.corpusDirectory();

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> dirs = Files.list(EXAMPLES)) {
      // every promise's examples: Rendered routes each by its kind (spec 9.1)
      List<Path> files = dirs.map(d -> d.resolve("request.yaml")).filter(Files::isRegularFile).sorted().toList();
      assertThat(files).as("bundled examples in " + EXAMPLES.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(3);
      return files.stream();
    }
  }

  /** The orchestrator's examples (kind {@code VClusterOrchestratorV2}, or none). */
  static Stream<Path> orchestratorExamples() throws IOException {
    return examples().filter(f -> {
      try {
        Option<PromiseKind> kind = PromiseKind.of(Rendered.request(f.toString(), Files.readAllBytes(f))).get();
        return kind.isEmpty() || kind.get() == PromiseKind.VCLUSTER_ORCHESTRATOR;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  static Stream<Path> corpus() throws IOException {
    try (Stream<Path> files = Files.list(SharedData.corpus())) {
      List<Path> valid = files.filter(f -> f.getFileName().toString().endsWith(".yaml"))
          .filter(f -> !f.getFileName().toString().startsWith("invalid-"))
          // syncOptions[0] is a YAML map in these two (spec 9.3): refused, see CorpusInvariantsTest
          .filter(f -> !java.util.Set.of("test-dc48156c.yaml", "test-f5c7c5c7.yaml").contains(f.getFileName().toString()))
          .sorted().toList();
      assertThat(valid).as("valid corpus requests in " + CORPUS).hasSizeGreaterThanOrEqualTo(80);
      return valid.stream();
    }
  }

  private static DynamicTest validates(Path file, String label) {
    return DynamicTest.dynamicTest(label, file.toUri(), () -> {
      String name = label;
      List<String> problems = Rendered.problems(name, Rendered.request(name, Files.readAllBytes(file)));
      assertThat(problems).as("schema violations").isEmpty();
    });
  }

  @TestFactory
  Stream<DynamicTest> bundledExamplesPass() throws IOException {
    return examples().map(f -> validates(f, "examples/" + f.getParent().getFileName() + "/request.yaml"));
  }

  @TestFactory
  Stream<DynamicTest> corpusRequestsPass() throws IOException {
    return corpus().map(f -> validates(f, "corpus/" + f.getFileName()));
  }

  @Test
  void generatedRequestsPass() {
    SharedData.schemas(); // before the property: an assumption inside it would count as a falsification
    // A fixed seed, so that CI is deterministic; a random one locally: -Dfuzz.seed=$RANDOM$RANDOM
    qt().withFixedSeed(Long.getLong("fuzz.seed", 0x4E_4DE4L)).withExamples(40).withShrinkCycles(30)
        .forAll(GeneratedRequests.requests()).checkAssert(yaml -> {
      List<String> problems = Rendered.problems("generated", Rendered.request("generated", yaml.getBytes(
          java.nio.charset.StandardCharsets.UTF_8)));
      assertThat(problems).as("schema violations for\n" + yaml).isEmpty();
    });
  }

  @Test
  void everyRenderedKindIsCoveredAndTheArgoApplicationCarriesChartValues() throws IOException {
    // The etcd example renders every kind the engine knows.
    Path example = EXAMPLES.resolve("prod-external-etcd/request.yaml");
    List<Rendered.Document> docs = Rendered.documents("etcd", Rendered.request("etcd", Files.readAllBytes(example)));
    List<String> kinds = docs.stream().map(d -> d.json().path("apiVersion").asText() + " " + d.json().path("kind").asText())
        .distinct().toList();
    assertThat(kinds).allMatch(k -> SharedSchemas.SCHEMA_FILES.containsKey(k) || SharedSchemas.OWN_KINDS.contains(k));
    assertThat(kinds).contains("batch/v1 Job", "cert-manager.io/v1 Certificate", "cert-manager.io/v1 Issuer",
        "rbac.authorization.k8s.io/v1 Role", "platform.integratn.tech/v1alpha1 ArgoCDApplication");
    assertThat(docs).filteredOn(d -> d.json().path("kind").asText().equals("ArgoCDApplication"))
        .singleElement().satisfies(d -> assertThat(d.json().at(SharedSchemas.VALUES_POINTER).isObject()).isTrue());
  }

  @Test
  void theCheckItselfFailsOnUnknownKindsTyposAndBadChartValues() throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode unknown = json.readTree("{\"apiVersion\":\"example.com/v1\",\"kind\":\"Widget\",\"metadata\":{\"name\":\"w\"}}");
    assertThat(SharedSchemas.check("doc", unknown)).singleElement().asString()
        .contains("doc (example.com/v1 Widget w)").contains("no schema for this kind");

    JsonNode namespace = json.readTree("{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"n\",\"lables\":{}}}");
    assertThat(SharedSchemas.check("doc", namespace)).singleElement().asString().contains("at $.metadata").contains("lables");

    Path example = EXAMPLES.resolve("dev-minimal/request.yaml");
    Rendered.Document app = Rendered.documents("dev", Rendered.request("dev", Files.readAllBytes(example))).stream()
        .filter(d -> d.json().path("kind").asText().equals("ArgoCDApplication")).findFirst().orElseThrow();
    ObjectNode broken = app.json().deepCopy();
    ((ObjectNode) broken.at("/spec/source/helm/valuesObject/controlPlane")).putObject("statefulSett");
    ((ObjectNode) broken.path("metadata")).putObject("labelz");
    assertThat(SharedSchemas.check("app", broken))
        .anySatisfy(m -> assertThat(m).contains("at $.spec.source.helm.valuesObject.controlPlane").contains("statefulSett"))
        .anySatisfy(m -> assertThat(m).contains("at $.metadata").contains("labelz"));
  }

  /** Small YAML variations of a request over the knobs that change what is rendered. */
  static final class GeneratedRequests {
    private GeneratedRequests() {}

    static Gen<String> requests() {
      Gen<String> preset = Generate.pick(List.of("dev", "prod"));
      Gen<String> isolation = Generate.pick(List.of("standard", "strict"));
      Gen<String> version = Generate.pick(List.of("v1.34.3", "1.34", "1.33", "1.32"));
      Gen<Integer> apiPort = Generate.pick(List.of(443, 6443, 8443)).mix(SourceDSL.integers().between(1, 65535), 30);
      Gen<Integer> exposure = SourceDSL.integers().between(0, 3);
      Gen<Integer> octet = SourceDSL.integers().between(0, 255);
      Gen<Integer> etcd = SourceDSL.integers().between(-1, 7); // -1 absent, 0 deploy disabled, n members
      Gen<String> domain = Generate.pick(List.of("cluster.local", "media.internal", "a.b.example.org", "k8s"));
      return preset.zip(isolation, version, apiPort, (p, i, v, port) -> new String[] {p, i, v, Integer.toString(port)})
          .zip(exposure, octet, etcd, (a, e, o, n) -> new Object[] {a, e, o, n})
          .zip(domain, (b, d) -> yaml((String[]) b[0], (Integer) b[1], (Integer) b[2], (Integer) b[3], d));
    }

    static String yaml(String[] base, int exposure, int octet, int etcdMembers, String clusterDomain) {
      StringBuilder y = new StringBuilder()
          .append("apiVersion: platform.integratn.tech/v1alpha1\n")
          .append("kind: VClusterOrchestratorV2\n")
          .append("metadata:\n  name: gen\n  namespace: platform-requests\n")
          .append("spec:\n  name: gen\n  targetNamespace: vcluster-gen\n")
          .append("  vcluster:\n")
          .append("    preset: ").append(base[0]).append('\n')
          .append("    isolationMode: ").append(base[1]).append('\n')
          .append("    k8sVersion: \"").append(base[2]).append("\"\n")
          .append("    networking:\n      clusterDomain: ").append(clusterDomain).append('\n');
      if (etcdMembers == 0) {
        y.append("    backingStore:\n      etcd:\n        deploy:\n          enabled: false\n");
      } else if (etcdMembers > 0) {
        y.append("    backingStore:\n      etcd:\n        deploy:\n          enabled: true\n")
            .append("          statefulSet:\n            highAvailability:\n              replicas: ")
            .append(etcdMembers).append('\n');
      }
      y.append("  exposure:\n    apiPort: ").append(base[3]).append('\n');
      String subnet = "10.20." + octet + ".0/24";
      String vip = "10.20." + octet + "." + (1 + octet % 250);
      if (exposure == 1 || exposure == 3) {
        y.append("    subnet: ").append(subnet).append('\n');
      }
      if (exposure == 2 || exposure == 3) {
        y.append("    vip: ").append(vip).append('\n');
      }
      return y.toString();
    }
  }
}
