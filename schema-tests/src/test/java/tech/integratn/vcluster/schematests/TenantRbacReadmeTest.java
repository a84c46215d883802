package tech.integratn.vcluster.schematests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tenant RBAC of the root README's "Security model" section (spec 10.6): the {@code yaml} block
 * after the {@code <!-- tenant-rbac -->} marker is a ClusterRole and a RoleBinding that pass the
 * strict Kubernetes 1.31 schemas, and grants exactly the seven verbs on the orchestrator's own
 * resource (group and plural read from {@code promise.yaml}), nothing else, bound in one namespace.
 */
class TenantRbacReadmeTest {

  static final Path ROOT = Path.of(System.getProperty("repository.dir", ".."));
  static final String MARKER = "<!-- tenant-rbac -->";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Map<String, String> SCHEMAS = Map.of(
      "rbac.authorization.k8s.io/v1 ClusterRole", "kubernetes/v1.31-standalone-strict/clusterrole-rbac-v1.json",
      "rbac.authorization.k8s.io/v1 RoleBinding", "kubernetes/v1.31-standalone-strict/rolebinding-rbac-v1.json");

  /** The text of the fenced {@code yaml} block right after the marker in the Security model section. */
  static String rbacBlock() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int section = readme.indexOf("\n## Security model\n");
    assertThat(section).as("README.md has a \"## Security model\" section").isNotNegative();
    int next = readme.indexOf("\n## ", section + 1);
    String body = readme.substring(section, next < 0 ? readme.length() : next);
    int marker = body.indexOf(MARKER);
    assertThat(marker).as("the Security model section marks its tenant RBAC with " + MARKER).isNotNegative();
    String after = body.substring(marker + MARKER.length()).stripLeading();
    assertThat(after).as("a ```yaml block follows the marker").startsWith("```yaml\n");
    int end = after.indexOf("\n```", "```yaml".length());
    assertThat(end).as("the yaml block is closed").isPositive();
    return after.substring("```yaml\n".length(), end + 1);
  }

  static List<JsonNode> documents(String yaml) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(yaml)) {
      while (docs.hasNext()) {
        out.add(docs.next());
      }
    }
    return out;
  }

  /** Every schema problem of the documents; a kind other than the two fails. */
  static List<String> schemaProblems(List<JsonNode> docs) {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      JsonNode doc = docs.get(i);
      String key = doc.path("apiVersion").asText() + " " + doc.path("kind").asText();
      String where = "README.md tenant RBAC #" + i + " (" + key + ")";
      String schema = SCHEMAS.get(key);
      if (schema == null) {
        problems.add(where + ": neither a ClusterRole nor a RoleBinding");
      } else {
        problems.addAll(SharedSchemas.errors(SharedSchemas.draft4(schema), doc, where, "$"));
      }
    }
    return problems;
  }

  @Test
  void eachDocumentPassesTheKubernetesSchemas() throws IOException {
    List<JsonNode> docs = documents(rbacBlock());
    assertThat(docs).extracting(d -> d.path("kind").asText()).containsExactly("ClusterRole", "RoleBinding");
    assertThat(schemaProblems(docs)).isEmpty();
  }

  @Test
  void theClusterRoleGrantsTheSevenVerbsOnTheOrchestratorsRequestsOnly() throws IOException {
    JsonNode crd = documents(Files.readString(ROOT.resolve("promise.yaml"))).get(0).path("spec").path("api");
    String group = crd.path("spec").path("group").asText();
    String plural = crd.path("spec").path("names").path("plural").asText();
    assertThat(crd.path("spec").path("names").path("kind").asText()).isEqualTo("VClusterOrchestratorV2");

    JsonNode role = documents(rbacBlock()).get(0);
    assertThat(role.has("aggregationRule")).isFalse();
    JsonNode rules = role.path("rules");
    assertThat(rules.size()).as("one rule").isEqualTo(1);
    JsonNode rule = rules.get(0);
    assertThat(names(rule)).containsExactlyInAnyOrder("apiGroups", "resources", "verbs");
    assertThat(texts(rule.path("apiGroups"))).containsExactly(group);
    assertThat(texts(rule.path("resources"))).containsExactly(plural);
    assertThat(texts(rule.path("verbs")))
        .containsExactlyInAnyOrder("create", "get", "list", "watch", "update", "patch", "delete");
  }

  @Test
  void theRoleBindingBindsThatClusterRoleInOneNamespace() throws IOException {
    List<JsonNode> docs = documents(rbacBlock());
    JsonNode binding = docs.get(1);
    assertThat(binding.path("metadata").path("namespace").asText()).as("bound in one request namespace").isNotEmpty();
    assertThat(binding.path("roleRef").path("apiGroup").asText()).isEqualTo("rbac.authorization.k8s.io");
    assertThat(binding.path("roleRef").path("kind").asText()).isEqualTo("ClusterRole");
    assertThat(binding.path("roleRef").path("name").asText()).isEqualTo(docs.get(0).path("metadata").path("name").asText());
    assertThat(binding.path("subjects").size()).isPositive();
  }

  @Test
  void theCheckFailsOnABrokenDocument() throws IOException {
    List<JsonNode> docs = documents(rbacBlock());
    ObjectNode role = docs.get(0).deepCopy();
    ((ObjectNode) role.path("rules").get(0)).put("verb", "get");
    ObjectNode binding = docs.get(1).deepCopy();
    ((ObjectNode) binding.path("roleRef")).remove("kind");
    ObjectNode other = ((ObjectNode) docs.get(0).deepCopy()).put("kind", "Role");
    assertThat(schemaProblems(List.of(role, binding, other))).hasSize(3)
        .anySatisfy(p -> assertThat(p).startsWith("README.md tenant RBAC #0").contains("verb"))
        .anySatisfy(p -> assertThat(p).startsWith("README.md tenant RBAC #1").contains("kind"))
        .anySatisfy(p -> assertThat(p).isEqualTo(
            "README.md tenant RBAC #2 (rbac.authorization.k8s.io/v1 Role): neither a ClusterRole nor a RoleBinding"));
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static List<String> texts(JsonNode array) {
    assertThat(array).isInstanceOf(ArrayNode.class);
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
