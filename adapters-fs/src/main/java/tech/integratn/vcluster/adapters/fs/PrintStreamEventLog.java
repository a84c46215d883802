package tech.integratn.vcluster.adapters.fs;

import java.io.PrintStream;
import tech.integratn.vcluster.application.port.out.EventLog;

/** Logs events as lines on a stream ({@code info:} and {@code warning:} prefixes). */
public final class PrintStreamEventLog implements EventLog {

  private final PrintStream out;
  private final boolean quiet;

  public PrintStreamEventLog(PrintStream out, boolean quiet) {
    this.out = out;
    this.quiet = quiet;
  }

  @Override
  public void info(String line) {
    if (!quiet) {
      out.println("info: " + line);
    }
  }

  @Override
  public void warn(String line) {
    out.println("warning: " + line);
  }
}
