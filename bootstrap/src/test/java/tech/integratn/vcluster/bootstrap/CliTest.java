package tech.integratn.vcluster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.bootstrap.Trees.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline CLI: commands, exit codes, messages, and nothing half-written. */
class CliTest {

  @TempDir Path temp;

  Path example(String name) {
    return Trees.repositoryRoot().resolve("examples").resolve(name).resolve("request.yaml");
  }

  @Test
  void helpAndVersion() {
    Trees.Run help = cli("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("render", "validate", "Exit codes");
    Trees.Run version = cli("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("vcluster-orchestrator ");
    assertThat(cli("render", "--help").out()).contains("--input", "--output", "--metadata", "--action", "--profile");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(cli("frobnicate").code()).isEqualTo(2);
    assertThat(cli("render", "--input", "x.yaml").code()).isEqualTo(2);
    Trees.Run badAction = cli("render", "--input", example("dev-minimal").toString(), "--output", temp.resolve("o").toString(),
        "--metadata", temp.resolve("m").toString(), "--action", "destroy");
    assertThat(badAction.code()).isEqualTo(2);
    assertThat(badAction.err()).contains("--action must be configure or delete (got destroy)");
  }

  @Test
  void renderWritesTheOutputTreeAndTheStatus() {
    Trees.Run run = cli("render", "--input", example("prod-external-etcd").toString(),
        "--output", temp.resolve("out").toString(), "--metadata", temp.resolve("meta").toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Trees.read(temp.resolve("out")).keySet()).containsExactly(
        "resources/argocd-application-request.yaml", "resources/argocd-cluster-registration-request.yaml",
        "resources/argocd-project-request.yaml", "resources/coredns-configmap.yaml",
        "resources/etcd-certificates.yaml", "resources/namespace.yaml", "resources/network-policies.yaml");
    assertThat(Trees.read(temp.resolve("meta")).get("status.yaml")).contains("phase: Scheduled", "directResourcesGenerated: 4");
  }

  @Test
  void networkPolicyWarningsNameTheFieldAndWhatToDo() {
    Trees.Run egress = cli("render", "--input", example("dev-egress").toString(),
        "--output", temp.resolve("egress").toString(), "--metadata", temp.resolve("egress-meta").toString());
    assertThat(egress.code()).as(egress.err()).isZero();
    assertThat(egress.err()).contains("spec.networkPolicies.extraEgress[1].cidr: host bits cleared: "
        + "2001:DB8:0:0:0:0:0:1/64 is rendered as 2001:db8::/64 (write 2001:DB8:0:0:0:0:0:1/128 for one host)");
    Trees.Run shared = cli("render", "--input", example("dev-minimal").toString(),
        "--output", temp.resolve("shared").toString(), "--metadata", temp.resolve("shared-meta").toString());
    assertThat(shared.code()).as(shared.err()).isZero();
    assertThat(shared.err()).contains("spec.targetNamespace: network policies are not rendered into the request "
        + "namespace platform-requests; give the vcluster its own namespace");
    assertThat(Trees.read(temp.resolve("shared")).keySet()).doesNotContain("resources/network-policies.yaml");
  }

  @Test
  void anInvalidRequestExitsOneListsEveryProblemAndLeavesTheOutputAsItWas() throws IOException {
    Path out = Files.createDirectories(temp.resolve("out"));
    Files.createDirectories(out.resolve("resources"));
    Files.writeString(out.resolve("resources/namespace.yaml"), "previous: run\n");
    Path bad = Files.writeString(temp.resolve("bad.yaml"), String.join("\n",
        "kind: VClusterOrchestratorV2",
        "metadata: {name: x, namespace: platform-requests}",
        "spec:",
        "  name: Bad_Name",
        "  exposure: {apiPort: 70000, subnet: 10.0.4.0/24, vipOffset: 255}",
        ""));
    Trees.Run run = cli("render", "--input", bad.toString(), "--output", out.toString(),
        "--metadata", temp.resolve("meta").toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("request rejected with 3 problems",
        "spec.name: must be a DNS-1123 label", "spec.exposure.apiPort: must be between 1 and 65535 (got 70000)",
        "spec.exposure.vipOffset: VIP offset 255").doesNotContain("Exception", "\tat ");
    assertThat(Trees.read(out)).containsExactly(Map.entry("resources/namespace.yaml", "previous: run\n"));
    assertThat(Files.exists(temp.resolve("meta"))).isFalse();
  }

  @Test
  void brokenYamlNamesTheLine() {
    Path invalid = SharedData.corpus().resolve("invalid-test-501f081f.yaml");
    Trees.Run run = cli("validate", "--input", invalid.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("invalid-test-501f081f.yaml:4:1: not valid YAML");
  }

  @Test
  void validateReportsWarningsAndWritesNothing() throws IOException {
    Path req = Files.writeString(temp.resolve("r.yaml"),
        "kind: VClusterOrchestratorV2\nmetadata: {name: x, namespace: ns}\nspec: {name: x, colour: blue}\n");
    Trees.Run run = cli("validate", "--input", req.toString());
    assertThat(run.code()).isZero();
    assertThat(run.err()).contains("warning: spec.colour: unknown field, ignored", "valid");
    assertThat(Trees.read(temp).keySet()).containsExactly("r.yaml");
  }

  @Test
  void deleteWritesTheDeletingStatusAndNoOutput() {
    Trees.Run run = cli("render", "--action", "delete", "--input", example("prod-external-etcd").toString(),
        "--output", temp.resolve("out").toString(), "--metadata", temp.resolve("meta").toString());
    assertThat(run.code()).isZero();
    assertThat(run.err()).contains("info: deleting resources/etcd-certificates.yaml: batch/v1 Job vcluster-media/media-etcd-certs-merge");
    assertThat(Trees.read(temp.resolve("meta")).get("status.yaml")).contains("phase: Deleting", "vclusterName: media");
    assertThat(Files.exists(temp.resolve("out"))).isFalse();
  }

  @Test
  void aProfileWithoutCiliumRendersNoCiliumObjectAndABadOneIsExitTwoNamingFileAndKey() throws IOException {
    Path plain = Files.writeString(temp.resolve("plain.yaml"), String.join("\n",
        "name: plain-k8s",
        "tenancy: {untrustedRequests: false}",  // a file is untrusted by default (spec 10.2)
        "networkPolicies:",
        "  extraPolicies: []",
        "  defaultDeny: false",
        "  syncToHost: false", ""));
    Trees.Run run = cli("render", "--profile", plain.toString(), "--input", example("prod-subnet").toString(),
        "--output", temp.resolve("out").toString(), "--metadata", temp.resolve("meta").toString());
    assertThat(run.code()).as(run.err()).isZero();
    String policies = Trees.read(temp.resolve("out")).get("resources/network-policies.yaml");
    assertThat(policies).doesNotContain("cilium.io", "default-deny-all").contains("allow-vcluster-external");
    assertThat(Trees.read(temp.resolve("out")).get("resources/argocd-application-request.yaml"))
        .contains("networkPolicies:\n              enabled: false");

    Path bad = Files.writeString(temp.resolve("bad-profile.yaml"), "networkPolicies:\n  nfs:\n    port: 0\n");
    Trees.Run refused = cli("render", "--profile", bad.toString(), "--input", example("prod-subnet").toString(),
        "--output", temp.resolve("out2").toString(), "--metadata", temp.resolve("meta2").toString());
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains(bad.toString(), "networkPolicies.nfs.port: must be an integer port 1-65535 (got 0)");
    assertThat(Files.exists(temp.resolve("out2"))).isFalse();
  }

  @Test
  void aProfileFileChangesTheRendering() throws IOException {
    Path profile = Files.writeString(temp.resolve("profile.yaml"),
        "name: acme\nvipOffset: 100\nloadBalancerIpAnnotation: lbipam.cilium.io/ips\nbaseDomain: acme.example\n"
            + "tenancy: {untrustedRequests: false}\n");
    Trees.Run run = cli("render", "--profile", profile.toString(), "--input", example("prod-subnet").toString(),
        "--output", temp.resolve("out").toString(), "--metadata", temp.resolve("meta").toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Trees.read(temp.resolve("out")).get("resources/argocd-application-request.yaml"))
        .contains("lbipam.cilium.io/ips: 10.0.4.100", "loadBalancerIP: 10.0.4.100", "payments.acme.example");
    Path broken = Files.writeString(temp.resolve("broken.yaml"), "vipOffset: lots\n");
    Trees.Run bad = cli("validate", "--profile", broken.toString(), "--input", example("prod-subnet").toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains(broken + ": profile: vipOffset: must be a positive integer (got \"lots\")");
  }

  Path chartSchemas() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("schemas/0.30.4"));
    Files.copy(SharedData.schemas().resolve("vcluster/values.schema.json"), dir.resolve("values.schema.json"));
    return temp.resolve("schemas");
  }

  Path overriding(String targetRevision) throws IOException {
    return Files.writeString(temp.resolve("overrides.yaml"), String.join("\n",
        "kind: VClusterOrchestratorV2",
        "metadata: {name: x, namespace: platform-requests}",
        "spec:",
        "  name: x",
        "  argocdApplication: {targetRevision: \"" + targetRevision + "\"}",
        "  vcluster:",
        "    helmOverrides:",
        "      controlPlane:",
        "        ingress: {podDisruptionBudget: {enabled: true}}",
        "        statefulSet: {highAvailability: {replicas: three}}",
        ""));
  }

  @Test
  void chartValuesAreCheckedAgainstTheChartSchemaAndNameTheOverride() throws IOException {
    Trees.Run run = cli("validate", "--input", overriding("0.30.4").toString(), "--chart-schemas", chartSchemas().toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(
        "spec.vcluster.helmOverrides.controlPlane.statefulSet.highAvailability.replicas: expected integer, got \"three\"",
        "spec.vcluster.helmOverrides.controlPlane.ingress.podDisruptionBudget: not a key the chart's schema allows here");
  }

  @Test
  void aChartVersionWithoutASchemaIsSaidOnceAndRenders() throws IOException {
    Trees.Run run = cli(Map.of("VCLUSTER_CHART_SCHEMAS", chartSchemas().toString()),
        "validate", "--input", overriding("0.31.0").toString());
    assertThat(run.code()).isZero();
    assertThat(run.err().lines().filter(l -> l.contains("no values schema"))).containsExactly(
        "info: no values schema for chart vcluster 0.31.0 in " + temp.resolve("schemas") + "; chart values not checked");
  }

  @Test
  void aRenderedTreeIsValidatedForGitOpsCi() throws IOException {
    Path schemas = chartSchemas();
    Trees.Run render = cli("render", "-q", "--input", example("prod-external-etcd").toString(),
        "--output", temp.resolve("out").toString(), "--metadata", temp.resolve("meta").toString());
    assertThat(render.code()).isZero();
    Trees.Run ok = cli("validate", "--rendered", temp.resolve("out").toString(), "--chart-schemas", schemas.toString());
    assertThat(ok.code()).as(ok.err()).isZero();
    Path app = temp.resolve("out/resources/argocd-application-request.yaml");
    Files.writeString(app, Files.readString(app).replace("      valuesObject:\n", "      valuesObject:\n        telemetrie: {}\n"));
    Files.delete(temp.resolve("out/resources/namespace.yaml"));
    Trees.Run bad = cli("validate", "--rendered", temp.resolve("out").toString(), "--chart-schemas", schemas.toString());
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("resources/namespace.yaml: is required",
        "resources/argocd-application-request.yaml#0: valuesObject.telemetrie");
  }
}
