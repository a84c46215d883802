package tech.integratn.vcluster.domain.orchestrator;

import tech.integratn.vcluster.domain.contract.Provenance;
import tech.integratn.vcluster.domain.contract.ProvenanceStep;
import tech.integratn.vcluster.domain.contract.ExplainedValue;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.Tuple2;
import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.domain.diff.ObjectPath;
import tech.integratn.vcluster.domain.tree.DeepMerge;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Pairs the chart values with their sources while {@link HelmValues} builds them (spec 12.3).
 *
 * <p>{@link #OFF}, the render's trace, records nothing: {@link #from} returns its argument and
 * {@link #overlay} is the plain deep merge. A trace made by {@link #on()} gives every value it is
 * handed a fresh identity and remembers its source by that identity; once the sections are merged,
 * {@link #explain} walks the final tree and finds each leaf's source through the node that was
 * registered at or above it. A merge ({@link #overlay}) re-registers its result with a table by
 * path, so a leaf the override replaced keeps the chain of what it replaced.
 *
 * <p>A leaf is a scalar, a null, a list (a merge replaces a list whole) or an empty map.
 */
final class ValueTrace {

  static final ValueTrace OFF = new ValueTrace(null);

  /** The explanation of a registered node: one source for every leaf below, or chains by relative path. */
  private sealed interface Explanation {}

  private record Uniform(Provenance source) implements Explanation {}

  private record Table(java.util.Map<ObjectPath, Seq<ProvenanceStep>> chains) implements Explanation {}

  private final java.util.@Nullable IdentityHashMap<Node, Explanation> registered;

  private ValueTrace(java.util.@Nullable IdentityHashMap<Node, Explanation> registered) {
    this.registered = registered;
  }

  /** A trace that records. */
  static ValueTrace on() {
    return new ValueTrace(new java.util.IdentityHashMap<>());
  }

  /** {@code value}, set by {@code source}: every leaf at or below it has that source. */
  @SuppressWarnings("unchecked")
  <N extends Node> N from(N value, Provenance source) {
    if (registered == null || value instanceof Node.Null) {
      return value;
    }
    N fresh = (N) fresh(value);
    registered.put(fresh, new Uniform(source));
    return fresh;
  }

  /** {@code over} deep-merged over {@code base} (user wins); every leaf of {@code over} is set by {@code source}. */
  MapNode overlay(MapNode base, MapNode over, Provenance source) {
    MapNode merged = DeepMerge.mergeMaps(base, over);
    if (registered == null) {
      return merged;
    }
    java.util.Map<ObjectPath, Seq<ProvenanceStep>> chains = new java.util.LinkedHashMap<>();
    collect(base, ObjectPath.root(), chains);
    override(over, ObjectPath.root(), base, source, chains);
    MapNode fresh = new MapNode(merged.entries());
    registered.put(fresh, new Table(chains));
    return fresh;
  }

  /** Every leaf of the final tree in order, with its chain (empty when no source was recorded). */
  Seq<ExplainedValue> explain(MapNode values) {
    java.util.Map<ObjectPath, Seq<ProvenanceStep>> chains = new java.util.LinkedHashMap<>();
    collect(values, ObjectPath.root(), chains);
    java.util.List<ExplainedValue> out = new java.util.ArrayList<>();
    java.util.List<Tuple2<ObjectPath, Node>> leaves = new java.util.ArrayList<>();
    leaves(values, ObjectPath.root(), leaves);
    for (Tuple2<ObjectPath, Node> leaf : leaves) {
      Seq<ProvenanceStep> chain = chains.get(leaf._1);
      out.add(new ExplainedValue(leaf._1, leaf._2, chain == null ? List.empty() : chain));
    }
    return Vector.ofAll(out);
  }

  /** The leaves at and below {@code node}, depth first in key order. */
  static void leaves(Node node, ObjectPath path, java.util.List<Tuple2<ObjectPath, Node>> out) {
    if (node instanceof MapNode map && !map.isEmpty()) {
      for (Tuple2<String, Node> e : map.entries()) {
        leaves(e._2, path.key(e._1), out);
      }
    } else {
      out.add(new Tuple2<>(path, node));
    }
  }

  private void collect(Node node, ObjectPath path, java.util.Map<ObjectPath, Seq<ProvenanceStep>> out) {
    Explanation explanation = registered == null ? null : registered.get(node);
    if (explanation instanceof Uniform uniform) {
      java.util.List<Tuple2<ObjectPath, Node>> leaves = new java.util.ArrayList<>();
      leaves(node, path, leaves);
      for (Tuple2<ObjectPath, Node> leaf : leaves) {
        out.put(leaf._1, List.of(new ProvenanceStep(uniform.source(), leaf._2)));
      }
    } else if (explanation instanceof Table table) {
      for (java.util.Map.Entry<ObjectPath, Seq<ProvenanceStep>> e : table.chains().entrySet()) {
        out.put(join(path, e.getKey()), e.getValue());
      }
    } else if (node instanceof MapNode map) {
      for (Tuple2<String, Node> e : map.entries()) {
        collect(e._2, path.key(e._1), out);
      }
    }
  }

  /** What the deep merge of {@code over} at {@code path} does to the chains of {@code base} (see {@link DeepMerge}). */
  private static void override(MapNode over, ObjectPath path, @Nullable Node base, Provenance source,
      java.util.Map<ObjectPath, Seq<ProvenanceStep>> chains) {
    for (Tuple2<String, Node> e : over.entries()) {
      ObjectPath at = path.key(e._1);
      Node before = base instanceof MapNode map ? map.get(e._1).getOrNull() : null;
      if (e._2 instanceof MapNode child && (before instanceof MapNode || !child.isEmpty())) {
        if (!(before instanceof MapNode)) {
          // a map over a scalar, a list or nothing replaces it: what was there is gone
          removeAtAndBelow(at, chains);
        }
        override(child, at, before instanceof MapNode ? before : null, source, chains);
      } else {
        Seq<ProvenanceStep> previous = before == null || before instanceof MapNode m && !m.isEmpty()
            ? null : chains.get(at);
        removeAtAndBelow(at, chains);
        Seq<ProvenanceStep> start = previous == null ? List.empty() : previous;
        chains.put(at, start.append(new ProvenanceStep(source, e._2)));
      }
    }
  }

  private static void removeAtAndBelow(ObjectPath at, java.util.Map<ObjectPath, Seq<ProvenanceStep>> chains) {
    java.util.Iterator<ObjectPath> paths = chains.keySet().iterator();
    while (paths.hasNext()) {
      Vector<ObjectPath.Segment> segments = paths.next().segments();
      if (segments.size() >= at.segments().size() && segments.take(at.segments().size()).equals(at.segments())) {
        paths.remove();
      }
    }
  }

  private static ObjectPath join(ObjectPath prefix, ObjectPath relative) {
    return relative.segments().isEmpty() ? prefix : new ObjectPath(prefix.segments().appendAll(relative.segments()));
  }

  private static Node fresh(Node value) {
    if (value instanceof Node.Text t) {
      return new Node.Text(t.value());
    }
    if (value instanceof Node.Int i) {
      return new Node.Int(i.value());
    }
    if (value instanceof Node.Decimal d) {
      return new Node.Decimal(d.value());
    }
    if (value instanceof Node.Bool b) {
      return new Node.Bool(b.value());
    }
    if (value instanceof ListNode l) {
      return new ListNode(l.items());
    }
    if (value instanceof MapNode m) {
      return new MapNode(m.entries());
    }
    return value;
  }
}
