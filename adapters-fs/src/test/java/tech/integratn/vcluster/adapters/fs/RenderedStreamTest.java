package tech.integratn.vcluster.adapters.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Spec 11.4: {@code validate --rendered -} reads the stream {@code render --output -} writes, and no more than a bound. */
class RenderedStreamTest {

  @Test
  void theStreamIsCutIntoFilesByTheirSourceComments() {
    String text = "---\n# Source: resources/a.yaml\nkind: A\n---\n# Source: resources/b.yaml\nkind: B\n---\n# Source: resources/b.yaml\nkind: C\n";
    RenderedStream stream = new RenderedStream("-", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(stream.paths().get()).containsExactly("resources/a.yaml", "resources/b.yaml");
    assertThat(stream.documents("resources/b.yaml").get()).hasSize(2);
  }

  @Test
  void aStreamLargerThanTheBoundIsRefusedWithoutReadingItAll() {
    long[] served = {0};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        served[0]++;
        return '#';
      }
    };
    RenderedStream stream = new RenderedStream("-", endless);
    assertThat(stream.paths().getLeft()).startsWith("more than 16 MiB on standard input");
    assertThat(served[0]).isEqualTo(RenderedStream.MAX_BYTES + 1L);
  }
}
