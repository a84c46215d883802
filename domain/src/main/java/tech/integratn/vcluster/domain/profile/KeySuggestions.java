package tech.integratn.vcluster.domain.profile;

import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.domain.names.EditDistance;

/** "Did you mean" for a profile key, by the rule of {@link EditDistance#closest}, naming the whole key path. */
final class KeySuggestions {

  private KeySuggestions() {}

  /**
   * {@code unknown key}, with {@code (did you mean <parent><closest>?)} when one is close: the whole
   * profile path of the suggestion, as the request's unknown fields name theirs (spec 7.4, 11.4).
   */
  static String unknownKey(String parent, String key, Iterable<String> known) {
    @Nullable String closest = EditDistance.closest(key, known);
    return closest == null ? "unknown key" : "unknown key (did you mean " + parent + closest + "?)";
  }
}
