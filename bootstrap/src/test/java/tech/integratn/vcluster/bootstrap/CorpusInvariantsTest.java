package tech.integratn.vcluster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.integratn.vcluster.adapters.fs.FileRequestSource;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/**
 * Every valid request of the corpus renders through the CLI, and its output keeps the spec's
 * invariants: the contract's files, base labels on every document, no Secret, the VIP inside the
 * subnet, and preset values wherever the request does not override them.
 */
class CorpusInvariantsTest {

  @TempDir Path temp;

  static Stream<Path> corpus() throws IOException {
    return Files.list(SharedData.corpus())
        .filter(p -> !p.getFileName().toString().startsWith("invalid-") && !REFUSED.contains(p.getFileName().toString()))
        .sorted();
  }

  static final Map<String, String> SUB_PROMISES = Map.of(
      "resources/argocd-project-request.yaml", "argocd-project",
      "resources/argocd-application-request.yaml", "argocd-application",
      "resources/argocd-cluster-registration-request.yaml", "argocd-cluster-registration");

  /** Valid YAML whose {@code syncOptions[0]} is a map ({@code - CreateNamespace=true# apiVersion: …}, spec 9.3). */
  static final java.util.Set<String> REFUSED = java.util.Set.of("test-dc48156c.yaml", "test-f5c7c5c7.yaml");

  @org.junit.jupiter.api.Test
  void theTwoRequestsWhoseSyncOptionIsAMapAreRefusedNamingIt() {
    for (String file : REFUSED) {
      Path out = temp.resolve("refused-" + file);
      Trees.Run run = Trees.cli("render", "--input", SharedData.corpus().resolve(file).toString(),
          "--output", out.toString(), "--metadata", temp.resolve("meta-" + file).toString());
      assertThat(run.code()).as(run.err()).isEqualTo(1);
      assertThat(run.err()).contains("spec.argocdApplication.syncPolicy.syncOptions[0]: must be a string (got a map)");
      assertThat(java.nio.file.Files.exists(out)).isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void rendersAndKeepsTheInvariants(Path request) {
    Trees.Run run = Trees.cli("render", "-q", "--input", request.toString(),
        "--output", temp.resolve("out").toString(), "--metadata", temp.resolve("meta").toString());
    assertThat(run.code()).as(run.err()).isZero();
    Map<String, String> files = Trees.read(temp.resolve("out"));
    MapNode spec = (MapNode) Paths.at(new FileRequestSource(request).load().get(), "spec").get();
    boolean etcd = Paths.at(spec, "vcluster", "backingStore", "etcd", "deploy", "enabled").contains(Node.bool(true));
    assertThat(files.keySet()).contains("resources/argocd-project-request.yaml", "resources/argocd-application-request.yaml",
        "resources/argocd-cluster-registration-request.yaml", "resources/namespace.yaml", "resources/coredns-configmap.yaml");
    assertThat(files.containsKey("resources/etcd-certificates.yaml")).isEqualTo(etcd);
    String name = text(spec, "name").get();
    for (Map.Entry<String, String> file : files.entrySet()) {
      for (String document : file.getValue().split("(?m)^---\n")) {
        if (document.isBlank()) {
          continue;
        }
        // a sub-request names the promise that fulfils it and the orchestrator as its parent (section 9)
        String subPromise = SUB_PROMISES.get(file.getKey());
        String promise = subPromise == null ? "vcluster-orchestrator-v2" : subPromise;
        assertThat(document).as(file.getKey())
            .contains("    app.kubernetes.io/managed-by: kratix\n", "    kratix.io/promise-name: " + promise + "\n",
                "    kratix.io/resource-name: " + name + "\n")
            .doesNotContainPattern("(?m)^kind: Secret$");
        if (subPromise != null) {
          assertThat(document).contains("    platform.integratn.tech/parent-promise: vcluster-orchestrator-v2\n");
        }
      }
    }
    String application = files.get("resources/argocd-application-request.yaml");
    Option<String> subnet = text(spec, "exposure", "subnet");
    if (subnet.isDefined()) {
      // the oracle is the ipaddress library, not the domain's own address arithmetic: the VIP lies in
      // the subnet's block and is neither its network address nor (IPv4) its broadcast address
      IPAddress block = new IPAddressString(subnet.get()).getAddress().toPrefixBlock();
      String vip = application.replaceAll("(?s).*loadBalancerIP: ([0-9a-f.:]+)\n.*", "$1");
      IPAddress address = new IPAddressString(vip).getAddress();
      assertThat(block.contains(address)).as("VIP %s in %s", vip, block).isTrue();
      assertThat(address.equals(block.getLower().withoutPrefixLength())).as("VIP %s is the network address", vip).isFalse();
      assertThat(address.isIPv4() && address.equals(block.getUpper().withoutPrefixLength()))
          .as("VIP %s is the broadcast address", vip).isFalse();
    }
    // the presets table of the spec (section 1), written out rather than read from the profile
    boolean prod = text(spec, "vcluster", "preset").contains("prod");
    boolean overridesStatefulSet = Paths.at(spec, "vcluster", "helmOverrides", "controlPlane", "statefulSet").isDefined();
    if (!overridesStatefulSet) {
      String cpu = text(spec, "vcluster", "resources", "requests", "cpu").getOrElse(prod ? "500m" : "200m");
      String memoryLimit = text(spec, "vcluster", "resources", "limits", "memory").getOrElse(prod ? "2Gi" : "1Gi");
      assertThat(application).contains("                cpu: " + cpu + "\n", "                memory: " + memoryLimit + "\n");
      int replicas = Paths.at(spec, "vcluster", "replicas").map(n -> ((Node.Int) n).value().intValue())
          .getOrElse(prod ? 3 : 1);
      assertThat(application).contains("            highAvailability:\n              replicas: " + replicas + "\n");
    }
    assertThat(Trees.read(temp.resolve("meta")).get("status.yaml")).contains("phase: Scheduled", "vclusterName: " + name);
  }

  private static Option<String> text(MapNode node, String... keys) {
    return Paths.at(node, keys).filter(Node.Text.class::isInstance).map(n -> ((Node.Text) n).value());
  }
}
