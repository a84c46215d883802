package tech.integratn.vcluster.schematests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeWriter;
import tech.integratn.vcluster.domain.clusterregistration.ArgoCDClusterRegistrationPromise;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.profile.ImmutablePlatformProfile;
import tech.integratn.vcluster.domain.profile.ImmutableRegistrationProfile;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.orchestrator.ClusterPlan;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Everything the argocd-cluster-registration pipeline renders passes the real schemas: its
 * ExternalSecrets ESO 2.9.0's {@code ExternalSecret} v1, its Job and ServiceAccount the strict
 * Kubernetes 1.31 schemas. Checked for the bundled examples (with the integratn profile and with
 * one without a vault property) and, through the chain of 9.3, for the registration sub-request of
 * every valid corpus request; a broken document is refused, so the check can fail.
 */
class ClusterRegistrationSchemaTest {

  static final String EXTERNAL_SECRET_SCHEMA = "external-secrets/json-schema/externalsecret_v1.json";
  static final Path EXAMPLES = Path.of(System.getProperty("examples.dir", "../examples"));
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final YamlTreeWriter WRITER = new YamlTreeWriter();
  private static final PlatformProfile NO_VAULT = ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE)
      .withRegistration(ImmutableRegistrationProfile.copyOf(IntegratnProfile.PROFILE.registration())
          .withTokenItemVaultProperty(Option.none())
          .withSecretStoreKind("SecretStore"));

  /** The written and re-read documents of a registration request, each with where it came from. */
  static List<Rendered.Document> documents(String name, Node request, PlatformProfile profile) {
    var result = ArgoCDClusterRegistrationPromise.INSTANCE.configure(request, profile,
        ArgoCDClusterRegistrationPromise.PROMISE_NAME);
    if (result.isLeft()) {
      throw new AssertionError(name + ": refused: " + result.getLeft().problems().map(Problems::render).mkString("; "));
    }
    Rendering<?> rendering = result.get();
    List<Rendered.Document> out = new ArrayList<>();
    for (OutputFile file : rendering.files()) {
      String text = WRITER.write(file.objects().map(KubernetesObject::toNode));
      try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(text)) {
        int index = 0;
        while (docs.hasNext()) {
          out.add(new Rendered.Document(name + " -> " + file.path() + " #" + index++, docs.next()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** The schema problems of one document of this pipeline; a kind it should never render fails. */
  static List<String> check(Rendered.Document d) {
    String key = d.json().path("apiVersion").asText() + " " + d.json().path("kind").asText();
    switch (key) {
      case "external-secrets.io/v1 ExternalSecret":
        return SharedSchemas.errors(SharedSchemas.draft4(EXTERNAL_SECRET_SCHEMA), d.json(), d.where(), "$");
      case "batch/v1 Job":
      case "v1 ServiceAccount":
        return SharedSchemas.check(d.where(), d.json());
      default:
        return List.of(d.where() + ": " + key + " is not a kind this pipeline renders");
    }
  }

  static List<String> problems(List<Rendered.Document> documents) {
    List<String> out = new ArrayList<>();
    for (Rendered.Document d : documents) {
      out.addAll(check(d));
    }
    return out;
  }

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> dirs = Files.list(EXAMPLES)) {
      List<Path> files = dirs.filter(d -> d.getFileName().toString().startsWith("argocd-cluster-registration"))
          .map(d -> d.resolve("request.yaml")).filter(Files::isRegularFile).sorted().toList();
      assertThat(files).as("registration examples in " + EXAMPLES.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(2);
      return files.stream();
    }
  }

  @TestFactory
  Stream<DynamicTest> examplesPassWithBothProfiles() throws IOException {
    return examples().flatMap(file -> Stream.of(IntegratnProfile.PROFILE, NO_VAULT).map(profile ->
        DynamicTest.dynamicTest(file.getParent().getFileName() + (profile == NO_VAULT ? " (no vault)" : ""), () -> {
          String name = file.getParent().getFileName().toString();
          List<Rendered.Document> docs = documents(name, Rendered.request(name, Files.readAllBytes(file)), profile);
          assertThat(docs).hasSize(5);
          assertThat(problems(docs)).as("schema violations").isEmpty();
        })));
  }

  @TestFactory
  Stream<DynamicTest> theSubRequestOfEveryValidCorpusRequestIsAcceptedAndPasses() throws IOException {
    return RenderedManifestsSchemaTest.corpus().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      String name = "corpus/" + file.getFileName();
      Rendering<ClusterPlan> rendering = Rendered.render(name, Rendered.request(name, Files.readAllBytes(file)));
      Node subRequest = null;
      for (OutputFile f : rendering.files()) {
        if (f.path().endsWith("argocd-cluster-registration-request.yaml")) {
          subRequest = f.objects().head().toNode();
        }
      }
      assertThat(subRequest).as(name + ": registration sub-request").isNotNull();
      assertThat(problems(documents(name, subRequest, IntegratnProfile.PROFILE))).as("schema violations").isEmpty();
    }));
  }

  @Test
  void brokenDocumentsAreRefused() throws IOException {
    Path example = EXAMPLES.resolve("argocd-cluster-registration-full/request.yaml");
    List<Rendered.Document> docs = documents("full", Rendered.request("full", Files.readAllBytes(example)), IntegratnProfile.PROFILE);
    // an ExternalSecret of the old API, one with an unknown strategy, a Job with a misspelt field
    ObjectNode beta = docs.get(0).json().deepCopy();
    beta.put("apiVersion", "external-secrets.io/v1beta1");
    ObjectNode strategy = docs.get(4).json().deepCopy();
    ((ObjectNode) strategy.at("/spec/dataFrom/0/extract")).put("decodingStrategy", "Rot13");
    ObjectNode job = docs.get(2).json().deepCopy();
    ((ObjectNode) job.at("/spec/template/spec")).put("restartPolicies", "Never");
    ObjectNode account = docs.get(1).json().deepCopy();
    account.put("automountServiceAccountToken", "no");
    assertThat(check(new Rendered.Document("beta", beta))).isNotEmpty();
    assertThat(check(new Rendered.Document("strategy", strategy))).anyMatch(p -> p.contains("decodingStrategy"));
    assertThat(check(new Rendered.Document("job", job))).anyMatch(p -> p.contains("restartPolicies"));
    assertThat(check(new Rendered.Document("account", account))).anyMatch(p -> p.contains("automountServiceAccountToken"));
    ObjectNode secret = docs.get(1).json().deepCopy();
    secret.put("kind", "Secret");
    assertThat(check(new Rendered.Document("secret", secret))).containsExactly("secret: v1 Secret is not a kind this pipeline renders");
  }
}
