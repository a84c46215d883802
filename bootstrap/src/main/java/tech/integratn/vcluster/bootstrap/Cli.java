package tech.integratn.vcluster.bootstrap;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine;
import tech.integratn.vcluster.adapters.fs.FileRequestSource;
import tech.integratn.vcluster.adapters.fs.FileStatusSink;
import tech.integratn.vcluster.adapters.fs.FileWorkflowControl;
import tech.integratn.vcluster.adapters.fs.OwnedDirectories;
import tech.integratn.vcluster.adapters.fs.PathRefusal;
import tech.integratn.vcluster.adapters.fs.PathRefusals;
import tech.integratn.vcluster.adapters.fs.PromiseSetDirectory;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeWriter;
import tech.integratn.vcluster.adapters.fs.PrintStreamEventLog;
import tech.integratn.vcluster.adapters.fs.RenderedDirectory;
import tech.integratn.vcluster.adapters.fs.StagedRender;
import tech.integratn.vcluster.adapters.fs.RenderedStream;
import tech.integratn.vcluster.adapters.fs.StreamManifestSink;
import tech.integratn.vcluster.adapters.fs.StreamRequestSource;
import tech.integratn.vcluster.adapters.kratix.KratixEnvironment;
import tech.integratn.vcluster.application.port.in.ValidateRenderedCommand;
import tech.integratn.vcluster.application.port.in.RunWorkflowUseCase;
import tech.integratn.vcluster.application.port.in.ValidateRenderedUseCase;
import tech.integratn.vcluster.application.port.in.ValidateRequestUseCase;
import tech.integratn.vcluster.application.port.in.RunFailure;
import tech.integratn.vcluster.application.port.in.RunReport;
import tech.integratn.vcluster.application.port.out.ChartSchemaSource;
import tech.integratn.vcluster.application.port.out.PipelineContext;
import tech.integratn.vcluster.application.port.out.RequestSource;
import tech.integratn.vcluster.application.port.out.StatusSink;
import tech.integratn.vcluster.application.port.out.WorkflowControl;
import tech.integratn.vcluster.domain.contract.RequestStatus;
import tech.integratn.vcluster.domain.names.KubernetesNames;
import tech.integratn.vcluster.domain.profile.ImmutablePlatformProfile;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.profile.UnknownFieldPolicy;
import tech.integratn.vcluster.domain.promise.PromiseDocument;
import tech.integratn.vcluster.domain.promise.PromiseKind;
import tech.integratn.vcluster.domain.promise.PromiseSettings;

/** The offline CLI: {@code render}, {@code validate}, {@code promises}, {@code --help}, {@code --version}. */
@Command(
    name = "vcluster-orchestrator",
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class,
    description = {
      "Renders the requests of the four promises (VClusterOrchestratorV2 and its three sub-promises)",
      "into the files their Kratix pipelines would write.",
      "Run with no arguments inside a Kratix pipeline container."
    },
    subcommands = {Cli.Render.class, Cli.Validate.class, Cli.Promises.class, Cli.Help.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:invalid request", "2:usage or environment error", "3:internal error"},
    footerHeading = "%nEnvironment:%n",
    footer = {Cli.ENVIRONMENT})
final class Cli implements Callable<Integer> {

  /** The environment variables the jar reads, for every {@code --help} (spec 11.4). */
  static final String ENVIRONMENT = ""
      + "  VCLUSTER_PROFILE        platform profile file when --profile is not given (the pipeline's profile)%n"
      + "  VCLUSTER_CHART_SCHEMAS  chart values schema directory when --chart-schemas is not given%n"
      + "  KRATIX_PROMISE_NAME     promise name of the base labels (default: the one of the request's kind)%n"
      + "  KRATIX_WORKFLOW_TYPE    workflow type (resource, promise) written to the status%n"
      + "  KRATIX_OBJECT_NAME      the request's name as Kratix knows it%n"
      + "  KRATIX_DRY_RUN          set: a delete cleans up nothing (as --dry-run)%n"
      + "  KRATIX_WORKFLOW_ACTION  with no arguments (pipeline mode): configure or delete%n"
      + "  VCLUSTER_DEBUG          with no arguments (pipeline mode): true shows stack traces (as --debug)%n"
      + "  VCLUSTER_KRATIX_DIR     with no arguments (pipeline mode): the Kratix tree instead of /kratix";

  /** The argument that names standard input (or standard output) instead of a file. */
  static final String STANDARD_STREAM = "-";

  final java.util.Map<String, String> env;
  final java.io.InputStream in;
  final Path workingDirectory;
  final java.util.List<Path> homes;
  final PrintStream out;
  final PrintStream err;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  Cli(java.util.Map<String, String> env, java.io.InputStream in, Path workingDirectory, java.util.List<Path> homes,
      PrintStream out, PrintStream err) {
    this.env = env;
    this.in = in;
    this.workingDirectory = workingDirectory.toAbsolutePath();
    this.homes = homes;
    this.out = out;
    this.err = err;
  }

  /** A run with nothing on standard input. */
  static int run(String[] args, java.util.Map<String, String> env, PrintStream out, PrintStream err) {
    return run(args, env, java.io.InputStream.nullInputStream(), out, err);
  }

  static int run(String[] args, java.util.Map<String, String> env, java.io.InputStream in, PrintStream out,
      PrintStream err) {
    java.util.List<Path> homes = new java.util.ArrayList<>();
    String home = env.get("HOME");
    if (home != null && !home.isBlank()) {
      homes.add(Path.of(home));
    }
    homes.add(Path.of(System.getProperty("user.home")));
    return run(args, env, Path.of(System.getProperty("user.dir")), homes, in, out, err);
  }

  /** As {@link #run(String[], java.util.Map, Path, java.util.List, java.io.InputStream, PrintStream, PrintStream)}, nothing on standard input. */
  static int run(String[] args, java.util.Map<String, String> env, Path workingDirectory, java.util.List<Path> homes,
      PrintStream out, PrintStream err) {
    return run(args, env, workingDirectory, homes, java.io.InputStream.nullInputStream(), out, err);
  }

  /**
   * Runs the CLI as if started in {@code workingDirectory} by a user whose home is any of
   * {@code homes}: relative paths are resolved against it, and neither it, its parents nor a
   * home is ever replaced.
   */
  static int run(String[] args, java.util.Map<String, String> env, Path workingDirectory, java.util.List<Path> homes,
      java.io.InputStream in, PrintStream out, PrintStream err) {
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    Cli cli = new Cli(env, in, workingDirectory, homes, out, err);
    CommandLine line = new CommandLine(cli)
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .setParameterExceptionHandler(Cli::usageError)
        .setExecutionExceptionHandler((e, cmd, parsed) -> Outcomes.internalError(e, debug, err));
    line.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE);
    line.getCommandSpec().exitCodeOnUsageHelp(ExitCode.OK);
    return line.execute(args);
  }

  /**
   * A usage error: what is wrong, with every unknown option named first (picocli reports a missing
   * required option before an unknown one, which hides a mistyped {@code --ouput}), and where help is.
   */
  static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    java.util.List<String> unmatched = command.getUnmatchedArguments();
    if (!(e instanceof CommandLine.UnmatchedArgumentException) && !unmatched.isEmpty()) {
      err.println("error: unknown option or argument: " + String.join(" ", unmatched));
    }
    String message = e.getMessage() == null ? "invalid arguments"
        : e.getMessage().replace("interface java.nio.file.Path", "a file path");
    if (message.startsWith("Error: ")) {
      message = message.substring("Error: ".length()); // picocli's, after our own "error: "
    }
    int javaDetail = message.indexOf(" (java.");
    err.println("error: " + (javaDetail < 0 ? message : message.substring(0, javaDetail)));
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCode.USAGE;
  }

  /** {@code path} as the user meant it: relative to the working directory. */
  Path resolve(Path path) {
    return workingDirectory.resolve(path).normalize();
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(out);
    return ExitCode.USAGE;
  }

  /** The jar's version from its manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Cli.class.getPackage().getImplementationVersion();
      return new String[] {"vcluster-orchestrator " + (version == null ? "development build" : version)};
    }
  }

  /**
   * {@code help} and {@code help COMMAND}: the same text as {@code --help}, with {@code -q} and
   * {@code --version} accepted like every subcommand's (spec 11.4).
   */
  @Command(name = "help", helpCommand = true, mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
      description = "Print the help, or the help of COMMAND.")
  static final class Help implements Callable<Integer> {
    @CommandLine.ParentCommand Cli cli;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = {"-q", "--quiet"}, description = "Accepted as by every command (help prints only help).")
    boolean quiet;

    @CommandLine.Parameters(paramLabel = "COMMAND", arity = "0..1", description = "The command to describe.")
    String command;

    @Override
    public Integer call() {
      CommandLine parent = spec.parent().commandLine();
      if (command == null) {
        parent.usage(parent.getOut());
        return ExitCode.OK;
      }
      CommandLine sub = parent.getSubcommands().get(command);
      if (sub == null) {
        PrintWriter err = parent.getErr();
        err.println("error: unknown command: " + command + " (one of "
            + String.join(", ", parent.getSubcommands().keySet()) + ")");
        err.println("Try '" + parent.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCode.USAGE;
      }
      sub.usage(sub.getOut());
      return ExitCode.OK;
    }
  }

  /** Options shared by the subcommands. */
  static final class Common {
    @CommandLine.Option(names = "--profile", paramLabel = "PROFILE.yaml",
        description = "A platform profile over the embedded integratn profile.")
    Path profile;

    @CommandLine.Option(names = "--chart-schemas", paramLabel = "DIR",
        description = "Chart values schemas (<DIR>/<version>/values.schema.json); "
            + "default: $VCLUSTER_CHART_SCHEMAS, then the profile's chartSchemaDir.")
    Path chartSchemas;

    @CommandLine.Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    @CommandLine.Option(names = "--strict",
        description = "Unknown request fields are errors, not warnings (as the profile's unknownFields: reject; "
            + "never on delete).")
    boolean strict;

    @CommandLine.Option(names = {"-q", "--quiet"}, description = "Print warnings and errors only.")
    boolean quiet;

    /** The profile file: {@code --profile}, else {@code VCLUSTER_PROFILE} (as the pipeline reads it), else none. */
    Option<Path> profileFile(Cli cli) {
      if (profile != null) {
        return Option.some(cli.resolve(profile));
      }
      String fromEnv = cli.env.get(KratixMode.PROFILE_ENV);
      return fromEnv == null || fromEnv.isBlank() ? Option.none() : Option.some(cli.resolve(Path.of(fromEnv)));
    }

    /**
     * The profile (the file given, or the embedded one), made strict by {@code --strict}; none if the file is bad.
     * A problem of a profile named by {@code VCLUSTER_PROFILE} names the variable.
     */
    Option<PlatformProfile> profile(Cli cli) {
      Option<Path> file = profileFile(cli);
      Option<PlatformProfile> loaded = Outcomes.profile(file, profile == null ? KratixMode.PROFILE_ENV : "", cli.env,
          cli.err);
      return strict ? loaded.map(p -> (PlatformProfile) ImmutablePlatformProfile.copyOf(p)
          .withUnknownFields(UnknownFieldPolicy.REJECT)) : loaded;
    }

    Option<Path> chartSchemaDir(Cli cli, PlatformProfile profile) {
      return Outcomes.chartSchemaDir(Option.of(chartSchemas), cli.env, profile).map(cli::resolve);
    }

    /**
     * Whether a chart-schema directory given explicitly ({@code --chart-schemas} or
     * {@code VCLUSTER_CHART_SCHEMAS}) is missing: said on standard error, naming the option or variable.
     */
    boolean missingChartSchemas(Cli cli) {
      String given;
      Path dir;
      if (chartSchemas != null) {
        given = "--chart-schemas " + cli.resolve(chartSchemas);
        dir = cli.resolve(chartSchemas);
      } else {
        String fromEnv = cli.env.get(Outcomes.CHART_SCHEMAS_ENV);
        if (fromEnv == null || fromEnv.isBlank()) {
          return false;
        }
        dir = cli.resolve(Path.of(fromEnv));
        given = Outcomes.CHART_SCHEMAS_ENV + "=" + fromEnv;
      }
      if (java.nio.file.Files.isDirectory(dir)) {
        return false;
      }
      cli.err.println("error: " + given + ": " + (java.nio.file.Files.exists(dir) ? "not a directory"
          : "no such file or directory"));
      return true;
    }
  }

  @Command(name = "render", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
      footerHeading = "%nEnvironment:%n", footer = {Cli.ENVIRONMENT},
      description = "Render a request into OUT_DIR (or standard output) and its status into META_DIR, as the "
          + "pipeline would.")
  static final class Render implements Callable<Integer> {
    @CommandLine.ParentCommand Cli parent;
    @CommandLine.Mixin Common common;

    @CommandLine.Option(names = "--input", required = true, paramLabel = "REQUEST.yaml",
        description = "The request object: a VClusterOrchestratorV2, ArgoCDProject, ArgoCDApplication or "
            + "ArgoCDClusterRegistration; its kind selects the promise. '-' reads it from standard input.")
    Path input;

    @CommandLine.Option(names = "--output", required = true, paramLabel = "OUT_DIR",
        description = "Replaced as a whole, and only when the run succeeds; refused unless it is absent, empty or "
            + "holds only a previous render. '-' prints every document to standard output instead.")
    String output;

    @CommandLine.Option(names = "--metadata", paramLabel = "META_DIR",
        description = "Receives status.yaml (and workflow-control.yaml when a profile suspends); refused unless it is "
            + "absent, empty or holds only those files. Required unless --output is '-'.")
    @Nullable Path metadata;

    @CommandLine.Option(names = "--action", defaultValue = "configure", paramLabel = "ACTION",
        description = "configure (default) or delete.")
    String action;

    @CommandLine.Option(names = "--kubeconfig", paramLabel = "FILE",
        description = "With --action delete: clean up the vcluster's leftover PersistentVolumes on the cluster "
            + "of this kubeconfig's current context (without it, the clean-up is skipped). Must exist; never "
            + "inside OUT_DIR or META_DIR.")
    @Nullable Path kubeconfig;

    @CommandLine.Option(names = "--dry-run",
        description = "With --action delete: list what the clean-up would delete, delete nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
      // an explicit path that does not exist is an error on any action, before anything else (11.4, 10.5)
      @Nullable Path kubeconfigFile = kubeconfig == null ? null : parent.resolve(kubeconfig);
      if (kubeconfigFile != null && missingKubeconfig(kubeconfigFile)) {
        return ExitCode.USAGE;
      }
      Either<String, PipelineContext.Action> parsed = KratixEnvironment.parseAction(action);
      if (parsed.isLeft()) {
        parent.err.println("error: --action " + parsed.getLeft());
        return ExitCode.USAGE;
      }
      boolean delete = parsed.get() == PipelineContext.Action.DELETE;
      if (!delete && kubeconfigFile != null) {
        parent.err.println("warning: --kubeconfig has no effect on configure");
      }
      if (!delete && dryRun) {
        parent.err.println("warning: --dry-run has no effect on configure");
      }
      boolean toStandardOutput = output.equals("-");
      if (metadata == null && !toStandardOutput) {
        parent.err.println("error: --metadata META_DIR is required (it may be left out only with --output -)");
        return ExitCode.USAGE;
      }
      Option<PlatformProfile> profile = common.profile(parent);
      if (profile.isEmpty() || common.missingChartSchemas(parent)) {
        return ExitCode.USAGE;
      }
      boolean fromStandardInput = input.toString().equals(STANDARD_STREAM);
      Path request = parent.resolve(input);
      Option<Path> schemaDir = common.chartSchemaDir(parent, profile.get());
      java.util.List<OwnedDirectories.Neighbour> neighbours = new java.util.ArrayList<>();
      if (!fromStandardInput) {
        neighbours.add(new OwnedDirectories.Neighbour("the input file", request));
      }
      Option<Path> profileFile = common.profileFile(parent);
      if (profileFile.isDefined()) {
        neighbours.add(new OwnedDirectories.Neighbour("the profile file", profileFile.get()));
      }
      if (schemaDir.isDefined()) {
        neighbours.add(new OwnedDirectories.Neighbour("the chart-schema directory", schemaDir.get()));
      }
      if (kubeconfigFile != null) {
        neighbours.add(new OwnedDirectories.Neighbour("the kubeconfig file", kubeconfigFile));
      }
      @Nullable Path outputDir = toStandardOutput ? null : parent.resolve(Path.of(output));
      @Nullable Path metadataDir = metadata == null ? null : parent.resolve(metadata);
      // each directory on its own first, then against the other: "/" is named as the root, not as a container
      if (outputDir != null && refused("--output", outputDir, OwnedDirectories.Kind.OUTPUT, neighbours, null)
          || metadataDir != null && refused("--metadata", metadataDir, OwnedDirectories.Kind.METADATA, neighbours, null)
          || outputDir != null && metadataDir != null && refused("--output", outputDir, OwnedDirectories.Kind.OUTPUT,
              neighbours, new OwnedDirectories.Neighbour("the metadata directory", metadataDir))) {
        return ExitCode.USAGE;
      }
      // a directory output appears only once the status is written: a failed run changes neither (7.2)
      @Nullable StagedRender staged = outputDir != null && metadataDir != null
          ? new StagedRender(outputDir, metadataDir) : null;
      Wiring wiring = new Wiring(fromStandardInput ? new StreamRequestSource("standard input", parent.in)
          : new FileRequestSource(request),
          staged != null ? staged.manifests() : new StreamManifestSink(parent.out),
          staged != null ? staged.status()
              : metadataDir == null ? NoMetadata.INSTANCE : new FileStatusSink(metadataDir.resolve("status.yaml")),
          staged != null ? staged.workflow()
              : metadataDir == null ? NoMetadata.INSTANCE : new FileWorkflowControl(metadataDir.resolve("workflow-control.yaml")),
          Outcomes.chartSchemas(schemaDir, java.util.Map.of(), profile.get()),
          KratixEnvironment.offline(parsed.get(), parent.env, dryRun),
          new PrintStreamEventLog(parent.err, common.quiet));
      HostAccess host = kubeconfigFile != null && delete
          ? HostAccess.kubeconfig(kubeconfigFile) : HostAccess.none("no --kubeconfig given");
      RunWorkflowUseCase workflow = wiring.workflow(host);
      Either<RunFailure, RunReport> outcome = workflow.run(profile.get());
      if (outcome.isRight() && !common.quiet) {
        parent.err.println(summary(outcome.get(), toStandardOutput, parsed.get()));
      }
      return Outcomes.exitCode(outcome, parent.err);
    }

    /** The one line a successful render ends with (spec 11.4). */
    private String summary(RunReport report, boolean toStandardOutput, PipelineContext.Action action) {
      int files = report.files().size();
      String where = toStandardOutput ? "standard output" : output;
      String what = report.suspended() ? "suspended the workflow, wrote no files"
          : files == 0 ? "wrote no files" + (toStandardOutput ? "" : " to " + where)
          : "wrote " + files + (files == 1 ? " file" : " files") + " to " + where;
      String promise = report.promiseName().isEmpty() ? "" : report.promiseName() + ", ";
      return what + " (" + promise + (action == PipelineContext.Action.DELETE ? "delete" : "configure") + ")";
    }

    /** Whether the {@code --kubeconfig} file is missing or not a file (said on standard error). */
    private boolean missingKubeconfig(Path file) {
      if (!java.nio.file.Files.exists(file)) {
        parent.err.println("error: --kubeconfig " + file + ": no such file or directory");
        return true;
      }
      if (java.nio.file.Files.isDirectory(file)) {
        parent.err.println("error: --kubeconfig " + file + ": is a directory, not a kubeconfig file");
        return true;
      }
      return false;
    }

    /** Whether {@code dir} is refused (said on standard error); nothing has been written yet. */
    private boolean refused(String option, Path dir, OwnedDirectories.Kind kind,
        java.util.List<OwnedDirectories.Neighbour> neighbours, OwnedDirectories.@Nullable Neighbour other) {
      java.util.List<OwnedDirectories.Neighbour> all = new java.util.ArrayList<>(neighbours);
      if (other != null) {
        all.add(other);
      }
      java.util.Optional<PathRefusal> refusal =
          OwnedDirectories.check(dir, kind, parent.workingDirectory, parent.homes, all);
      if (refusal.isEmpty()) {
        return false;
      }
      parent.err.println("error: " + option + " " + PathRefusals.describe(refusal.get())
          + "; refusing to use it, nothing was written");
      return true;
    }
  }

  @Command(name = "promises", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
      description = "Write the four promise files (promise.yaml and the three sub-promises) for your image, "
          + "pipeline namespace and platform profile into OUT_DIR.")
  static final class Promises implements Callable<Integer> {
    @CommandLine.ParentCommand Cli parent;

    @CommandLine.Option(names = "--image", required = true, paramLabel = "REF",
        description = "The image every pipeline runs: a tag other than latest (registry:5000/x:1.0) or a digest "
            + "(x@sha256:<64 hex>).")
    String image;

    @CommandLine.Option(names = "--output", required = true, paramLabel = "OUT_DIR",
        description = "Receives the four promise files; refused unless it is absent, empty or holds only promise "
            + "files.")
    Path output;

    @CommandLine.Option(names = "--pipeline-namespace", paramLabel = "NS",
        description = "Run every pipeline in this platform namespace (spec.workflows.config.pipelineNamespace; "
            + "VCLUSTER_PIPELINE_NAMESPACE, reserved for requests). Default: each request's namespace.")
    @Nullable String pipelineNamespace;

    @CommandLine.Option(names = "--profile-configmap", paramLabel = "NAME",
        description = "Mount this ConfigMap of the pipeline namespace (key profile.yaml) as the pipelines' "
            + "platform profile (VCLUSTER_PROFILE=/etc/vcluster-orchestrator/profile.yaml). Needs "
            + "--pipeline-namespace.")
    @Nullable String profileConfigMap;

    @CommandLine.Option(names = "--profile", paramLabel = "PROFILE.yaml",
        description = "The profile that ConfigMap holds: validated, and its defaults named in the CRD "
            + "descriptions. Needs --profile-configmap. Default: the embedded integratn profile.")
    @Nullable Path profile;

    @CommandLine.Option(names = {"-q", "--quiet"}, description = "Print warnings and errors only (no summary line).")
    boolean quiet;

    @Override
    public Integer call() {
      java.util.List<String> problems = new java.util.ArrayList<>();
      for (PromiseSettings.Problem p : PromiseSettings.problems(image, Option.of(pipelineNamespace),
          Option.of(profileConfigMap))) {
        switch (p.setting()) {
          case IMAGE -> problems.add("--image " + image + ": " + p.rule());
          case PIPELINE_NAMESPACE -> problems.add("--pipeline-namespace: " + p.rule());
          case PROFILE_CONFIG_MAP -> problems.add("--profile-configmap: " + p.rule());
        }
      }
      if (profile != null && profileConfigMap == null) {
        problems.add("--profile requires --profile-configmap (without it the pipelines would run the embedded "
            + "profile, not the one the CRD describes)");
      }
      for (String p : problems) {
        parent.err.println("error: " + p);
      }
      if (!problems.isEmpty()) {
        return ExitCode.USAGE;
      }
      Option<Path> profileFile = profile == null ? Option.none() : Option.some(parent.resolve(profile));
      Option<PlatformProfile> loaded = Outcomes.profile(profileFile, "", java.util.Map.of(), parent.err);
      if (loaded.isEmpty()) {
        return ExitCode.USAGE;
      }
      Path outputDir = parent.resolve(output);
      java.util.List<OwnedDirectories.Neighbour> neighbours = new java.util.ArrayList<>();
      if (profileFile.isDefined()) {
        neighbours.add(new OwnedDirectories.Neighbour("the profile file", profileFile.get()));
      }
      java.util.Optional<PathRefusal> refusal = OwnedDirectories.check(outputDir, OwnedDirectories.Kind.PROMISES,
          parent.workingDirectory, parent.homes, neighbours);
      if (refusal.isPresent()) {
        parent.err.println("error: --output " + PathRefusals.describe(refusal.get())
            + "; refusing to use it, nothing was written");
        return ExitCode.USAGE;
      }
      PromiseSettings settings = new PromiseSettings(image, Option.of(pipelineNamespace), Option.of(profileConfigMap));
      java.util.List<io.vavr.Tuple2<String, String>> files = new java.util.ArrayList<>();
      YamlTreeWriter writer = new YamlTreeWriter();
      for (PromiseKind kind : PromiseKind.values()) {
        files.add(new io.vavr.Tuple2<>(kind.promiseFile(), writer.write(PromiseDocument.of(kind, loaded.get(), settings))));
      }
      Either<String, io.vavr.collection.Seq<String>> written =
          new PromiseSetDirectory(outputDir).write(io.vavr.collection.List.ofAll(files));
      if (written.isLeft()) {
        parent.err.println("error: " + written.getLeft());
        return ExitCode.USAGE;
      }
      if (!quiet) {
        parent.err.println("wrote " + written.get().size() + " promise files to " + output);
      }
      return ExitCode.OK;
    }
  }

  /** No metadata directory ({@code --output -} without {@code --metadata}): the status is not kept. */
  enum NoMetadata implements StatusSink, WorkflowControl {
    INSTANCE;

    @Override
    public Either<String, RequestStatus> report(RequestStatus status) {
      return Either.right(status);
    }

    @Override
    public Either<String, String> suspend(String message) {
      return Either.left("no --metadata directory for workflow-control.yaml, which the profile's "
          + "onInvalidRequest: suspend needs");
    }
  }

  @Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
      footerHeading = "%nEnvironment:%n", footer = {Cli.ENVIRONMENT},
      description = "Check a request (--input) or an already rendered tree (--rendered), report every problem; "
          + "writes nothing.")
  static final class Validate implements Callable<Integer> {
    @CommandLine.ParentCommand Cli parent;
    @CommandLine.Mixin Common common;

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** What to validate: a request or a rendered tree. */
    static final class Target {
      @CommandLine.Option(names = "--input", paramLabel = "REQUEST.yaml",
          description = "The request object: a VClusterOrchestratorV2, ArgoCDProject, ArgoCDApplication or "
            + "ArgoCDClusterRegistration; its kind selects the promise. '-' reads it from standard input.")
      Path input;

      @CommandLine.Option(names = "--rendered", paramLabel = "OUT_DIR",
          description = "A tree written by render or by the pipeline (e.g. in a GitOps repository's CI): OUT_DIR or "
              + "OUT_DIR/resources; '-' reads the stream of render --output - from standard input.")
      Path rendered;
    }

    @Override
    public Integer call() {
      Option<PlatformProfile> profile = common.profile(parent);
      if (profile.isEmpty() || common.missingChartSchemas(parent)) {
        return ExitCode.USAGE;
      }
      PrintStreamEventLog log = new PrintStreamEventLog(parent.err, common.quiet);
      ChartSchemaSource schemas = Outcomes.chartSchemas(common.chartSchemaDir(parent, profile.get()), java.util.Map.of(),
          profile.get());
      if (target.rendered != null && target.rendered.toString().equals(STANDARD_STREAM)) {
        ValidateRenderedUseCase rendered =
            Wiring.renderedValidation(new RenderedStream("standard input", parent.in), schemas, log);
        return Outcomes.exitCode(rendered.validate(new ValidateRenderedCommand(true)), parent.err);
      }
      if (target.rendered != null) {
        Path tree = resourcesParent(parent.resolve(target.rendered));
        if (!java.nio.file.Files.isDirectory(tree)) {
          parent.err.println("error: --rendered " + tree + ": " + (java.nio.file.Files.exists(tree,
              java.nio.file.LinkOption.NOFOLLOW_LINKS) ? "not a directory" : "no such file or directory"));
          return ExitCode.USAGE;
        }
        ValidateRenderedUseCase rendered = Wiring.renderedValidation(new RenderedDirectory(tree), schemas, log);
        return Outcomes.exitCode(rendered.validate(new ValidateRenderedCommand(true)), parent.err);
      }
      PipelineContext context = KratixEnvironment.offline(PipelineContext.Action.CONFIGURE, parent.env);
      RequestSource source = target.input.toString().equals(STANDARD_STREAM)
          ? new StreamRequestSource("standard input", parent.in) : new FileRequestSource(parent.resolve(target.input));
      ValidateRequestUseCase request = Wiring.requestValidation(source, schemas, context, log);
      return Outcomes.exitCode(request.validate(profile.get()), parent.err);
    }

    /**
     * The output directory of {@code dir}: {@code OUT_DIR/resources} is taken as {@code OUT_DIR}
     * (what a user tab-completes to), unless it holds a {@code resources} directory itself.
     */
    static Path resourcesParent(Path dir) {
      Path name = dir.getFileName();
      Path parent = dir.getParent();
      return name != null && parent != null && name.toString().equals("resources") && java.nio.file.Files.isDirectory(dir)
          && !java.nio.file.Files.isDirectory(dir.resolve("resources")) ? parent : dir;
    }
  }
}
