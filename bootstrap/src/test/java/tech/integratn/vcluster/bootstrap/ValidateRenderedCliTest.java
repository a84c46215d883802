package tech.integratn.vcluster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.bootstrap.Trees.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code validate --rendered} (issue 12 item 8): every golden tree and every rendering of the
 * corpus passes; a tree with a wrong kind, apiVersion or name, a missing base label, two requests'
 * files, a Secret or a file no pipeline writes fails with exit 1, naming file, document and rule.
 */
class ValidateRenderedCliTest {

  @TempDir Path temp;

  static Stream<Path> goldens() throws IOException {
    return Files.list(Trees.repositoryRoot().resolve("examples")).map(e -> e.resolve("expected/output")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void everyGoldenTreePasses(Path output) {
    Trees.Run run = cli("validate", "--rendered", output.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).containsPattern(": \\d+ files?, \\d+ documents? valid");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tech.integratn.vcluster.bootstrap.CorpusInvariantsTest#corpus")
  void everyRenderingOfTheCorpusPasses(Path request) {
    Trees.Run render = cli("render", "-q", "--input", request.toString(),
        "--output", temp.resolve("out").toString(), "--metadata", temp.resolve("meta").toString());
    assertThat(render.code()).as(render.err()).isZero();
    Trees.Run run = cli("validate", "--rendered", temp.resolve("out").toString());
    assertThat(run.code()).as(run.err()).isZero();
  }

  /**
   * The chain as a GitOps repository's CI sees it: every sub-request the orchestrator renders for
   * a corpus request, rendered by its sub-promise through the CLI (its kind selects the promise),
   * gives a tree that {@code validate --rendered} accepts.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("tech.integratn.vcluster.bootstrap.CorpusInvariantsTest#corpus")
  void everySubPromiseRenderingOfTheCorpusPasses(Path request) {
    Trees.Run render = cli("render", "-q", "--input", request.toString(),
        "--output", temp.resolve("out").toString(), "--metadata", temp.resolve("meta").toString());
    assertThat(render.code()).as(render.err()).isZero();
    for (String sub : new String[] {"argocd-project", "argocd-application", "argocd-cluster-registration"}) {
      Path subRequest = temp.resolve("out/resources/" + sub + "-request.yaml");
      Trees.Run subRender = cli("render", "-q", "--input", subRequest.toString(),
          "--output", temp.resolve(sub + "/out").toString(), "--metadata", temp.resolve(sub + "/meta").toString());
      assertThat(subRender.code()).as(sub + ": " + subRender.err()).isZero();
      Trees.Run run = cli("validate", "--rendered", temp.resolve(sub + "/out").toString());
      assertThat(run.code()).as(sub + ": " + run.err()).isZero();
    }
  }

  /** A copy of a golden tree to break. */
  Path golden(String example) {
    Path out = temp.resolve(example);
    for (Map.Entry<String, String> file : Trees.read(Trees.repositoryRoot().resolve("examples").resolve(example)
        .resolve("expected/output")).entrySet()) {
      write(out.resolve(file.getKey()), file.getValue());
    }
    return out;
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void edit(Path file, String from, String to) {
    try {
      String text = Files.readString(file);
      assertThat(text).as("%s holds %s", file, from).contains(from);
      Files.writeString(file, text.replace(from, to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The error output of a run that must fail with exit 1. */
  String invalid(Path tree) {
    Trees.Run run = cli("validate", "--rendered", tree.toString());
    assertThat(run.code()).as("%s%n%s", run.out(), run.err()).isEqualTo(1);
    assertThat(run.err()).doesNotContain("Exception", "documents valid");
    return run.err();
  }

  @Test
  void anUnknownKindFails() {
    Path tree = golden("dev-minimal");
    edit(tree.resolve("resources/namespace.yaml"), "kind: Namespace\n", "kind: Namespac\n");
    assertThat(invalid(tree)).contains(
        "resources/namespace.yaml#0: must be a v1 Namespace (got apiVersion \"v1\", kind \"Namespac\")");
  }

  @Test
  void aConfigMapOfAnotherApiVersionFails() {
    Path tree = golden("dev-minimal");
    edit(tree.resolve("resources/coredns-configmap.yaml"), "apiVersion: v1\n", "apiVersion: v2\n");
    assertThat(invalid(tree)).contains(
        "resources/coredns-configmap.yaml#0: must be a v1 ConfigMap (got apiVersion \"v2\", kind \"ConfigMap\")");
  }

  @Test
  void aNamespaceNamedOutsideDnsFails() {
    Path tree = golden("prod-subnet");
    edit(tree.resolve("resources/namespace.yaml"), "  name: vcluster-payments\n", "  name: Test_Bad\n");
    assertThat(invalid(tree)).contains("resources/namespace.yaml#0 metadata.name: must be a DNS-1123 label of at most 63"
        + " characters (lower-case letters, digits and '-', starting and ending with a letter or digit) (got \"Test_Bad\")");
  }

  @Test
  void anObjectWithoutABaseLabelFails() {
    Path tree = golden("prod-external-etcd");
    edit(tree.resolve("resources/etcd-certificates.yaml"), "kind: Issuer\nmetadata:\n  name: media-etcd-selfsigned\n"
        + "  namespace: vcluster-media\n  labels:\n    app.kubernetes.io/managed-by: kratix\n    kratix.io/promise-name: vcluster-orchestrator-v2\n",
        "kind: Issuer\nmetadata:\n  name: media-etcd-selfsigned\n  namespace: vcluster-media\n  labels:\n"
            + "    app.kubernetes.io/managed-by: kratix\n");
    String err = invalid(tree);
    assertThat(err).contains("resources/etcd-certificates.yaml#3 metadata.labels.kratix.io/promise-name: is required");
    assertThat(err.lines().filter(l -> l.startsWith("  - "))).as(err).hasSize(1);
  }

  @Test
  void filesOfTwoRequestsFail() {
    Path tree = golden("prod-subnet");
    Path other = golden("dev-minimal");
    write(tree.resolve("resources/coredns-configmap.yaml"), Trees.read(other).get("resources/coredns-configmap.yaml"));
    assertThat(invalid(tree)).contains("resources/coredns-configmap.yaml#0 metadata.labels.kratix.io/resource-name: must name"
        + " the request every other object names, \"payments\" as in resources/argocd-application-request.yaml#0: a tree"
        + " holds the files of one request (got \"demo\")");
  }

  @Test
  void twoRequestsOfOneNameInTwoNamespacesFail() {
    Path tree = golden("dev-minimal");
    edit(tree.resolve("resources/argocd-project-request.yaml"), "  namespace: platform-requests\n  labels:",
        "  namespace: team-b\n  labels:");
    assertThat(invalid(tree)).contains("resources/argocd-project-request.yaml#0 metadata.namespace: must be the request's"
        + " namespace, \"platform-requests\" as in resources/argocd-application-request.yaml#0");
  }

  @Test
  void aSecretFailsWhereverItIs() {
    Path tree = golden("dev-minimal");
    String secret = "---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n  labels:\n    app.kubernetes.io/managed-by: kratix\n"
        + "    kratix.io/promise-name: vcluster-orchestrator-v2\n    kratix.io/resource-name: demo\nstringData:\n  a: b\n";
    write(tree.resolve("resources/coredns-configmap.yaml"), Trees.read(tree).get("resources/coredns-configmap.yaml") + secret);
    write(tree.resolve("extra/secret.yaml"), secret);
    String err = invalid(tree);
    assertThat(err).contains(
        "resources/coredns-configmap.yaml#1 kind: must not be a Secret: the pipelines never render a Secret (got Secret)",
        "extra/secret.yaml#0 kind: must not be a Secret");
  }

  @Test
  void aFileNoPipelineWritesFails() {
    Path tree = golden("dev-minimal");
    write(tree.resolve("resources/extra.yaml"), "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n");
    write(tree.resolve("resources/notes.txt"), "hello\n");
    String err = invalid(tree);
    assertThat(err).contains("resources/extra.yaml: not a file the pipelines render", "resources/notes.txt: not a file");
  }

  @Test
  void everyProblemIsReportedAtOnceAndAMissingFileIsNamed() throws IOException {
    Path tree = golden("prod-subnet");
    edit(tree.resolve("resources/namespace.yaml"), "kind: Namespace\n", "kind: Namespac\n");
    edit(tree.resolve("resources/coredns-configmap.yaml"), "apiVersion: v1\n", "apiVersion: v2\n");
    Files.delete(tree.resolve("resources/argocd-project-request.yaml"));
    write(tree.resolve("resources/broken.yaml"), "a: [\n");
    edit(tree.resolve("resources/argocd-application-request.yaml"), "kind: ArgoCDApplication\nmetadata:\n",
        "kind: ArgoCDApplication\nmetadata:\n  labels: [\n");
    String err = invalid(tree);
    assertThat(err).contains("resources/namespace.yaml#0: must be a v1 Namespace",
        "resources/coredns-configmap.yaml#0: must be a v1 ConfigMap", "resources/argocd-project-request.yaml: is required",
        "resources/broken.yaml: not a file the pipelines render", "resources/broken.yaml:2:1: not valid YAML",
        "resources/argocd-application-request.yaml:7:12: not valid YAML: while parsing a flow sequence started at line 5,");
  }

  /** A Namespace without kratix.io/resource-name, named {@code name}, with {@code annotations} lines. */
  static String sharedNamespace(String name, String annotations) {
    return "---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: " + name + "\n  labels:\n"
        + "    app.kubernetes.io/managed-by: kratix\n    kratix.io/promise-name: vcluster-orchestrator-v2\n"
        + "    app.kubernetes.io/name: vcluster-namespace\n  annotations:\n    argocd.argoproj.io/sync-wave: \"-2\"\n" + annotations;
  }

  @Test
  void aSharedRequestNamespaceIsAcceptedInExactlyItsForm() {
    Path tree = golden("dev-minimal");
    Path namespace = tree.resolve("resources/namespace.yaml");
    String noPrune = "    argocd.argoproj.io/sync-options: Prune=false\n    kustomize.toolkit.fluxcd.io/prune: disabled\n";
    write(namespace, sharedNamespace("platform-requests", noPrune));
    Trees.Run shared = cli("validate", "--rendered", tree.toString());
    assertThat(shared.code()).as(shared.err()).isZero();
    write(namespace, sharedNamespace("platform-requests", "    argocd.argoproj.io/sync-options: Prune=false\n"));
    assertThat(invalid(tree)).contains("resources/namespace.yaml#0 metadata.labels.kratix.io/resource-name: is required,"
        + " except on a shared request namespace");
    write(namespace, sharedNamespace("team-b", noPrune));
    assertThat(invalid(tree)).contains("resources/namespace.yaml#0 metadata.name: must be the request's namespace,"
        + " \"platform-requests\", for a Namespace without kratix.io/resource-name");
  }

  @Test
  void aSyncPolicyTypoInAnApplicationFails() {
    Path tree = golden("argocd-application-full");
    edit(tree.resolve("resources/application.yaml"), "selfHeal:", "selfheal:");
    assertThat(invalid(tree)).contains("resources/application.yaml#0 spec.syncPolicy.automated.selfheal: is not a field of "
        + "Argo CD's automated (enabled, prune, selfHeal, allowEmpty)");
  }

  @Test
  void aSubPromiseTreeIsValidOnItsOwnButNotMixedWithTheOrchestrators() {
    Path tree = temp.resolve("project");
    String project = "---\napiVersion: argoproj.io/v1alpha1\nkind: AppProject\nmetadata:\n  name: vcluster-demo\n"
        + "  namespace: argocd\n  labels:\n    app.kubernetes.io/managed-by: kratix\n    kratix.io/promise-name: vcluster-orchestrator-v2\n"
        + "    kratix.io/resource-name: demo\nspec:\n  sourceRepos:\n    - https://charts.loft.sh\n";
    write(tree.resolve("resources/appproject.yaml"), project);
    Trees.Run run = cli("validate", "--rendered", tree.toString());
    assertThat(run.code()).as(run.err()).isZero();
    Path mixed = golden("dev-minimal");
    write(mixed.resolve("resources/appproject.yaml"), project);
    String err = invalid(mixed);
    assertThat(err).contains("resources/appproject.yaml: is a file of argocd-project, but the other files are of"
        + " vcluster-orchestrator-v2; an output directory holds the files of one pipeline run");
    // the odd file is blamed, not the orchestrator's files around it (spec 11.4)
    assertThat(err.lines().filter(l -> l.startsWith("  - "))).as(err).allMatch(l -> l.contains("resources/appproject.yaml"));
  }
}
