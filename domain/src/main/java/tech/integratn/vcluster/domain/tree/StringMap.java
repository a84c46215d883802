package tech.integratn.vcluster.domain.tree;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * An immutable map of strings that keeps insertion order: labels, annotations, data, the
 * profile's tables. Replacing a key keeps its position; new keys are appended. Equality ignores
 * order, as for maps in general.
 *
 * <p>The entries live in a {@code java.util.LinkedHashMap} that is never changed after
 * construction. This was chosen over Vavr's {@code LinkedHashMap} for cold-start cost before the
 * image's AOT cache; under it Vavr's collection operations and their lambdas cost nothing that
 * decides (bench/README.md, "Idioms under the AOT cache"), so the choice now rests only on this
 * type's API (order-keeping replacement, order-insensitive equality).
 */
public final class StringMap implements Iterable<Tuple2<String, String>> {

  private static final StringMap EMPTY = new StringMap(new java.util.LinkedHashMap<>());

  private final java.util.LinkedHashMap<String, String> entries;

  private StringMap(java.util.LinkedHashMap<String, String> entries) {
    this.entries = entries;
  }

  public static StringMap empty() {
    return EMPTY;
  }

  public static StringMap of(String key, String value) {
    return EMPTY.put(key, value);
  }

  /** Keys and values alternating, in order: {@code of("a", "1", "b", "2")}. */
  public static StringMap of(String... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must pair up: " + keysAndValues.length + " strings");
    }
    java.util.LinkedHashMap<String, String> copy = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      copy.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return copy.isEmpty() ? EMPTY : new StringMap(copy);
  }

  /** The entries of {@code map}, in its iteration order (copied). */
  public static StringMap ofAll(java.util.Map<String, String> map) {
    return map.isEmpty() ? EMPTY : new StringMap(new java.util.LinkedHashMap<>(map));
  }

  /** This map with {@code key} set to {@code value}, in place if present, else appended. */
  public StringMap put(String key, String value) {
    java.util.LinkedHashMap<String, String> copy = new java.util.LinkedHashMap<>(entries);
    copy.put(key, value);
    return new StringMap(copy);
  }

  /** Every entry of {@code other} put onto this map, in its order ({@code other} wins; existing keys keep their place). */
  public StringMap putAll(StringMap other) {
    if (other.isEmpty()) {
      return this;
    }
    java.util.LinkedHashMap<String, String> copy = new java.util.LinkedHashMap<>(entries);
    copy.putAll(other.entries);
    return new StringMap(copy);
  }

  /** This map with the entries of {@code other} whose keys it does not have yet appended, in {@code other}'s order. */
  public StringMap putAbsent(StringMap other) {
    java.util.LinkedHashMap<String, String> copy = new java.util.LinkedHashMap<>(entries);
    for (java.util.Map.Entry<String, String> e : other.entries.entrySet()) {
      copy.putIfAbsent(e.getKey(), e.getValue());
    }
    return copy.size() == entries.size() ? this : new StringMap(copy);
  }

  public Option<String> get(String key) {
    String value = entries.get(key);
    return value == null ? Option.none() : Option.some(value);
  }

  public boolean containsKey(String key) {
    return entries.containsKey(key);
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  public int size() {
    return entries.size();
  }

  /** The keys, in order. */
  public Seq<String> keys() {
    return Vector.ofAll(new java.util.ArrayList<>(entries.keySet()));
  }

  /** The entries as {@code (key, value)} tuples, in order. */
  @Override
  public java.util.Iterator<Tuple2<String, String>> iterator() {
    java.util.Iterator<java.util.Map.Entry<String, String>> it = entries.entrySet().iterator();
    return new java.util.Iterator<>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Tuple2<String, String> next() {
        java.util.Map.Entry<String, String> e = it.next();
        return Tuple.of(e.getKey(), e.getValue());
      }
    };
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof StringMap o && entries.equals(o.entries));
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "StringMap" + entries;
  }
}
