package tech.integratn.vcluster.domain.tree;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * An ordered map of string keys to nodes. Replacing a key keeps its position; new keys are
 * appended. Equality is by entries in order.
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

  public Option<Node> get(String key) {
    return entries.find(e -> e._1.equals(key)).map(Tuple2::_2);
  }

  public boolean containsKey(String key) {
    return entries.exists(e -> e._1.equals(key));
  }

  public Seq<String> keys() {
    return entries.map(Tuple2::_1);
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  public int size() {
    return entries.size();
  }

  /** This map with {@code key} set to {@code value}, in place if present, else appended. */
  public MapNode with(String key, Node value) {
    int index = entries.indexWhere(e -> e._1.equals(key));
    Tuple2<String, Node> entry = Tuple.of(key, value);
    return new MapNode(index < 0 ? entries.append(entry) : entries.update(index, entry));
  }

  public MapNode with(String key, String value) {
    return with(key, Node.text(value));
  }

  /** This map with the entry set only when the value is present. */
  public MapNode withSome(String key, Option<? extends Node> value) {
    return value.isDefined() ? with(key, value.get()) : this;
  }

  public MapNode without(String key) {
    return new MapNode(entries.filter(e -> !e._1.equals(key)));
  }

  /** Every entry of {@code other} set onto this map, in {@code other}'s order. */
  public MapNode withAll(MapNode other) {
    MapNode result = this;
    for (Tuple2<String, Node> e : other.entries) {
      result = result.with(e._1, e._2);
    }
    return result;
  }

  /** A map of strings, in the iteration order of the given map. */
  public static MapNode ofStrings(io.vavr.collection.Map<String, String> values) {
    MapNode result = EMPTY;
    for (Tuple2<String, String> e : values) {
      result = result.with(e._1, Node.text(e._2));
    }
    return result;
  }
}
