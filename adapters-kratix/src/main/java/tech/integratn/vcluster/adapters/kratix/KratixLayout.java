package tech.integratn.vcluster.adapters.kratix;

import java.nio.file.Path;

/**
 * The directories and files of a Kratix pipeline container, under an injectable base (the real
 * one is {@code /kratix}; tests use a temporary tree).
 *
 * @param base the base directory
 */
public record KratixLayout(Path base) {

  public static final KratixLayout DEFAULT = new KratixLayout(Path.of("/kratix"));

  /** {@code input/object.yaml}: the whole live request object (read-only). */
  public Path inputObject() {
    return base.resolve("input").resolve("object.yaml");
  }

  /** {@code output/}: every file here ships as-is to the state store. */
  public Path outputDirectory() {
    return base.resolve("output");
  }

  /** {@code metadata/status.yaml}: merged shallowly into the request's {@code .status}. */
  public Path statusFile() {
    return base.resolve("metadata").resolve("status.yaml");
  }

  /** {@code metadata/workflow-control.yaml}: {@code suspend}, {@code retryAfter}, {@code message}. */
  public Path workflowControlFile() {
    return base.resolve("metadata").resolve("workflow-control.yaml");
  }

  /** {@code metadata/destination-selectors.yaml}. */
  public Path destinationSelectorsFile() {
    return base.resolve("metadata").resolve("destination-selectors.yaml");
  }
}
