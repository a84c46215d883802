package tech.integratn.vcluster.adapters.fs;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeReader;
import tech.integratn.vcluster.application.port.out.RenderedTreeSource;
import tech.integratn.vcluster.domain.request.Problems;

/** A rendered output directory: every {@code .yaml} file below it, every document of each. */
public final class RenderedDirectory implements RenderedTreeSource {

  private final Path root;
  private final YamlTreeReader reader = new YamlTreeReader();

  public RenderedDirectory(Path root) {
    this.root = root;
  }

  @Override
  public Either<String, Seq<RenderedDocument>> documents() {
    if (!Files.isDirectory(root)) {
      return Either.left("not a directory");
    }
    Vector<RenderedDocument> documents = Vector.empty();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".yaml") && Files.isRegularFile(p)).sorted()
          .collect(Collectors.toList())) {
        String relative = root.relativize(file).toString();
        int index = 0;
        for (String text : Files.readString(file).split("(?m)^---[ \\t]*$")) {
          if (text.isBlank()) {
            continue;
          }
          Either<String, tech.integratn.vcluster.domain.tree.Node> doc =
              reader.read(relative, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).mapLeft(Problems::render);
          if (doc.isLeft()) {
            return Either.left(doc.getLeft());
          }
          documents = documents.append(new RenderedDocument(relative, index++, doc.get()));
        }
      }
    } catch (IOException e) {
      return Either.left("cannot read: " + IoErrors.describe(e));
    }
    return Either.right(documents);
  }

  @Override
  public String describe() {
    return root.toString();
  }
}
