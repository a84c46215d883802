package tech.integratn.vcluster.adapters.fs.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

class SharedDataTest {

  @TempDir
  Path temp;

  @Test
  void withoutThePropertyItIsSharedBesideTheRepositoryRoot() {
    Path module = temp.resolve("repo/adapters-fs");
    assertThat(SharedData.locate(null, module)).isEqualTo(temp.resolve("shared").toAbsolutePath().normalize());
    assertThat(SharedData.locate(" ", module)).isEqualTo(temp.resolve("shared").toAbsolutePath().normalize());
  }

  @Test
  void thePropertyWinsNormalised() {
    String property = temp.resolve("repo/../elsewhere").toString();
    assertThat(SharedData.locate(property, temp.resolve("repo/adapters-fs")))
        .isEqualTo(temp.resolve("elsewhere").toAbsolutePath().normalize());
  }

  @Test
  void anAbsentDirectorySkipsTheTestNamingTheSetWhatItNeedsAndWhereItLooked() {
    Path absent = temp.resolve("shared/corpus/requests");
    assertThatThrownBy(() -> SharedData.present(absent, "corpus", "the corpus in ../shared/corpus/requests"))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("corpus set skipped: it needs the corpus in ../shared/corpus/requests")
        .hasMessageContaining("looked in " + absent);
  }

  @Test
  void aFileWhereTheDirectoryShouldBeSkipsToo() throws IOException {
    Path file = Files.writeString(temp.resolve("schemas"), "not a directory");
    assertThatThrownBy(() -> SharedData.present(file, "schema", "the schemas"))
        .isInstanceOf(TestAbortedException.class).hasMessageContaining("schema set skipped");
  }

  @Test
  void aPresentDirectoryIsReturned() throws IOException {
    Path present = Files.createDirectories(temp.resolve("shared/schemas"));
    assertThat(SharedData.present(present, "schema", "the schemas")).isEqualTo(present);
  }
}
