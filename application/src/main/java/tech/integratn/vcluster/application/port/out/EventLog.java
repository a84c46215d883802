package tech.integratn.vcluster.application.port.out;

/** The run's log for an operator: one line per event. */
public interface EventLog {

  void info(String line);

  void warn(String line);
}
