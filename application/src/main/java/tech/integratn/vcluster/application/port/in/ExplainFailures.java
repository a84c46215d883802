package tech.integratn.vcluster.application.port.in;

/** The one place that renders an {@link ExplainFailure} as text for a person. */
public final class ExplainFailures {

  private ExplainFailures() {}

  public static String render(ExplainFailure failure) {
    if (failure instanceof ExplainFailure.Rejected r) {
      return RunFailures.render(new RunFailure.Rejected(r.rejection()));
    }
    if (failure instanceof ExplainFailure.InputUnreadable i) {
      return RunFailures.render(new RunFailure.InputUnreadable(i.source(), i.reason()));
    }
    if (failure instanceof ExplainFailure.NoChartValues n) {
      return "explain: " + n.kind() + " requests render no chart values (only VClusterOrchestratorV2 requests do)";
    }
    if (failure instanceof ExplainFailure.BadPath b) {
      return "--path " + b.path() + ": " + b.reason();
    }
    ExplainFailure.UnknownPath u = (ExplainFailure.UnknownPath) failure;
    return "--path " + u.path() + ": the engine sets no chart value there for this request"
        + " (the chart's own defaults are not listed; run explain without --path to see every value)";
  }
}
