package tech.integratn.vcluster.adapters.fs.stream;

import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The bounds every tree reader (YAML and JSON) enforces on one document, in the same words: how
 * many values, how deep, and no key twice in one map.
 */
public final class TreeBudget {

  private final int maxDepth;
  private final int maxNodes;
  private int nodes;

  public TreeBudget(int maxDepth, int maxNodes) {
    this.maxDepth = maxDepth;
    this.maxNodes = maxNodes;
  }

  /** Counts one more value, {@code depth} levels deep: null if it may be read, else why not. */
  public @Nullable String admit(int depth) {
    if (++nodes > maxNodes) {
      return "more than " + maxNodes + " values in one document";
    }
    if (depth > maxDepth) {
      return "nested deeper than " + maxDepth + " levels";
    }
    return null;
  }

  /** A map's keys so far; null if {@code key} is new, else why it is refused. */
  public static @Nullable String duplicate(Set<String> keys, String key) {
    return keys.add(key) ? null : "duplicate key '" + key + "'";
  }

  public static Set<String> keys() {
    return new HashSet<>();
  }
}
