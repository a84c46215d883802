package tech.integratn.vcluster.adapters.fs;

import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Path;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeWriter;
import tech.integratn.vcluster.application.port.out.WorkflowControl;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** Writes a workflow-control file ({@code suspend: true} and a message) for the workflow engine. */
public final class FileWorkflowControl implements WorkflowControl {

  private final Path file;
  private final YamlTreeWriter writer = new YamlTreeWriter();

  public FileWorkflowControl(Path file) {
    this.file = file;
  }

  @Override
  public Either<String, String> suspend(String message) {
    try {
      Files2.writeAtomically(file, writer.write(MapNode.of("suspend", Node.bool(true)).with("message", message)));
      return Either.right(message);
    } catch (IOException | RuntimeException e) {
      return Either.left(file + ": " + IoErrors.describe(e));
    }
  }
}
