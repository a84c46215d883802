package tech.integratn.vcluster.schematests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeWriter;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.profile.NetworkPolicyProfile;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Spec section 8 against the real schemas: every network-policy file the corpus renders (Kubernetes
 * 1.31 NetworkPolicy, Cilium 1.19 CiliumNetworkPolicy v2), the embedded profile's Cilium policies
 * on their own, and generated {@code extraEgress} lists.
 */
class NetworkPolicySchemaTest {

  static final String FILE = "resources/network-policies.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<Rendered.Document> policies(String name, byte[] yaml) {
    return Rendered.documents(name, Rendered.request(name, yaml)).stream()
        .filter(d -> d.where().contains(FILE)).toList();
  }

  @Test
  void everyNetworkPolicyFileOfTheCorpusPassesItsSchemas() throws IOException {
    int files = 0;
    int documents = 0;
    List<String> problems = new ArrayList<>();
    for (Path request : RenderedManifestsSchemaTest.corpus().toList()) {
      List<Rendered.Document> docs = policies(request.getFileName().toString(), Files.readAllBytes(request));
      if (!docs.isEmpty()) {
        files++;
      }
      for (Rendered.Document d : docs) {
        documents++;
        String kind = d.json().path("apiVersion").asText() + " " + d.json().path("kind").asText();
        assertThat(kind).isIn("networking.k8s.io/v1 NetworkPolicy", "cilium.io/v2 CiliumNetworkPolicy");
        problems.addAll(SharedSchemas.check(d.where(), d.json()));
      }
    }
    assertThat(problems).as("schema violations").isEmpty();
    // every corpus request with a namespace of its own gets the file
    assertThat(files).as("corpus requests rendering network policies").isGreaterThanOrEqualTo(80);
    assertThat(documents).isGreaterThanOrEqualTo(7 * files);
  }

  @Test
  void theMediaRequestWithNfsAndTwoEgressRulesGivesTenDocuments() throws IOException {
    Path media = SharedData.corpus().resolve("vcluster-media-23c42e1e.yaml");
    List<Rendered.Document> docs = policies("media", Files.readAllBytes(media));
    assertThat(docs).hasSize(10);
    assertThat(docs.stream().map(d -> d.json().path("metadata").path("name").asText()).toList().subList(7, 10))
        .containsExactly("allow-nfs-egress", "allow-postgresql-egress", "allow-usenet-egress");
  }

  @Test
  void theEmbeddedProfilesCiliumPoliciesPassTheCiliumSchema() throws IOException {
    YamlTreeWriter writer = new YamlTreeWriter();
    List<NetworkPolicyProfile.ExtraPolicy> extras = IntegratnProfile.PROFILE.networkPolicies().extraPolicies().toJavaList();
    assertThat(extras).extracting(NetworkPolicyProfile.ExtraPolicy::name)
        .containsExactly("allow-kube-api", "allow-coredns-to-host-dns", "allow-vcluster-lb-snat");
    for (NetworkPolicyProfile.ExtraPolicy p : extras) {
      MapNode doc = MapNode.of("apiVersion", Node.text(p.apiVersion())).with("kind", p.kind())
          .with("metadata", MapNode.of("name", Node.text(p.name())).with("namespace", "vc"))
          .with("spec", p.spec());
      JsonNode json = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
          .readTree(writer.write(doc));
      assertThat(SharedSchemas.check(p.name(), json)).as(p.name()).isEmpty();
    }
    // the check can fail: a Cilium entity that does not exist
    JsonNode broken = JSON.readTree("{\"apiVersion\":\"cilium.io/v2\",\"kind\":\"CiliumNetworkPolicy\","
        + "\"metadata\":{\"name\":\"x\"},\"spec\":{\"endpointSelector\":{},\"egress\":[{\"toEntities\":[\"planet\"]}]}}");
    assertThat(SharedSchemas.check("broken", broken)).isNotEmpty();
  }

  @Test
  void generatedEgressListsPassTheNetworkPolicySchema() {
    SharedData.schemas(); // before the property: an assumption inside it would count as a falsification
    qt().withExamples(60).withFixedSeed(0x8E6E55L).forAll(egressLists()).checkAssert(yaml -> {
      List<String> problems = new ArrayList<>();
      for (Rendered.Document d : policies("generated", yaml.getBytes(StandardCharsets.UTF_8))) {
        problems.addAll(SharedSchemas.check(d.where(), d.json()));
      }
      assertThat(problems).as("schema violations for\n" + yaml).isEmpty();
    });
  }

  /** A request with NFS switched on or off and 0-6 extra egress rules over both families. */
  static Gen<String> egressLists() {
    Gen<String> cidr = Generate.pick(List.of("10.0.3.1/32", "10.0.0.0/8", "0.0.0.0/0", "192.168.7.9/24",
        "fd00::/8", "2001:DB8::1/128", "::/0", "fe80::1:2:3/64"));
    Gen<Integer> port = SourceDSL.integers().between(1, 65535);
    Gen<String> protocol = Generate.pick(List.of("TCP", "UDP"));
    Gen<String> rule = cidr.zip(port, protocol, (c, p, t) -> "cidr: \"" + c + "\"\n        port: " + p
        + "\n        protocol: " + t);
    return SourceDSL.lists().of(rule).ofSizeBetween(0, 6).zip(SourceDSL.booleans().all(), (rules, nfs) -> {
      StringBuilder y = new StringBuilder("apiVersion: platform.integratn.tech/v1alpha1\nkind: VClusterOrchestratorV2\n"
          + "metadata:\n  name: gen\n  namespace: platform-requests\nspec:\n  name: gen\n  targetNamespace: vc-gen\n"
          + "  networkPolicies:\n    enableNFS: " + nfs + "\n    extraEgress:\n");
      for (int i = 0; i < rules.size(); i++) {
        y.append("      - name: rule-").append(i).append("\n        ").append(rules.get(i)).append('\n');
      }
      return y.toString();
    });
  }
}
