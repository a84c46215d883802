package tech.integratn.vcluster.adapters.fs;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.adapters.fs.yaml.YamlLimits;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeReader;
import tech.integratn.vcluster.application.port.out.RequestSource;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The request read from a stream, e.g. standard input for the CLI's {@code --input -}; read once,
 * never more than the size limit, and named as given in every message.
 */
public final class StreamRequestSource implements RequestSource {

  private final String name;
  private final InputStream in;
  private final YamlLimits limits;
  private final YamlTreeReader reader;
  private @Nullable Either<RequestProblem, Node> loaded;

  public StreamRequestSource(String name, InputStream in) {
    this.name = name;
    this.in = in;
    this.limits = YamlLimits.DEFAULT;
    this.reader = new YamlTreeReader(limits);
  }

  @Override
  public Either<RequestProblem, Node> load() {
    Either<RequestProblem, Node> read = loaded;
    if (read == null) {
      try {
        read = reader.read(name, in.readNBytes(limits.maxBytes() + 1));
      } catch (IOException e) {
        read = Either.left(new RequestProblem.Inaccessible(name, IoErrors.reason(e)));
      }
      loaded = read;
    }
    return read;
  }

  @Override
  public String describe() {
    return name;
  }
}
