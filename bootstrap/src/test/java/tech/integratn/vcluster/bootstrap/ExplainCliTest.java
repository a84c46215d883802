package tech.integratn.vcluster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.bootstrap.Trees.cli;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code explain --input REQUEST [--path P]} (spec 12.3) as the CLI runs it: the lines on standard
 * output, the summary on standard error, and the exit codes (0; 2 for an invalid request, a
 * sub-promise's request, a bad or unknown path). The provenance itself is tested in the domain
 * ({@code HelmValuesExplainTest}, {@code ExplainPropertiesTest}).
 */
class ExplainCliTest {

  static final Path EXAMPLES = Trees.repositoryRoot().resolve("examples");

  static String request(String example) {
    return EXAMPLES.resolve(example).resolve("request.yaml").toString();
  }

  @Test
  void aPathPrintsTheValuesBelowItWithTheirSources() {
    Trees.Run run = cli("explain", "--input", request("prod-external-etcd"), "--path",
        "controlPlane.statefulSet.resources");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(""
        + "controlPlane.statefulSet.resources.requests.cpu: 500m  (preset prod)\n"
        + "controlPlane.statefulSet.resources.requests.memory: 2Gi  (request spec.vcluster.resources.requests.memory)\n"
        + "controlPlane.statefulSet.resources.limits.cpu: \"2\"  (preset prod)\n"
        + "controlPlane.statefulSet.resources.limits.memory: 4Gi  (request spec.vcluster.resources.limits.memory)\n");
    assertThat(run.err()).isEqualTo("explained 4 chart values\n");
  }

  @Test
  void everyValueWithoutAPathAndAnOverrideShowsItsChain() {
    Trees.Run run = cli("explain", "--input", request("prod-external-etcd"));

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("controlPlane.statefulSet.highAvailability.replicas: 5  (request spec.vcluster.replicas)\n")
        .contains("controlPlane.statefulSet.imagePullPolicy: IfNotPresent  (contract (section 5): Always -> helmOverrides: IfNotPresent)\n");
    assertThat(run.err()).matches("explained [0-9]+ chart values\n");
  }

  @Test
  void quietPrintsNoSummary() {
    Trees.Run run = cli("explain", "-q", "--input", request("prod-external-etcd"), "--path",
        "controlPlane.statefulSet.highAvailability.replicas");

    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("controlPlane.statefulSet.highAvailability.replicas: 5  (request spec.vcluster.replicas)\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void anUnknownPathIsAUsageError() {
    Trees.Run run = cli("explain", "--input", request("prod-external-etcd"), "--path", "nope.x");

    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error: --path nope.x: the engine sets no chart value there");
  }

  @Test
  void aPathMustMatchExactlyNotStopAtALeafOrAListAbove() {
    String request = request("prod-external-etcd");
    for (String path : new String[] {"controlPlane.statefulSet.resources.limits.memory.foo",
        "controlPlane.proxy.extraSANs.0", "controlPlane.proxy.extraSANs[99]",
        "controlPlane.statefulSet.resources.limits[0]"}) {
      Trees.Run run = cli("explain", "--input", request, "--path", path);

      assertThat(run.code()).as(path + ": " + run.out()).isEqualTo(ExitCode.USAGE);
      assertThat(run.out()).as(path).isEmpty();
      assertThat(run.err()).startsWith("error: --path " + path + ": the engine sets no chart value there");
    }
  }

  @Test
  void anIndexIntoAListOfTheEngineAnswersWithTheList() {
    Trees.Run run = cli("explain", "-q", "--input", request("prod-external-etcd"), "--path", "controlPlane.proxy.extraSANs[0]");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("controlPlane.proxy.extraSANs: [");
  }

  /** Strings a YAML reader would take for a boolean, number or null, as chart label values. */
  static final String AMBIGUOUS_LABELS = ""
        + "apiVersion: platform.integratn.tech/v1alpha1\n"
        + "kind: VClusterOrchestratorV2\n"
        + "metadata:\n"
        + "  name: pr\n"
        + "  namespace: platform-requests\n"
        + "  annotations:\n"
        + "    platform.integratn.tech/base-domain: corp.example\n"
        + "spec:\n"
        + "  name: pr\n"
        + "  targetNamespace: vc-pr\n"
        + "  vcluster:\n"
        + "    replicas: 2\n"
        + "    networking:\n"
        + "      clusterDomain: corp.internal\n"
        + "    persistence:\n"
        + "      enabled: true\n"
        + "    exportKubeConfig:\n"
        + "      server: https://x.example:1\n"
        + "  exposure:\n"
        + "    subnet: 10.1.0.0/24\n"
        + "    vipOffset: 7\n"
        + "    apiPort: 6443\n"
        + "  integrations:\n"
        + "    certManager:\n"
        + "      clusterIssuerSelectorLabels:\n"
        + "        own: \"yes\"\n"
        + "        a: \"no\"\n"
        + "        b: \"on\"\n"
        + "        c: \"null\"\n"
        + "        d: \"0x10\"\n"
        + "        e: \"1e3\"\n"
        + "        g: \"012\"\n"
        + "        h: \"true\"\n"
        + "        i: \"1.5\"\n"
        + "        j: \"Off\"\n";

  @Test
  void aStringThatAYamlReaderWouldReadAsSomethingElseIsQuoted() {
    Trees.Run run = Trees.cliWithInput(Map.of(), AMBIGUOUS_LABELS, "explain", "--input", "-", "--path",
        "integrations.certManager.sync.fromHost.clusterIssuers.selector.labels");

    assertThat(run.code()).as(run.err()).isZero();
    String prefix = "integrations.certManager.sync.fromHost.clusterIssuers.selector.labels.";
    String source = "  (request spec.integrations.certManager.clusterIssuerSelectorLabels)\n";
    assertThat(run.out()).isEqualTo(prefix + "own: \"yes\"" + source + prefix + "a: \"no\"" + source
        + prefix + "b: \"on\"" + source + prefix + "c: \"null\"" + source + prefix + "d: \"0x10\"" + source
        + prefix + "e: \"1e3\"" + source + prefix + "g: \"012\"" + source + prefix + "h: \"true\"" + source
        + prefix + "i: \"1.5\"" + source + prefix + "j: \"Off\"" + source);
  }

  @Test
  void aSubPromiseRequestHasNoChartValues() {
    Trees.Run run = cli("explain", "--input", request("argocd-project-full"));

    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("ArgoCDProject requests render no chart values");
  }

  @Test
  void anInvalidRequestIsRefusedWithItsProblems() {
    Trees.Run run = Trees.cliWithInput(Map.of(), ""
        + "apiVersion: platform.integratn.tech/v1alpha1\n"
        + "kind: VClusterOrchestratorV2\n"
        + "metadata: {name: x, namespace: platform-requests}\n"
        + "spec: {name: Not_A_Label}\n", "explain", "--input", "-");

    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("error: request rejected with 1 problem:\n"
        + "  - spec.name: must be a DNS-1123 label");
  }

  @Test
  void explainIsInTheHelp() {
    Trees.Run run = cli("--help");

    assertThat(run.out()).contains("explain");
  }

  @Test
  void anInternalErrorIsThreeWithAHint() {
    // a profile path the JVM cannot represent, from an environment variable nothing before the run checks
    Trees.Run run = cli(Map.of(KratixMode.PROFILE_ENV, "bad\0path"), "explain", "--input", request("prod-external-etcd"));

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.INTERNAL);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("internal error: ").contains("hint: re-run with --debug");
  }
}
