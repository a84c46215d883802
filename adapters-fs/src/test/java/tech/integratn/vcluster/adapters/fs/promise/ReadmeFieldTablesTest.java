package tech.integratn.vcluster.adapters.fs.promise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tech.integratn.vcluster.domain.contract.FieldTableMarkdown;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.promise.PromiseKind;

/**
 * The README's table of each sub-promise is its field table as {@link FieldTableMarkdown} writes
 * it, between {@code <!-- fields:<promise> -->} and {@code <!-- /fields:<promise> -->}: the field
 * table is the one source of the validation, the CRD schema and the docs. Rewrite the sections with
 * {@code -Dreadme.write=true}.
 */
class ReadmeFieldTablesTest {

  @ParameterizedTest
  @EnumSource(value = PromiseKind.class, names = "VCLUSTER_ORCHESTRATOR", mode = EnumSource.Mode.EXCLUDE)
  void theReadmeShowsTheFieldTable(PromiseKind kind) throws IOException {
    Path readme = PromiseFiles.repositoryRoot().resolve("README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    String open = "<!-- fields:" + kind.promiseName() + " -->\n";
    String close = "<!-- /fields:" + kind.promiseName() + " -->";
    String table = FieldTableMarkdown.render(kind.promise().fields(IntegratnProfile.PROFILE));
    int start = text.indexOf(open);
    int end = text.indexOf(close);
    assertThat(start).as("README.md has the section " + open.trim()).isNotNegative();
    assertThat(end).as("README.md closes the section " + close).isGreaterThan(start);
    if (Boolean.getBoolean("readme.write")) {
      text = text.substring(0, start + open.length()) + table + text.substring(end);
      Files.writeString(readme, text, StandardCharsets.UTF_8);
      end = text.indexOf(close);
    }
    assertThat(text.substring(start + open.length(), end))
        .as("the README's %s table drifted from its field table; rewrite with "
            + "mvn -B -pl adapters-fs -am test -Dtest=ReadmeFieldTablesTest -Dsurefire.failIfNoSpecifiedTests=false "
            + "-Dreadme.write=true", kind.promiseName())
        .isEqualTo(table);
  }
}
