package tech.integratn.vcluster.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.application.port.out.ManifestSink;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.resource.ConfigMap;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.resource.ObjectMeta;
import tech.integratn.vcluster.domain.tree.MapNode;

/**
 * What every {@link ManifestSink} must do, run against the in-memory fake and against each real
 * adapter: publish exactly the given set, replace the previous set, and refuse a Secret without
 * touching what was there.
 */
public abstract class ManifestSinkContract {

  /** A fresh sink. */
  protected abstract ManifestSink sink();

  /** The paths the sink currently holds. */
  protected abstract Set<String> publishedPaths(ManifestSink sink);

  static OutputFile file(String path, KubernetesObject... objects) {
    return new OutputFile(path, List.of(objects));
  }

  static ConfigMap configMap(String name) {
    return new ConfigMap(ObjectMeta.of(name, "ns", tech.integratn.vcluster.domain.tree.StringMap.empty()),
        tech.integratn.vcluster.domain.tree.StringMap.of("k", "v"));
  }

  /** A kind the pipeline must never write; the adapters' tests use it too. */
  public record Secret(ObjectMeta metadata) implements KubernetesObject {

    public static Secret named(String name, String namespace) {
      return new Secret(ObjectMeta.of(name, namespace, tech.integratn.vcluster.domain.tree.StringMap.empty()));
    }

    @Override
    public String apiVersion() {
      return "v1";
    }

    @Override
    public String kind() {
      return "Secret";
    }

    @Override
    public MapNode body() {
      return MapNode.empty();
    }
  }

  @Test
  void publishesExactlyTheGivenFiles() {
    ManifestSink sink = sink();
    Seq<String> written = sink.publish(List.of(file("resources/a.yaml", configMap("a")), file("resources/b.yaml",
        configMap("b"), configMap("c")))).get();
    assertThat(written).containsExactly("resources/a.yaml", "resources/b.yaml");
    assertThat(publishedPaths(sink)).containsExactlyInAnyOrder("resources/a.yaml", "resources/b.yaml");
  }

  @Test
  void aSecondPublishReplacesTheFirstSet() {
    ManifestSink sink = sink();
    sink.publish(List.of(file("resources/a.yaml", configMap("a")), file("resources/b.yaml", configMap("b"))));
    sink.publish(List.of(file("resources/c.yaml", configMap("c"))));
    assertThat(publishedPaths(sink)).containsExactly("resources/c.yaml");
  }

  @Test
  void anEmptyPublishLeavesNothing() {
    ManifestSink sink = sink();
    sink.publish(List.of(file("resources/a.yaml", configMap("a"))));
    assertThat(sink.publish(List.empty()).get()).isEmpty();
    assertThat(publishedPaths(sink)).isEmpty();
  }

  @Test
  void aSecretIsRefusedAndNothingChanges() {
    ManifestSink sink = sink();
    sink.publish(List.of(file("resources/a.yaml", configMap("a"))));
    Secret secret = Secret.named("token", "ns");
    assertThat(sink.publish(List.of(file("resources/b.yaml", configMap("b")), file("resources/s.yaml", secret)))
        .getLeft()).contains("Secret");
    assertThat(publishedPaths(sink)).containsExactly("resources/a.yaml");
  }
}
