package tech.integratn.vcluster.domain.contract;

import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.domain.names.EditDistance;

/**
 * "Did you mean": the known name closest to a mistyped one. Plain loops and arrays, no lambdas
 * (the decoder calls it on the cold start path of a pipeline run).
 */
public final class Suggestions {

  private Suggestions() {}

  /** The largest edit distance still worth suggesting. */
  public static final int MAX_DISTANCE = 2;

  /**
   * The candidate within {@link #MAX_DISTANCE} edits of {@code name} with the fewest edits (ties:
   * the alphabetically first), or null if none is that close.
   */
  public static @Nullable String closest(String name, Iterable<String> candidates) {
    @Nullable String best = null;
    int bestDistance = MAX_DISTANCE + 1;
    for (String candidate : candidates) {
      if (candidate.equals(name) || Math.abs(candidate.length() - name.length()) > MAX_DISTANCE) {
        continue;
      }
      int d = distance(name, candidate);
      if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /** The Levenshtein distance: insertions, deletions and substitutions of one character each. */
  public static int distance(String a, String b) {
    return EditDistance.between(a, b);
  }
}
