package tech.integratn.vcluster.domain.diff;

import io.vavr.collection.Seq;
import tech.integratn.vcluster.domain.tree.Node;

/** How one object differs between the previous output and the new one. */
public sealed interface ObjectDiff permits ObjectDiff.Added, ObjectDiff.Removed, ObjectDiff.Changed {

  ObjectKey key();

  /** Only in the new output. */
  record Added(ObjectKey key, Node object) implements ObjectDiff {}

  /** Only in the previous output. */
  record Removed(ObjectKey key, Node object) implements ObjectDiff {}

  /** In both, with these changes (at least one), in path order. */
  record Changed(ObjectKey key, Seq<ValueChange> changes) implements ObjectDiff {}
}
