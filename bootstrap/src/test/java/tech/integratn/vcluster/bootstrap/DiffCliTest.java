package tech.integratn.vcluster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.bootstrap.Trees.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code diff --input REQUEST --against DIR} (spec 12.2, issue 19 item 2): every golden example is
 * the same as its own expected output; each kind of change (added, removed, changed value, one
 * document of a multi-document file, a renamed object) against an earlier {@code render --output}
 * and against a Kratix state-store layout, as text and as JSON, and each exit code.
 */
class DiffCliTest {

  @TempDir Path temp;

  static final Path EXAMPLES = Trees.repositoryRoot().resolve("examples");

  static Stream<Path> examples() throws IOException {
    return Files.list(EXAMPLES).sorted();
  }

  static List<String> args(Path example, String... more) {
    List<String> args = new ArrayList<>(List.of("diff", "--input", example.resolve("request.yaml").toString()));
    if (Files.isRegularFile(example.resolve("profile.yaml"))) {
      args.add("--profile");
      args.add(example.resolve("profile.yaml").toString());
    }
    args.addAll(List.of(more));
    return args;
  }

  static Trees.Run diff(Path example, String... more) {
    return cli(args(example, more).toArray(new String[0]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyGoldenExampleIsTheSameAsItsExpectedOutput(Path example) {
    Path expected = example.resolve("expected/output");
    Trees.Run run = diff(example, "--against", expected.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).endsWith("no differences from " + expected + "\n");
  }

  /** A copy of the golden output of {@code example} at {@code dir}, to change. */
  Path copy(String example, Path dir) {
    for (Map.Entry<String, String> file : Trees.read(EXAMPLES.resolve(example).resolve("expected/output")).entrySet()) {
      write(dir.resolve(file.getKey()), file.getValue());
    }
    return dir;
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
  }

  @Test
  void aChangedValueIsOneLineWithItsPathAndBothValues() throws IOException {
    Path previous = copy("dev-minimal", temp.resolve("previous"));
    edit(previous.resolve("resources/argocd-application-request.yaml"), "                memory: 1Gi", "                memory: 3Gi");
    Trees.Run run = diff(EXAMPLES.resolve("dev-minimal"), "--against", previous.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("ArgoCDApplication platform-requests/vcluster-demo: "
        + "spec.source.helm.valuesObject.controlPlane.statefulSet.resources.limits.memory: 3Gi -> 1Gi\n");
    assertThat(run.err()).endsWith("\n1 object differs from " + previous + "\n");
  }

  @Test
  void whyShowsTheSourceOfEachChangedChartValueAndNothingUnderOtherChanges() throws IOException {
    Path previous = copy("prod-subnet", temp.resolve("previous"));
    edit(previous.resolve("resources/argocd-application-request.yaml"), "                memory: 2Gi\n",
        "                memory: 3Gi\n");
    edit(previous.resolve("resources/coredns-configmap.yaml"), "vcluster-payments", "vcluster-old");

    Trees.Run run = diff(EXAMPLES.resolve("prod-subnet"), "--why", "--against", previous.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("ArgoCDApplication platform-requests/vcluster-payments: "
        + "spec.source.helm.valuesObject.controlPlane.statefulSet.resources.limits.memory: 3Gi -> 2Gi\n"
        + "  why: preset prod\n");
    assertThat(run.out().lines().filter(l -> l.startsWith("  why: ")).count()).isEqualTo(1);
  }

  @Test
  void whyNeedsTextAndAFile() {
    Trees.Run json = diff(EXAMPLES.resolve("prod-subnet"), "--why", "--output-format", "json", "--against",
        temp.toString());
    Trees.Run stdin = cli("diff", "--why", "--input", "-", "--against", temp.toString());

    assertThat(json.code()).isEqualTo(ExitCode.USAGE);
    assertThat(json.err()).isEqualTo("error: --why needs --output-format text and --input a file (it reads the request twice)\n");
    assertThat(stdin.code()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void anObjectOnlyInThePreviousOutputIsRemovedAndOneOnlyInTheNewIsAdded() throws IOException {
    Path previous = copy("dev-minimal", temp.resolve("previous"));
    Files.delete(previous.resolve("resources/coredns-configmap.yaml"));
    write(previous.resolve("resources/extra.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: old\n  namespace: demo\n");
    Trees.Run run = diff(EXAMPLES.resolve("dev-minimal"), "--against", previous.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("ConfigMap demo/old: removed\nConfigMap platform-requests/vc-demo-coredns: added\n");
  }

  @Test
  void oneChangedDocumentOfAMultiDocumentFileIsTheOnlyChange() throws IOException {
    Path previous = copy("prod-subnet", temp.resolve("previous"));
    Path policies = previous.resolve("resources/network-policies.yaml");
    assertThat(Files.readString(policies).split("\n---\n", -1).length).isGreaterThan(2);
    String text = Files.readString(policies);
    int second = text.indexOf("\n---\n", 1);
    int at = text.indexOf("  name: ", second);
    int end = text.indexOf('\n', at);
    String name = text.substring(at + "  name: ".length(), end);
    int labels = text.indexOf("  labels:\n", second) + "  labels:\n".length();
    Files.writeString(policies, text.substring(0, labels) + "    extra: flag\n" + text.substring(labels));
    Trees.Run run = diff(EXAMPLES.resolve("prod-subnet"), "--against", previous.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.out().lines().toList()).singleElement().asString()
        .endsWith("/" + name + ": metadata.labels.extra: flag -> (absent)");
  }

  @Test
  void aRenamedObjectIsRemovedAndAdded() throws IOException {
    Path previous = copy("argocd-project-full", temp.resolve("previous"));
    edit(previous.resolve("resources/appproject.yaml"), "  name: team-a\n", "  name: team-old\n");
    Trees.Run run = diff(EXAMPLES.resolve("argocd-project-full"), "--against", previous.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("AppProject gitops/team-a: added\nAppProject gitops/team-old: removed\n");
  }

  @Test
  void aKratixStateStoreDirectoryOfTheRequestIsAccepted() throws IOException {
    // <destination>/resources/<ns>/<promise>/<name>/<pipeline>/<id>/resources/...
    Path request = temp.resolve("store/resources/platform-requests/vcluster-orchestrator-v2/demo");
    copy("dev-minimal", request.resolve("vco-v2-configure/5058f"));
    write(request.resolve("vco-v2-configure/5058f/status.yaml"), "phase: Ready\n");
    edit(request.resolve("vco-v2-configure/5058f/resources/namespace.yaml"), "  annotations:\n",
        "  annotations:\n    note: old\n");
    Trees.Run run = diff(EXAMPLES.resolve("dev-minimal"), "--against", request.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("Namespace platform-requests: metadata.annotations.note: old -> (absent)\n");
    // the destination's root holds every request: refused, pointing below it
    Trees.Run root = diff(EXAMPLES.resolve("dev-minimal"), "--against", temp.resolve("store").toString());
    assertThat(root.code()).isEqualTo(2);
    assertThat(root.err()).contains("error: --against " + temp.resolve("store") + ": holds the output of every request");
  }

  @Test
  void theJsonFormNamesEachObjectAndEachChange() throws IOException {
    Path previous = copy("argocd-project-full", temp.resolve("previous"));
    edit(previous.resolve("resources/appproject.yaml"), "Applications of team A", "Apps of team A");
    Trees.Run run = diff(EXAMPLES.resolve("argocd-project-full"), "--against", previous.toString(),
        "--output-format", "json");
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("""
        {
          "different": true,
          "objects": [
            {
              "change": "changed",
              "apiVersion": "argoproj.io/v1alpha1",
              "kind": "AppProject",
              "namespace": "gitops",
              "name": "team-a",
              "changes": [
                {
                  "path": "spec.description",
                  "segments": [
                    "spec",
                    "description"
                  ],
                  "old": "Apps of team A, deployed to its own namespaces only",
                  "new": "Applications of team A, deployed to its own namespaces only"
                }
              ]
            }
          ]
        }
        """);
    Trees.Run same = cli("diff", "--input", EXAMPLES.resolve("argocd-project-full/request.yaml").toString(),
        "--against", EXAMPLES.resolve("argocd-project-full/expected/output").toString(), "--output-format", "json");
    assertThat(same.code()).isZero();
    assertThat(same.out()).isEqualTo("{\n  \"different\": false,\n  \"objects\": []\n}\n");
  }

  @Test
  void anEarlierRenderOutputIsAccepted() {
    Path out = temp.resolve("out");
    Trees.Run render = cli("render", "-q", "--input", EXAMPLES.resolve("dev-minimal/request.yaml").toString(),
        "--output", out.toString(), "--metadata", temp.resolve("meta").toString());
    assertThat(render.code()).as(render.err()).isZero();
    Trees.Run run = diff(EXAMPLES.resolve("prod-subnet"), "--against", out.toString(), "-q");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("ArgoCDProject platform-requests/vcluster-demo: removed",
        "ArgoCDProject platform-requests/vcluster-payments: added");
    assertThat(run.err()).isEmpty();
    assertThat(temp.resolve("out")).isDirectory();
  }

  @Test
  void anInvalidRequestIsExitTwo() throws IOException {
    Path request = temp.resolve("bad.yaml");
    Files.writeString(request, "apiVersion: platform.integratn.tech/v1alpha1\nkind: VClusterOrchestratorV2\n"
        + "metadata:\n  name: x\nspec:\n  name: Bad_Name\n");
    Trees.Run run = cli("diff", "--input", request.toString(), "--against",
        EXAMPLES.resolve("dev-minimal/expected/output").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("error: request rejected with 1 problem:\n  - spec.name: ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aRefusedDirectoryNamesThePath() {
    Path missing = temp.resolve("missing");
    Trees.Run run = diff(EXAMPLES.resolve("dev-minimal"), "--against", missing.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("error: --against " + missing + ": not a directory");
    Trees.Run empty = diff(EXAMPLES.resolve("dev-minimal"), "--against", temp.toString());
    assertThat(empty.code()).isEqualTo(2);
    assertThat(empty.err()).contains("error: --against " + temp + ": neither an earlier render --output");
  }

  @Test
  void anUnknownOutputFormatAndAMissingOptionAreUsageErrors() {
    Trees.Run format = diff(EXAMPLES.resolve("dev-minimal"), "--against",
        EXAMPLES.resolve("dev-minimal/expected/output").toString(), "--output-format", "yaml");
    assertThat(format.code()).isEqualTo(2);
    assertThat(format.err()).isEqualTo("error: --output-format yaml: must be text or json\n");
    Trees.Run missing = cli("diff", "--input", EXAMPLES.resolve("dev-minimal/request.yaml").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("--against");
  }

  @Test
  void anObjectWrittenTwiceInThePreviousOutputCannotBeCompared() throws IOException {
    Path previous = copy("argocd-project-full", temp.resolve("previous"));
    Files.copy(previous.resolve("resources/appproject.yaml"), previous.resolve("resources/copy.yaml"));
    Trees.Run run = diff(EXAMPLES.resolve("argocd-project-full"), "--against", previous.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("error: ", "resources/appproject.yaml", "resources/copy.yaml");
  }

  @Test
  void aRemovedSecretIsNeverPrintedOnlyItsIdentityAndKeys() throws IOException {
    Path previous = copy("dev-minimal", temp.resolve("previous"));
    write(previous.resolve("resources/cluster-secret.yaml"), "apiVersion: v1\nkind: Secret\nmetadata:\n  name: cluster-demo\n"
        + "  namespace: argocd\ntype: Opaque\ndata:\n  password: c2VjcmV0LXZhbHVl\nstringData:\n  token: plain-token\n");

    Trees.Run json = diff(EXAMPLES.resolve("dev-minimal"), "--against", previous.toString(), "--output-format", "json");
    Trees.Run text = diff(EXAMPLES.resolve("dev-minimal"), "--against", previous.toString());

    assertThat(json.code()).as(json.err()).isEqualTo(1);
    assertThat(json.out()).doesNotContain("c2VjcmV0LXZhbHVl", "plain-token")
        .contains("\"kind\": \"Secret\"", "\"password\": \"(redacted)\"", "\"token\": \"(redacted)\"");
    assertThat(text.out()).isEqualTo("Secret argocd/cluster-demo: removed\n");
  }

  @Test
  void aStringAYamlReaderWouldTakeForABooleanIsQuotedOnADiffLine() throws IOException {
    Path out = temp.resolve("previous");
    Trees.Run render = Trees.cliWithInput(Map.of(), ExplainCliTest.AMBIGUOUS_LABELS, "render", "-q", "--input", "-",
        "--output", out.toString(), "--metadata", temp.resolve("meta").toString());
    assertThat(render.code()).as(render.err()).isZero();
    edit(out.resolve("resources/argocd-application-request.yaml"), "own: \"yes\"", "own: true");
    edit(out.resolve("resources/argocd-application-request.yaml"), "b: \"on\"", "b: \"off\"");
    Path request = temp.resolve("request.yaml");
    Files.writeString(request, ExplainCliTest.AMBIGUOUS_LABELS);

    Trees.Run run = cli("diff", "-q", "--input", request.toString(), "--against", out.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(""
        + "ArgoCDApplication platform-requests/vcluster-pr: spec.source.helm.valuesObject.integrations.certManager.sync"
        + ".fromHost.clusterIssuers.selector.labels.b: \"off\" -> \"on\"\n"
        + "ArgoCDApplication platform-requests/vcluster-pr: spec.source.helm.valuesObject.integrations.certManager.sync"
        + ".fromHost.clusterIssuers.selector.labels.own: true -> \"yes\"\n");
  }

  @Test
  void aSymbolicLinkInThePreviousOutputIsANoteAndItsObjectsShowAsAdded() throws IOException {
    Path previous = copy("dev-minimal", temp.resolve("previous"));
    Path outside = temp.resolve("namespace-real.yaml");
    Files.move(previous.resolve("resources/namespace.yaml"), outside);
    Files.createSymbolicLink(previous.resolve("resources/namespace.yaml"), outside);

    Trees.Run run = diff(EXAMPLES.resolve("dev-minimal"), "--against", previous.toString());
    Trees.Run quiet = diff(EXAMPLES.resolve("dev-minimal"), "-q", "--against", previous.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("Namespace platform-requests: added\n");
    assertThat(run.err()).contains("\nnote: resources/namespace.yaml: skipped, symbolic link, not followed\n");
    assertThat(quiet.code()).isEqualTo(1);
    assertThat(quiet.err()).doesNotContain("note:");
  }

  @Test
  void theResourcesDirectoryOfAnOutputIsAcceptedAndADestinationsGetsThePointer() throws IOException {
    Path expected = EXAMPLES.resolve("dev-minimal/expected/output/resources");
    Trees.Run same = diff(EXAMPLES.resolve("dev-minimal"), "--against", expected.toString());
    assertThat(same.code()).as(same.err()).isZero();
    assertThat(same.out()).isEmpty();

    Path resources = temp.resolve("store/resources");
    copy("dev-minimal", resources.resolve("platform-requests/vcluster-orchestrator-v2/demo/vco-v2-configure/5058f"));
    Trees.Run destination = diff(EXAMPLES.resolve("dev-minimal"), "--against", resources.toString());
    assertThat(destination.code()).isEqualTo(ExitCode.USAGE);
    assertThat(destination.err()).contains("error: --against " + resources + ": holds the output of every request of a "
        + "Kratix destination; give the request's own directory, " + resources
        + "/<request namespace>/<promise name>/<request name>\n");
  }

  @Test
  void anInternalErrorIsThreeWithAHint() {
    // as ExitCodesTest: a path the JVM cannot represent, from an environment variable nothing else checks
    Trees.Run run = cli(Map.of("VCLUSTER_CHART_SCHEMAS", "bad\0path"), args(EXAMPLES.resolve("dev-minimal"), "--against",
        EXAMPLES.resolve("dev-minimal/expected/output").toString()).toArray(new String[0]));

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.INTERNAL);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("internal error: ").contains("hint: re-run with --debug");
  }
}
