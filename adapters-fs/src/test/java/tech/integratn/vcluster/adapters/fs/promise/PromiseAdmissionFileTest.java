package tech.integratn.vcluster.adapters.fs.promise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeReader;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.promise.PromiseAdmission;
import tech.integratn.vcluster.domain.promise.PromiseKind;
import tech.integratn.vcluster.domain.tree.Node;

/** The four committed promise files, as written, pass Kratix's admission rules (spec 7.3). */
class PromiseAdmissionFileTest {

  @ParameterizedTest
  @EnumSource(PromiseKind.class)
  void theCommittedPromiseIsAdmitted(PromiseKind kind) throws IOException {
    byte[] text = Files.readAllBytes(PromiseFiles.promiseFile(kind));
    Node promise = new YamlTreeReader().read(kind.promiseFile(), text)
        .getOrElseThrow(p -> new AssertionError(Problems.render(p)));
    assertThat(PromiseAdmission.problems(promise)).isEmpty();
  }
}
