package tech.integratn.vcluster.adapters.fs;

import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Path;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeWriter;
import tech.integratn.vcluster.application.port.out.StatusSink;
import tech.integratn.vcluster.domain.contract.RequestStatus;

/** Writes the status as a YAML file (Kratix: {@code /kratix/metadata/status.yaml}). */
public final class FileStatusSink implements StatusSink {

  private final Path file;
  private final YamlTreeWriter writer = new YamlTreeWriter();

  public FileStatusSink(Path file) {
    this.file = file;
  }

  @Override
  public Either<String, RequestStatus> report(RequestStatus status) {
    try {
      Files2.writeAtomically(file, writer.write(status.toNode()));
      return Either.right(status);
    } catch (IOException | RuntimeException e) {
      return Either.left(file + ": " + IoErrors.describe(e));
    }
  }
}
