package tech.integratn.vcluster.domain.profile;

import io.vavr.control.Option;
import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.domain.names.EditDistance;

/** "Did you mean" for a profile key, by the rule of {@link EditDistance#closest}, naming the whole key path. */
final class KeySuggestions {

  private KeySuggestions() {}

  /**
   * The unknown key {@code <parent><key>}, with the whole profile path of the closest known key when
   * one is close, as the request's unknown fields name theirs (spec 7.4, 11.4).
   */
  static ProfileProblem unknownKey(String parent, String key, Iterable<String> known) {
    @Nullable String closest = EditDistance.closest(key, known);
    return new ProfileProblem.UnknownKey(parent + key, closest == null ? Option.none() : Option.some(parent + closest));
  }
}
