package tech.integratn.vcluster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.bootstrap.Trees.cli;

import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.integratn.vcluster.adapters.fs.FileRequestSource;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/**
 * {@code validate --input DIR} (spec 12.1, issue 19 item 1): the real corpus, generated
 * repositories with one planted conflict of each kind, a clean one, and the exit codes.
 */
class ValidateRepositoryCliTest {

  @TempDir Path temp;

  /** A vcluster request; {@code spec} is the indented body below {@code spec:}. */
  static String vcluster(String name, String spec) {
    return "apiVersion: platform.integratn.tech/v1alpha1\nkind: VClusterOrchestratorV2\nmetadata:\n  name: " + name
        + "\n  namespace: platform-requests\nspec:\n" + spec;
  }

  Path repo(Map<String, String> files) throws IOException {
    Path dir = temp.resolve("repo");
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path file = dir.resolve(f.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, f.getValue());
    }
    return dir;
  }

  static java.util.List<String> conflicts(Trees.Run run) {
    return run.err().lines().filter(l -> l.startsWith("conflict: ")).toList();
  }

  @Test
  void aCleanRepositoryPassesWithANoteForWhatIsNoRequest() throws IOException {
    Path examples = Trees.repositoryRoot().resolve("examples");
    Path dir = repo(Map.of(
        "platform/vclusters/demo.yaml", Files.readString(examples.resolve("dev-minimal/request.yaml")),
        "platform/vclusters/payments.yaml", Files.readString(examples.resolve("prod-subnet/request.yaml")),
        "platform/projects/team-a.yaml", Files.readString(examples.resolve("argocd-project-full/request.yaml")),
        "platform/kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n",
        ".git/copy.yaml", Files.readString(examples.resolve("dev-minimal/request.yaml"))));
    Trees.Run run = cli("validate", "--input", dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("info: platform/vclusters/demo.yaml: valid",
        "info: platform/vclusters/payments.yaml: valid", "info: platform/projects/team-a.yaml: valid",
        "note: platform/kustomization.yaml: skipped, not a request of the four kinds "
            + "(apiVersion \"kustomize.config.k8s.io/v1beta1\", kind \"Kustomization\")");
    assertThat(run.err()).doesNotContain(".git").doesNotContain("conflict: ");
    assertThat(run.err().lines().reduce((a, b) -> b).orElseThrow())
        .isEqualTo("checked 3 requests in " + dir + ": 0 invalid, 0 conflicts, 1 document skipped");
  }

  @Test
  void twoRequestsOfOneNameRenderTheSameObjects() throws IOException {
    Path dir = repo(Map.of(
        "a.yaml", vcluster("media", "  name: media\n  targetNamespace: media-a\n  exposure:\n    hostname: a.example.org\n"),
        "b.yaml", vcluster("media-again", "  name: media\n  targetNamespace: media-b\n  exposure:\n    hostname: b.example.org\n")));
    Trees.Run run = cli("validate", "--input", dir.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(conflicts(run)).contains(
        "conflict: a.yaml and b.yaml: spec.name media renders ArgoCDProject platform-requests/vcluster-media twice",
        "conflict: a.yaml and b.yaml: spec.name media renders 1Password item vcluster-media-kubeconfig twice",
        "conflict: a.yaml and b.yaml: spec.name media renders Secret argocd/cluster-media twice");
    // what the sub-requests' promises render, transitively
    assertThat(conflicts(run)).anyMatch(l -> l.contains("renders AppProject "))
        .anyMatch(l -> l.contains("renders Application "));
    assertThat(conflicts(run)).noneMatch(l -> l.contains("hostname") || l.contains("VIP") || l.contains("vclusters in"));
    assertThat(run.err()).contains("checked 2 requests in " + dir + ": 0 invalid, ");
  }

  @Test
  void theSameHostnameIsOneConflict() throws IOException {
    Path dir = repo(Map.of(
        "team/a.yaml", vcluster("a", "  name: a\n  targetNamespace: ns-a\n  exposure:\n    hostname: api.example.org\n"),
        "team/b.yaml", vcluster("b", "  name: b\n  targetNamespace: ns-b\n  exposure:\n    hostname: api.example.org\n")));
    Trees.Run run = cli("validate", "--input", dir.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(conflicts(run)).containsExactly("conflict: team/a.yaml and b.yaml: spec.exposure.hostname api.example.org "
        + "gives both the hostname api.example.org");
    assertThat(run.err()).endsWith("checked 2 requests in " + dir + ": 0 invalid, 1 conflict, 0 documents skipped\n");
  }

  @Test
  void theSameVipAfterHelmOverridesIsAConflict() throws IOException {
    Path dir = repo(Map.of(
        "a.yaml", vcluster("a", "  name: a\n  targetNamespace: ns-a\n  exposure:\n    vip: 10.0.4.200\n"),
        "b.yaml", vcluster("b", "  name: b\n  targetNamespace: ns-b\n  exposure:\n    subnet: 10.0.4.0/24\n"),
        "c.yaml", vcluster("c", "  name: c\n  targetNamespace: ns-c\n  exposure:\n    vip: 10.0.8.1\n"
            + "  vcluster:\n    helmOverrides:\n      controlPlane:\n        service:\n          spec:\n"
            + "            loadBalancerIP: 10.0.9.9\n"),
        "d.yaml", vcluster("d", "  name: d\n  targetNamespace: ns-d\n  exposure:\n    vip: 10.0.9.9\n"),
        "e.yaml", vcluster("e", "  name: e\n  targetNamespace: ns-e\n  exposure:\n    vip: 10.0.8.1\n")));
    Trees.Run run = cli("validate", "--input", dir.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(conflicts(run)).containsExactly(
        "conflict: a.yaml and b.yaml: spec.exposure.vip 10.0.4.200 and spec.exposure.subnet 10.0.4.0/24 both give the VIP 10.0.4.200",
        "conflict: c.yaml and d.yaml: spec.vcluster.helmOverrides.controlPlane.service.spec.loadBalancerIP 10.0.9.9 and "
            + "spec.exposure.vip 10.0.9.9 both give the VIP 10.0.9.9",
        // c overrides only loadBalancerIP: the load-balancer annotation still asks for 10.0.8.1, as e does
        "conflict: c.yaml and e.yaml: spec.exposure.vip 10.0.8.1 gives both the VIP 10.0.8.1");
  }

  @Test
  void twoVclustersInOneTargetNamespaceOfOneFile() throws IOException {
    Path dir = repo(Map.of("all.yaml",
        vcluster("a", "  name: a\n  targetNamespace: shared\n") + "---\n" + vcluster("b", "  name: b\n  targetNamespace: shared\n")));
    Trees.Run run = cli("validate", "--input", dir.toString());
    assertThat(run.code()).isEqualTo(1);
    // both also render the namespace and its network policies, each their own way
    assertThat(conflicts(run)).contains(
        "conflict: all.yaml documents 1 and 2: spec.targetNamespace shared renders Namespace shared twice",
        "conflict: all.yaml documents 1 and 2: spec.targetNamespace shared puts two vclusters in namespace shared");
    assertThat(run.err()).contains("info: all.yaml (document 1): valid", "info: all.yaml (document 2): valid");
  }

  @Test
  void aStandaloneSubRequestTakesPart() throws IOException {
    String project = "apiVersion: platform.integratn.tech/v1alpha1\nkind: ArgoCDProject\nmetadata:\n  name: mine\n"
        + "  namespace: platform-requests\nspec:\n  name: vcluster-media\n  namespace: argocd\n  sourceRepos:\n"
        + "    - https://charts.loft.sh\n  destinations:\n    - namespace: media\n      server: https://kubernetes.default.svc\n";
    Path dir = repo(Map.of("a.yaml", vcluster("media", "  name: media\n"), "b.yaml", project));
    Trees.Run run = cli("validate", "--input", dir.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(conflicts(run)).anyMatch(l -> l.startsWith("conflict: a.yaml and b.yaml: spec.name media and spec.name "
        + "vcluster-media both render AppProject argocd/vcluster-media"));
  }

  @Test
  void invalidRequestsAreReportedUnderTheirFileAndEveryOneIsChecked() throws IOException {
    Path dir = repo(Map.of(
        "bad.yaml", vcluster("Bad", "  name: Bad_Name\n"),
        "broken.yaml", "apiVersion: [\n",
        "good.yaml", vcluster("good", "  name: good\n")));
    Trees.Run run = cli("validate", "--input", dir.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("error: bad.yaml: request rejected with ", "  - spec.name: ",
        "error: broken.yaml: request rejected with 1 problem:\n  - broken.yaml:", "info: good.yaml: valid");
    assertThat(run.err()).endsWith("checked 3 requests in " + dir + ": 2 invalid, 0 conflicts, 0 documents skipped\n");
  }

  @Test
  void quietPrintsOnlyProblems() throws IOException {
    Path dir = repo(Map.of("a.yaml", vcluster("a", "  name: a\n  targetNamespace: ns-a\n"), "x.yaml", "kind: ConfigMap\n"));
    Trees.Run run = cli("validate", "-q", "--input", dir.toString());
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
  }

  /**
   * The corpus is the history of a handful of requests (many revisions of {@code media},
   * {@code vcluster-media}, {@code test}, {@code demo}), not one repository's state: every revision
   * of a request renders what its other revisions render, so each object of a name that appears n
   * times gives n - 1 conflicts. The oracle counts revisions by {@code spec.name}, read on its own.
   */
  @Test
  void theCorpusReportsItsInvalidFilesAndEveryRevisionOfOneRequestAsAConflict() throws IOException {
    Path corpus = SharedData.corpus();
    Trees.Run run = cli("validate", "--input", corpus.toString());
    assertThat(run.code()).isEqualTo(1);
    java.util.List<String> invalid = run.err().lines().filter(l -> l.startsWith("error: "))
        .map(l -> l.substring("error: ".length(), l.indexOf(".yaml") + 5)).toList();
    java.util.List<String> expectedInvalid = new java.util.ArrayList<>(CorpusInvariantsTest.REFUSED);
    try (Stream<Path> files = Files.list(corpus)) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("invalid-")).forEach(expectedInvalid::add);
    }
    assertThat(invalid).containsExactlyInAnyOrderElementsOf(expectedInvalid);
    Map<String, Integer> revisions = new TreeMap<>();
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path file : files.toList()) {
        if (expectedInvalid.contains(file.getFileName().toString())) {
          continue;
        }
        Either<RequestProblem, Node> doc = new FileRequestSource(file).load();
        String name = ((Node.Text) Paths.at(doc.get(), "spec", "name").get()).value();
        revisions.merge(name, 1, Integer::sum);
      }
    }
    assertThat(revisions).hasSizeGreaterThan(1);
    for (Map.Entry<String, Integer> r : revisions.entrySet()) {
      assertThat(conflicts(run).stream()
          .filter(l -> l.endsWith(" renders 1Password item vcluster-" + r.getKey() + "-kubeconfig twice")))
          .as(r.getKey()).hasSize(r.getValue() - 1);
    }
    assertThat(run.err()).contains("checked 94 requests in " + corpus + ": 5 invalid, ");
    readmeCorpusTable(run, revisions, names(corpus, expectedInvalid));
  }

  /** Each valid corpus file's {@code spec.name}, read on its own. */
  static Map<String, String> names(Path corpus, java.util.List<String> invalid) throws IOException {
    Map<String, String> names = new TreeMap<>();
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path file : files.toList()) {
        if (!invalid.contains(file.getFileName().toString())) {
          Node doc = new FileRequestSource(file).load().get();
          names.put(file.getFileName().toString(), ((Node.Text) Paths.at(doc, "spec", "name").get()).value());
        }
      }
    }
    return names;
  }

  /**
   * The README's table of what the corpus run reports ({@code <!-- corpus-conflicts -->}): the
   * conflict lines counted by the two requests' {@code spec.name} (read from the files here) and the
   * kind of what collides; rewritten with {@code -Dreadme.write=true} as the CLI examples are.
   */
  static void readmeCorpusTable(Trees.Run run, Map<String, Integer> revisions, Map<String, String> names)
      throws IOException {
    Map<String, Integer> rows = new TreeMap<>();
    int total = 0;
    for (String line : conflicts(run)) {
      String[] files = line.substring("conflict: ".length(), line.indexOf(": ", "conflict: ".length())).split(" and ");
      String first = names.get(files[0]);
      String second = names.get(files[1]);
      assertThat(first).as(line).isNotNull();
      assertThat(second).as(line).isNotNull();
      String what;
      java.util.regex.Matcher object = java.util.regex.Pattern.compile(" render(?:s)? (.+?) \\S+(?: twice)?$").matcher(line);
      if (object.find()) {
        what = object.group(1);
      } else if (line.endsWith(" hostname " + line.substring(line.lastIndexOf(' ') + 1))) {
        what = "hostname";
      } else if (line.contains(" the VIP ")) {
        what = "VIP";
      } else {
        assertThat(line).contains(" in namespace ");
        what = "target namespace";
      }
      String pair = first.equals(second) ? "`" + first + "` (" + revisions.get(first) + " valid files), its revisions"
          : "`" + first + "` and `" + second + "`";
      rows.merge(pair + " | " + what, 1, Integer::sum);
      total++;
    }
    Map<String, String> cells = new TreeMap<>();
    Map<String, Integer> sums = new TreeMap<>();
    for (Map.Entry<String, Integer> row : rows.entrySet()) {
      String pair = row.getKey().substring(0, row.getKey().indexOf(" | "));
      String what = row.getKey().substring(pair.length() + 3);
      cells.merge(pair, what + " " + row.getValue(), (a, b) -> a + ", " + b);
      sums.merge(pair, row.getValue(), Integer::sum);
    }
    StringBuilder table = new StringBuilder("| requests (`spec.name`) | what collides (conflicts) | conflicts |\n|---|---|---|\n");
    for (Map.Entry<String, String> cell : cells.entrySet()) {
      table.append("| ").append(cell.getKey()).append(" | ").append(cell.getValue()).append(" | ")
          .append(sums.get(cell.getKey())).append(" |\n");
    }
    table.append("| all | | ").append(total).append(" |\n");
    Path readme = Trees.repositoryRoot().resolve("README.md");
    String text = Files.readString(readme);
    String open = "<!-- corpus-conflicts -->\n";
    String close = "<!-- /corpus-conflicts -->";
    int start = text.indexOf(open);
    int end = text.indexOf(close);
    assertThat(start).as("README.md has the corpus table").isNotNegative();
    assertThat(end).isGreaterThan(start);
    if (Boolean.getBoolean("readme.write")) {
      text = text.substring(0, start + open.length()) + table + text.substring(end);
      Files.writeString(readme, text);
      end = text.indexOf(close);
    }
    assertThat(text.substring(start + open.length(), end)).as("the README's corpus table drifted from the CLI; rewrite "
        + "with -Dtest=ValidateRepositoryCliTest -Dreadme.write=true").isEqualTo(table.toString());
  }

  @Test
  void aDirectoryWithoutYamlIsAUsageError() throws IOException {
    Path dir = repo(Map.of("README.md", "# requests\n", ".git/a.yaml", vcluster("a", "  name: a\n")));
    Trees.Run run = cli("validate", "--input", dir.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("error: --input " + dir + ": no *.yaml or *.yml file below it (hidden directories "
        + "are skipped)\n");
  }

  static final String LB = "metallb.universe.tf/loadBalancerIPs";

  static String overrides(String service) {
    return "  vcluster:\n    helmOverrides:\n      controlPlane:\n        service:\n" + service;
  }

  /** The reviewer's repros vipA and vipB: the annotation is the main way to ask for an address (spec 5). */
  @Test
  void everyAddressTheChartAsksForAfterHelmOverridesIsClaimed() throws IOException {
    Path dir = repo(Map.of(
        "m1.yaml", vcluster("m1", "  name: meta\n  targetNamespace: vc-m1\n  exposure:\n    vip: 10.9.2.10\n"),
        // the annotation overridden with a list: both addresses are asked for, the first collides with m1
        "m2.yaml", vcluster("m2", "  name: metb\n  targetNamespace: vc-m2\n  exposure:\n    vip: 10.9.2.11\n"
            + overrides("          annotations:\n            " + LB + ": \" 10.9.2.10 , 10.9.2.12\"\n")),
        "m3.yaml", vcluster("m3", "  name: metc\n  targetNamespace: vc-m3\n  exposure:\n    vip: 10.9.2.12\n"),
        // only loadBalancerIP overridden: the annotation still asks for 10.9.0.11, so both are claimed
        "v2.yaml", vcluster("v2", "  name: vipb\n  targetNamespace: vc-v2\n  exposure:\n    vip: 10.9.0.11\n"
            + overrides("          spec:\n            loadBalancerIP: 10.9.2.10\n")),
        "v3.yaml", vcluster("v3", "  name: vipc\n  targetNamespace: vc-v3\n  exposure:\n    vip: 10.9.0.11\n")));
    Trees.Run run = cli("validate", "--input", dir.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    String annotation = "spec.vcluster.helmOverrides.controlPlane.service.annotations[\"" + LB + "\"]";
    assertThat(conflicts(run)).containsExactly(
        "conflict: m1.yaml and m2.yaml: spec.exposure.vip 10.9.2.10 and " + annotation + " 10.9.2.10 both give the VIP 10.9.2.10",
        "conflict: m1.yaml and v2.yaml: spec.exposure.vip 10.9.2.10 and "
            + "spec.vcluster.helmOverrides.controlPlane.service.spec.loadBalancerIP 10.9.2.10 both give the VIP 10.9.2.10",
        "conflict: m2.yaml and m3.yaml: " + annotation + " 10.9.2.12 and spec.exposure.vip 10.9.2.12 both give the VIP 10.9.2.12",
        "conflict: v2.yaml and v3.yaml: spec.exposure.vip 10.9.0.11 gives both the VIP 10.9.0.11");
  }

  /** The reviewer's repro repo4: external-dns reads a comma-separated list of names. */
  @Test
  void everyNameOfTheExternalDnsListIsAHostnameComparedWithoutCaseOrFinalDot() throws IOException {
    Path dir = repo(Map.of(
        "h2.yaml", vcluster("h2", "  name: hostb\n  targetNamespace: vc-h2\n  exposure:\n    hostname: web.example.org\n"),
        "h4.yaml", vcluster("h4", "  name: hostd\n  targetNamespace: vc-h4\n" + overrides("          annotations:\n"
            + "            external-dns.alpha.kubernetes.io/hostname: \"api.example.org, WEB.Example.org.\"\n"))));
    Trees.Run run = cli("validate", "--input", dir.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(conflicts(run)).containsExactly("conflict: h2.yaml and h4.yaml: spec.exposure.hostname web.example.org and "
        + "spec.vcluster.helmOverrides.controlPlane.service.annotations[\"external-dns.alpha.kubernetes.io/hostname\"] "
        + "WEB.Example.org. both give the hostname WEB.Example.org.");
  }

  @Test
  void yamlTheReaderRefusesIsSkippedWhenNoRequestAndADirectoryOfNoRequestIsAUsageError() throws IOException {
    Path dir = repo(Map.of(
        "base.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels: &l\n    a: b\ndata:\n  x: *l\n",
        "kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"));
    Trees.Run run = cli("validate", "--input", dir.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("note: base.yaml: skipped, not a request of the four kinds (apiVersion \"v1\", kind "
        + "\"ConfigMap\"); the reader refuses it: line 8, column 6: YAML aliases (*l) are not supported; write the value out\n"
        + "note: kustomization.yaml: skipped, not a request of the four kinds (apiVersion "
        + "\"kustomize.config.k8s.io/v1beta1\", kind \"Kustomization\")\n"
        + "error: --input " + dir + ": no request found under it (2 YAML documents skipped)\n");
    Trees.Run quiet = cli("validate", "-q", "--input", dir.toString());
    assertThat(quiet.code()).isEqualTo(2);
    assertThat(quiet.err()).isEqualTo("error: --input " + dir + ": no request found under it (2 YAML documents skipped)\n");
    Files.writeString(dir.resolve("a.yaml"), vcluster("a", "  name: a\n  targetNamespace: ns-a\n"));
    Trees.Run withRequest = cli("validate", "--input", dir.toString());
    assertThat(withRequest.code()).as(withRequest.err()).isZero();
    assertThat(withRequest.err()).endsWith("checked 1 request in " + dir + ": 0 invalid, 0 conflicts, 2 documents skipped\n");
  }
}
