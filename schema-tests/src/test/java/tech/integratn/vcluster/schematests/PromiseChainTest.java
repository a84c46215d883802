package tech.integratn.vcluster.schematests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeReader;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeWriter;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.RequestWarning;
import tech.integratn.vcluster.domain.contract.Promise;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.promise.PromiseKind;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.orchestrator.ClusterPlan;
import tech.integratn.vcluster.domain.orchestrator.VClusterResources;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The chain of spec 9.3 over the real corpus: for every request the orchestrator accepts, each of
 * its three sub-requests, as written to the state store and read back, is accepted by its
 * sub-promise without a warning; everything the sub-promises render passes the schemas in
 * {@code shared/schemas}; and the objects agree with each other and with the orchestrator's status
 * (9.3, 9.6): the Application's project, destination and repository are allowed by the AppProject,
 * the kubeconfig ExternalSecret writes the Secret the orchestrator's status names, both
 * ExternalSecrets extract its 1Password item, and the Job has the sub-request's name.
 */
class PromiseChainTest {

  private static final YamlTreeWriter WRITER = new YamlTreeWriter();

  /** One link of the chain: what the orchestrator sent and what the sub-promise made of it. */
  record Link(PromiseKind kind, JsonNode request, Rendering<?> rendering, Map<String, List<JsonNode>> files) {
    JsonNode only(String path) {
      List<JsonNode> docs = files.get(path);
      assertThat(docs).as("%s renders %s", kind.promiseName(), path).isNotNull().hasSize(1);
      return docs.get(0);
    }
  }

  static Stream<Path> requests() throws IOException {
    if (!SharedData.hasCorpus()) { // a plain clone (spec 11.3): the examples only
      return RenderedManifestsSchemaTest.orchestratorExamples();
    }
    return Stream.concat(RenderedManifestsSchemaTest.corpus(), RenderedManifestsSchemaTest.orchestratorExamples());
  }

  @TestFactory
  Stream<DynamicTest> everyAcceptedRequestHoldsTheChain() throws IOException {
    List<Path> files = requests().toList();
    if (SharedData.hasCorpus()) { // the count is of the corpus's requests; without it, the examples only
      assertThat(files).hasSizeGreaterThanOrEqualTo(90);
    }
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName() + " (" + f.getParent().getFileName() + ")",
        f.toUri(), () -> holds(f.toString(), Rendered.request(f.toString(), Files.readAllBytes(f)))));
  }

  @Test
  void theTwoRequestsWithAMapInSyncOptionsStopAtTheOrchestrator() throws IOException {
    for (String name : List.of("test-dc48156c.yaml", "test-f5c7c5c7.yaml")) {
      Path file = SharedData.corpus().resolve(name);
      Either<Rejection, Rendering<ClusterPlan>> rendered = tech.integratn.vcluster.domain.orchestrator.OrchestratorPromise.INSTANCE.configure(
          Rendered.request(name, Files.readAllBytes(file)), IntegratnProfile.PROFILE, Rendered.PROMISE);
      assertThat(rendered.getLeft().problems().map(Problems::render))
          .anySatisfy(p -> assertThat(p).startsWith("spec.argocdApplication.syncPolicy.syncOptions[0]: must be a string"));
    }
  }

  @Test
  void theCrossObjectChecksAreLive() {
    assertThat(allows(List.of("https://charts.loft.sh"), "https://charts.loft.sh")).isTrue();
    assertThat(allows(List.of("https://charts.*"), "https://charts.loft.sh")).isTrue();
    assertThat(allows(List.of("https://charts.loft.sh"), "https://example.com")).isFalse();
    assertThat(allows(List.of("*"), "anything")).isTrue();
  }

  /**
   * The chain's checks fail on a broken link: sub-promises that load another profile than the
   * orchestrator (9.1.4) write a kubeconfig Secret the orchestrator's status does not name.
   */
  @Test
  void aBrokenLinkIsCaught() throws IOException {
    Path file = RenderedManifestsSchemaTest.EXAMPLES.resolve("dev-minimal/request.yaml");
    Node request = Rendered.request("dev-minimal", Files.readAllBytes(file));
    holds("dev-minimal", request, IntegratnProfile.PROFILE);
    tech.integratn.vcluster.domain.profile.PlatformProfile other =
        tech.integratn.vcluster.domain.profile.ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE)
            .withKubeconfigSecretTemplate("{name}-kubeconfig-copy");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> holds("dev-minimal", request, other))
        .isInstanceOf(AssertionError.class).hasMessageContaining("vcluster-demo-kubeconfig");
  }

  static void holds(String name, Node request) {
    holds(name, request, IntegratnProfile.PROFILE);
  }

  /** The chain for {@code request}, its sub-requests fulfilled by sub-promises loading {@code subProfile}. */
  static void holds(String name, Node request, tech.integratn.vcluster.domain.profile.PlatformProfile subProfile) {
    Rendering<ClusterPlan> orchestrator = Rendered.render(name, request);
    JsonNode status = SharedSchemasJson.json(orchestrator.status().toNode());
    Map<PromiseKind, Link> links = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (OutputFile file : orchestrator.files()) {
      if (!file.path().equals(VClusterResources.PROJECT_FILE) && !file.path().equals(VClusterResources.APPLICATION_FILE)
          && !file.path().equals(VClusterResources.REGISTRATION_FILE)) {
        continue;
      }
      // as the state store holds it: written, then read back
      String text = WRITER.write(file.objects().head().toNode());
      Node subRequest = new YamlTreeReader().read(file.path(), text.getBytes(java.nio.charset.StandardCharsets.UTF_8))
          .getOrElseThrow(p -> new AssertionError(Problems.render(p)));
      PromiseKind kind = PromiseKind.of(subRequest).get().get();
      Promise<?> sub = kind.promise();
      var rendered = sub.configure(subRequest, subProfile, sub.promiseName());
      if (rendered.isLeft()) {
        problems.add(name + " -> " + file.path() + " refused by " + sub.promiseName() + ": "
            + rendered.getLeft().problems().map(Problems::render).mkString("; "));
        continue;
      }
      for (RequestWarning w : rendered.get().warnings()) {
        problems.add(name + " -> " + file.path() + ": warning from " + sub.promiseName() + ": " + Problems.render(w));
      }
      Map<String, List<JsonNode>> docs = new LinkedHashMap<>();
      for (Rendered.Document d : Rendered.documents(name + " -> " + sub.promiseName(), rendered.get().files())) {
        problems.addAll(SharedSchemas.check(d.where(), d.json()));
        assertThat(d.json().path("kind").asText()).as(d.where()).isNotEqualTo("Secret");
        docs.computeIfAbsent(d.where().replaceAll("^.* -> (resources/[^ ]+) #\\d+$", "$1"), k -> new ArrayList<>()).add(d.json());
      }
      links.put(kind, new Link(kind, SharedSchemasJson.json(subRequest), rendered.get(), docs));
    }
    assertThat(problems).as(name).isEmpty();
    assertThat(links.keySet()).containsExactly(
        PromiseKind.ARGOCD_PROJECT, PromiseKind.ARGOCD_APPLICATION, PromiseKind.ARGOCD_CLUSTER_REGISTRATION);

    JsonNode project = links.get(PromiseKind.ARGOCD_PROJECT).only("resources/appproject.yaml");
    JsonNode application = links.get(PromiseKind.ARGOCD_APPLICATION).only("resources/application.yaml");
    assertThat(application.at("/spec/project").asText()).as(name).isEqualTo(project.at("/metadata/name").asText());
    assertThat(application.at("/metadata/namespace").asText()).as(name + ": project and application in one Argo CD namespace")
        .isEqualTo(project.at("/metadata/namespace").asText());
    assertThat(allows(texts(project.at("/spec/sourceRepos")), application.at("/spec/source/repoURL").asText()))
        .as(name + ": the project allows the application's repository").isTrue();
    boolean destinationAllowed = false;
    for (JsonNode d : project.at("/spec/destinations")) {
      destinationAllowed |= glob(d.path("server").asText()).matcher(application.at("/spec/destination/server").asText()).matches()
          && glob(d.path("namespace").asText()).matcher(application.at("/spec/destination/namespace").asText()).matches();
    }
    assertThat(destinationAllowed).as(name + ": the project allows the application's destination").isTrue();

    Link registration = links.get(PromiseKind.ARGOCD_CLUSTER_REGISTRATION);
    String kubeconfigSecret = status.at("/credentials/kubeconfigSecret").asText();
    String item = status.at("/credentials/onePasswordItem").asText();
    JsonNode kubeconfigEs = registration.only("resources/kubeconfig-external-secret.yaml");
    JsonNode clusterEs = registration.only("resources/argocd-cluster-external-secret.yaml");
    assertThat(kubeconfigEs.at("/spec/target/name").asText()).as(name).isEqualTo(kubeconfigSecret);
    assertThat(kubeconfigEs.at("/spec/dataFrom/0/extract/key").asText()).as(name).isEqualTo(item);
    assertThat(clusterEs.at("/spec/dataFrom/0/extract/key").asText()).as(name).isEqualTo(item);
    JsonNode job = registration.only("resources/kubeconfig-sync-job.yaml");
    assertThat(job.at("/metadata/name").asText()).as(name).isEqualTo(registration.request().at("/spec/syncJobName").asText());
    boolean mountsTheSource = false;
    for (JsonNode v : job.at("/spec/template/spec/volumes")) {
      mountsTheSource |= v.at("/secret/secretName").asText().equals(registration.request().at("/spec/kubeconfigSecret").asText());
    }
    assertThat(mountsTheSource).as(name + ": the Job reads the vcluster's own kubeconfig Secret").isTrue();
    JsonNode registrationStatus = SharedSchemasJson.json(registration.rendering().status().toNode());
    assertThat(registrationStatus.path("kubeconfigSecret").asText()).as(name).isEqualTo(kubeconfigSecret);
    assertThat(registrationStatus.path("onePasswordItem").asText()).as(name).isEqualTo(item);
  }

  /** Whether one of Argo CD's {@code sourceRepos} patterns allows {@code repo}. */
  static boolean allows(List<String> patterns, String repo) {
    for (String p : patterns) {
      if (glob(p).matcher(repo).matches()) {
        return true;
      }
    }
    return false;
  }

  /** An Argo CD glob: {@code *} matches any run of characters, everything else itself. */
  static Pattern glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    String[] parts = pattern.split("\\*", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(regex.toString());
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** {@link Node} trees as Jackson trees, for JSON-pointer reads. */
  static final class SharedSchemasJson {
    private SharedSchemasJson() {}

    static JsonNode json(Node node) {
      String text = WRITER.write(node);
      try {
        return new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
            .readTree(text);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
