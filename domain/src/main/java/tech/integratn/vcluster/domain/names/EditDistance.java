package tech.integratn.vcluster.domain.names;

import org.jspecify.annotations.Nullable;

/** The Levenshtein distance of two names, for "did you mean" suggestions. */
public final class EditDistance {

  private EditDistance() {}

  /** Insertions, deletions and substitutions of one character each. */
  public static int between(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** The largest edit distance still worth suggesting. */
  public static final int MAX_SUGGESTION_DISTANCE = 2;

  /**
   * The candidate within {@link #MAX_SUGGESTION_DISTANCE} edits of {@code name} with the fewest edits
   * (ties: the alphabetically first), or null if none is that close: the one "did you mean" rule of
   * request fields and profile keys alike.
   */
  public static @Nullable String closest(String name, Iterable<String> candidates) {
    @Nullable String best = null;
    int bestDistance = MAX_SUGGESTION_DISTANCE + 1;
    for (String candidate : candidates) {
      if (candidate.equals(name) || Math.abs(candidate.length() - name.length()) > MAX_SUGGESTION_DISTANCE) {
        continue;
      }
      int d = between(name, candidate);
      if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }
}
