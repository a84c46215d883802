package tech.integratn.vcluster.bootstrap;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import tech.integratn.vcluster.adapters.fs.DirectoryManifestSink;
import tech.integratn.vcluster.adapters.fs.FileRequestSource;
import tech.integratn.vcluster.adapters.fs.PrintStreamEventLog;
import tech.integratn.vcluster.adapters.fs.RenderedDirectory;
import tech.integratn.vcluster.adapters.kratix.KratixEnvironment;
import tech.integratn.vcluster.application.port.in.ValidateRenderedCommand;
import tech.integratn.vcluster.application.port.in.ValidateRequestCommand;
import tech.integratn.vcluster.application.port.out.ChartSchemaSource;
import tech.integratn.vcluster.application.port.out.PipelineContext;
import tech.integratn.vcluster.application.service.ValidateRenderedService;
import tech.integratn.vcluster.application.service.ValidateRequestService;
import tech.integratn.vcluster.domain.profile.PlatformProfile;

/** The offline CLI: {@code render}, {@code validate}, {@code --help}, {@code --version}. */
@Command(
    name = "vcluster-orchestrator",
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class,
    description = {
      "Renders VClusterOrchestratorV2 requests into the files a Kratix pipeline would write.",
      "Run with no arguments inside a Kratix pipeline container."
    },
    subcommands = {Cli.Render.class, Cli.Validate.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:invalid request", "2:usage or environment error", "3:internal error"})
final class Cli implements Callable<Integer> {

  final java.util.Map<String, String> env;
  final PrintStream out;
  final PrintStream err;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  Cli(java.util.Map<String, String> env, PrintStream out, PrintStream err) {
    this.env = env;
    this.out = out;
    this.err = err;
  }

  static int run(String[] args, java.util.Map<String, String> env, PrintStream out, PrintStream err) {
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    Cli cli = new Cli(env, out, err);
    CommandLine line = new CommandLine(cli)
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .setExecutionExceptionHandler((e, cmd, parsed) -> Outcomes.internalError(e, debug, err));
    line.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE);
    line.getCommandSpec().exitCodeOnUsageHelp(ExitCode.OK);
    return line.execute(args);
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
  }

  @Command(name = "render", mixinStandardHelpOptions = true,
      description = "Render a request into OUT_DIR and its status into META_DIR, as the pipeline would.")
  static final class Render implements Callable<Integer> {
    @CommandLine.ParentCommand Cli parent;
    @CommandLine.Mixin Common common;

    @CommandLine.Option(names = "--input", required = true, paramLabel = "REQUEST.yaml",
        description = "The request object (a VClusterOrchestratorV2 document).")
    Path input;

    @CommandLine.Option(names = "--output", required = true, paramLabel = "OUT_DIR",
        description = "Replaced as a whole, and only when the run succeeds.")
    Path output;

    @CommandLine.Option(names = "--metadata", required = true, paramLabel = "META_DIR",
        description = "Receives status.yaml (and workflow-control.yaml when a profile suspends).")
    Path metadata;

    @CommandLine.Option(names = "--action", defaultValue = "configure", paramLabel = "ACTION",
        description = "configure (default) or delete.")
    String action;

    @CommandLine.Option(names = {"-q", "--quiet"}, description = "Print warnings and errors only.")
    boolean quiet;

    @CommandLine.Option(names = "--kubeconfig", paramLabel = "FILE",
        description = "With --action delete: clean up the vcluster's leftover PersistentVolumes on the cluster "
            + "of this kubeconfig's current context (without it, the clean-up is skipped).")
    Path kubeconfig;

    @CommandLine.Option(names = "--dry-run",
        description = "With --action delete: list what the clean-up would delete, delete nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
      Option<PlatformProfile> profile = Outcomes.profile(Option.of(common.profile), parent.err);
      if (profile.isEmpty()) {
        return ExitCode.USAGE;
      }
      Either<String, PipelineContext.Action> parsed = KratixEnvironment.parseAction(action);
      if (parsed.isLeft()) {
        parent.err.println("error: --action " + parsed.getLeft());
        return ExitCode.USAGE;
      }
      PipelineContext context = KratixEnvironment.offline(parsed.get(), parent.env, dryRun);
      Wiring wiring = new Wiring(input, output, DirectoryManifestSink.Mode.REPLACE, metadata,
          Outcomes.chartSchemas(Option.of(common.chartSchemas), parent.env, profile.get()), context,
          new PrintStreamEventLog(parent.err, quiet));
      HostAccess host = kubeconfig != null ? HostAccess.kubeconfig(kubeconfig) : HostAccess.none("no --kubeconfig given");
      return Outcomes.exitCode(wiring.run(profile.get(), host), parent.err);
    }
  }

  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = {"Check a request (--input) or an already rendered tree (--rendered) and report every problem;",
          "writes nothing."})
  static final class Validate implements Callable<Integer> {
    @CommandLine.ParentCommand Cli parent;
    @CommandLine.Mixin Common common;

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** What to validate: a request or a rendered tree. */
    static final class Target {
      @CommandLine.Option(names = "--input", paramLabel = "REQUEST.yaml",
          description = "The request object (a VClusterOrchestratorV2 document).")
      Path input;

      @CommandLine.Option(names = "--rendered", paramLabel = "OUT_DIR",
          description = "A tree written by render or by the pipeline (e.g. in a GitOps repository's CI).")
      Path rendered;
    }

    @Override
    public Integer call() {
      Option<PlatformProfile> profile = Outcomes.profile(Option.of(common.profile), parent.err);
      if (profile.isEmpty()) {
        return ExitCode.USAGE;
      }
      PrintStreamEventLog log = new PrintStreamEventLog(parent.err, false);
      ChartSchemaSource schemas = Outcomes.chartSchemas(Option.of(common.chartSchemas), parent.env, profile.get());
      if (target.rendered != null) {
        ValidateRenderedService rendered = new ValidateRenderedService(new RenderedDirectory(target.rendered), schemas, log);
        return Outcomes.exitCode(rendered.validate(new ValidateRenderedCommand(true)), parent.err);
      }
      PipelineContext context = KratixEnvironment.offline(PipelineContext.Action.CONFIGURE, parent.env);
      ValidateRequestService service = new ValidateRequestService(new FileRequestSource(target.input), schemas, context, log);
      return Outcomes.exitCode(service.validate(new ValidateRequestCommand(profile.get())), parent.err);
    }
  }
}
