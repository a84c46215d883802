package tech.integratn.vcluster.adapters.fs;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.io.PrintStream;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeWriter;
import tech.integratn.vcluster.application.port.out.ManifestSink;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.resource.KubernetesObject;

/**
 * Publishes manifests as one multi-document YAML stream ({@code render --output -}): the files in
 * the rendering's order, every document opened by {@code ---} and a {@code # Source:
 * resources/<file>} comment, as {@code helm template} writes them. Everything is serialised before
 * the first byte is printed, and it refuses a {@code Secret} as the directory sink does.
 */
public final class StreamManifestSink implements ManifestSink {

  private final PrintStream out;
  private final YamlTreeWriter writer = new YamlTreeWriter();

  public StreamManifestSink(PrintStream out) {
    this.out = out;
  }

  @Override
  public Either<String, Seq<String>> publish(Seq<OutputFile> files) {
    StringBuilder text = new StringBuilder(16384);
    java.util.List<String> paths = new java.util.ArrayList<>();
    for (OutputFile file : files) {
      for (KubernetesObject o : file.objects()) {
        if (o.kind().equals("Secret")) {
          return Either.left("refusing to write a Secret (" + o.metadata().name() + ") from " + file.path());
        }
        String document = writer.write(o.toNode());
        text.append("---\n# Source: ").append(file.path()).append('\n')
            .append(document, document.startsWith("---\n") ? 4 : 0, document.length());
      }
      paths.add(file.path());
    }
    out.print(text);
    out.flush();
    if (out.checkError()) {
      return Either.left("standard output: could not write (closed or full)");
    }
    return Either.right(Vector.ofAll(paths));
  }
}
