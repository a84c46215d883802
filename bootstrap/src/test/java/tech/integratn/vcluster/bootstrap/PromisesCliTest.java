package tech.integratn.vcluster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeReader;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.promise.PromiseAdmission;
import tech.integratn.vcluster.domain.promise.PromiseKind;
import tech.integratn.vcluster.domain.promise.PromiseSettings;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Spec 11.1: {@code promises} writes the four promise files for any pinned image, pipeline namespace
 * and profile; every output passes Kratix's admission rules (7.3) and its Promise schema; the
 * committed files are its output for the project's image and the embedded profile; bad options
 * are exit 2 naming the option, and a refused output directory is left exactly as it was.
 */
class PromisesCliTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String DIGEST =
      "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  @TempDir Path temp;
  Path work;
  Path home;

  @BeforeEach
  void layout() throws IOException {
    home = temp.resolve("home");
    work = Files.createDirectories(home.resolve("work"));
  }

  private Trees.Run promises(String... args) {
    List<String> all = new ArrayList<>(List.of("promises"));
    all.addAll(List.of(args));
    return Trees.cliIn(work, home, all.toArray(String[]::new));
  }

  private static Node read(Path file) throws IOException {
    return new YamlTreeReader().read(file.toString(), Files.readAllBytes(file))
        .getOrElseThrow(p -> new AssertionError(Problems.render(p)));
  }

  /** The four files in {@code dir}, each admitted by 7.3 and, with the schemas beside the repository, Kratix's schema. */
  private void assertAdmitted(Path dir) throws IOException {
    assertThat(Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList())
        .containsExactly("promise-argocd-application.yaml", "promise-argocd-cluster-registration.yaml",
            "promise-argocd-project.yaml", "promise.yaml");
    Schema schema = null;
    Path schemaFile = SharedData.schemasDirectory().resolve("kratix/json-schema/promise_v1alpha1.json");
    if (Files.isRegularFile(schemaFile)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
          .getSchema(new ObjectMapper().readTree(schemaFile.toFile()));
    }
    for (PromiseKind kind : PromiseKind.values()) {
      Path file = dir.resolve(kind.promiseFile());
      assertThat(PromiseAdmission.problems(read(file))).as(file.toString()).isEmpty();
      if (schema != null) {
        assertThat(schema.validate(YAML.readTree(file.toFile())).stream().map(Error::toString).toList())
            .as(file.toString()).isEmpty();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"registry.example.com/platform/vco:1.2.3", "registry.example.com:5000/vco:0.1.0-SNAPSHOT",
      "localhost:5000/team/vco@" + DIGEST, "ghcr.io/acme/vco:2.0@" + DIGEST})
  void everyPinnedImageGivesFourAdmittedPromisesRunningIt(String image) throws IOException {
    Trees.Run run = promises("--image", image, "--output", "out", "--pipeline-namespace", "vco-pipelines",
        "--profile-configmap", "vco-profile");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("wrote 4 promise files to out");
    Path out = work.resolve("out");
    assertAdmitted(out);
    for (PromiseKind kind : PromiseKind.values()) {
      JsonNode promise = YAML.readTree(out.resolve(kind.promiseFile()).toFile());
      assertThat(promise.at("/spec/workflows/config/pipelineNamespace").asText()).isEqualTo("vco-pipelines");
      for (String action : new String[] {"configure", "delete"}) {
        JsonNode pipeline = promise.at("/spec/workflows/resource/" + action + "/0");
        JsonNode container = pipeline.at("/spec/containers/0");
        assertThat(container.path("image").asText()).isEqualTo(image);
        assertThat(container.path("env").toString())
            .contains("{\"name\":\"VCLUSTER_PIPELINE_NAMESPACE\",\"value\":\"vco-pipelines\"}")
            .contains("{\"name\":\"VCLUSTER_PROFILE\",\"value\":\"/etc/vcluster-orchestrator/profile.yaml\"}");
        assertThat(container.path("volumeMounts").toString()).contains(
            "{\"name\":\"platform-profile\",\"mountPath\":\"/etc/vcluster-orchestrator\",\"readOnly\":true}");
        assertThat(pipeline.at("/spec/volumes").toString())
            .contains("{\"name\":\"platform-profile\",\"configMap\":{\"name\":\"vco-profile\"}}");
      }
    }
  }

  @Test
  void aCustomProfileIsValidatedAndItsDefaultsAreNamedInTheDescriptions() throws IOException {
    Files.writeString(work.resolve("profile.yaml"), "name: acme\nbaseDomain: acme.example\n");
    Trees.Run run = promises("--image", "registry.acme.example/vco:1.0.0", "--output", "promises",
        "--pipeline-namespace", "platform-pipelines", "--profile-configmap", "vco-profile", "--profile", "profile.yaml");
    assertThat(run.code()).as(run.err()).isZero();
    assertAdmitted(work.resolve("promises"));
    String registration = Files.readString(work.resolve("promises/promise-argocd-cluster-registration.yaml"));
    assertThat(registration).contains("the profile's baseDomain, acme.example").doesNotContain("baseDomain, integratn.tech");
    // the embedded profile's text for comparison: the default came from the file
    Trees.Run embedded = promises("--image", "registry.acme.example/vco:1.0.0", "--output", "embedded");
    assertThat(embedded.code()).as(embedded.err()).isZero();
    assertAdmitted(work.resolve("embedded"));
    assertThat(Files.readString(work.resolve("embedded/promise-argocd-cluster-registration.yaml")))
        .contains("the profile's baseDomain, integratn.tech");
  }

  @Test
  void aBadProfileIsExit2NamingTheKeyAndWritesNothing() throws IOException {
    Files.writeString(work.resolve("profile.yaml"), "name: acme\nvipOffset: many\n");
    String before = Trees.fingerprint(temp, Integer.MAX_VALUE);
    Trees.Run run = promises("--image", "r.example/vco:1", "--output", "out", "--pipeline-namespace", "p",
        "--profile-configmap", "c", "--profile", "profile.yaml");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("vipOffset").doesNotContain("Exception");
    assertThat(Trees.fingerprint(temp, Integer.MAX_VALUE)).isEqualTo(before);
  }

  @Test
  void theCommittedFilesAreTheOutputForTheProjectsImageAndTheEmbeddedProfile() throws IOException {
    Trees.Run run = promises("--image", PromiseSettings.DEFAULT_IMAGE, "--output", "out");
    assertThat(run.code()).as(run.err()).isZero();
    for (PromiseKind kind : PromiseKind.values()) {
      assertThat(Files.readString(work.resolve("out").resolve(kind.promiseFile())))
          .as(kind.promiseFile() + " drifted from `promises --image " + PromiseSettings.DEFAULT_IMAGE
              + "`; regenerate with: mvn -B -pl adapters-fs -am test -Dtest=PromiseYamlTest "
              + "-Dsurefire.failIfNoSpecifiedTests=false -Dpromise.write=true")
          .isEqualTo(Files.readString(Trees.repositoryRoot().resolve(kind.promiseFile())));
    }
  }

  @Test
  void aSecondRunReplacesItsOwnFiles() throws IOException {
    assertThat(promises("--image", "r.example/vco:1", "--output", "out").code()).isZero();
    Trees.Run again = promises("--image", "r.example/vco:2", "--output", "out");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(Files.readString(work.resolve("out/promise.yaml"))).contains("image: r.example/vco:2")
        .doesNotContain("r.example/vco:1");
  }

  /** Exit 2, the option named in the message, and nothing anywhere in the temporary tree changed. */
  private void refused(String expected, String... args) {
    String before = Trees.fingerprint(temp, Integer.MAX_VALUE);
    Trees.Run run = promises(args);
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains(expected).doesNotContain("Exception", "java.");
    assertThat(run.out()).isEmpty();
    assertThat(Trees.fingerprint(temp, Integer.MAX_VALUE)).isEqualTo(before);
  }

  @Test
  void unpinnedImagesAreRefusedNamingTheOption() {
    refused("error: --image r.example/vco:latest: must carry a tag other than latest",
        "--image", "r.example/vco:latest", "--output", "out");
    refused("error: --image r.example:5000/vco: must carry a tag other than latest",
        "--image", "r.example:5000/vco", "--output", "out");
    refused("error: --image r.example/vco@sha256:abc: a digest must be", "--image", "r.example/vco@sha256:abc",
        "--output", "out");
  }

  @Test
  void missingAndInconsistentOptionsAreRefusedNamingTheOption() {
    refused("--image", "--output", "out");
    refused("--output", "--image", "r.example/vco:1");
    refused("error: --profile-configmap: needs a pipeline namespace",
        "--image", "r.example/vco:1", "--output", "out", "--profile-configmap", "cm");
    refused("error: --profile requires --profile-configmap",
        "--image", "r.example/vco:1", "--output", "out", "--pipeline-namespace", "ns", "--profile", "p.yaml");
    refused("error: --pipeline-namespace: ", "--image", "r.example/vco:1", "--output", "out",
        "--pipeline-namespace", "Not_A_Namespace");
  }

  @Test
  void aForeignOutputDirectoryIsRefusedAndLeftAsItWas() throws IOException {
    Path out = Files.createDirectories(work.resolve("out"));
    Files.writeString(out.resolve("promise.yaml"), "mine\n");
    Files.writeString(out.resolve("kustomization.yaml"), "resources: []\n");
    refused("error: --output " + out, "--image", "r.example/vco:1", "--output", "out");
    refused("error: --output " + work, "--image", "r.example/vco:1", "--output", ".");
    refused("error: --output " + home, "--image", "r.example/vco:1", "--output", home.toString());
    Path file = Files.writeString(work.resolve("file"), "x\n");
    refused("error: --output " + file + ": is a regular file", "--image", "r.example/vco:1", "--output", "file");
  }
}
