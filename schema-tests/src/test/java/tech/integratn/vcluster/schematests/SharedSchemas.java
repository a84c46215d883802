package tech.integratn.vcluster.schematests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real schemas in {@code <shared>/schemas}, loaded with networknt, and the rules that say
 * which schema checks which rendered document. Loaded once per JVM (the Job schema is 690 KB).
 * Asking for a schema skips the calling test when the schemas are absent ({@link SharedData}).
 */
final class SharedSchemas {

  static final Path SHARED = SharedData.dir();
  static final Path SCHEMAS = SharedData.schemasDirectory();
  static final Path VCLUSTER_SCHEMA = SCHEMAS.resolve("vcluster/values.schema.json");

  /** (apiVersion kind) → schema file below {@link #SCHEMAS}. A kind missing here and from {@link #OWN_KINDS} fails. */
  static final Map<String, String> SCHEMA_FILES = Map.ofEntries(
      Map.entry("v1 Namespace", "kubernetes/v1.31-standalone-strict/namespace-v1.json"),
      Map.entry("v1 ConfigMap", "kubernetes/v1.31-standalone-strict/configmap-v1.json"),
      Map.entry("v1 ServiceAccount", "kubernetes/v1.31-standalone-strict/serviceaccount-v1.json"),
      Map.entry("rbac.authorization.k8s.io/v1 Role", "kubernetes/v1.31-standalone-strict/role-rbac-v1.json"),
      Map.entry("rbac.authorization.k8s.io/v1 RoleBinding", "kubernetes/v1.31-standalone-strict/rolebinding-rbac-v1.json"),
      Map.entry("batch/v1 Job", "kubernetes/v1.31-standalone-strict/job-batch-v1.json"),
      Map.entry("cert-manager.io/v1 Certificate", "cert-manager/json-schema/certificate_v1.json"),
      Map.entry("cert-manager.io/v1 Issuer", "cert-manager/json-schema/issuer_v1.json"),
      Map.entry("networking.k8s.io/v1 NetworkPolicy", "kubernetes/v1.31-standalone-strict/networkpolicy-networking-v1.json"),
      Map.entry("cilium.io/v2 CiliumNetworkPolicy", "cilium/json-schema/ciliumnetworkpolicy_v2.json"),
      // what the three sub-promises render (spec 9.4-9.6)
      Map.entry("argoproj.io/v1alpha1 AppProject", "argocd/json-schema/appproject_v1alpha1.json"),
      Map.entry("argoproj.io/v1alpha1 Application", "argocd/json-schema/application_v1alpha1.json"),
      Map.entry("external-secrets.io/v1 ExternalSecret", "external-secrets/json-schema/externalsecret_v1.json"));

  /**
   * Our own sub-request kinds (Kratix resource requests of other promises): no published schema.
   * Their {@code metadata} is checked against the Kubernetes ObjectMeta schema (the {@code
   * properties.metadata} of the Namespace schema), and the ArgoCDApplication's
   * {@code spec.source.helm.valuesObject} against the vcluster chart schema.
   */
  static final Set<String> OWN_KINDS = Set.of(
      "platform.integratn.tech/v1alpha1 ArgoCDProject",
      "platform.integratn.tech/v1alpha1 ArgoCDApplication",
      "platform.integratn.tech/v1alpha1 ArgoCDClusterRegistration");

  static final String VALUES_POINTER = "/spec/source/helm/valuesObject";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry DRAFT_4 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
  private static final SchemaRegistry DRAFT_2020_12 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

  private SharedSchemas() {}

  /** A draft-04 schema file, its unversioned {@code $schema} (yannh style) removed so networknt loads it. */
  static Schema draft4(String relative) {
    SharedData.schemas();
    return CACHE.computeIfAbsent(relative, r -> {
      ObjectNode node = (ObjectNode) readJson(SCHEMAS.resolve(r));
      node.remove("$schema");
      return DRAFT_4.getSchema(node);
    });
  }

  /** The ObjectMeta schema: {@code properties.metadata} of the strict Namespace schema. */
  static Schema objectMeta() {
    SharedData.schemas();
    return CACHE.computeIfAbsent("#objectMeta", r -> {
      JsonNode namespace = readJson(SCHEMAS.resolve("kubernetes/v1.31-standalone-strict/namespace-v1.json"));
      return DRAFT_4.getSchema(namespace.at("/properties/metadata").deepCopy());
    });
  }

  /** The vcluster 0.30.4 chart values schema (draft 2020-12, declared by its own {@code $schema}). */
  static Schema vclusterValues() {
    SharedData.schemas();
    return CACHE.computeIfAbsent("#vcluster", r -> DRAFT_2020_12.getSchema(readJson(VCLUSTER_SCHEMA)));
  }

  static JsonNode readJson(Path file) {
    try {
      return JSON.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The errors of {@code schema} for {@code value}, each {@code <where> at <json path>: <message>}. */
  static List<String> errors(Schema schema, JsonNode value, String where, String pathPrefix) {
    List<String> out = new ArrayList<>();
    for (Error error : schema.validate(value)) {
      out.add(where + " at " + pathPrefix + dotted(error.getInstanceLocation().toString()) + ": " + error.getMessage());
    }
    return out;
  }

  /** A networknt instance location ({@code /a/0/b~1c} or {@code $.a[0]}) as {@code .a[0].b/c}. */
  static String dotted(String location) {
    if (location.startsWith("$")) {
      return location.substring(1);
    }
    StringBuilder out = new StringBuilder();
    for (String raw : location.split("/", -1)) {
      if (raw.isEmpty()) {
        continue;
      }
      String step = raw.replace("~1", "/").replace("~0", "~");
      out.append(step.matches("[0-9]+") ? "[" + step + "]" : "." + step);
    }
    return out.toString();
  }

  /**
   * Every schema problem of one rendered document: its kind's schema (or, for our own kinds, its
   * metadata and chart values), and a failure for a kind that has neither.
   */
  static List<String> check(String where, JsonNode document) {
    String apiVersion = document.path("apiVersion").asText("");
    String kind = document.path("kind").asText("");
    String key = apiVersion + " " + kind;
    String described = where + " (" + key + " " + document.path("metadata").path("name").asText("?") + ")";
    Optional<String> file = Optional.ofNullable(SCHEMA_FILES.get(key));
    if (file.isPresent()) {
      return errors(draft4(file.get()), document, described, "$");
    }
    if (!OWN_KINDS.contains(key)) {
      return List.of(described + ": no schema for this kind and not on the allow-list of our own sub-request kinds");
    }
    List<String> out = new ArrayList<>(errors(objectMeta(), document.path("metadata"), described, "$.metadata"));
    if (kind.equals("ArgoCDApplication")) {
      JsonNode values = document.at(VALUES_POINTER);
      if (values.isMissingNode()) {
        out.add(described + ": has no spec.source.helm.valuesObject to check against the chart schema");
      } else {
        out.addAll(errors(vclusterValues(), values, described, "$.spec.source.helm.valuesObject"));
      }
    }
    return out;
  }
}
