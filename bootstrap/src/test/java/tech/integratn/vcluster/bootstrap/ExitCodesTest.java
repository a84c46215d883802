package tech.integratn.vcluster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.bootstrap.Trees.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spec 7.4: 0 success, 1 invalid request, 2 usage or environment, 3 internal error; every message
 * says what to do and none shows a Java exception name.
 */
class ExitCodesTest {

  @TempDir Path temp;

  static String example(String name) {
    return Trees.repositoryRoot().resolve("examples").resolve(name).resolve("request.yaml").toString();
  }

  static Trees.Run checked(int code, Trees.Run run) {
    assertThat(run.code()).as(run.err()).isEqualTo(code);
    assertThat(run.err() + run.out()).doesNotContain("Exception", "java.", "\tat ");
    return run;
  }

  @Test
  void anUnknownOptionIsNamedEvenWhenRequiredOptionsAreMissingToo() {
    assertThat(checked(2, cli("render", "--input", example("dev-minimal"), "--output", "-", "--frob")).err())
        .contains("Unknown option: '--frob'", "Try 'vcluster-orchestrator render --help'");
    assertThat(checked(2, cli("render", "--input", example("dev-minimal"), "--ouput", "o")).err())
        .contains("error: unknown option or argument: --ouput o", "Missing required option");
    assertThat(checked(2, cli("frobnicate")).err()).contains("'frobnicate'");
    assertThat(checked(2, cli("validate", "--input", "a\0b")).err()).contains("Invalid value for option '--input': cannot convert 'a\0b' to a file path");
  }

  @Test
  void metadataIsRequiredUnlessTheOutputIsStandardOutput() {
    assertThat(checked(2, cli("render", "--input", example("dev-minimal"), "--output", temp.resolve("o").toString())).err())
        .contains("error: --metadata META_DIR is required (it may be left out only with --output -)");
    assertThat(Files.exists(temp.resolve("o"))).isFalse();
  }

  @Test
  void aMissingOrUnreadableInputIsAnEnvironmentError() {
    Path missing = temp.resolve("missing.yaml");
    assertThat(checked(2, cli("validate", "--input", missing.toString())).err())
        .contains("error: cannot read the request " + missing + ": no such file or directory");
    assertThat(checked(2, cli("render", "--input", missing.toString(), "--output", temp.resolve("o").toString(),
        "--metadata", temp.resolve("m").toString())).err()).contains("no such file or directory");
    assertThat(checked(2, cli("render", "--action", "delete", "--input", missing.toString(), "--output", "-")).err())
        .contains("no such file or directory");
    // a directory is a repository of requests (spec 12.1); one without any YAML file is a mistyped path
    assertThat(checked(2, cli("validate", "--input", temp.toString())).err())
        .contains("error: --input " + temp + ": no *.yaml or *.yml file below it");
    assertThat(checked(2, cli("validate", "--rendered", missing.toString())).err())
        .contains("error: --rendered " + missing + ": no such file or directory");
    assertThat(Trees.read(temp)).isEmpty();
  }

  @Test
  void aBadProfileIsAnEnvironmentErrorNamingTheFile() throws IOException {
    Path profile = Files.writeString(temp.resolve("acme.yaml"), "unknownFields: sometimes\ncolour: blue\n"
        + "chart: {qqzzx: 1}\n");
    Trees.Run run = checked(2, cli("validate", "--profile", profile.toString(), "--input", example("dev-minimal")));
    assertThat(run.err()).contains(profile + ": profile: colour: unknown key",
        profile + ": profile: chart.qqzzx: unknown key",
        profile + ": profile: unknownFields: must be warn or reject (got sometimes)");
    Path missing = temp.resolve("nope.yaml");
    assertThat(checked(2, cli("validate", "--profile", missing.toString(), "--input", example("dev-minimal"))).err())
        .contains(missing + ": no such file or directory");
  }

  @Test
  void anInvalidRequestIsOne() throws IOException {
    Path bad = Files.writeString(temp.resolve("bad.yaml"),
        "kind: VClusterOrchestratorV2\nmetadata: {name: x, namespace: p}\nspec: {name: x, exposure: {subnet: 10.0.4.0/25}}\n");
    assertThat(checked(1, cli("validate", "--input", bad.toString())).err()).contains(
        "spec.exposure.vipOffset: the profile's default offset 200 gives 10.0.4.200, not a usable host address of subnet "
            + "10.0.4.0/25 (usable range 10.0.4.1-10.0.4.126); set spec.exposure.vip or spec.exposure.vipOffset");
  }

  @Test
  void anInternalErrorIsThreeWithAHintAndNoClassName() {
    // a path the JVM cannot represent, from an environment variable nothing else checks
    Trees.Run run = checked(3, cli(Map.of("VCLUSTER_CHART_SCHEMAS", "bad\0path"), "validate", "--input", example("dev-minimal")));
    assertThat(run.err()).startsWith("internal error: ").contains("hint: re-run with --debug");
  }

  @Test
  void strictAndTheProfilesUnknownFieldsRejectUnknownFieldsButNeverOnDelete() throws IOException {
    Path typo = Files.writeString(temp.resolve("typo.yaml"),
        "kind: VClusterOrchestratorV2\nmetadata: {name: x, namespace: p}\nspec: {name: x, vcluster: {presett: prod}}\n");
    assertThat(checked(0, cli("validate", "--input", typo.toString())).err())
        .contains("warning: spec.vcluster.presett: unknown field, ignored (did you mean spec.vcluster.preset?)");
    assertThat(checked(1, cli("validate", "--strict", "--input", typo.toString())).err())
        .contains("request rejected with 1 problem", "spec.vcluster.presett: unknown field (did you mean spec.vcluster.preset?)");
    Path strict = Files.writeString(temp.resolve("strict.yaml"), "unknownFields: reject\n");
    assertThat(checked(1, cli("render", "--profile", strict.toString(), "--input", typo.toString(), "--output", "-")).out())
        .isEmpty();
    assertThat(checked(0, cli("render", "--strict", "--action", "delete", "--input", typo.toString(), "--output", "-",
        "--metadata", temp.resolve("m").toString())).err()).contains("resources/namespace.yaml: v1 Namespace")
        .doesNotContain("rejected", "no longer validates");
    assertThat(Trees.read(temp.resolve("m")).get("status.yaml")).contains("phase: Deleting");
  }

  @Test
  void theValidateSummaryIsWhole() {
    assertThat(checked(0, cli("--help")).out()).contains("report every problem; writes nothing.");
  }
}
