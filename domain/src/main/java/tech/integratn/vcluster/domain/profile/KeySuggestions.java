package tech.integratn.vcluster.domain.profile;

import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.domain.names.EditDistance;

/** "Did you mean" for a profile key: the known key within two edits (ties: alphabetically first). */
final class KeySuggestions {

  private KeySuggestions() {}

  static @Nullable String closest(String key, Iterable<String> known) {
    @Nullable String best = null;
    int bestDistance = 3;
    for (String candidate : known) {
      if (candidate.equals(key) || Math.abs(candidate.length() - key.length()) > 2) {
        continue;
      }
      int d = EditDistance.between(key, candidate);
      if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /**
   * {@code unknown key}, with {@code (did you mean <parent><closest>?)} when one is close: the whole
   * profile path of the suggestion, as the request's unknown fields name theirs (spec 7.4, 11.4).
   */
  static String unknownKey(String parent, String key, Iterable<String> known) {
    @Nullable String closest = closest(key, known);
    return closest == null ? "unknown key" : "unknown key (did you mean " + parent + closest + "?)";
  }
}
