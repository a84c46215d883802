package tech.integratn.vcluster.domain.promise;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.Patterns;
import tech.integratn.vcluster.domain.names.KubernetesNames;
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
    Seq<Problem> problems = problems(image, pipelineNamespace, profileConfigMap);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.head().setting() + ": " + problems.head().rule());
    }
  }

  /** A setting of a promise set, named for messages. */
  public enum Setting {
    IMAGE("image"), PIPELINE_NAMESPACE("pipeline namespace"), PROFILE_CONFIG_MAP("profile ConfigMap");

    private final String label;

    Setting(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** The rule one setting breaks, its value included where it helps ({@code (got "Bad_NS")}). */
  public record Problem(Setting setting, String rule) {}

  /** Every rule the given settings break, in setting order; empty when they make a promise set. */
  public static Seq<Problem> problems(String image, Option<String> pipelineNamespace, Option<String> profileConfigMap) {
    Seq<Problem> problems = List.empty();
    Option<String> imageProblem = ImageReference.problem(image);
    if (imageProblem.isDefined()) {
      problems = problems.append(new Problem(Setting.IMAGE, imageProblem.get()));
    }
    if (pipelineNamespace.isDefined() && !KubernetesNames.isDnsLabel(pipelineNamespace.get())) {
      problems = problems.append(new Problem(Setting.PIPELINE_NAMESPACE,
          KubernetesNames.DNS_LABEL_RULE + " (got \"" + pipelineNamespace.get() + "\")"));
    }
    if (profileConfigMap.isDefined() && !Patterns.matches(Patterns.DNS_NAME, profileConfigMap.get())) {
      problems = problems.append(new Problem(Setting.PROFILE_CONFIG_MAP,
          Patterns.DNS_NAME_RULE + " (got \"" + profileConfigMap.get() + "\")"));
    }
    if (profileConfigMap.isDefined() && pipelineNamespace.isEmpty()) {
      problems = problems.append(new Problem(Setting.PROFILE_CONFIG_MAP,
          "needs a pipeline namespace (--pipeline-namespace: the ConfigMap lives there)"));
    }
    return problems;
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
