package tech.integratn.vcluster.domain.request;

import io.vavr.collection.List;
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
    return List.of(values()).find(m -> m.value.equals(text));
  }
}
