package tech.integratn.vcluster.adapters.fs;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.application.contract.ManifestSinkContract;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.resource.ConfigMap;
import tech.integratn.vcluster.domain.resource.ObjectMeta;
import tech.integratn.vcluster.domain.tree.StringMap;

/** {@code render --output -}: one stream, a source line before every document, all or nothing. */
class StreamManifestSinkTest {

  final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  final StreamManifestSink sink = new StreamManifestSink(new PrintStream(bytes, true, StandardCharsets.UTF_8));

  static ConfigMap configMap(String name) {
    return new ConfigMap(ObjectMeta.of(name, "ns", StringMap.empty()), StringMap.of("k", "v"));
  }

  @Test
  void everyDocumentIsPrecededByItsFileInOrder() {
    assertThat(sink.publish(List.of(new OutputFile("resources/b.yaml", List.of(configMap("b1"), configMap("b2"))),
        new OutputFile("resources/a.yaml", List.of(configMap("a"))))).get())
        .containsExactly("resources/b.yaml", "resources/a.yaml");
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out.lines().filter(l -> l.startsWith("---") || l.startsWith("# Source:") || l.startsWith("  name:")))
        .containsExactly("---", "# Source: resources/b.yaml", "  name: b1", "---", "# Source: resources/b.yaml", "  name: b2",
            "---", "# Source: resources/a.yaml", "  name: a");
    assertThat(out).startsWith("---\n# Source: resources/b.yaml\napiVersion: v1\nkind: ConfigMap\n");
  }

  @Test
  void aSecretIsRefusedBeforeAnythingIsPrinted() {
    assertThat(sink.publish(List.of(new OutputFile("resources/a.yaml", List.of(configMap("a"))),
        new OutputFile("resources/s.yaml", List.of(ManifestSinkContract.Secret.named("token", "ns"))))).getLeft())
        .isEqualTo("refusing to write a Secret (token) from resources/s.yaml");
    assertThat(bytes.size()).isZero();
  }
}
