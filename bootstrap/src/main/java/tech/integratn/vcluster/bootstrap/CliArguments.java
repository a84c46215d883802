package tech.integratn.vcluster.bootstrap;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A parsed command line of one subcommand, as {@link CliParser} or picocli read it: each given
 * option's value (defaults applied) and each given flag, keyed by the option's long name.
 *
 * @param command the subcommand's name
 * @param values the value of each option given or defaulted, as written
 * @param flags the flags given
 */
record CliArguments(String command, Map<String, String> values, Set<String> flags) {

  @Nullable String value(String option) {
    return values.get(option);
  }

  @Nullable Path path(String option) {
    String value = values.get(option);
    return value == null ? null : Path.of(value);
  }

  boolean flag(String option) {
    return flags.contains(option);
  }
}
