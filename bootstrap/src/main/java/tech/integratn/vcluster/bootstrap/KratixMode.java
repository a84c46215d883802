package tech.integratn.vcluster.bootstrap;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.PrintStream;
import java.nio.file.Path;
import tech.integratn.vcluster.adapters.fs.DirectoryManifestSink;
import tech.integratn.vcluster.adapters.fs.FileRequestSource;
import tech.integratn.vcluster.adapters.fs.FileStatusSink;
import tech.integratn.vcluster.adapters.fs.FileWorkflowControl;
import tech.integratn.vcluster.adapters.fs.PrintStreamEventLog;
import tech.integratn.vcluster.adapters.kratix.KratixEnvironment;
import tech.integratn.vcluster.adapters.kratix.KratixLayout;
import tech.integratn.vcluster.application.port.in.RunWorkflowUseCase;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.promise.PromiseSettings;

/**
 * The jar run with no arguments: a Kratix pipeline container. Reads the Kratix environment,
 * runs the workflow against the {@code /kratix} tree and exits 0, 1 (invalid request: the
 * previous output stays in place downstream) or 2.
 */
final class KratixMode {

  /** Path of a platform profile YAML file, if the pipeline supplies one. */
  static final String PROFILE_ENV = PromiseSettings.PROFILE_ENV;
  static final String DEBUG_ENV = "VCLUSTER_DEBUG";

  private KratixMode() {}

  static int run(java.util.Map<String, String> environment, KratixLayout layout, PrintStream err) {
    boolean debug = "true".equals(environment.get(DEBUG_ENV));
    try {
      Either<String, KratixEnvironment> context = KratixEnvironment.from(environment);
      if (context.isLeft()) {
        err.println("error: " + context.getLeft());
        return ExitCode.USAGE;
      }
      String profileFile = environment.get(PROFILE_ENV);
      boolean named = profileFile != null && !profileFile.isBlank();
      Option<PlatformProfile> profile = Outcomes.profile(named ? Option.some(Path.of(profileFile)) : Option.none(),
          PROFILE_ENV, environment, err);
      if (profile.isEmpty()) {
        return ExitCode.USAGE;
      }
      Wiring wiring = new Wiring(new FileRequestSource(layout.inputObject()),
          new DirectoryManifestSink(layout.outputDirectory(), DirectoryManifestSink.Mode.IN_PLACE),
          new FileStatusSink(layout.statusFile()), new FileWorkflowControl(layout.workflowControlFile()),
          Outcomes.chartSchemas(Option.none(), environment, profile.get()), context.get(),
          new PrintStreamEventLog(err, false));
      RunWorkflowUseCase workflow = wiring.workflow(HostAccess.inCluster(environment));
      return Outcomes.exitCode(workflow.run(profile.get()), err);
    } catch (RuntimeException | Error e) {
      return Outcomes.internalError(e, debug, err);
    }
  }
}
