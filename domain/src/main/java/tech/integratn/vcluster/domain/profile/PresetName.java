package tech.integratn.vcluster.domain.profile;

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
    for (PresetName candidate : values()) {
      if (candidate.value.equals(text)) {
        return Option.some(candidate);
      }
    }
    return Option.none();
  }
}
