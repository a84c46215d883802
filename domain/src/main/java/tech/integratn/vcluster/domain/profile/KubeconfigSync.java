package tech.integratn.vcluster.domain.profile;

import io.vavr.control.Option;

/**
 * How the kubeconfig reaches 1Password (profile key {@code registration.kubeconfigSync}, spec 9.7).
 * Only the Job exists: {@code pushSecret} is deferred until ESO's PushSecret CRD is vendored.
 */
public enum KubeconfigSync {
  /** A {@code batch/v1} Job that runs the sync script (spec 9.9); YAML spelling {@code job}. */
  JOB("job");

  private final String yaml;

  KubeconfigSync(String yaml) {
    this.yaml = yaml;
  }

  /** The profile YAML spelling. */
  public String yaml() {
    return yaml;
  }

  /** The value a profile spells {@code yaml}, if any. */
  public static Option<KubeconfigSync> ofYaml(String yaml) {
    for (KubeconfigSync value : values()) {
      if (value.yaml.equals(yaml)) {
        return Option.some(value);
      }
    }
    return Option.none();
  }
}
