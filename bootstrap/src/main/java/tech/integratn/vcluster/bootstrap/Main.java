package tech.integratn.vcluster.bootstrap;

import tech.integratn.vcluster.adapters.kratix.KratixLayout;

/**
 * The jar's entry point. With no arguments it is a Kratix pipeline container and never loads the
 * CLI library (a cold JVM per run: every class loaded counts); with arguments it is the CLI.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    int code = args.length == 0
        ? KratixMode.run(System.getenv(), KratixLayout.DEFAULT, System.err)
        : Cli.run(args, System.getenv(), System.out, System.err);
    System.exit(code);
  }
}
