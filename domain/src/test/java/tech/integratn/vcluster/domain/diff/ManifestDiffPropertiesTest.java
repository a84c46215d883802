package tech.integratn.vcluster.domain.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Properties of {@link ManifestDiff#changes} over generated trees (fixed seeds), against oracles
 * written here: a canonical form that sorts map keys (the diff ignores key order, nothing else),
 * and an applier that replays the changes onto the old tree.
 */
class ManifestDiffPropertiesTest {

  private static final String[] KEYS = {"a", "b", "spec", "x.y", "app.kubernetes.io/name", "", "z z"};

  /** A random tree; {@code named} lets maps carry a {@code name} key, so named lists occur. */
  static Node tree(Random random, int depth, boolean named) {
    int pick = random.nextInt(depth <= 0 ? 5 : 8);
    switch (pick) {
      case 0: return Node.text(random.nextBoolean() ? "v" + random.nextInt(3) : "" + random.nextInt(3));
      case 1: return Node.integer(random.nextInt(3));
      case 2: return Node.bool(random.nextBoolean());
      case 3: return Node.Null.NULL;
      case 4: return new Node.Decimal(new java.math.BigDecimal("0." + random.nextInt(3)));
      case 5: case 6: {
        MapNode map = MapNode.empty();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
          map = map.with(KEYS[random.nextInt(KEYS.length)], tree(random, depth - 1, named));
        }
        if (named && random.nextInt(3) == 0) {
          map = map.with("name", "n" + random.nextInt(4));
        }
        return map;
      }
      default: {
        List<Node> items = new ArrayList<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
          items.add(tree(random, depth - 1, named));
        }
        return new ListNode(Vector.ofAll(items));
      }
    }
  }

  /** {@code node} changed in a few random places (values, keys added and removed, list items, types, key order). */
  static Node mutate(Random random, Node node, int depth, boolean named) {
    if (random.nextInt(6) == 0) {
      return tree(random, depth, named);
    }
    if (node instanceof MapNode map) {
      MapNode out = map;
      for (Tuple2<String, Node> e : map.entries()) {
        int what = random.nextInt(6);
        if (what == 0) {
          out = out.without(e._1);
        } else if (what == 1) {
          out = out.with(e._1, mutate(random, e._2, depth - 1, named));
        }
      }
      if (random.nextInt(3) == 0) {
        out = out.with(KEYS[random.nextInt(KEYS.length)], tree(random, depth - 1, named));
      }
      return random.nextBoolean() ? shuffled(out, random) : out;
    }
    if (node instanceof ListNode list) {
      List<Node> items = new ArrayList<>(list.items().asJava());
      if (!items.isEmpty() && random.nextBoolean()) {
        int i = random.nextInt(items.size());
        items.set(i, mutate(random, items.get(i), depth - 1, named));
      }
      if (!items.isEmpty() && random.nextInt(3) == 0) {
        items.remove(random.nextInt(items.size()));
      }
      if (random.nextInt(3) == 0) {
        items.add(random.nextInt(items.size() + 1), tree(random, depth - 1, named));
      }
      return new ListNode(Vector.ofAll(items));
    }
    return node;
  }

  /** The same map, keys in another order, at every depth. */
  static Node shuffledDeep(Node node, Random random) {
    if (node instanceof MapNode map) {
      MapNode out = MapNode.empty();
      for (Tuple2<String, Node> e : map.entries()) {
        out = out.with(e._1, shuffledDeep(e._2, random));
      }
      return shuffled(out, random);
    }
    if (node instanceof ListNode list) {
      List<Node> items = new ArrayList<>();
      for (Node item : list.items()) {
        items.add(shuffledDeep(item, random));
      }
      return new ListNode(Vector.ofAll(items));
    }
    return node;
  }

  private static MapNode shuffled(MapNode map, Random random) {
    List<Tuple2<String, Node>> entries = new ArrayList<>(map.entries().asJava());
    Collections.shuffle(entries, random);
    return new MapNode(Vector.ofAll(entries));
  }

  /** The oracle of "key order ignored": every map's keys sorted. */
  static Node canonical(Node node) {
    if (node instanceof MapNode map) {
      TreeMap<String, Node> sorted = new TreeMap<>();
      for (Tuple2<String, Node> e : map.entries()) {
        sorted.put(e._1, canonical(e._2));
      }
      MapNode out = MapNode.empty();
      for (Map.Entry<String, Node> e : sorted.entrySet()) {
        out = out.with(e.getKey(), e.getValue());
      }
      return out;
    }
    if (node instanceof ListNode list) {
      List<Node> items = new ArrayList<>();
      for (Node item : list.items()) {
        items.add(canonical(item));
      }
      return new ListNode(Vector.ofAll(items));
    }
    return node;
  }

  // ------------------------------------------------------------------ an applier of index-list diffs

  private static Object mutable(Node node) {
    if (node instanceof MapNode map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Tuple2<String, Node> e : map.entries()) {
        out.put(e._1, mutable(e._2));
      }
      return out;
    }
    if (node instanceof ListNode list) {
      List<Object> out = new ArrayList<>();
      for (Node item : list.items()) {
        out.add(mutable(item));
      }
      return out;
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  private static Node immutable(Object value) {
    if (value instanceof Map<?, ?> map) {
      MapNode out = MapNode.empty();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
        out = out.with(e.getKey(), immutable(e.getValue()));
      }
      return out;
    }
    if (value instanceof List<?> list) {
      List<Node> out = new ArrayList<>();
      for (Object item : list) {
        out.add(immutable(item));
      }
      return new ListNode(Vector.ofAll(out));
    }
    return (Node) value;
  }

  /** {@code before} with every change replayed: values set in order, then removals from the last. */
  @SuppressWarnings("unchecked")
  static Node apply(Node before, Seq<ValueChange> changes) {
    Object[] root = {mutable(before)};
    List<ValueChange> removals = new ArrayList<>();
    for (ValueChange change : changes) {
      if (change.after().isEmpty()) {
        removals.add(change);
        continue;
      }
      Vector<ObjectPath.Segment> path = change.path().segments();
      if (path.isEmpty()) {
        root[0] = mutable(change.after().get());
        continue;
      }
      Object parent = root[0];
      for (ObjectPath.Segment s : path.init()) {
        parent = s instanceof ObjectPath.Key k ? ((Map<String, Object>) parent).get(k.key())
            : ((List<Object>) parent).get(((ObjectPath.Index) s).index());
      }
      ObjectPath.Segment last = path.last();
      Object value = mutable(change.after().get());
      if (last instanceof ObjectPath.Key k) {
        ((Map<String, Object>) parent).put(k.key(), value);
      } else {
        List<Object> list = (List<Object>) parent;
        int i = ((ObjectPath.Index) last).index();
        if (i == list.size()) {
          list.add(value);
        } else {
          list.set(i, value);
        }
      }
    }
    Collections.reverse(removals);
    for (ValueChange change : removals) {
      Vector<ObjectPath.Segment> path = change.path().segments();
      Object parent = root[0];
      for (ObjectPath.Segment s : path.init()) {
        parent = s instanceof ObjectPath.Key k ? ((Map<String, Object>) parent).get(k.key())
            : ((List<Object>) parent).get(((ObjectPath.Index) s).index());
      }
      if (path.last() instanceof ObjectPath.Key k) {
        ((Map<String, Object>) parent).remove(k.key());
      } else {
        ((List<Object>) parent).remove(((ObjectPath.Index) path.last()).index());
      }
    }
    return immutable(root[0]);
  }

  private static final ObjectKey KEY = new ObjectKey("v1", "ConfigMap", "ns", "c");

  private static Seq<ValueChange> canonical(Seq<ValueChange> changes) {
    List<ValueChange> out = new ArrayList<>();
    for (ValueChange c : changes) {
      out.add(new ValueChange(c.path(), c.before().map(ManifestDiffPropertiesTest::canonical),
          c.after().map(ManifestDiffPropertiesTest::canonical)));
    }
    return Vector.ofAll(out);
  }

  private static Seq<ValueChange> swapped(Seq<ValueChange> changes) {
    List<ValueChange> out = new ArrayList<>();
    for (ValueChange c : changes) {
      out.add(new ValueChange(c.path(), c.after(), c.before()));
    }
    return Vector.ofAll(out);
  }

  @Test
  void replayingTheChangesOnTheOldTreeGivesTheNewOneAndTheReverseDiffSwapsOldAndNew() {
    qt().withExamples(5000).withFixedSeed(0x12_2L).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      Node a = tree(random, 4, false);
      Node b = random.nextInt(5) == 0 ? tree(random, 4, false) : mutate(random, a, 4, false);
      Seq<ValueChange> changes = ManifestDiff.changes(a, b);
      assertThat(canonical(apply(a, changes))).as("a=%s b=%s", a, b).isEqualTo(canonical(b));
      assertThat(ManifestDiff.changes(b, a)).as("a=%s b=%s", a, b).isEqualTo(swapped(changes));
      for (ValueChange c : changes) {
        assertThat(c.before().isDefined() || c.after().isDefined()).isTrue();
      }
    });
  }

  @Test
  void thereIsNoChangeExactlyWhenTheTreesAreEqualUpToKeyOrderAndKeyOrderNeverChangesTheResult() {
    qt().withExamples(5000).withFixedSeed(0x12_21L).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      Node a = tree(random, 4, true);
      Node b = random.nextBoolean() ? mutate(random, a, 4, true) : shuffledDeep(a, random);
      Seq<ValueChange> changes = ManifestDiff.changes(a, b);
      assertThat(changes.isEmpty()).as("a=%s b=%s", a, b).isEqualTo(canonical(a).equals(canonical(b)));
      assertThat(ManifestDiff.changes(a, a)).isEmpty();
      // the values carry their own key order (as the object has it); paths and values up to key order do not change
      assertThat(canonical(ManifestDiff.changes(shuffledDeep(a, random), shuffledDeep(b, random)))).isEqualTo(canonical(changes));
      assertThat(DiffTexts.lines(io.vavr.collection.List.of(new ObjectDiff.Changed(KEY, ManifestDiff.changes(shuffledDeep(a, random), b)))))
          .isEqualTo(DiffTexts.lines(io.vavr.collection.List.of(new ObjectDiff.Changed(KEY, changes))));
    });
  }
}
