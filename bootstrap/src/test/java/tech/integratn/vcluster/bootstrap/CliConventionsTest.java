package tech.integratn.vcluster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.bootstrap.Trees.cli;
import static tech.integratn.vcluster.bootstrap.Trees.cliWithInput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spec 11.4: the CLI's conventions, each with its own test. */
class CliConventionsTest {

  @TempDir Path temp;

  static Path request(String example) {
    return Trees.repositoryRoot().resolve("examples").resolve(example).resolve("request.yaml");
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The problem lines of a rejection ({@code   - ...}). */
  static java.util.List<String> problems(String err) {
    return err.lines().filter(l -> l.startsWith("  - ")).toList();
  }

  @Test
  void inputDashReadsTheRequestFromStandardInput() {
    Trees.Run fromFile = cli("render", "-q", "--input", request("prod-subnet").toString(), "--output", "-");
    Trees.Run fromStdin = cliWithInput(Map.of(), read(request("prod-subnet")), "render", "-q", "--input", "-", "--output", "-");
    assertThat(fromStdin.code()).as(fromStdin.err()).isZero();
    assertThat(fromStdin.out()).isNotEmpty().isEqualTo(fromFile.out());
    assertThat(Files.exists(Path.of("-"))).isFalse();
    Trees.Run valid = cliWithInput(Map.of(), read(request("dev-minimal")), "validate", "--input", "-");
    assertThat(valid.code()).as(valid.err()).isZero();
    Trees.Run broken = cliWithInput(Map.of(), "kind: VClusterOrchestratorV2\nspec: [\n", "validate", "--input", "-");
    assertThat(broken.code()).isEqualTo(1);
    assertThat(broken.err()).contains("standard input:").doesNotContain("Exception");
  }

  @Test
  void validateRenderedDashReadsTheStreamRenderWrites() {
    Trees.Run render = cli("render", "-q", "--input", request("prod-external-etcd").toString(), "--output", "-");
    assertThat(render.code()).as(render.err()).isZero();
    Trees.Run ok = cliWithInput(Map.of(), render.out(), "validate", "--rendered", "-");
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.err()).contains("standard input: 7 files, ");
    String withSecret = render.out() + "---\n# Source: resources/namespace.yaml\napiVersion: v1\nkind: Secret\n"
        + "metadata: {name: leaked, namespace: vcluster-media}\n";
    Trees.Run bad = cliWithInput(Map.of(), withSecret, "validate", "--rendered", "-");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("resources/namespace.yaml#1 kind: must not be a Secret");
    Trees.Run missing = cliWithInput(Map.of(), "", "validate", "--rendered", "-");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("resources/namespace.yaml: is required");
  }

  @Test
  void helpAndHelpOfACommand() {
    Trees.Run help = cli("help");
    assertThat(help.code()).as(help.err()).isZero();
    assertThat(help.out()).contains("render", "validate", "Exit codes");
    Trees.Run render = cli("help", "render");
    assertThat(render.code()).as(render.err()).isZero();
    assertThat(render.out()).contains("--input", "--output", "--metadata").isEqualTo(cli("render", "--help").out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "render", "validate", "diff", "explain", "promises"})
  void everyHelpFitsEightyColumnsSoNothingWrapsToTheFirstColumn(String command) {
    Trees.Run help = command.isEmpty() ? cli("--help") : cli(command, "--help");
    assertThat(help.code()).as(help.err()).isZero();
    assertThat(help.out().lines()).as("lines longer than 80 columns").allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
    if (help.out().contains("Environment:")) {
      String environment = help.out().substring(help.out().indexOf("Environment:"));
      assertThat(environment.lines().skip(1)).as("every line of the environment list is indented")
          .allSatisfy(line -> assertThat(line).startsWith("  "));
    }
  }

  @Test
  void theExitCodeListNamesWhatDiffAndValidateOfADirectoryReturn() {
    String help = cli("--help").out();
    assertThat(help).contains("  1   invalid request; a conflict (validate --input DIR); a difference (diff)")
        .contains("  2   usage or environment error; an invalid request (diff, explain)");
  }

  @Test
  void helpAcceptsQuietAndVersionLikeEverySubcommand() {
    Trees.Run quiet = cli("help", "-q");
    assertThat(quiet.code()).as(quiet.err()).isZero();
    assertThat(quiet.out()).isEqualTo(cli("help").out()).contains("render", "validate", "Exit codes");
    Trees.Run quietRender = cli("help", "--quiet", "render");
    assertThat(quietRender.code()).as(quietRender.err()).isZero();
    assertThat(quietRender.out()).isEqualTo(cli("render", "--help").out());
    Trees.Run version = cli("help", "--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).isEqualTo(cli("--version").out()).startsWith("vcluster-orchestrator ");
    Trees.Run unknown = cli("help", "rendr");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("error: unknown command: rendr");
  }

  @ParameterizedTest
  @ValueSource(strings = {"render", "validate"})
  void everySubcommandHasVersionAndQuiet(String command) {
    Trees.Run version = cli(command, "--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).isEqualTo(cli("--version").out()).startsWith("vcluster-orchestrator ");
    assertThat(cli(command, "--help").out()).contains("-q, --quiet", "--profile", "--chart-schemas", "--strict");
  }

  /** Spec 11.4: {@code promises} takes {@code --version} and {@code -q} too; {@code -q} silences its summary line. */
  @Test
  void promisesHasVersionAndQuiet() {
    Trees.Run version = cli("promises", "--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).isEqualTo(cli("--version").out()).startsWith("vcluster-orchestrator ");
    Trees.Run loud = cli("promises", "--image", "registry.example:5000/vco:1.2.3", "--output",
        temp.resolve("loud").toString());
    assertThat(loud.code()).as(loud.err()).isZero();
    assertThat(loud.err()).isEqualTo("wrote 4 promise files to " + temp.resolve("loud") + "\n");
    Trees.Run quiet = cli("promises", "-q", "--image", "registry.example:5000/vco:1.2.3", "--output",
        temp.resolve("quiet").toString());
    assertThat(quiet.code()).as(quiet.err()).isZero();
    assertThat(quiet.err()).isEmpty();
    assertThat(Trees.read(temp.resolve("quiet"))).isEqualTo(Trees.read(temp.resolve("loud")));
  }

  @Test
  void quietValidateSaysOnlyWarningsAndErrors() throws IOException {
    Path req = Files.writeString(temp.resolve("r.yaml"),
        "kind: VClusterOrchestratorV2\nmetadata: {name: x, namespace: ns}\nspec: {name: x, colour: blue}\n");
    Trees.Run loud = cli("validate", "--input", req.toString());
    assertThat(loud.err()).contains("info: ");
    Trees.Run quiet = cli("validate", "-q", "--input", req.toString());
    assertThat(quiet.code()).as(quiet.err()).isZero();
    assertThat(quiet.err().lines()).contains("warning: spec.colour: unknown field, ignored")
        .allMatch(l -> l.startsWith("warning: "));
  }

  @Test
  void validateWithoutATargetIsAPlainUsageError() {
    Trees.Run run = cli("validate");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: Missing required argument").doesNotContain("Error: ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "render", "validate"})
  void everyHelpListsTheEnvironmentVariables(String command) {
    Trees.Run help = command.isEmpty() ? cli("--help") : cli(command, "--help");
    assertThat(help.out()).contains("Environment:", "VCLUSTER_PROFILE", "VCLUSTER_CHART_SCHEMAS", "KRATIX_PROMISE_NAME",
        "KRATIX_WORKFLOW_TYPE", "KRATIX_OBJECT_NAME", "KRATIX_DRY_RUN", "KRATIX_WORKFLOW_ACTION");
  }

  @Test
  void aMessageCausedByAnEnvironmentVariableNamesIt() throws IOException {
    Trees.Run wrong = cli(Map.of("KRATIX_PROMISE_NAME", "argocd-project"), "render", "--input",
        request("dev-minimal").toString(), "--output", "-");
    assertThat(wrong.code()).isEqualTo(2);
    assertThat(wrong.out()).isEmpty();
    assertThat(wrong.err()).contains("KRATIX_PROMISE_NAME=argocd-project cannot fulfil a request of kind "
        + "VClusterOrchestratorV2 (expected vcluster-orchestrator-v2)");
    Path broken = Files.writeString(temp.resolve("broken.yaml"), "vipOffset: lots\n");
    Trees.Run badProfile = cli(Map.of("VCLUSTER_PROFILE", broken.toString()), "validate", "--input",
        request("prod-subnet").toString());
    assertThat(badProfile.code()).isEqualTo(2);
    assertThat(badProfile.err()).contains("error: VCLUSTER_PROFILE=" + broken + ": profile: vipOffset: must be a positive integer");
    Trees.Run noSchemas = cli(Map.of("VCLUSTER_CHART_SCHEMAS", temp.resolve("nowhere").toString()), "validate", "--input",
        request("prod-subnet").toString());
    assertThat(noSchemas.code()).isEqualTo(2);
    assertThat(noSchemas.err()).contains("VCLUSTER_CHART_SCHEMAS=" + temp.resolve("nowhere") + ": no such file or directory");
  }

  @Test
  void theCliHonoursVclusterProfileAndProfileWins() throws IOException {
    // trusted requesters: a profile file is untrusted by default (spec 10.2), which prod-subnet's subnet breaks
    Path env = Files.writeString(temp.resolve("env.yaml"), "name: env\nvipOffset: 100\ntenancy: {untrustedRequests: false}\n");
    Path flag = Files.writeString(temp.resolve("flag.yaml"), "name: flag\nvipOffset: 50\ntenancy: {untrustedRequests: false}\n");
    Trees.Run fromEnv = cli(Map.of("VCLUSTER_PROFILE", env.toString()), "render", "-q", "--input",
        request("prod-subnet").toString(), "--output", "-");
    assertThat(fromEnv.code()).as(fromEnv.err()).isZero();
    assertThat(fromEnv.out()).contains("loadBalancerIP: 10.0.4.100");
    Trees.Run flagWins = cli(Map.of("VCLUSTER_PROFILE", env.toString()), "render", "-q", "--profile", flag.toString(),
        "--input", request("prod-subnet").toString(), "--output", "-");
    assertThat(flagWins.code()).as(flagWins.err()).isZero();
    assertThat(flagWins.out()).contains("loadBalancerIP: 10.0.4.50").doesNotContain("10.0.4.100");
  }

  @Test
  void renderEndsWithOneSummaryLineThatQuietSilences() {
    Path home = temp.resolve("home");
    Trees.Run run = Trees.cliIn(temp, home, "render", "--input", request("prod-subnet").toString(),
        "--output", "out/output", "--metadata", "out/meta");
    assertThat(run.code()).as(run.err()).isZero();
    java.util.List<String> lines = run.err().lines().toList();
    assertThat(lines.get(lines.size() - 1)).isEqualTo("wrote 6 files to out/output (vcluster-orchestrator-v2, configure)");
    assertThat(lines.stream().filter(l -> l.startsWith("wrote "))).hasSize(1);
    Trees.Run quiet = Trees.cliIn(temp, home, "render", "-q", "--input", request("prod-subnet").toString(),
        "--output", "out/output", "--metadata", "out/meta");
    assertThat(quiet.code()).as(quiet.err()).isZero();
    assertThat(quiet.err()).isEmpty();
    Trees.Run stream = cli("render", "--input", request("argocd-project-full").toString(), "--output", "-");
    assertThat(stream.err().lines().filter(l -> l.startsWith("wrote ")))
        .containsExactly("wrote 1 file to standard output (argocd-project, configure)");
    Trees.Run delete = cli("render", "--action", "delete", "--input", request("prod-subnet").toString(), "--output", "-");
    assertThat(delete.err().lines().filter(l -> l.startsWith("wrote ")))
        .containsExactly("wrote no files (vcluster-orchestrator-v2, delete)");
  }

  @Test
  void countsUseCorrectPlurals() {
    Path tree = Trees.repositoryRoot().resolve("examples/argocd-project-full/expected/output");
    Trees.Run one = cli("validate", "--rendered", tree.toString());
    assertThat(one.code()).as(one.err()).isZero();
    assertThat(one.err()).contains(": 1 file, 1 document valid");
    Trees.Run many = cli("validate", "--rendered", Trees.repositoryRoot().resolve("examples/prod-subnet/expected/output").toString());
    assertThat(many.err()).contains(": 6 files, ").contains(" documents valid");
  }

  @Test
  void theChartSchemaNoteIsSaidOnlyWhenASchemaDirectoryIsConfigured() throws IOException {
    Trees.Run plain = cli("render", "--input", request("prod-subnet").toString(), "--output", "-");
    assertThat(plain.code()).as(plain.err()).isZero();
    assertThat(plain.err()).doesNotContain("schema");
    Path schemas = Files.createDirectories(temp.resolve("schemas/0.0.1"));
    Trees.Run configured = cli("render", "--chart-schemas", temp.resolve("schemas").toString(),
        "--input", request("prod-subnet").toString(), "--output", "-");
    assertThat(configured.code()).as(configured.err()).isZero();
    assertThat(configured.err().lines().filter(l -> l.contains("schema"))).singleElement().satisfies(l ->
        assertThat(l).startsWith("info: no values schema for chart vcluster ").endsWith(" in " + schemas.getParent()
            + "; chart values not checked"));
  }

  @Test
  void anInvalidSubnetStillLetsAnInvalidVipBeReported() throws IOException {
    Path bad = Files.writeString(temp.resolve("bad.yaml"), String.join("\n",
        "kind: VClusterOrchestratorV2",
        "metadata: {name: x, namespace: platform-requests}",
        "spec:",
        "  name: x",
        "  exposure: {subnet: 10.0.4.0/33, vip: 10.0.4.256}",
        ""));
    Trees.Run run = cli("validate", "--input", bad.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(problems(run.err())).hasSize(2)
        .anySatisfy(p -> assertThat(p).startsWith("  - spec.exposure.subnet: "))
        .anySatisfy(p -> assertThat(p).startsWith("  - spec.exposure.vip: "));
  }

  Path rendered(String example) {
    Path out = temp.resolve(example);
    Trees.Run render = cli("render", "-q", "--input", request(example).toString(), "--output", out.toString(),
        "--metadata", temp.resolve(example + "-meta").toString());
    assertThat(render.code()).as(render.err()).isZero();
    return out;
  }

  @Test
  void validateRenderedAcceptsTheResourcesDirectory() {
    Path out = rendered("prod-subnet");
    Trees.Run run = cli("validate", "--rendered", out.resolve("resources").toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("is required").contains(out + ": 6 files");
  }

  @Test
  void aRenamedNamespaceIsBlamedAloneNotTheObjectsInIt() throws IOException {
    Path out = rendered("prod-subnet");
    Path namespace = out.resolve("resources/namespace.yaml");
    Files.writeString(namespace, read(namespace).replace("name: vcluster-payments", "name: vcluster-renamed"));
    Trees.Run run = cli("validate", "--rendered", out.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(problems(run.err())).containsExactly("  - resources/namespace.yaml#0 metadata.name: must be the namespace "
        + "the vcluster's other objects are in, \"vcluster-payments\" (a renamed Namespace leaves them behind) "
        + "(got \"vcluster-renamed\")");
  }

  @Test
  void aFileOfAnotherRequestIsBlamedWhereverItSorts() throws IOException {
    Path out = rendered("prod-subnet");
    Path other = rendered("dev-minimal");
    // argocd-application-request.yaml sorts first: the other request's copy of it is still the odd one
    Files.copy(other.resolve("resources/argocd-application-request.yaml"),
        out.resolve("resources/argocd-application-request.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Trees.Run run = cli("validate", "--rendered", out.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(problems(run.err())).isNotEmpty()
        .allSatisfy(p -> assertThat(p).startsWith("  - resources/argocd-application-request.yaml#0 "));
  }

  @Test
  void anExplicitPathThatDoesNotExistIsExitTwo() {
    String missing = temp.resolve("missing.yaml").toString();
    String input = request("prod-subnet").toString();
    String out = temp.resolve("out").toString();
    String meta = temp.resolve("meta").toString();
    assertThat(cli("render", "--input", missing, "--output", out, "--metadata", meta).code()).isEqualTo(2);
    assertThat(cli("validate", "--input", missing).code()).isEqualTo(2);
    assertThat(cli("validate", "--rendered", missing).code()).isEqualTo(2);
    assertThat(cli("render", "--profile", missing, "--input", input, "--output", out, "--metadata", meta).code()).isEqualTo(2);
    Trees.Run schemas = cli("render", "--chart-schemas", missing, "--input", input, "--output", out, "--metadata", meta);
    assertThat(schemas.code()).isEqualTo(2);
    assertThat(schemas.err()).contains("--chart-schemas " + missing + ": no such file or directory");
    Trees.Run kubeconfig = cli("render", "--kubeconfig", missing, "--input", input, "--output", out, "--metadata", meta);
    assertThat(kubeconfig.code()).isEqualTo(2);
    assertThat(kubeconfig.err()).contains("error: --kubeconfig " + missing);
    assertThat(Files.exists(temp.resolve("out"))).isFalse();
    assertThat(Files.exists(temp.resolve("meta"))).isFalse();
  }

  @Test
  void smallMessagesNameTheRightFieldAndWhatToWrite() throws IOException {
    Path version = Files.writeString(temp.resolve("version.yaml"), String.join("\n",
        "apiVersion: platform.integratn.tech/v1",
        "kind: VClusterOrchestratorV2",
        "metadata: {name: x, namespace: platform-requests}",
        "spec: {name: x}", ""));
    Trees.Run apiVersion = cli("validate", "--input", version.toString());
    assertThat(apiVersion.code()).isEqualTo(1);
    assertThat(problems(apiVersion.err())).containsExactly("  - apiVersion: must be platform.integratn.tech/v1alpha1 for "
        + "kind VClusterOrchestratorV2 (got \"platform.integratn.tech/v1\")");
    Path unquoted = Files.writeString(temp.resolve("unquoted.yaml"), String.join("\n",
        "kind: VClusterOrchestratorV2",
        "metadata: {name: x, namespace: platform-requests}",
        "spec:",
        "  name: x",
        "  vcluster: {k8sVersion: 1.30}", ""));
    Trees.Run number = cli("validate", "--input", unquoted.toString());
    assertThat(number.code()).isEqualTo(1);
    assertThat(number.err()).contains("spec.vcluster.k8sVersion: must be a string (got 1.30, a number; write \"1.30\" to give a string)");
    Path integers = Files.writeString(temp.resolve("integers.yaml"), String.join("\n",
        "kind: VClusterOrchestratorV2",
        "metadata: {name: x, namespace: platform-requests}",
        "spec:",
        "  name: x",
        "  vcluster: {k8sVersion: 133, preset: 1}", ""));
    Trees.Run integer = cli("validate", "--input", integers.toString());
    assertThat(integer.code()).isEqualTo(1);
    assertThat(integer.err()).contains(
        "spec.vcluster.k8sVersion: must be a string (got 133, a number; write \"133\" to give a string)",
        "spec.vcluster.preset: must be a string (got 1, a number; write \"1\" to give a string)");
    Path profile = Files.writeString(temp.resolve("profile.yaml"), "vipOfset: 100\n");
    Trees.Run typo = cli("validate", "--profile", profile.toString(), "--input", request("prod-subnet").toString());
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err()).contains(profile + ": profile: vipOfset: unknown key (did you mean vipOffset?)");
  }
}
