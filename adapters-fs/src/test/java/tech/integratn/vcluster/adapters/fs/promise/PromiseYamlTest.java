package tech.integratn.vcluster.adapters.fs.promise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code promise.yaml} at the repository root is generated from the field table and must not drift
 * from it. Run with {@code -Dpromise.write=true} to (re)write the file; without it, the test only
 * compares.
 */
class PromiseYamlTest {

  static final String REGENERATE =
      "promise.yaml drifted from the field table; regenerate with: "
          + "mvn -B -pl adapters-fs test -Dtest=PromiseYamlTest -Dpromise.write=true";

  @Test
  void theCommittedPromiseIsExactlyWhatTheFieldTableGenerates() throws IOException {
    Path file = PromiseFiles.promiseYaml();
    String generated = PromiseFiles.generatedText();
    if (Boolean.getBoolean("promise.write")) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.isRegularFile(file)).as(REGENERATE + " (the file is missing)").isTrue();
    String committed = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(committed).as(REGENERATE).isEqualTo(generated);
  }

  @Test
  void theGeneratedTextIsOneYamlDocumentThatReadsBackToTheSameTree() {
    String generated = PromiseFiles.generatedText();
    assertThat(generated).startsWith("---\n").endsWith("\n");
    assertThat(generated.indexOf("\n---", 1)).isEqualTo(-1);
    assertThat(PromiseFiles.readYaml(generated)).isEqualTo(PromiseFiles.json(
        tech.integratn.vcluster.domain.promise.PromiseDocument.of(
            tech.integratn.vcluster.domain.request.RequestFields.all(
                tech.integratn.vcluster.domain.profile.IntegratnProfile.PROFILE),
            tech.integratn.vcluster.domain.promise.PromiseSettings.defaults())));
  }
}
