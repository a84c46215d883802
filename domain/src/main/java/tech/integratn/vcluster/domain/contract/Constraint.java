package tech.integratn.vcluster.domain.contract;

import io.vavr.collection.Seq;

/** One rule of a field's value, checked by the decoder and published in the CRD schema. */
public sealed interface Constraint {

  /** The value (a string) must match {@code regex}; {@code rule} says so in words. */
  record Matches(String regex, String rule) implements Constraint {
    public boolean test(String value) {
      return Patterns.matches(regex, value);
    }
  }

  /** The value (a string) must be at most {@code max} characters long. */
  record MaxLength(int max) implements Constraint {}

  /** The value (a list) must have at most {@code max} entries. */
  record MaxItems(int max) implements Constraint {}

  /** The value (a list) must have at least {@code min} entries. */
  record MinItems(int min) implements Constraint {}

  /** The value (a string map) may hold at most {@code max} bytes of keys and values in all (UTF-8). */
  record MaxBytes(int max) implements Constraint {}

  /** The value must be one of {@code values}. */
  record OneOf(Seq<String> values) implements Constraint {}

  /** The value (an integer) must lie in {@code [min, max]}. */
  record Between(long min, long max) implements Constraint {}

  /** Keys of a string map must match (Kubernetes label keys, for example). */
  record KeysMatch(String regex, String rule) implements Constraint {}

  /** Values of a string map must match. */
  record ValuesMatch(String regex, String rule) implements Constraint {}

  /** In a string map, the entry {@code key}, when present, must be exactly {@code value}. */
  record EntryIs(String key, String value, String rule) implements Constraint {

    /** Argo CD's cluster Secret label: a registration may only ever make a cluster Secret (spec 9.3, 9.6). */
    public static final EntryIs SECRET_TYPE_CLUSTER = new EntryIs("argocd.argoproj.io/secret-type", "cluster",
        "must be cluster (Argo CD ignores a cluster Secret of another type)");
  }
}
