package tech.integratn.vcluster.bootstrap;

/** Process exit codes of the jar. */
public final class ExitCode {

  private ExitCode() {}

  /** Rendered, validated or deleted. */
  public static final int OK = 0;
  /** The request is invalid; every problem went to standard error. */
  public static final int INVALID_REQUEST = 1;
  /** Wrong usage or environment (arguments, missing Kratix variables, unwritable output, bad profile). */
  public static final int USAGE = 2;
  /** An unexpected internal failure (a bug): one line, and the trace with --debug. */
  public static final int INTERNAL = 3;
}
