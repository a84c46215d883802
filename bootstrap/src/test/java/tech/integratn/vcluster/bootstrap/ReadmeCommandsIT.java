package tech.integratn.vcluster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeReader;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.promise.PromiseAdmission;
import tech.integratn.vcluster.domain.promise.PromiseKind;

/**
 * Spec 11.2 and 11.3: the commands of README.md and the module READMEs work as written. Every
 * {@code ```sh} block is read; a block whose first line is a {@code # needs ...} comment (a cluster,
 * a registry, podman) is skipped; in every other block each command is split at {@code &&}: a
 * {@code mvn} step is a build this run has already done (and {@code .ci/run} runs), and every
 * {@code java -jar bootstrap/target/vcluster-orchestrator.jar} step is run exactly as written by
 * {@code sh} in a scratch copy of the repository layout (the built jar, {@code examples/} and a
 * {@code profile.yaml}); anything else fails the test until it is classified. The install guide's
 * {@code kubectl} steps are checked as far as offline tools allow: the promise set they apply exists
 * and passes Kratix's admission rules, and the Namespace and ConfigMap they create pass the Kubernetes
 * schemas and match the names the promise set was generated with.
 */
class ReadmeCommandsIT {

  private static final String JAR_COMMAND = "java -jar bootstrap/target/vcluster-orchestrator.jar ";
  private static final List<String> READMES = new ArrayList<>();
  private static final List<String> RUN = new ArrayList<>();
  private static final List<String> CLUSTER = new ArrayList<>();

  @TempDir static Path scratch;

  /** One command of a README, its continuation lines joined, and where it is. */
  record Command(String readme, String text, boolean skipped) {}

  static Path repositoryRoot() {
    return Path.of(System.getProperty("examples.dir", "../examples")).toAbsolutePath().normalize().getParent();
  }

  static List<Command> commands() throws IOException {
    List<Command> commands = new ArrayList<>();
    Path root = repositoryRoot();
    List<Path> readmes = new ArrayList<>(List.of(root.resolve("README.md")));
    try (Stream<Path> dirs = Files.list(root)) {
      dirs.filter(d -> Files.isRegularFile(d.resolve("README.md"))).sorted().forEach(d -> readmes.add(d.resolve("README.md")));
    }
    for (Path readme : readmes) {
      String name = root.relativize(readme).toString();
      List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
      boolean in = false;
      boolean skipped = false;
      boolean first = false;
      StringBuilder current = new StringBuilder();
      for (String line : lines) {
        if (!in) {
          if (line.strip().equals("```sh")) {
            in = true;
            first = true;
            skipped = false;
          }
          continue;
        }
        if (line.strip().equals("```")) {
          in = false;
          continue;
        }
        if (first && line.startsWith("# needs")) {
          skipped = true;
        }
        first = false;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (line.endsWith("\\")) {
          current.append(line, 0, line.length() - 1);
          continue;
        }
        current.append(line);
        commands.add(new Command(name, current.toString().replaceAll("\\s+", " ").strip(), skipped));
        current.setLength(0);
      }
    }
    return commands;
  }

  @BeforeAll
  static void runTheOfflineCommands() throws Exception {
    Path jar = KratixJarIT.jar().toAbsolutePath();
    Files.createDirectories(scratch.resolve("bootstrap/target"));
    Files.copy(jar, scratch.resolve("bootstrap/target/vcluster-orchestrator.jar"));
    Path examples = repositoryRoot().resolve("examples");
    try (Stream<Path> walk = Files.walk(examples)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target = scratch.resolve("examples").resolve(examples.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    // the install guide's own profile: another organisation's domain over the embedded defaults
    Files.writeString(scratch.resolve("profile.yaml"), "name: example-platform\nbaseDomain: platform.example.com\n");
    for (Command c : commands()) {
      READMES.add(c.readme());
      if (c.skipped()) {
        CLUSTER.add(c.text());
        continue;
      }
      for (String step : c.text().split(" && ")) {
        String s = step.strip();
        if (s.startsWith("mvn ")) {
          continue; // a build: this run is its result
        }
        if (!s.startsWith(JAR_COMMAND)) {
          throw new AssertionError(c.readme() + ": unclassified command (neither a build nor the jar; mark its "
              + "block '# needs ...' if it needs a cluster or a tool): " + s);
        }
        run(s);
        RUN.add(s);
      }
    }
  }

  private static void run(String command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("sh", "-c", command).directory(scratch.toFile())
        .redirectErrorStream(true).redirectOutput(scratch.resolve("last.log").toFile());
    builder.environment().put("PATH", Path.of(KratixJarIT.javaBinary()).getParent() + ":" + builder.environment()
        .getOrDefault("PATH", "/usr/bin:/bin"));
    builder.environment().put("HOME", scratch.toString());
    builder.environment().remove("VCLUSTER_PROFILE");
    Process p = builder.start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as(command).isTrue();
    String log = Files.readString(scratch.resolve("last.log"));
    assertThat(p.exitValue()).as(command + "\n" + log).isZero();
    assertThat(log).as(command).doesNotContain("error:", "Exception");
  }

  @Test
  void everyReadmeIsReadAndTheOfflineCommandsRan() {
    assertThat(READMES).contains("README.md");
    assertThat(RUN).anyMatch(c -> c.contains(" render ")).anyMatch(c -> c.contains(" promises "));
    assertThat(Files.isRegularFile(scratch.resolve("out/metadata/status.yaml"))).isTrue();
  }

  @Test
  void everyKubectlCommandIsInABlockMarkedAsNeedingACluster() throws IOException {
    for (Command c : commands()) {
      if (c.text().startsWith("kubectl") || c.text().startsWith("skopeo") || c.text().startsWith("podman")) {
        assertThat(c.skipped()).as(c.readme() + ": " + c.text()).isTrue();
      }
    }
  }

  /** The value after {@code option} in {@code command}. */
  private static String option(String command, String option) {
    List<String> words = List.of(command.split(" "));
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).equals(option) && i + 1 < words.size()) {
        return words.get(i + 1);
      }
      if (words.get(i).startsWith(option + "=")) {
        return words.get(i).substring(option.length() + 1);
      }
    }
    throw new AssertionError("no " + option + " in " + command);
  }

  @Test
  void theInstallGuideAppliesAnAdmittedPromiseSetAndSchemaValidNamespaceAndConfigMap() throws IOException {
    String promises = RUN.stream().filter(c -> c.contains(" promises ")).findFirst().orElseThrow();
    Path output = scratch.resolve(option(promises, "--output"));
    for (PromiseKind kind : PromiseKind.values()) {
      Path file = output.resolve(kind.promiseFile());
      assertThat(PromiseAdmission.problems(new YamlTreeReader().read(file.toString(), Files.readAllBytes(file))
          .getOrElseThrow(p -> new AssertionError(Problems.render(p))))).as(file.toString()).isEmpty();
    }
    String namespace = option(promises, "--pipeline-namespace");
    String configMap = option(promises, "--profile-configmap");
    String createNamespace = CLUSTER.stream().filter(c -> c.startsWith("kubectl create namespace ")).findFirst().orElseThrow();
    String createConfigMap = CLUSTER.stream().filter(c -> c.startsWith("kubectl create configmap ")).findFirst().orElseThrow();
    assertThat(createNamespace).isEqualTo("kubectl create namespace " + namespace);
    assertThat(createConfigMap).startsWith("kubectl create configmap " + configMap + " ");
    assertThat(option(createConfigMap, "--namespace")).isEqualTo(namespace);
    String fromFile = option(createConfigMap, "--from-file");
    assertThat(fromFile).as("the key the pipelines read").isEqualTo("profile.yaml")
        .isEqualTo(option(promises, "--profile"));
    for (String apply : CLUSTER) {
      if (apply.startsWith("kubectl apply -f " + output.getFileName() + "/")) {
        for (String word : apply.split(" ")) {
          if (word.startsWith(output.getFileName() + "/")) {
            assertThat(scratch.resolve(word)).as(apply).isRegularFile();
          }
        }
      }
    }
    // what kubectl create sends, as the API server receives it, against the Kubernetes schemas
    ObjectMapper json = new ObjectMapper();
    ObjectNode ns = json.createObjectNode().put("apiVersion", "v1").put("kind", "Namespace");
    ns.putObject("metadata").put("name", namespace);
    ObjectNode cm = json.createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
    cm.putObject("metadata").put("name", configMap).put("namespace", namespace);
    cm.putObject("data").put(fromFile, Files.readString(scratch.resolve(fromFile)));
    Path schemas = SharedData.schemas().resolve("kubernetes/v1.31-standalone-strict");
    assertThat(errors(schemas.resolve("namespace-v1.json"), ns)).isEmpty();
    assertThat(errors(schemas.resolve("configmap-v1.json"), cm)).isEmpty();
  }

  private static List<String> errors(Path schemaFile, JsonNode instance) throws IOException {
    // the standalone schemas name the draft by a generic URL the validator cannot load: draft-04 it is
    ObjectNode node = (ObjectNode) new ObjectMapper().readTree(schemaFile.toFile());
    node.remove("$schema");
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(node);
    return schema.validate(instance).stream().map(Error::toString).toList();
  }
}
