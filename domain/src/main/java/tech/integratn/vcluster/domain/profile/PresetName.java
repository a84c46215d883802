package tech.integratn.vcluster.domain.profile;

import io.vavr.collection.List;
import io.vavr.control.Option;

/** The sizing presets a request may name. */
public enum PresetName {
  DEV("dev"),
  PROD("prod");

  private final String value;

  PresetName(String value) {
    this.value = value;
  }

  /** The request spelling ({@code dev}, {@code prod}). */
  public String value() {
    return value;
  }

  public static Option<PresetName> parse(String text) {
    return List.of(values()).find(p -> p.value.equals(text));
  }
}
