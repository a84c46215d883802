package tech.integratn.vcluster.domain.contract;

import io.vavr.collection.Seq;
import tech.integratn.vcluster.domain.diff.ObjectPath;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * One chart value with its provenance (spec 12.3): a leaf of the {@code valuesObject} (a scalar,
 * a list, or an empty map), its final value and the chain of sources that set it, first to last.
 *
 * @param path where the value sits in the {@code valuesObject}
 * @param value the final, rendered value
 * @param chain every source that set it, in order; the last one set {@code value}
 */
public record ExplainedValue(ObjectPath path, Node value, Seq<ProvenanceStep> chain) {

  /** Whether this value sits at {@code prefix} or below it. */
  public boolean isAtOrBelow(ObjectPath prefix) {
    return startsWith(path, prefix);
  }

  /** Whether {@code inner} points inside this value (an item of a list, say), not at it. */
  public boolean holds(ObjectPath inner) {
    return inner.segments().size() > path.segments().size() && startsWith(inner, path);
  }

  /**
   * Whether {@code inner} names a value inside this one that exists: each step below this value's
   * path a list index within its list or a key of its map (a step below a scalar, an index on a
   * map or a key on a list reaches nothing).
   */
  public boolean reaches(ObjectPath inner) {
    if (!holds(inner)) {
      return false;
    }
    Node at = value;
    for (ObjectPath.Segment segment : inner.segments().drop(path.segments().size())) {
      if (segment instanceof ObjectPath.Index i && at instanceof tech.integratn.vcluster.domain.tree.ListNode list
          && i.index() < list.items().size()) {
        at = list.items().get(i.index());
      } else if (segment instanceof ObjectPath.Key k && at instanceof tech.integratn.vcluster.domain.tree.MapNode map
          && map.get(k.key()).isDefined()) {
        at = map.get(k.key()).get();
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(ObjectPath path, ObjectPath prefix) {
    int n = prefix.segments().size();
    return path.segments().size() >= n && path.segments().take(n).equals(prefix.segments());
  }
}
