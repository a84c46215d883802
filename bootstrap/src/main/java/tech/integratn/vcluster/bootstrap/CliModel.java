package tech.integratn.vcluster.bootstrap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The CLI's commands and options as data: one table that {@link CliParser} reads for a plain command
 * line and {@code Cli.Picocli} builds picocli's model from (without annotations or reflection) for
 * help, {@code help COMMAND} and every usage error. A new option is one line here.
 */
final class CliModel {

  private CliModel() {}

  /**
   * One option.
   *
   * @param names its names, the long one last ({@code -q}, {@code --quiet})
   * @param label the value's label ({@code REQUEST.yaml}); null for a flag, which takes no value
   * @param type the value's type for picocli ({@code Path} values are checked as file paths)
   * @param required whether the command needs it
   * @param defaultValue the value when it is not given
   * @param description the help text
   */
  record Option(List<String> names, @Nullable String label, Class<?> type, boolean required,
      @Nullable String defaultValue, String description) {

    /** The name a parsed command line keys it by: the last (long) one. */
    String key() {
      return names.get(names.size() - 1);
    }

    boolean flag() {
      return label == null;
    }
  }

  /**
   * One subcommand.
   *
   * @param name its name
   * @param description the help's description
   * @param footer whether its help ends with the environment variables
   * @param options its options, {@code -h} and {@code -V} left out (every command has them)
   * @param oneOf options of which exactly one must be given (an exclusive group), or none
   */
  record Subcommand(String name, String description, boolean footer, List<Option> options, List<Option> oneOf) {}

  static Option flag(String description, String... names) {
    return new Option(List.of(names), null, boolean.class, false, null, description);
  }

  static Option value(String name, String label, Class<?> type, boolean required, String description) {
    return new Option(List.of(name), label, type, required, null, description);
  }

  /** The top command's description. */
  static final String[] DESCRIPTION = {
    "Renders the requests of the four promises (VClusterOrchestratorV2 and its three sub-promises)",
    "into the files their Kratix pipelines would write.",
    "Run with no arguments inside a Kratix pipeline container."
  };

  /** The exit codes every top-level {@code --help} lists. */
  static Map<String, String> exitCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put("0", "success");
    codes.put("1", "invalid request; a conflict (validate --input DIR); a difference (diff)");
    codes.put("2", "usage or environment error; an invalid request (diff, explain)");
    codes.put("3", "internal error");
    return codes;
  }

  static final String INPUT_DESCRIPTION = "The request object: a VClusterOrchestratorV2, ArgoCDProject, "
      + "ArgoCDApplication or ArgoCDClusterRegistration; its kind selects the promise. '-' reads it from "
      + "standard input.";

  /** The options of {@code render} and {@code validate} (formerly a picocli mixin). */
  static List<Option> common() {
    return List.of(
        value("--profile", "PROFILE.yaml", Path.class, false, "A platform profile over the embedded integratn profile."),
        value("--chart-schemas", "DIR", Path.class, false, "Chart values schemas (<DIR>/<version>/values.schema.json); "
            + "default: $VCLUSTER_CHART_SCHEMAS, then the profile's chartSchemaDir."),
        flag("Show stack traces of internal errors.", "--debug"),
        flag("Unknown request fields are errors, not warnings (as the profile's unknownFields: reject; "
            + "never on delete).", "--strict"),
        flag("Print warnings and errors only.", "-q", "--quiet"));
  }

  static final Subcommand RENDER = new Subcommand("render",
      "Render a request into OUT_DIR (or standard output) and its status into META_DIR, as the pipeline would.",
      true, withCommon(
          value("--input", "REQUEST.yaml", Path.class, true, INPUT_DESCRIPTION),
          value("--output", "OUT_DIR", String.class, true, "Replaced as a whole, and only when the run succeeds; "
              + "refused unless it is absent, empty or holds only a previous render. '-' prints every document to "
              + "standard output instead."),
          value("--metadata", "META_DIR", Path.class, false, "Receives status.yaml (and workflow-control.yaml when "
              + "a profile suspends); refused unless it is absent, empty or holds only those files. Required unless "
              + "--output is '-'."),
          new Option(List.of("--action"), "ACTION", String.class, false, "configure", "configure (default) or delete."),
          value("--kubeconfig", "FILE", Path.class, false, "With --action delete: clean up the vcluster's leftover "
              + "PersistentVolumes on the cluster of this kubeconfig's current context (without it, the clean-up is "
              + "skipped). Must exist; never inside OUT_DIR or META_DIR."),
          flag("With --action delete: list what the clean-up would delete, delete nothing.", "--dry-run")),
      List.of());

  static final Subcommand VALIDATE = new Subcommand("validate",
      "Check a request (--input) or an already rendered tree (--rendered), report every problem; writes nothing.",
      true, common(),
      List.of(
          value("--input", "REQUEST.yaml", Path.class, false, INPUT_DESCRIPTION + " A directory: every request "
              + "below it (*.yaml, *.yml; hidden directories skipped), each checked on its own and against the "
              + "others (the same object, hostname, VIP or target namespace)."),
          value("--rendered", "OUT_DIR", Path.class, false, "A tree written by render or by the pipeline (e.g. in a "
              + "GitOps repository's CI): OUT_DIR or OUT_DIR/resources; '-' reads the stream of render --output - "
              + "from standard input.")));

  static final Subcommand DIFF = new Subcommand("diff",
      "Render a request in memory and compare it with a previous output in DIR: objects added, removed and "
          + "changed; writes nothing. Exit 0 same, 1 different.",
      true, withCommon(
          value("--input", "REQUEST.yaml", Path.class, true, INPUT_DESCRIPTION),
          value("--against", "DIR", Path.class, true, "The previous output: an earlier render --output directory "
              + "(DIR/resources/), or the request's directory in a Kratix state store "
              + "(DIR/<pipeline>/<id>/resources/ or DIR/<id>/resources/). status.yaml is not compared."),
          new Option(List.of("--output-format"), "FORMAT", String.class, false, "text", "text (default): one line "
              + "per change; json: the changes as one JSON document."),
          flag("Under each changed chart value (the ArgoCDApplication's valuesObject), where its new value comes "
              + "from, as explain says it (text format; --input must be a file).", "--why")),
      List.of());

  static final Subcommand EXPLAIN = new Subcommand("explain",
      "Print every chart value the engine sets for a VClusterOrchestratorV2 request, its final value and where it "
          + "came from (request field, preset, profile key, derivation, helmOverrides); writes nothing.",
      true, List.of(
          value("--input", "REQUEST.yaml", Path.class, true, "The VClusterOrchestratorV2 request; '-' reads it from "
              + "standard input."),
          value("--path", "P", String.class, false, "Only the value (or the values below the map) at P: dotted keys, "
              + "[\"...\"] for a key containing dots, [i] for a list item, e.g. "
              + "controlPlane.service.annotations[\"external-dns.alpha.kubernetes.io/hostname\"]."),
          value("--profile", "PROFILE.yaml", Path.class, false, "A platform profile over the embedded integratn profile."),
          flag("Show stack traces of internal errors.", "--debug"),
          flag("Unknown request fields are errors, not warnings (as the profile's unknownFields: reject).",
              "--strict"),
          flag("Print warnings and errors only.", "-q", "--quiet")),
      List.of());

  static final Subcommand PROMISES = new Subcommand("promises",
      "Write the four promise files (promise.yaml and the three sub-promises) for your image, pipeline namespace "
          + "and platform profile into OUT_DIR.",
      false, List.of(
          value("--image", "REF", String.class, true, "The image every pipeline runs: a tag other than latest "
              + "(registry:5000/x:1.0) or a digest (x@sha256:<64 hex>)."),
          value("--output", "OUT_DIR", Path.class, true, "Receives the four promise files; refused unless it is "
              + "absent, empty or holds only promise files."),
          value("--pipeline-namespace", "NS", String.class, false, "Run every pipeline in this platform namespace "
              + "(spec.workflows.config.pipelineNamespace; VCLUSTER_PIPELINE_NAMESPACE, reserved for requests). "
              + "Default: each request's namespace."),
          value("--profile-configmap", "NAME", String.class, false, "Mount this ConfigMap of the pipeline namespace "
              + "(key profile.yaml) as the pipelines' platform profile "
              + "(VCLUSTER_PROFILE=/etc/vcluster-orchestrator/profile.yaml). Needs --pipeline-namespace."),
          value("--profile", "PROFILE.yaml", Path.class, false, "The profile that ConfigMap holds: validated, and "
              + "its defaults named in the CRD descriptions. Needs --profile-configmap. Default: the embedded "
              + "integratn profile."),
          flag("Print warnings and errors only (no summary line).", "-q", "--quiet")),
      List.of());

  /** The commands that do work, in the order {@code --help} lists them ({@code help} comes last). */
  static final List<Subcommand> COMMANDS = List.of(RENDER, VALIDATE, DIFF, EXPLAIN, PROMISES);

  static final String HELP = "help";
  static final String HELP_DESCRIPTION = "Print the help, or the help of COMMAND.";
  static final Option HELP_QUIET = flag("Accepted as by every command (help prints only help).", "-q", "--quiet");

  /** The command named {@code name}, or null. */
  static @Nullable Subcommand command(String name) {
    for (Subcommand c : COMMANDS) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    return null;
  }

  private static List<Option> withCommon(Option... own) {
    List<Option> all = new ArrayList<>(common());
    all.addAll(List.of(own));
    return List.copyOf(all);
  }
}
