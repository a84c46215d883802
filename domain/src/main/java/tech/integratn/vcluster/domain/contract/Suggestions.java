package tech.integratn.vcluster.domain.contract;

import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.domain.names.EditDistance;

/**
 * "Did you mean": the known name closest to a mistyped one. Plain loops and arrays.
 */
public final class Suggestions {

  private Suggestions() {}

  /** The largest edit distance still worth suggesting. */
  public static final int MAX_DISTANCE = EditDistance.MAX_SUGGESTION_DISTANCE;

  /**
   * The candidate within {@link #MAX_DISTANCE} edits of {@code name} with the fewest edits (ties:
   * the alphabetically first), or null if none is that close.
   */
  public static @Nullable String closest(String name, Iterable<String> candidates) {
    return EditDistance.closest(name, candidates);
  }

  /** The Levenshtein distance: insertions, deletions and substitutions of one character each. */
  public static int distance(String a, String b) {
    return EditDistance.between(a, b);
  }
}
