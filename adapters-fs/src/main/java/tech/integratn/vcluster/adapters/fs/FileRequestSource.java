package tech.integratn.vcluster.adapters.fs;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tech.integratn.vcluster.adapters.fs.yaml.YamlLimits;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeReader;
import tech.integratn.vcluster.application.port.out.RequestSource;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.tree.Node;

/** The request as a YAML file; never reads more than the size limit. */
public final class FileRequestSource implements RequestSource {

  private final Path file;
  private final YamlLimits limits;
  private final YamlTreeReader reader;

  public FileRequestSource(Path file, YamlLimits limits) {
    this.file = file;
    this.limits = limits;
    this.reader = new YamlTreeReader(limits);
  }

  public FileRequestSource(Path file) {
    this(file, YamlLimits.DEFAULT);
  }

  @Override
  public Either<RequestProblem, Node> load() {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(limits.maxBytes() + 1);
      return reader.read(describe(), bytes);
    } catch (IOException e) {
      return Either.left(new RequestProblem.Inaccessible(describe(), IoErrors.reason(e)));
    }
  }

  @Override
  public String describe() {
    return file.toString();
  }
}
