package tech.integratn.vcluster.application.fakes;

import io.vavr.collection.Vector;
import tech.integratn.vcluster.application.port.out.EventLog;

/** Keeps every logged line, prefixed {@code info:} or {@code warning:}. */
public final class RecordingEventLog implements EventLog {

  private Vector<String> lines = Vector.empty();

  @Override
  public void info(String line) {
    lines = lines.append("info: " + line);
  }

  @Override
  public void warn(String line) {
    lines = lines.append("warning: " + line);
  }

  public Vector<String> lines() {
    return lines;
  }
}
