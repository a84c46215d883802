package tech.integratn.vcluster.adapters.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes and fresh names. */
class Files2Test {

  @TempDir Path temp;

  @Test
  void anAtomicWriteReplacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
    Path target = temp.resolve("a/b.yaml");
    Files2.writeAtomically(target, "first\n");
    Files2.writeAtomically(target, "second ✓\n");
    assertThat(Files.readString(target)).isEqualTo("second ✓\n");
    try (Stream<Path> left = Files.list(target.getParent())) {
      assertThat(left).containsExactly(target);
    }
  }

  @Test
  void freshNamesAreNeverRepeatedAndAnExistingNameIsNotReused() throws IOException {
    Set<Path> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      assertThat(seen.add(Files2.fresh(temp, ".x", ".tmp"))).isTrue();
    }
    Path existing = Files.writeString(temp.resolve("keep"), "someone else's\n");
    for (int i = 0; i < 100; i++) {
      Path created = Files2.createFresh(temp, ".x", ".tmp", i % 2 == 0);
      assertThat(created).isNotEqualTo(existing).hasParent(temp);
      assertThat(created.getFileName().toString()).startsWith(".x-").endsWith(".tmp");
      assertThat(seen.add(created)).isTrue();
    }
    assertThat(Files.readString(existing)).isEqualTo("someone else's\n");
  }
}
