package tech.integratn.vcluster.domain.tree;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * An ordered map of string keys to nodes. Replacing a key keeps its position; new keys are
 * appended. Equality is by entries in order.
 *
 * <p>Lookups are plain loops and new entry vectors are made from an {@code ArrayList} in one go
 * (maps here are small; a copy is as cheap). Written with Vavr's {@code find}, {@code indexWhere},
 * {@code append} and {@code update} instead, this type and {@link ListNode} cost a cold run under
 * the image's AOT cache +7.7 ± 5.2 ms of CPU, under the 10 ms that would decide it (bench/README.md, "Idioms under the AOT cache").
 * {@code equals} and {@code hashCode} are spelled out (same values as the generated ones).
 */
public record MapNode(Vector<Tuple2<String, Node>> entries) implements Node {

  private static final MapNode EMPTY = new MapNode(Vector.empty());

  public static MapNode empty() {
    return EMPTY;
  }

  /** Starts a map: {@code MapNode.of("a", x).with("b", y)}. */
  public static MapNode of(String key, Node value) {
    return EMPTY.with(key, value);
  }

  @Override
  public String typeName() {
    return "map";
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof MapNode o && java.util.Objects.equals(entries, o.entries));
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hashCode(entries);
  }

  public Option<Node> get(String key) {
    for (Tuple2<String, Node> e : entries) {
      if (e._1.equals(key)) {
        return Option.some(e._2);
      }
    }
    return Option.none();
  }

  public boolean containsKey(String key) {
    return indexOf(key) >= 0;
  }

  public Seq<String> keys() {
    java.util.List<String> keys = new java.util.ArrayList<>(entries.size());
    for (Tuple2<String, Node> e : entries) {
      keys.add(e._1);
    }
    return Vector.ofAll(keys);
  }

  private int indexOf(String key) {
    int i = 0;
    for (Tuple2<String, Node> e : entries) {
      if (e._1.equals(key)) {
        return i;
      }
      i++;
    }
    return -1;
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * This map without the keys whose value is a map that sets nothing (empty, or holding only such
   * maps), at every depth; lists are kept as they are. A free-form request object merged over the
   * chart values this way sets only its leaves (spec 10.2 "Matching": an empty map sets nothing),
   * so an empty map cannot replace a value the platform rendered.
   */
  public MapNode withoutEmptyMaps() {
    java.util.List<Tuple2<String, Node>> kept = new java.util.ArrayList<>(entries.size());
    boolean changed = false;
    for (Tuple2<String, Node> e : entries) {
      if (e._2 instanceof MapNode child) {
        MapNode pruned = child.withoutEmptyMaps();
        if (pruned.isEmpty()) {
          changed = true;
          continue;
        }
        changed = changed || pruned != child;
        kept.add(pruned == child ? e : Tuple.of(e._1, pruned));
      } else {
        kept.add(e);
      }
    }
    return changed ? new MapNode(Vector.ofAll(kept)) : this;
  }

  public int size() {
    return entries.size();
  }

  /** This map with {@code key} set to {@code value}, in place if present, else appended. */
  public MapNode with(String key, Node value) {
    int index = indexOf(key);
    java.util.List<Tuple2<String, Node>> copy = new java.util.ArrayList<>(entries.size() + 1);
    for (Tuple2<String, Node> e : entries) {
      copy.add(e);
    }
    Tuple2<String, Node> entry = Tuple.of(key, value);
    if (index < 0) {
      copy.add(entry);
    } else {
      copy.set(index, entry);
    }
    return new MapNode(Vector.ofAll(copy));
  }

  public MapNode with(String key, String value) {
    return with(key, Node.text(value));
  }

  /** This map with the entry set only when the value is present. */
  public MapNode withSome(String key, Option<? extends Node> value) {
    return value.isDefined() ? with(key, value.get()) : this;
  }

  public MapNode without(String key) {
    int index = indexOf(key);
    return new MapNode(index < 0 ? entries : entries.removeAt(index));
  }

  /** Every entry of {@code other} set onto this map, in {@code other}'s order. */
  public MapNode withAll(MapNode other) {
    return overlaid(other, false);
  }

  /**
   * This map with every entry of {@code other} set onto it: an existing key keeps its position
   * and takes the new value (with {@code deep}, two maps under one key are {@link DeepMerge}d),
   * a new key is appended. Linear in both sizes, however wide the maps (requests carry maps with
   * tens of thousands of keys within the size limit); {@link #with} in a loop would be quadratic.
   */
  MapNode overlaid(MapNode other, boolean deep) {
    if (other.entries.isEmpty()) {
      return this;
    }
    java.util.List<Tuple2<String, Node>> out = new java.util.ArrayList<>(entries.size() + other.entries.size());
    java.util.Map<String, Integer> positions = new java.util.HashMap<>();
    for (Tuple2<String, Node> e : entries) {
      positions.put(e._1, out.size());
      out.add(e);
    }
    for (Tuple2<String, Node> e : other.entries) {
      Integer at = positions.get(e._1);
      if (at == null) {
        positions.put(e._1, out.size());
        out.add(e);
      } else {
        out.set(at, Tuple.of(e._1, deep ? DeepMerge.merge(out.get(at)._2, e._2) : e._2));
      }
    }
    return new MapNode(Vector.ofAll(out));
  }

  /** A map of strings, in the iteration order of the given map (whose keys are distinct). */
  public static MapNode ofStrings(StringMap values) {
    java.util.List<Tuple2<String, Node>> out = new java.util.ArrayList<>(values.size());
    for (Tuple2<String, String> e : values) {
      out.add(Tuple.of(e._1, Node.text(e._2)));
    }
    return out.isEmpty() ? EMPTY : new MapNode(Vector.ofAll(out));
  }
}
