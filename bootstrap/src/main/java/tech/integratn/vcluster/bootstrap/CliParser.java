package tech.integratn.vcluster.bootstrap;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the command lines a user or script runs every day without loading picocli: a cold JVM per
 * run, and picocli's ~180 classes cost ~200 ms of CPU even with its model built without reflection
 * (bench/README.md "CLI cold start"). It reads {@code COMMAND --option value ... --flag} and
 * {@code [COMMAND] --version}, and only lines on which picocli, given the same {@link CliModel}, would
 * find no error and the same values; anything else (help, {@code --option=value}, {@code @files},
 * {@code --}, unknown, repeated, missing or clashing options, a value that looks like an option) is
 * left to picocli, which answers exactly as it always has. {@code CliParserTest} holds it to that.
 */
final class CliParser {

  private CliParser() {}

  /** The value naming standard input or output (as {@code Cli} reads it). */
  private static final String STANDARD_STREAM = "-";

  /** What a command line asks for; null when picocli must read it. */
  sealed interface Parsed permits Version, Run {}

  /** {@code --version} (or {@code -V}), alone or after a command's name. */
  record Version() implements Parsed {}

  /** A subcommand to run. */
  record Run(CliArguments arguments) implements Parsed {}

  static @Nullable Parsed parse(String[] args) {
    if (args.length == 1) {
      return isVersion(args[0]) ? new Version() : null;
    }
    if (args.length == 0) {
      return null;
    }
    String name = args[0];
    if (args.length == 2 && isVersion(args[1])
        && (CliModel.command(name) != null || CliModel.HELP.equals(name))) {
      return new Version();
    }
    CliModel.Subcommand command = CliModel.command(name);
    return command == null ? null : run(command, args);
  }

  private static @Nullable Parsed run(CliModel.Subcommand command, String[] args) {
    Map<String, String> values = new HashMap<>();
    Set<String> flags = new HashSet<>();
    int i = 1;
    while (i < args.length) {
      CliModel.Option option = option(command, args[i]);
      if (option == null || values.containsKey(option.key()) || flags.contains(option.key())) {
        return null;
      }
      if (option.flag()) {
        flags.add(option.key());
        i++;
        continue;
      }
      if (i + 1 == args.length || !plainValue(args[i + 1])) {
        return null;
      }
      values.put(option.key(), args[i + 1]);
      i += 2;
    }
    for (CliModel.Option o : command.options()) {
      if (o.required() && !values.containsKey(o.key())) {
        return null;
      }
      if (o.defaultValue() != null && !values.containsKey(o.key())) {
        values.put(o.key(), o.defaultValue());
      }
    }
    if (!command.oneOf().isEmpty()) {
      int given = 0;
      for (CliModel.Option o : command.oneOf()) {
        given += values.containsKey(o.key()) ? 1 : 0;
      }
      if (given != 1) {
        return null;
      }
    }
    return new Run(new CliArguments(command.name(), Map.copyOf(values), Set.copyOf(flags)));
  }

  /** The option {@code arg} names exactly, or null. */
  private static CliModel.@Nullable Option option(CliModel.Subcommand command, String arg) {
    for (List<CliModel.Option> options : List.of(command.options(), command.oneOf())) {
      for (CliModel.Option o : options) {
        if (o.names().contains(arg)) {
          return o;
        }
      }
    }
    return null;
  }

  /**
   * Whether picocli takes {@code arg} as an option's value unchanged: {@code -} (standard input or
   * output) or anything not starting with {@code -} or {@code @} (an argument file) that is a valid
   * file path (no NUL, which picocli reports as an invalid value).
   */
  private static boolean plainValue(String arg) {
    if (arg.equals(STANDARD_STREAM)) {
      return true;
    }
    return !arg.startsWith("-") && !arg.startsWith("@") && arg.indexOf('\0') < 0;
  }

  private static boolean isVersion(String arg) {
    return arg.equals("--version") || arg.equals("-V");
  }
}
