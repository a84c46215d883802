package tech.integratn.vcluster.domain.diff;

import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Compares a previous output with a new one as data (spec 12.2): objects are matched by
 * {@link ObjectKey} (a renamed object is one removed and one added), then compared value by value;
 * key order, formatting, comments and the file an object sits in do not count.
 *
 * <p><b>Maps</b> are compared key by key, keys in {@link String#compareTo} order. <b>Lists</b> are
 * compared item by item at the same index ({@code [i]}), items beyond the shorter list added or
 * removed, except <b>named lists</b>: when every item on both sides is a map with a {@code name}
 * string, distinct within its list (Kubernetes' merge key of containers, volumes, env, ports...),
 * items are matched by name, so inserting one item shows one added item, not a change of every
 * later one. A matched item is compared under its index in the new list, an item only in the
 * previous list is removed at its index there, an item only in the new list is added at its index;
 * when the items both lists hold are in another order, that is one more change at the list's own
 * path whose values are those items' names in their old and new order. Any other pair of values
 * that differs (two scalars, or a change of type) is one change with both whole values.
 *
 * <p>The result is sorted by {@link ObjectKey} and deterministic: the same two outputs always give
 * the same list, however their files are written.
 */
public final class ManifestDiff {

  private ManifestDiff() {}

  /** Every difference from {@code previous} to {@code next}, or every reason they cannot be compared. */
  public static Either<Seq<DiffProblem>, Seq<ObjectDiff>> compare(Seq<Manifest> previous, Seq<Manifest> next) {
    Tuple2<Map<ObjectKey, Node>, Seq<DiffProblem>> previousIndex = index(DiffProblem.Side.PREVIOUS, previous);
    Tuple2<Map<ObjectKey, Node>, Seq<DiffProblem>> nextIndex = index(DiffProblem.Side.NEW, next);
    Seq<DiffProblem> problems = previousIndex._2.appendAll(nextIndex._2);
    if (!problems.isEmpty()) {
      return Either.left(problems);
    }
    Map<ObjectKey, Node> before = previousIndex._1;
    Map<ObjectKey, Node> after = nextIndex._1;
    TreeSet<ObjectKey> keys = new TreeSet<>(before.keySet());
    keys.addAll(after.keySet());
    List<ObjectDiff> diffs = new ArrayList<>();
    for (ObjectKey key : keys) {
      Node old = before.get(key);
      Node now = after.get(key);
      if (old == null) {
        diffs.add(new ObjectDiff.Added(key, now));
      } else if (now == null) {
        diffs.add(new ObjectDiff.Removed(key, old));
      } else {
        Seq<ValueChange> changes = changes(old, now);
        if (!changes.isEmpty()) {
          diffs.add(new ObjectDiff.Changed(key, changes));
        }
      }
    }
    return Either.right(Vector.ofAll(diffs));
  }

  /** The objects of one side by key, with the problems that keep it from being compared. */
  private static Tuple2<Map<ObjectKey, Node>, Seq<DiffProblem>> index(DiffProblem.Side side, Seq<Manifest> manifests) {
    Vector<DiffProblem> problems = Vector.empty();
    Map<String, Integer> perFile = new HashMap<>();
    for (Manifest m : manifests) {
      perFile.merge(m.file(), 1, Integer::sum);
    }
    Map<ObjectKey, Node> objects = new TreeMap<>();
    Map<ObjectKey, String> sources = new HashMap<>();
    for (Manifest m : manifests) {
      String source = m.source(perFile.get(m.file()) > 1);
      Either<String, ObjectKey> key = ObjectKey.of(m.body());
      if (key.isLeft()) {
        problems = problems.append(new DiffProblem.NotAnObject(side, source, key.getLeft()));
      } else if (sources.containsKey(key.get())) {
        problems = problems.append(new DiffProblem.Duplicate(side, key.get(), sources.get(key.get()), source));
      } else {
        sources.put(key.get(), source);
        objects.put(key.get(), m.body());
      }
    }
    return new Tuple2<>(objects, problems);
  }

  /** Every change from {@code before} to {@code after}, two versions of one object (or any two values). */
  public static Seq<ValueChange> changes(Node before, Node after) {
    List<ValueChange> out = new ArrayList<>();
    compare(ObjectPath.root(), before, after, out);
    return Vector.ofAll(out);
  }

  private static void compare(ObjectPath path, Node before, Node after, List<ValueChange> out) {
    if (before.equals(after)) {
      return;
    }
    if (before instanceof MapNode b && after instanceof MapNode a) {
      TreeSet<String> keys = new TreeSet<>();
      for (Tuple2<String, Node> e : b.entries()) {
        keys.add(e._1);
      }
      for (Tuple2<String, Node> e : a.entries()) {
        keys.add(e._1);
      }
      for (String key : keys) {
        Option<Node> old = b.get(key);
        Option<Node> now = a.get(key);
        if (old.isEmpty()) {
          out.add(new ValueChange(path.key(key), Option.none(), now));
        } else if (now.isEmpty()) {
          out.add(new ValueChange(path.key(key), old, Option.none()));
        } else {
          compare(path.key(key), old.get(), now.get(), out);
        }
      }
    } else if (before instanceof ListNode b && after instanceof ListNode a) {
      List<String> oldNames = names(b);
      List<String> newNames = names(a);
      if (oldNames != null && newNames != null) {
        compareNamed(path, b, a, oldNames, newNames, out);
      } else {
        compareByIndex(path, b, a, out);
      }
    } else {
      out.add(new ValueChange(path, Option.some(before), Option.some(after)));
    }
  }

  private static void compareByIndex(ObjectPath path, ListNode before, ListNode after, List<ValueChange> out) {
    int common = Math.min(before.items().size(), after.items().size());
    for (int i = 0; i < common; i++) {
      compare(path.index(i), before.items().get(i), after.items().get(i), out);
    }
    for (int i = common; i < before.items().size(); i++) {
      out.add(new ValueChange(path.index(i), Option.some(before.items().get(i)), Option.none()));
    }
    for (int i = common; i < after.items().size(); i++) {
      out.add(new ValueChange(path.index(i), Option.none(), Option.some(after.items().get(i))));
    }
  }

  private static void compareNamed(ObjectPath path, ListNode before, ListNode after, List<String> oldNames,
      List<String> newNames, List<ValueChange> out) {
    List<String> oldOrder = new ArrayList<>();
    for (String name : oldNames) {
      if (newNames.contains(name)) {
        oldOrder.add(name);
      }
    }
    List<String> newOrder = new ArrayList<>();
    for (String name : newNames) {
      if (oldNames.contains(name)) {
        newOrder.add(name);
      }
    }
    if (!oldOrder.equals(newOrder)) {
      out.add(new ValueChange(path, Option.some(ListNode.ofTexts(oldOrder)), Option.some(ListNode.ofTexts(newOrder))));
    }
    for (int i = 0; i < newNames.size(); i++) {
      int old = oldNames.indexOf(newNames.get(i));
      if (old < 0) {
        out.add(new ValueChange(path.index(i), Option.none(), Option.some(after.items().get(i))));
      } else {
        compare(path.index(i), before.items().get(old), after.items().get(i), out);
      }
    }
    for (int i = 0; i < oldNames.size(); i++) {
      if (!newNames.contains(oldNames.get(i))) {
        out.add(new ValueChange(path.index(i), Option.some(before.items().get(i)), Option.none()));
      }
    }
  }

  /** The items' names when the list is a named list (every item a map with a distinct name string), else null. */
  private static @org.jspecify.annotations.Nullable List<String> names(ListNode list) {
    if (list.items().isEmpty()) {
      return null;
    }
    List<String> names = new ArrayList<>(list.items().size());
    for (Node item : list.items()) {
      if (!(item instanceof MapNode map) || !(map.get("name").getOrNull() instanceof Node.Text name)
          || names.contains(name.value())) {
        return null;
      }
      names.add(name.value());
    }
    return names;
  }
}
