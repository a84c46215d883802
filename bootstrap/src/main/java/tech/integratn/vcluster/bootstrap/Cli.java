package tech.integratn.vcluster.bootstrap;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.PrintStream;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.adapters.fs.FileRequestSource;
import tech.integratn.vcluster.adapters.fs.FileStatusSink;
import tech.integratn.vcluster.adapters.fs.FileWorkflowControl;
import tech.integratn.vcluster.adapters.fs.OwnedDirectories;
import tech.integratn.vcluster.adapters.fs.PathRefusal;
import tech.integratn.vcluster.adapters.fs.PathRefusals;
import tech.integratn.vcluster.adapters.fs.PromiseSetDirectory;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeWriter;
import tech.integratn.vcluster.adapters.fs.PrintStreamEventLog;
import tech.integratn.vcluster.adapters.fs.PreviousOutput;
import tech.integratn.vcluster.adapters.fs.RequestTree;
import tech.integratn.vcluster.adapters.fs.json.JsonTreeWriter;
import tech.integratn.vcluster.application.port.in.DiffUseCase;
import tech.integratn.vcluster.application.port.in.ExplainFailure;
import tech.integratn.vcluster.application.port.in.ExplainFailures;
import tech.integratn.vcluster.application.port.in.ExplainValuesCommand;
import tech.integratn.vcluster.domain.contract.ExplainTexts;
import tech.integratn.vcluster.domain.contract.ExplainedValue;
import tech.integratn.vcluster.application.port.in.RepositoryReport;
import tech.integratn.vcluster.application.port.in.RunFailures;
import tech.integratn.vcluster.domain.conflicts.Conflict;
import tech.integratn.vcluster.domain.conflicts.ConflictTexts;
import tech.integratn.vcluster.domain.diff.DiffProblem;
import tech.integratn.vcluster.domain.diff.DiffTexts;
import tech.integratn.vcluster.adapters.fs.yaml.YamlScalarQuoting;
import tech.integratn.vcluster.domain.diff.ObjectDiff;
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

/**
 * The offline CLI: {@code render}, {@code validate}, {@code diff}, {@code promises}, {@code --help}, {@code --version}.
 * {@link CliParser} reads the everyday command lines; help, {@code help COMMAND} and every usage error
 * go through {@link Picocli}, picocli's model of the same {@link CliModel} built without reflection.
 */
final class Cli {

  /** The environment variables the jar reads, for every {@code --help} (spec 11.4). */
  static final String ENVIRONMENT = ""
      + "  VCLUSTER_PROFILE        platform profile file when --profile is not given%n"
      + "                          (the pipeline's profile)%n"
      + "  VCLUSTER_CHART_SCHEMAS  chart values schema directory when --chart-schemas%n"
      + "                          is not given%n"
      + "  KRATIX_PROMISE_NAME     promise name of the base labels (default: the one%n"
      + "                          of the request's kind)%n"
      + "  KRATIX_WORKFLOW_TYPE    workflow type (resource, promise) of the status%n"
      + "  KRATIX_OBJECT_NAME      the request's name as Kratix knows it%n"
      + "  KRATIX_DRY_RUN          set: a delete cleans up nothing (as --dry-run)%n"
      + "  KRATIX_WORKFLOW_ACTION  pipeline mode (no arguments): configure or delete%n"
      + "  VCLUSTER_DEBUG          pipeline mode: true shows stack traces (as --debug)%n"
      + "  VCLUSTER_KRATIX_DIR     pipeline mode: the Kratix tree instead of /kratix";

  /** The argument that names standard input (or standard output) instead of a file. */
  static final String STANDARD_STREAM = "-";

  final java.util.Map<String, String> env;
  final java.io.InputStream in;
  final Path workingDirectory;
  final java.util.List<Path> homes;
  final PrintStream out;
  final PrintStream err;

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
    CliParser.Parsed parsed = CliParser.parse(args);
    if (parsed == null) {
      return Picocli.commandLine(cli, debug).execute(args);
    }
    if (parsed instanceof CliParser.Version) {
      out.println(version());
      out.flush();
      return ExitCode.OK;
    }
    try {
      return cli.execute(((CliParser.Run) parsed).arguments());
    } catch (RuntimeException e) { // as picocli's execution exception handler would
      return Outcomes.internalError(e, debug, err);
    }
  }

  /** Runs the subcommand {@code arguments} name. */
  int execute(CliArguments arguments) {
    switch (arguments.command()) {
      case "render":
        return new Render(this, arguments).call();
      case "validate":
        return new Validate(this, arguments).call();
      case "diff":
        return new Diff(this, arguments).call();
      case "explain":
        return new Explain(this, arguments).call();
      case "promises":
        return new Promises(this, arguments).call();
      default:
        throw new IllegalArgumentException("no command " + arguments.command());
    }
  }

  /** {@code path} as the user meant it: relative to the working directory. */
  Path resolve(Path path) {
    return workingDirectory.resolve(path).normalize();
  }

  /** The {@code --version} line: the jar's version from its manifest. */
  static String version() {
    String version = Cli.class.getPackage().getImplementationVersion();
    return "vcluster-orchestrator " + (version == null ? "development build" : version);
  }

  /** Options shared by {@code render} and {@code validate} ({@link CliModel#common()}). */
  static final class Common {
    final @Nullable Path profile;
    final @Nullable Path chartSchemas;
    final boolean strict;
    final boolean quiet;

    Common(CliArguments arguments) {
      profile = arguments.path("--profile");
      chartSchemas = arguments.path("--chart-schemas");
      strict = arguments.flag("--strict");
      quiet = arguments.flag("--quiet");
    }

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

  /** {@code render} ({@link CliModel#RENDER}). */
  static final class Render {
    final Cli parent;
    final Common common;
    final Path input;
    final String output;
    final @Nullable Path metadata;
    final String action;
    final @Nullable Path kubeconfig;
    final boolean dryRun;

    Render(Cli parent, CliArguments arguments) {
      this.parent = parent;
      common = new Common(arguments);
      input = java.util.Objects.requireNonNull(arguments.path("--input"));
      output = java.util.Objects.requireNonNull(arguments.value("--output"));
      metadata = arguments.path("--metadata");
      action = java.util.Objects.requireNonNull(arguments.value("--action"));
      kubeconfig = arguments.path("--kubeconfig");
      dryRun = arguments.flag("--dry-run");
    }

    int call() {
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

  /** {@code promises} ({@link CliModel#PROMISES}). */
  static final class Promises {
    final Cli parent;
    final String image;
    final Path output;
    final @Nullable String pipelineNamespace;
    final @Nullable String profileConfigMap;
    final @Nullable Path profile;
    final boolean quiet;

    Promises(Cli parent, CliArguments arguments) {
      this.parent = parent;
      image = java.util.Objects.requireNonNull(arguments.value("--image"));
      output = java.util.Objects.requireNonNull(arguments.path("--output"));
      pipelineNamespace = arguments.value("--pipeline-namespace");
      profileConfigMap = arguments.value("--profile-configmap");
      profile = arguments.path("--profile");
      quiet = arguments.flag("--quiet");
    }

    int call() {
      io.vavr.collection.Seq<String> problems = PromiseSettings.problems(image, Option.of(pipelineNamespace),
          Option.of(profileConfigMap)).map(p -> switch (p.setting()) {
            case IMAGE -> "--image " + image + ": " + p.rule();
            case PIPELINE_NAMESPACE -> "--pipeline-namespace: " + p.rule();
            case PROFILE_CONFIG_MAP -> "--profile-configmap: " + p.rule();
          });
      if (profile != null && profileConfigMap == null) {
        problems = problems.append("--profile requires --profile-configmap (without it the pipelines would run the "
            + "embedded profile, not the one the CRD describes)");
      }
      problems.forEach(p -> parent.err.println("error: " + p));
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

  /** {@code validate} ({@link CliModel#VALIDATE}): a request ({@code --input}) or a rendered tree ({@code --rendered}). */
  static final class Validate {
    final Cli parent;
    final Common common;
    final Target target;

    /** What to validate: a request or a rendered tree (exactly one is set). */
    static final class Target {
      final @Nullable Path input;
      final @Nullable Path rendered;

      Target(CliArguments arguments) {
        input = arguments.path("--input");
        rendered = arguments.path("--rendered");
      }
    }

    Validate(Cli parent, CliArguments arguments) {
      this.parent = parent;
      common = new Common(arguments);
      target = new Target(arguments);
    }

    int call() {
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
      Path input = java.util.Objects.requireNonNull(target.input);
      if (!input.toString().equals(STANDARD_STREAM) && java.nio.file.Files.isDirectory(parent.resolve(input))) {
        return repository(parent.resolve(input), input, profile.get(), schemas, log);
      }
      RequestSource source = input.toString().equals(STANDARD_STREAM)
          ? new StreamRequestSource("standard input", parent.in) : new FileRequestSource(parent.resolve(input));
      ValidateRequestUseCase request = Wiring.requestValidation(source, schemas, context, log);
      return Outcomes.exitCode(request.validate(profile.get()), parent.err);
    }

    /**
     * {@code validate --input DIR} (spec 12.1): each request's problems under its file, a note per
     * document skipped, each conflict, one summary line; exit 0 clean, 1 any invalid request or
     * conflict, 2 when DIR cannot be read, holds no YAML file at all or no request (a mistyped
     * path: only notes), or a request cannot be checked for a reason of the platform's (a chart schema unusable).
     */
    private int repository(Path dir, Path given, PlatformProfile profile, ChartSchemaSource schemas,
        PrintStreamEventLog log) {
      Either<String, RepositoryReport> report =
          Wiring.repositoryValidation(new RequestTree().repository(dir), schemas, log).validate(profile);
      if (report.isLeft()) {
        parent.err.println("error: --input " + report.getLeft());
        return ExitCode.USAGE;
      }
      if (report.get().findings().isEmpty()) {
        parent.err.println("error: --input " + given + ": no *.yaml or *.yml file below it (hidden directories are skipped)");
        return ExitCode.USAGE;
      }
      int exit = ExitCode.OK;
      if (report.get().checked() == 0) {
        // only documents that are not requests: a mistyped path must not pass CI
        printNotes(report.get());
        parent.err.println("error: --input " + given + ": no request found under it ("
            + count(report.get().skipped(), "YAML document", "YAML documents") + " skipped)");
        return ExitCode.USAGE;
      }
      for (RepositoryReport.Finding finding : report.get().findings()) {
        if (finding instanceof RepositoryReport.Note note) {
          if (!common.quiet) {
            parent.err.println("note: " + note.text());
          }
        } else {
          RepositoryReport.Checked checked = (RepositoryReport.Checked) finding;
          if (checked.failure().isEmpty()) {
            log.info(checked.where() + ": valid");
          } else {
            parent.err.println("error: " + checked.where() + ": " + RunFailures.render(checked.failure().get()));
            int code = checked.failure().get() instanceof RunFailure.Rejected ? ExitCode.INVALID_REQUEST : ExitCode.USAGE;
            exit = Math.max(exit, code);
          }
        }
      }
      for (Conflict conflict : report.get().conflicts()) {
        parent.err.println("conflict: " + ConflictTexts.text(conflict));
        exit = Math.max(exit, ExitCode.INVALID_REQUEST);
      }
      if (!common.quiet) {
        parent.err.println(summary(report.get(), given));
      }
      return exit;
    }

    private void printNotes(RepositoryReport report) {
      if (common.quiet) {
        return;
      }
      for (RepositoryReport.Finding finding : report.findings()) {
        if (finding instanceof RepositoryReport.Note note) {
          parent.err.println("note: " + note.text());
        }
      }
    }

    /** {@code checked 3 requests in DIR: 1 invalid, 2 conflicts, 1 document skipped}. */
    static String summary(RepositoryReport report, Path dir) {
      return "checked " + count(report.checked(), "request", "requests") + " in " + dir + ": "
          + report.invalid() + " invalid, " + count(report.conflicts().size(), "conflict", "conflicts") + ", "
          + count(report.skipped(), "document", "documents") + " skipped";
    }

    private static String count(int n, String one, String many) {
      return n + " " + (n == 1 ? one : many);
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

  /** {@code diff} ({@link CliModel#DIFF}, spec 12.2). */
  static final class Diff {
    final Cli parent;
    final Common common;
    final Path input;
    final Path against;
    final String format;

    final boolean why;

    Diff(Cli parent, CliArguments arguments) {
      this.parent = parent;
      common = new Common(arguments);
      why = arguments.flag("--why");
      input = java.util.Objects.requireNonNull(arguments.path("--input"));
      against = java.util.Objects.requireNonNull(arguments.path("--against"));
      format = java.util.Objects.requireNonNull(arguments.value("--output-format"));
    }

    int call() {
      if (!format.equals("text") && !format.equals("json")) {
        parent.err.println("error: --output-format " + format + ": must be text or json");
        return ExitCode.USAGE;
      }
      if (why && (format.equals("json") || input.toString().equals(STANDARD_STREAM))) {
        parent.err.println("error: --why needs --output-format text and --input a file (it reads the request twice)");
        return ExitCode.USAGE;
      }
      Option<PlatformProfile> profile = common.profile(parent);
      if (profile.isEmpty() || common.missingChartSchemas(parent)) {
        return ExitCode.USAGE;
      }
      PrintStreamEventLog log = new PrintStreamEventLog(parent.err, common.quiet);
      ChartSchemaSource schemas = Outcomes.chartSchemas(common.chartSchemaDir(parent, profile.get()), java.util.Map.of(),
          profile.get());
      RequestSource source = input.toString().equals(STANDARD_STREAM)
          ? new StreamRequestSource("standard input", parent.in) : new FileRequestSource(parent.resolve(input));
      Path dir = parent.resolve(against);
      DiffUseCase diff = Wiring.diff(source, new PreviousOutput().source(dir), schemas,
          KratixEnvironment.offline(PipelineContext.Action.CONFIGURE, parent.env), log);
      Either<DiffUseCase.Failure, DiffUseCase.Compared> outcome = diff.diff(profile.get());
      if (outcome.isLeft()) {
        DiffUseCase.Failure failure = outcome.getLeft();
        if (failure instanceof DiffUseCase.RunFailed f) {
          parent.err.println("error: " + RunFailures.render(f.failure()));
        } else if (failure instanceof DiffUseCase.Refused r) {
          parent.err.println("error: --against " + r.reason());
        } else {
          for (DiffProblem p : ((DiffUseCase.Incomparable) failure).problems()) {
            parent.err.println("error: " + DiffTexts.problem(p));
          }
        }
        return ExitCode.USAGE;
      }
      io.vavr.collection.Seq<ObjectDiff> diffs = outcome.get().diffs();
      if (!common.quiet) {
        for (String note : outcome.get().notes()) {
          parent.err.println("note: " + note);
        }
      }
      if (format.equals("json")) {
        parent.out.print(JsonTreeWriter.write(DiffTexts.json(diffs)));
      } else {
        io.vavr.collection.Seq<String> lines = DiffTexts.lines(diffs, YamlScalarQuoting.INSTANCE);
        io.vavr.collection.Seq<ExplainedValue> values = why ? explained(profile.get()) : io.vavr.collection.Vector.empty();
        int at = 0;
        for (ObjectDiff d : diffs) {
          if (!(d instanceof ObjectDiff.Changed changed)) {
            parent.out.println(lines.get(at++));
            continue;
          }
          for (tech.integratn.vcluster.domain.diff.ValueChange change : changed.changes()) {
            parent.out.println(lines.get(at++));
            Option<tech.integratn.vcluster.domain.diff.ObjectPath> inner = chartValuePath(d, change.path());
            if (inner.isDefined()) {
              for (String line : ExplainTexts.why(inner.get(), values, YamlScalarQuoting.INSTANCE)) {
                parent.out.println(line);
              }
            }
          }
        }
      }
      parent.out.flush();
      if (!common.quiet) {
        parent.err.println(diffs.isEmpty() ? "no differences from " + against
            : diffs.size() + (diffs.size() == 1 ? " object differs" : " objects differ") + " from " + against);
      }
      return diffs.isEmpty() ? ExitCode.OK : ExitCode.INVALID_REQUEST;
    }

    /** The chart values of the request with their provenance, for {@code --why}; none for a sub-promise's request. */
    private io.vavr.collection.Seq<ExplainedValue> explained(PlatformProfile profile) {
      Either<ExplainFailure, io.vavr.collection.Seq<ExplainedValue>> values = Wiring.explanation(
          new FileRequestSource(parent.resolve(input)), new PrintStreamEventLog(parent.err, true))
          .explain(new ExplainValuesCommand(profile, Option.none()));
      return values.isRight() ? values.get() : io.vavr.collection.Vector.empty();
    }

    /** {@code path} inside the valuesObject when {@code diff} is the ArgoCDApplication sub-request and the path is a chart value. */
    private static Option<tech.integratn.vcluster.domain.diff.ObjectPath> chartValuePath(ObjectDiff diff,
        tech.integratn.vcluster.domain.diff.ObjectPath path) {
      io.vavr.collection.Vector<tech.integratn.vcluster.domain.diff.ObjectPath.Segment> prefix =
          tech.integratn.vcluster.domain.diff.ObjectPath.of("spec", "source", "helm", "valuesObject").segments();
      io.vavr.collection.Vector<tech.integratn.vcluster.domain.diff.ObjectPath.Segment> segments = path.segments();
      if (!diff.key().kind().equals("ArgoCDApplication") || segments.size() <= prefix.size()
          || !segments.take(prefix.size()).equals(prefix)) {
        return Option.none();
      }
      return Option.some(new tech.integratn.vcluster.domain.diff.ObjectPath(segments.drop(prefix.size())));
    }
  }

  /** {@code explain} ({@link CliModel#EXPLAIN}, spec 12.3). */
  static final class Explain {
    final Cli parent;
    final Common common;
    final Path input;
    final @Nullable String path;

    Explain(Cli parent, CliArguments arguments) {
      this.parent = parent;
      common = new Common(arguments);
      input = java.util.Objects.requireNonNull(arguments.path("--input"));
      path = arguments.value("--path");
    }

    int call() {
      Option<PlatformProfile> profile = common.profile(parent);
      if (profile.isEmpty()) {
        return ExitCode.USAGE;
      }
      PrintStreamEventLog log = new PrintStreamEventLog(parent.err, common.quiet);
      RequestSource source = input.toString().equals(STANDARD_STREAM)
          ? new StreamRequestSource("standard input", parent.in) : new FileRequestSource(parent.resolve(input));
      Either<ExplainFailure, io.vavr.collection.Seq<ExplainedValue>> outcome = Wiring.explanation(source, log)
          .explain(new ExplainValuesCommand(profile.get(), Option.of(path)));
      if (outcome.isLeft()) {
        parent.err.println("error: " + ExplainFailures.render(outcome.getLeft()));
        return ExitCode.USAGE;
      }
      for (String line : ExplainTexts.lines(outcome.get(), YamlScalarQuoting.INSTANCE)) {
        parent.out.println(line);
      }
      parent.out.flush();
      if (!common.quiet) {
        int n = outcome.get().size();
        parent.err.println("explained " + n + (n == 1 ? " chart value" : " chart values"));
      }
      return ExitCode.OK;
    }
  }

  /**
   * picocli's model of {@link CliModel}, built through its programmatic API (no annotations, no
   * reflection): it prints every help and every usage error, and runs any command line
   * {@link CliParser} leaves to it.
   */
  static final class Picocli {

    private Picocli() {}

    /** The command line of {@code cli}; an internal error of a command is reported per {@code debug}. */
    static CommandLine commandLine(Cli cli, boolean debug) {
      Top noCommand = new Top(cli);
      CommandSpec top = CommandSpec.wrapWithoutInspection(noCommand);
      noCommand.spec = top;
      top.name("vcluster-orchestrator").versionProvider(new Version());
      top.usageMessage()
          .description(CliModel.DESCRIPTION)
          .exitCodeListHeading("%nExit codes:%n")
          .exitCodeList(CliModel.exitCodes())
          .footerHeading("%nEnvironment:%n")
          .footer(Cli.ENVIRONMENT);
      standardOptions(top);
      top.exitCodeOnInvalidInput(ExitCode.USAGE);
      top.exitCodeOnUsageHelp(ExitCode.OK);
      for (CliModel.Subcommand command : CliModel.COMMANDS) {
        top.addSubcommand(command.name(), subcommand(command, cli));
      }
      top.addSubcommand(CliModel.HELP, help());
      CommandLine line = new CommandLine(top)
          .setOut(new PrintWriter(cli.out, true))
          .setErr(new PrintWriter(cli.err, true))
          .setParameterExceptionHandler(Picocli::usageError)
          .setExecutionExceptionHandler(new CommandLine.IExecutionExceptionHandler() {
            @Override
            public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
              return Outcomes.internalError(e, debug, cli.err);
            }
          });
      return line;
    }

    private static CommandSpec subcommand(CliModel.Subcommand command, Cli cli) {
      Run run = new Run(command, cli);
      CommandSpec spec = CommandSpec.wrapWithoutInspection(run);
      run.spec = spec;
      spec.name(command.name()).versionProvider(new Version());
      spec.usageMessage().description(command.description());
      if (command.footer()) {
        spec.usageMessage().footerHeading("%nEnvironment:%n").footer(Cli.ENVIRONMENT);
      }
      standardOptions(spec);
      for (CliModel.Option option : command.options()) {
        spec.addOption(option(option));
      }
      if (!command.oneOf().isEmpty()) {
        ArgGroupSpec.Builder group = ArgGroupSpec.builder().exclusive(true).multiplicity("1");
        for (CliModel.Option option : command.oneOf()) {
          group.addArg(option(option));
        }
        spec.addArgGroup(group.build());
      }
      return spec;
    }

    private static OptionSpec option(CliModel.Option option) {
      OptionSpec.Builder builder = OptionSpec.builder(option.names().toArray(new String[0]))
          .type(option.type())
          .required(option.required())
          .description(option.description());
      if (option.label() != null) {
        builder.paramLabel(option.label());
      }
      if (option.defaultValue() != null) {
        builder.defaultValue(option.defaultValue());
      }
      return builder.build();
    }

    /** {@code -h, --help} and {@code -V, --version}, as picocli's standard help options are. */
    private static void standardOptions(CommandSpec spec) {
      spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
          .description("Show this help message and exit.").build());
      spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
          .description("Print version information and exit.").build());
    }

    /** {@code help} and {@code help COMMAND}: the same text as {@code --help} (spec 11.4). */
    private static CommandSpec help() {
      Help help = new Help();
      CommandSpec spec = CommandSpec.wrapWithoutInspection(help);
      help.spec = spec;
      spec.name(CliModel.HELP).helpCommand(true).versionProvider(new Version());
      spec.usageMessage().description(CliModel.HELP_DESCRIPTION);
      standardOptions(spec);
      spec.addOption(option(CliModel.HELP_QUIET));
      spec.addPositional(PositionalParamSpec.builder().paramLabel("COMMAND").arity("0..1").type(String.class)
          .description("The command to describe.").build());
      return spec;
    }

    /** The top command with no subcommand: its help, exit 2. */
    private static final class Top implements Callable<Integer> {
      private final Cli cli;
      @Nullable CommandSpec spec;

      Top(Cli cli) {
        this.cli = cli;
      }

      @Override
      public Integer call() {
        java.util.Objects.requireNonNull(spec).commandLine().usage(cli.out);
        return ExitCode.USAGE;
      }
    }

    /** A subcommand: its parsed values handed to {@link Cli#execute}. */
    static final class Run implements Callable<Integer> {
      private final CliModel.Subcommand command;
      private final Cli cli;
      @Nullable CommandSpec spec;

      Run(CliModel.Subcommand command, Cli cli) {
        this.command = command;
        this.cli = cli;
      }

      @Override
      public Integer call() {
        return cli.execute(arguments());
      }

      /** The values picocli parsed, as {@link CliParser} gives them. */
      CliArguments arguments() {
        CommandSpec parsed = java.util.Objects.requireNonNull(spec);
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (java.util.List<CliModel.Option> options : java.util.List.of(command.options(), command.oneOf())) {
          for (CliModel.Option o : options) {
            Object value = parsed.findOption(o.key()).getValue();
            if (o.flag() && Boolean.TRUE.equals(value)) {
              flags.add(o.key());
            } else if (!o.flag() && value != null) {
              values.put(o.key(), String.valueOf(value));
            }
          }
        }
        return new CliArguments(command.name(), Map.copyOf(values), Set.copyOf(flags));
      }
    }

    /** The help command: prints the top's or a subcommand's help. */
    private static final class Help implements Callable<Integer> {
      @Nullable CommandSpec spec;

      @Override
      public Integer call() {
        CommandSpec help = java.util.Objects.requireNonNull(spec);
        CommandLine parent = help.parent().commandLine();
        Object command = help.positionalParameters().get(0).getValue();
        if (command == null) {
          parent.usage(parent.getOut());
          return ExitCode.OK;
        }
        CommandLine sub = parent.getSubcommands().get(command.toString());
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

    /** The jar's version, for picocli's {@code --version}. */
    private static final class Version implements CommandLine.IVersionProvider {
      @Override
      public String[] getVersion() {
        return new String[] {Cli.version()};
      }
    }
  }
}
