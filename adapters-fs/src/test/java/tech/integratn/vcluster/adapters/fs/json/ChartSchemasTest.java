package tech.integratn.vcluster.adapters.fs.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.integratn.vcluster.adapters.fs.testdata.SharedData;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeReader;
import tech.integratn.vcluster.domain.tree.Node;

class ChartSchemasTest {

  private static final String TINY = "{\"type\":\"object\",\"additionalProperties\":false,"
      + "\"properties\":{\"a\":{\"type\":\"string\"}}}";

  @TempDir
  Path dir;

  @Test
  void aVersionDirectoryWinsAndIsConfirmed() throws IOException {
    Files.createDirectories(dir.resolve("0.30.4"));
    Files.writeString(dir.resolve("0.30.4/values.schema.json"), TINY);
    Files.writeString(dir.resolve("values.schema.json"), "{}");
    ChartSchemas.ChartSchema loaded = new ChartSchemas(dir).load("0.30.4").get();
    assertThat(loaded.file()).isEqualTo(dir.resolve("0.30.4/values.schema.json"));
    assertThat(loaded.versionConfirmed()).isTrue();
    assertThat(loaded.schema().accepts(Node.text("x"))).isFalse();
  }

  @Test
  void aTagNamedDirectoryIsFoundForABareVersionAndTheOtherWayRound() throws IOException {
    Files.createDirectories(dir.resolve("v0.30.4"));
    Files.writeString(dir.resolve("v0.30.4/values.schema.json"), TINY);
    assertThat(new ChartSchemas(dir).locate("0.30.4").get().file()).isEqualTo(dir.resolve("v0.30.4/values.schema.json"));
    assertThat(new ChartSchemas(dir).locate("v0.30.4").get().file()).isEqualTo(dir.resolve("v0.30.4/values.schema.json"));
  }

  @Test
  void aFlatFileIsConfirmedByAMatchingVersionFileAndRefusedByAnotherOne() throws IOException {
    Files.writeString(dir.resolve("values.schema.json"), TINY);
    Files.writeString(dir.resolve("VERSION"), "v0.30.4\n");
    assertThat(new ChartSchemas(dir).locate("0.30.4").get().versionConfirmed()).isTrue();
    assertThat(new ChartSchemas(dir).locate("0.31.0").getLeft()).contains("chart version v0.30.4").contains("not of 0.31.0");
  }

  @Test
  void aFlatFileWithoutVersionFileIsAnUnconfirmedMatch() throws IOException {
    Files.writeString(dir.resolve("values.schema.json"), TINY);
    ChartSchemas.Located located = new ChartSchemas(dir).locate("0.30.4").get();
    assertThat(located.versionConfirmed()).isFalse();
  }

  @Test
  void missingDirectoryFilesAndBrokenSchemasAreReported() throws IOException {
    assertThat(new ChartSchemas(dir.resolve("nope")).locate("1").getLeft()).contains("does not exist");
    assertThat(new ChartSchemas(dir).locate("1.0.0").getLeft()).startsWith("no values schema for chart version 1.0.0");
    assertThat(new ChartSchemas(dir).locate("..").getLeft()).startsWith("no values schema");
    Files.writeString(dir.resolve("values.schema.json"), "{\"$ref\":\"#/$defs/X\"}");
    assertThat(new ChartSchemas(dir).load("1.0.0").getLeft()).contains("#/$ref: reference #/$defs/X does not resolve");
    Files.writeString(dir.resolve("values.schema.json"), "{");
    assertThat(new ChartSchemas(dir).load("1.0.0").getLeft()).contains("values.schema.json:");
  }

  @Test
  void theRealVclusterSchemaLoadsFullyAndAcceptsTheChartDefaults() throws IOException {
    Path vcluster = SharedData.schemas().resolve("vcluster");
    ChartSchemas.ChartSchema loaded = new ChartSchemas(vcluster).load("0.30.4").get();
    assertThat(loaded.versionConfirmed()).isFalse();
    assertThat(loaded.schema().unsupportedKeywords()).isEmpty();
    Node defaults = new YamlTreeReader().read("values.yaml", Files.readAllBytes(vcluster.resolve("values.yaml"))).get();
    assertThat(loaded.schema().validate(defaults)).isEmpty();
  }
}
