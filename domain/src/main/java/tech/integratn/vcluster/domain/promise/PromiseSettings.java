package tech.integratn.vcluster.domain.promise;

import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.Patterns;
import tech.integratn.vcluster.domain.profile.ImageReference;

/**
 * What varies between promise sets (spec 11.1): the pipeline image, the one platform namespace
 * every pipeline runs in, and the ConfigMap there that holds the platform profile.
 *
 * @param image the image reference every pipeline runs: a tag other than {@code latest}, or a digest
 * @param pipelineNamespace {@code spec.workflows.config.pipelineNamespace} and every container's
 *     {@code VCLUSTER_PIPELINE_NAMESPACE}; none: Kratix runs each pipeline in its request's namespace
 * @param profileConfigMap the ConfigMap (in the pipeline namespace) mounted as the pipelines'
 *     platform profile; none: the image's embedded profile
 */
public record PromiseSettings(String image, Option<String> pipelineNamespace, Option<String> profileConfigMap) {

  /** The image the committed promise files refer to. */
  public static final String DEFAULT_IMAGE = "ghcr.io/integratn/vcluster-orchestrator:0.1.0";
  /** The pipeline volume that holds the profile ConfigMap. */
  public static final String PROFILE_VOLUME = "platform-profile";
  /** Where the profile ConfigMap is mounted in every pipeline container. */
  public static final String PROFILE_MOUNT_PATH = "/etc/vcluster-orchestrator";
  /** The ConfigMap key (and so the file name) that holds the profile. */
  public static final String PROFILE_KEY = "profile.yaml";
  /** The environment variable the pipeline reads the profile file from (as the CLI). */
  public static final String PROFILE_ENV = "VCLUSTER_PROFILE";
  /** The environment variable that names the reserved pipeline namespace (spec 10.2). */
  public static final String PIPELINE_NAMESPACE_ENV = "VCLUSTER_PIPELINE_NAMESPACE";

  public PromiseSettings {
    Option<String> problem = ImageReference.problem(image);
    if (problem.isDefined()) {
      throw new IllegalArgumentException("image " + image + ": " + problem.get());
    }
    if (pipelineNamespace.isDefined() && !isDnsLabel(pipelineNamespace.get())) {
      throw new IllegalArgumentException("pipeline namespace " + pipelineNamespace.get() + ": " + Patterns.DNS_LABEL_RULE);
    }
    if (profileConfigMap.isDefined() && !Patterns.matches(Patterns.DNS_NAME, profileConfigMap.get())) {
      throw new IllegalArgumentException("profile ConfigMap " + profileConfigMap.get() + ": " + Patterns.DNS_NAME_RULE);
    }
    if (profileConfigMap.isDefined() && pipelineNamespace.isEmpty()) {
      throw new IllegalArgumentException("a profile ConfigMap needs a pipeline namespace to live in");
    }
  }

  private static boolean isDnsLabel(String name) {
    return name.length() <= 63 && Patterns.matches(Patterns.DNS_LABEL, name);
  }

  /** Settings with only an image: pipelines in the request's namespace, the embedded profile. */
  public PromiseSettings(String image) {
    this(image, Option.none(), Option.none());
  }

  /** The settings of the committed promise files: the project's image, the embedded profile. */
  public static PromiseSettings defaults() {
    return new PromiseSettings(DEFAULT_IMAGE);
  }

  /** The profile file the pipeline containers read when a ConfigMap is mounted. */
  public static String profileFile() {
    return PROFILE_MOUNT_PATH + "/" + PROFILE_KEY;
  }
}
