package tech.integratn.vcluster.domain.promise;

/**
 * What varies between builds of the Promise document: the pipeline image.
 *
 * @param image the image reference both pipelines run, e.g. {@code ghcr.io/integratn/vcluster-orchestrator:0.1.0}
 */
public record PromiseSettings(String image) {

  /** The image the committed {@code promise.yaml} refers to. */
  public static final String DEFAULT_IMAGE = "ghcr.io/integratn/vcluster-orchestrator:0.1.0";

  public PromiseSettings {
    if (image.isBlank() || image.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("image must be a non-blank reference without white space, got \"" + image + "\"");
    }
  }

  /** The settings of the committed {@code promise.yaml}. */
  public static PromiseSettings defaults() {
    return new PromiseSettings(DEFAULT_IMAGE);
  }
}
