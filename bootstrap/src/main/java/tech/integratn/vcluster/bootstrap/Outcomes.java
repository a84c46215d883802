package tech.integratn.vcluster.bootstrap;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.nio.file.Path;
import tech.integratn.vcluster.adapters.fs.ProfileFileProblem;
import tech.integratn.vcluster.adapters.fs.ProfileFiles;
import tech.integratn.vcluster.adapters.fs.json.ChartSchemaDirectory;
import tech.integratn.vcluster.application.port.in.RunFailure;
import tech.integratn.vcluster.application.port.in.RunFailures;
import tech.integratn.vcluster.application.port.in.RunReport;
import tech.integratn.vcluster.application.port.out.ChartSchemaSource;
import tech.integratn.vcluster.domain.names.KubernetesNames;
import tech.integratn.vcluster.domain.profile.ImmutablePlatformProfile;
import tech.integratn.vcluster.domain.profile.ImmutableTenancyProfile;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.promise.PromiseSettings;

/** Turns run outcomes into exit codes and messages; shared by the Kratix mode and the CLI. */
final class Outcomes {

  private Outcomes() {}

  static int exitCode(Either<RunFailure, RunReport> outcome, PrintStream err) {
    if (outcome.isRight()) {
      return ExitCode.OK;
    }
    err.println("error: " + RunFailures.render(outcome.getLeft()));
    return outcome.getLeft() instanceof RunFailure.Rejected ? ExitCode.INVALID_REQUEST : ExitCode.USAGE;
  }

  /**
   * The profile at {@code file}, or the embedded integratn profile when none is given; none,
   * with every problem printed, when the file is not a valid profile. When {@code variable} (an
   * environment variable) named the file, every problem names it: {@code VCLUSTER_PROFILE=<file>: ...};
   * {@code VCLUSTER_PIPELINE_NAMESPACE} of {@code env} is reserved (spec 10.2, 11.1).
   */
  static io.vavr.control.Option<PlatformProfile> profile(io.vavr.control.Option<Path> file, String variable,
      java.util.Map<String, String> env, PrintStream err) {
    Either<Seq<ProfileFileProblem>, PlatformProfile> profile = file.isEmpty()
        ? Either.right(IntegratnProfile.PROFILE)
        : ProfileFiles.load(file.get(), IntegratnProfile.PROFILE);
    if (profile.isLeft()) {
      // each problem starts with the file's path: the variable that named it goes in front
      for (ProfileFileProblem p : profile.getLeft()) {
        err.println("error: " + (variable.isEmpty() ? "" : variable + "=") + ProfileFiles.render(p));
      }
      return io.vavr.control.Option.none();
    }
    String pipelineNamespace = env.get(PIPELINE_NAMESPACE_ENV);
    if (pipelineNamespace == null || pipelineNamespace.isBlank()) {
      return io.vavr.control.Option.some(profile.get());
    }
    if (!KubernetesNames.isDnsLabel(pipelineNamespace)) {
      err.println("error: " + PIPELINE_NAMESPACE_ENV + ": " + KubernetesNames.DNS_LABEL_RULE + " (got \""
          + pipelineNamespace + "\")");
      return io.vavr.control.Option.none();
    }
    // spec 10.2 and 11.1: the namespace the pipelines run in is reserved like the platform's own
    PlatformProfile p = profile.get();
    return io.vavr.control.Option.some(ImmutablePlatformProfile.copyOf(p).withTenancy(
        ImmutableTenancyProfile.copyOf(p.tenancy()).withPipelineNamespace(io.vavr.control.Option.some(pipelineNamespace))));
  }

  /** Environment variable naming the namespace the pipelines run in (spec 11.1), reserved (10.2). */
  static final String PIPELINE_NAMESPACE_ENV = PromiseSettings.PIPELINE_NAMESPACE_ENV;

  /** Environment variable naming a chart values schema directory. */
  static final String CHART_SCHEMAS_ENV = "VCLUSTER_CHART_SCHEMAS";

  /**
   * The chart schema directory: the command-line flag, else the environment variable, else the
   * profile's {@code chartSchemaDir}, else none.
   */
  static ChartSchemaSource chartSchemas(
      io.vavr.control.Option<Path> flag, java.util.Map<String, String> env, PlatformProfile profile) {
    io.vavr.control.Option<Path> dir = chartSchemaDir(flag, env, profile);
    return dir.isDefined() ? ChartSchemaDirectory.at(dir.get()) : ChartSchemaDirectory.none();
  }

  /** The chart schema directory's path, chosen as {@link #chartSchemas} chooses it. */
  static io.vavr.control.Option<Path> chartSchemaDir(
      io.vavr.control.Option<Path> flag, java.util.Map<String, String> env, PlatformProfile profile) {
    if (flag.isDefined()) {
      return flag;
    }
    String fromEnv = env.get(CHART_SCHEMAS_ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return io.vavr.control.Option.some(Path.of(fromEnv));
    }
    if (profile.chartSchemaDir().isDefined()) {
      return io.vavr.control.Option.some(Path.of(profile.chartSchemaDir().get()));
    }
    return io.vavr.control.Option.none();
  }

  /**
   * An unexpected failure (a bug): its first message line, never the exception's class name (that,
   * with the stack trace, is for {@code --debug}).
   */
  static int internalError(Throwable e, boolean debug, PrintStream err) {
    String message = e.getMessage() == null || e.getMessage().isBlank() ? "" : e.getMessage();
    int end = message.indexOf('\n');
    message = end < 0 ? message : message.substring(0, end);
    err.println("internal error: " + (message.isEmpty() ? "an unexpected failure" : message));
    if (debug) {
      e.printStackTrace(err);
    } else {
      err.println("hint: re-run with --debug (or VCLUSTER_DEBUG=true in a pipeline) to see the stack trace");
    }
    return ExitCode.INTERNAL;
  }
}
