package tech.integratn.vcluster.bootstrap;

import tech.integratn.vcluster.adapters.kratix.KratixLayout;

/**
 * The jar's entry point. With no arguments it is a Kratix pipeline container and never loads the
 * CLI library (a cold JVM per run: every class loaded counts); with arguments it is the CLI.
 */
public final class Main {

  private Main() {}

  /**
   * The Kratix tree: {@code /kratix}, or the directory in {@code VCLUSTER_KRATIX_DIR} (a test and
   * local-debugging hook; Kratix itself always mounts {@code /kratix}).
   */
  static KratixLayout layout(java.util.Map<String, String> env) {
    String dir = env.get(KRATIX_DIR_ENV);
    return dir == null || dir.isBlank() ? KratixLayout.DEFAULT : new KratixLayout(java.nio.file.Path.of(dir));
  }

  static final String KRATIX_DIR_ENV = "VCLUSTER_KRATIX_DIR";

  public static void main(String[] args) {
    int code = args.length == 0
        ? KratixMode.run(System.getenv(), layout(System.getenv()), System.err)
        : Cli.run(args, System.getenv(), System.in, System.out, System.err);
    end(code);
  }

  /**
   * Ends the JVM with {@code code}: both streams flushed, then {@link Runtime#halt}. Nothing here
   * registers a shutdown hook, so {@code System.exit} would only add its exit logging (Java 21+),
   * whose logger lookup scans the jar for a {@code System.LoggerFinder}: about 10 ms of CPU per
   * run under the image's AOT cache, measured in {@code bench/README.md}.
   */
  static void end(int code) {
    System.out.flush();
    System.err.flush();
    Runtime.getRuntime().halt(code);
  }
}
