package tech.integratn.vcluster.adapters.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeWriter;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** A rendered directory: every file listed, every document read, a YAML error at its line in the file. */
class RenderedDirectoryTest {

  @TempDir Path temp;

  RenderedDirectory tree() {
    return new RenderedDirectory(temp);
  }

  void write(String path, String text) throws IOException {
    Files.createDirectories(temp.resolve(path).getParent());
    Files.writeString(temp.resolve(path), text);
  }

  @Test
  void listsEveryFileWhateverItsNameSorted() throws IOException {
    write("resources/b.yaml", "a: 1\n");
    write("resources/a.txt", "x");
    write("resources/deeper/c.yml", "a: 1\n");
    write("z.yaml", "a: 1\n");
    Files.createDirectories(temp.resolve("empty"));
    assertThat(tree().paths().get()).containsExactly("resources/a.txt", "resources/b.yaml", "resources/deeper/c.yml", "z.yaml");
    assertThat(new RenderedDirectory(temp.resolve("z.yaml")).paths().getLeft()).isEqualTo("not a directory");
  }

  @Test
  void readsTheDocumentsTheWriterWrites() throws IOException {
    java.util.List<Node> documents = java.util.List.of(MapNode.of("a", Node.integer(1)).with("b", Node.text("x\n---\ny\n")),
        MapNode.empty(), MapNode.of("c", ListNode.of(MapNode.empty())));
    write("resources/f.yaml", new YamlTreeWriter().write(documents));
    assertThat(tree().documents("resources/f.yaml").get()).containsExactlyElementsOf(documents);
  }

  @Test
  void emptyDocumentsAndCommentsAreLeftOutAndAFirstDocumentNeedsNoMarker() throws IOException {
    write("f.yaml", "a: 1\n---\n# only a comment\n---   \n\n--- # note\nb: [1]\n...\n");
    assertThat(tree().documents("f.yaml").get()).containsExactly(MapNode.of("a", Node.integer(1)),
        MapNode.of("b", ListNode.of(Node.integer(1))));
    write("g.yaml", "");
    assertThat(tree().documents("g.yaml").get()).isEmpty();
  }

  @Test
  void aYamlErrorNamesItsLineInTheWholeFile() throws IOException {
    write("resources/f.yaml", "---\na: 1\n---\nb: 2\n---\nc: [\n");
    assertThat(Problems.render(tree().documents("resources/f.yaml").getLeft()))
        .startsWith("resources/f.yaml:7:1: not valid YAML: ");
    assertThat(Problems.render(tree().documents("resources/missing.yaml").getLeft()))
        .startsWith("resources/missing.yaml: cannot read: ");
  }
}
