package tech.integratn.vcluster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@link CliParser} reads a command line without picocli only where picocli, built from the same
 * {@link CliModel}, finds no error and the same values: so every command line still gets today's
 * answer, help and usage errors included.
 */
class CliParserTest {

  @Test
  void readsTheEverydayCommandLines() {
    assertThat(run("render", "--input", "r.yaml", "--output", "out", "--metadata", "meta"))
        .isEqualTo(new CliArguments("render",
            Map.of("--input", "r.yaml", "--output", "out", "--metadata", "meta", "--action", "configure"), Set.of()));
    assertThat(run("render", "-q", "--input", "-", "--output", "-", "--strict", "--action", "delete"))
        .isEqualTo(new CliArguments("render", Map.of("--input", "-", "--output", "-", "--action", "delete"),
            Set.of("--quiet", "--strict")));
    assertThat(run("validate", "--rendered", "out/resources", "--profile", "p.yaml", "--quiet"))
        .isEqualTo(new CliArguments("validate", Map.of("--rendered", "out/resources", "--profile", "p.yaml"),
            Set.of("--quiet")));
    assertThat(run("promises", "--image", "registry.example:5000/vco:1.2.3", "--output", "promises",
        "--pipeline-namespace", "platform", "--profile-configmap", "profile"))
        .isEqualTo(new CliArguments("promises", Map.of("--image", "registry.example:5000/vco:1.2.3", "--output",
            "promises", "--pipeline-namespace", "platform", "--profile-configmap", "profile"), Set.of()));
    for (String[] version : List.of(new String[] {"--version"}, new String[] {"-V"},
        new String[] {"render", "--version"}, new String[] {"help", "-V"}, new String[] {"promises", "--version"})) {
      assertThat(CliParser.parse(version)).as(String.join(" ", version)).isInstanceOf(CliParser.Version.class);
    }
  }

  @Test
  void leavesHelpAndEveryDoubtfulLineToPicocli() {
    for (String[] line : List.of(new String[0], new String[] {"--help"}, new String[] {"help"},
        new String[] {"help", "render"}, new String[] {"render", "--help"}, new String[] {"render"},
        new String[] {"validate"}, new String[] {"frob"}, new String[] {"-q"},
        new String[] {"render", "--input=r.yaml", "--output", "o", "--metadata", "m"},
        new String[] {"render", "--input", "r.yaml", "--input", "r.yaml", "--output", "o", "--metadata", "m"},
        new String[] {"render", "--input", "@args", "--output", "o"},
        new String[] {"render", "--input", "r.yaml", "--output", "--metadata", "m"},
        new String[] {"render", "--", "--input", "r.yaml", "--output", "o"},
        new String[] {"render", "--input", "r.yaml", "--output", "o", "--version"},
        new String[] {"validate", "--input", "r.yaml", "--rendered", "o"},
        new String[] {"render", "--input", "r\0.yaml", "--output", "o"})) {
      assertThat(CliParser.parse(line)).as(String.join(" ", line)).isNull();
    }
  }

  /** Random command lines (fixed seed), mostly well formed: wherever CliParser answers, picocli agrees. */
  @Test
  void agreesWithPicocliOnEveryLineItReads() {
    Random random = new Random(20261207L);
    String[] values = {"a.yaml", "-", "-x", "@args", "", "out dir", "x=y", "validate", "--input", "configure",
        "delete", "registry.example/x:1.0", "r\0"};
    String[] junk = {"--", "-h", "--help", "-V", "--version", "-qh", "--input=a.yaml", "extra", "--frob", "@args"};
    List<CliModel.Subcommand> commands = new ArrayList<>(CliModel.COMMANDS);
    int read = 0;
    for (int n = 0; n < 3000; n++) {
      CliModel.Subcommand command = commands.get(random.nextInt(commands.size()));
      List<CliModel.Option> options = new ArrayList<>(command.options());
      options.addAll(command.oneOf());
      List<String> line = new ArrayList<>(List.of(command.name()));
      for (CliModel.Option option : options) {
        int times = option.required() ? (random.nextInt(8) == 0 ? 0 : 1) : random.nextInt(3) == 0 ? 1 : 0;
        times += random.nextInt(12) == 0 ? 1 : 0;
        for (int t = 0; t < times; t++) {
          List<String> tokens = new ArrayList<>(List.of(option.names().get(random.nextInt(option.names().size()))));
          if (!option.flag() && random.nextInt(10) != 0) {
            tokens.add(random.nextInt(3) == 0 ? values[random.nextInt(values.length)] : "v" + n);
          }
          line.addAll(1 + random.nextInt(line.size()), List.of(String.join("\u0001", tokens)));
        }
      }
      if (random.nextInt(6) == 0) {
        line.add(1 + random.nextInt(line.size()), junk[random.nextInt(junk.length)]);
      }
      String[] args = String.join("\u0001", line).split("\u0001", -1);
      CliParser.Parsed parsed = CliParser.parse(args);
      if (parsed == null) {
        continue;
      }
      Object picocli = picocli(args);
      if (parsed instanceof CliParser.Run run) {
        read++;
        assertThat(picocli).as(String.join(" ", args)).isEqualTo(run.arguments());
      } else {
        assertThat(picocli).as(String.join(" ", args)).isEqualTo("version");
      }
    }
    assertThat(read).as("lines read without picocli").isGreaterThan(500);
  }

  /** Every one- and two-word line of a command name and a help or version option. */
  @Test
  void agreesWithPicocliOnVersion() {
    int version = 0;
    for (String first : List.of("render", "validate", "promises", "help", "frob", "-q", "--version", "-V", "-h")) {
      for (String second : List.of("", "--version", "-V", "--help", "-h", "-q", "render")) {
        String[] args = second.isEmpty() ? new String[] {first} : new String[] {first, second};
        CliParser.Parsed parsed = CliParser.parse(args);
        if (parsed != null) {
          version++;
          assertThat(parsed).as(String.join(" ", args)).isInstanceOf(CliParser.Version.class);
          assertThat(picocli(args)).as(String.join(" ", args)).isEqualTo("version");
        }
      }
    }
    assertThat(version).as("--version lines").isEqualTo(10);
  }

  private static CliArguments run(String... args) {
    CliParser.Parsed parsed = CliParser.parse(args);
    assertThat(parsed).as(String.join(" ", args)).isInstanceOf(CliParser.Run.class);
    assertThat(picocli(args)).as("picocli").isEqualTo(((CliParser.Run) parsed).arguments());
    return ((CliParser.Run) parsed).arguments();
  }

  /** What picocli makes of {@code args}: the arguments, "version", "help" or its usage error. */
  private static @Nullable Object picocli(String[] args) {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream());
    Cli cli = new Cli(Map.of(), java.io.InputStream.nullInputStream(), Path.of("/tmp"), List.of(), sink, sink);
    try {
      CommandLine.ParseResult result = Cli.Picocli.commandLine(cli, false).parseArgs(args);
      for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
        if (r.isVersionHelpRequested()) {
          return "version";
        }
        if (r.isUsageHelpRequested()) {
          return "help";
        }
      }
      CommandLine.ParseResult sub = result.subcommand();
      if (sub == null || !(sub.commandSpec().userObject() instanceof Cli.Picocli.Run)) {
        return "no command";
      }
      return ((Cli.Picocli.Run) sub.commandSpec().userObject()).arguments();
    } catch (CommandLine.ParameterException e) {
      return "usage error: " + e.getMessage();
    }
  }
}
