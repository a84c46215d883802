package tech.integratn.vcluster.adapters.fs.promise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeReader;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.promise.PromiseAdmission;
import tech.integratn.vcluster.domain.tree.Node;

/** The committed {@code promise.yaml}, as written, passes Kratix's admission rules (spec 7.3). */
class PromiseAdmissionFileTest {

  @Test
  void theCommittedPromiseIsAdmitted() throws IOException {
    byte[] text = Files.readAllBytes(PromiseFiles.promiseYaml());
    Node promise = new YamlTreeReader().read("promise.yaml", text)
        .getOrElseThrow(p -> new AssertionError(Problems.render(p)));
    assertThat(PromiseAdmission.problems(promise)).isEmpty();
  }
}
