package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.control.Option;

/** How strictly the virtual cluster's workloads are fenced on the host. */
public enum IsolationMode {
  STANDARD("standard"),
  STRICT("strict");

  private final String value;

  IsolationMode(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  public static Option<IsolationMode> parse(String text) {
    for (IsolationMode candidate : values()) {
      if (candidate.value.equals(text)) {
        return Option.some(candidate);
      }
    }
    return Option.none();
  }
}
