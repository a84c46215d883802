package tech.integratn.vcluster.adapters.fs.promise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.vavr.Tuple2;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tech.integratn.vcluster.adapters.fs.testdata.SharedData;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeWriter;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.promise.PromiseDocument;
import tech.integratn.vcluster.domain.promise.PromiseKind;
import tech.integratn.vcluster.domain.promise.PromiseSettings;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** Locations, YAML/JSON conversion and draft-04 validation shared by the Promise tests. */
final class PromiseFiles {

  private PromiseFiles() {}

  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final SchemaRegistry DRAFT_4 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

  /** The repository root: the parent of the module directory surefire runs in. */
  static Path repositoryRoot() {
    Path root = Path.of("").toAbsolutePath().getParent();
    if (!Files.isDirectory(root.resolve("adapters-fs")) || !Files.isRegularFile(root.resolve("pom.xml"))) {
      throw new IllegalStateException("tests must run in the adapters-fs module directory, not " + Path.of("").toAbsolutePath());
    }
    return root;
  }

  static Path promiseYaml() {
    return promiseFile(PromiseKind.VCLUSTER_ORCHESTRATOR);
  }

  /** The committed promise file of {@code kind} (spec 9.2). */
  static Path promiseFile(PromiseKind kind) {
    return repositoryRoot().resolve(kind.promiseFile());
  }

  static Path sharedDir() {
    return SharedData.dir();
  }

  /** What {@code promise.yaml} must contain: the Promise for the embedded profile, as the writer writes it. */
  static String generatedText() {
    return generatedText(PromiseKind.VCLUSTER_ORCHESTRATOR);
  }

  /** What the promise file of {@code kind} must contain. */
  static String generatedText(PromiseKind kind) {
    return new YamlTreeWriter().write(generated(kind));
  }

  /** The promise document of {@code kind} for the embedded profile. */
  static MapNode generated(PromiseKind kind) {
    return PromiseDocument.of(kind, IntegratnProfile.PROFILE, PromiseSettings.defaults());
  }

  static JsonNode readYaml(String text) {
    try {
      return YAML.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode readYaml(Path file) {
    try {
      return YAML.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode readJson(Path file) {
    try {
      return new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A draft-04 validator for {@code schema}. */
  static Schema draft4(JsonNode schema) {
    return DRAFT_4.getSchema(schema);
  }

  /** The validation errors, one line each, or an empty list. */
  static List<String> errors(Schema schema, JsonNode instance) {
    return schema.validate(instance).stream().map(Error::toString).collect(Collectors.toList());
  }

  /** The openAPIV3Schema of the CRD embedded in a Promise document. */
  static JsonNode openApiSchema(JsonNode promise) {
    return promise.at("/spec/api/spec/versions/0/schema/openAPIV3Schema");
  }

  /**
   * A copy of a CRD schema where every object with declared properties refuses undeclared ones
   * (unless it preserves unknown fields), so a field the API server would prune shows up as an error.
   */
  static JsonNode strict(JsonNode schema) {
    JsonNode copy = schema.deepCopy();
    close(copy);
    return copy;
  }

  private static void close(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.has("properties") && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)
          && !object.has("additionalProperties")) {
        object.put("additionalProperties", false);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getKey().equals("enum") && !e.getKey().equals("default")) {
          close(e.getValue());
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(PromiseFiles::close);
    }
  }

  /** The object without its null-valued entries, at any depth: what the API server keeps of it. */
  static JsonNode withoutNulls(JsonNode node) {
    if (node instanceof ObjectNode object) {
      ObjectNode result = JsonNodeFactory.instance.objectNode();
      object.fields().forEachRemaining(e -> {
        if (!e.getValue().isNull()) {
          result.set(e.getKey(), withoutNulls(e.getValue()));
        }
      });
      return result;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode result = JsonNodeFactory.instance.arrayNode();
      array.forEach(item -> result.add(withoutNulls(item)));
      return result;
    }
    return node;
  }

  /** A {@link Node} tree as a Jackson tree, with numbers in the node types Jackson's YAML reader gives. */
  static JsonNode json(Node node) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (node instanceof MapNode map) {
      ObjectNode object = f.objectNode();
      for (Tuple2<String, Node> e : map.entries()) {
        object.set(e._1, json(e._2));
      }
      return object;
    }
    if (node instanceof ListNode list) {
      ArrayNode array = f.arrayNode();
      list.items().forEach(item -> array.add(json(item)));
      return array;
    }
    if (node instanceof Node.Text t) {
      return f.textNode(t.value());
    }
    if (node instanceof Node.Int i) {
      java.math.BigInteger v = i.value();
      if (v.bitLength() < 32) {
        return f.numberNode(v.intValue());
      }
      return v.bitLength() < 64 ? f.numberNode(v.longValue()) : f.numberNode(v);
    }
    if (node instanceof Node.Decimal d) {
      return f.numberNode(d.value().doubleValue());
    }
    if (node instanceof Node.Bool b) {
      return f.booleanNode(b.value());
    }
    return f.nullNode();
  }
}
