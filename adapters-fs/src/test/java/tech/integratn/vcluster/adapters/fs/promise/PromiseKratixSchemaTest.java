package tech.integratn.vcluster.adapters.fs.promise;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tech.integratn.vcluster.adapters.fs.testdata.SharedData;
import tech.integratn.vcluster.domain.promise.PromiseKind;

/**
 * The committed {@code promise.yaml} is a valid Kratix {@code Promise}, and its pipeline containers
 * and volumes are valid Kubernetes ones (the Promise schema keeps pipelines free-form, so they
 * are checked against the Job schema's container and volume definitions).
 */
class PromiseKratixSchemaTest {

  private static JsonNode promise;
  private static final java.util.Map<PromiseKind, JsonNode> PROMISES = new java.util.EnumMap<>(PromiseKind.class);
  private static Schema promiseSchema;
  private static Schema containerSchema;
  private static Schema volumeSchema;

  @BeforeAll
  static void load() {
    promise = PromiseFiles.readYaml(PromiseFiles.promiseYaml());
    for (PromiseKind kind : PromiseKind.values()) {
      PROMISES.put(kind, PromiseFiles.readYaml(PromiseFiles.promiseFile(kind)));
    }
    if (!SharedData.hasSchemas()) {
      return; // every test is skipped, see needsTheSchemas
    }
    Path shared = SharedData.dir();
    promiseSchema = PromiseFiles.draft4(
        PromiseFiles.readJson(shared.resolve("schemas/kratix/json-schema/promise_v1alpha1.json")));
    ObjectNode job = (ObjectNode) PromiseFiles.readJson(
        shared.resolve("schemas/kubernetes/v1.31-standalone-strict/job-batch-v1.json"));
    JsonNode podSpec = job.at("/properties/spec/properties/template/properties/spec/properties");
    containerSchema = PromiseFiles.draft4(podSpec.at("/containers/items"));
    volumeSchema = PromiseFiles.draft4(podSpec.at("/volumes/items"));
  }

  /** Every test here checks against a third-party schema: skipped, each naming the set, without them. */
  @BeforeEach
  void needsTheSchemas() {
    SharedData.schemas();
  }

  @ParameterizedTest
  @EnumSource(PromiseKind.class)
  void everyPromiseFileIsAValidKratixPromise(PromiseKind kind) {
    assertThat(PromiseFiles.errors(promiseSchema, PROMISES.get(kind))).isEmpty();
  }

  @Test
  void theKratixSchemaIsLiveAndRefusesABrokenPromise() {
    ObjectNode broken = promise.deepCopy();
    ((ObjectNode) broken.get("spec")).put("destinationSelector", "typo");
    ((ObjectNode) broken.get("spec").get("destinationSelectors").get(0).get("matchLabels")).put("capability.vcluster", true);
    assertThat(PromiseFiles.errors(promiseSchema, broken)).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(PromiseKind.class)
  void everyPipelineContainerAndVolumeIsAValidKubernetesOne(PromiseKind kind) {
    int containers = 0;
    for (String action : new String[] {"configure", "delete"}) {
      for (JsonNode pipeline : PROMISES.get(kind).at("/spec/workflows/resource/" + action)) {
        assertThat(pipeline.path("apiVersion").asText()).isEqualTo("platform.kratix.io/v1alpha1");
        assertThat(pipeline.path("kind").asText()).isEqualTo("Pipeline");
        for (JsonNode c : pipeline.at("/spec/containers")) {
          assertThat(PromiseFiles.errors(containerSchema, c)).as(action).isEmpty();
          assertThat(c.at("/resources/requests").size()).isPositive();
          assertThat(c.at("/resources/limits").size()).isPositive();
          containers++;
        }
        for (JsonNode v : pipeline.at("/spec/volumes")) {
          assertThat(PromiseFiles.errors(volumeSchema, v)).as(action).isEmpty();
        }
      }
    }
    assertThat(containers).isEqualTo(2);
  }

  @Test
  void theContainerSchemaIsLiveAndRefusesAMisspelledSetting() {
    ObjectNode c = promise.at("/spec/workflows/resource/configure/0/spec/containers/0").deepCopy();
    ((ObjectNode) c.get("securityContext")).put("runAsUsr", 0);
    assertThat(PromiseFiles.errors(containerSchema, c)).isNotEmpty();
  }
}
