package tech.integratn.vcluster.domain.request;

import tech.integratn.vcluster.domain.network.AddressError;

/**
 * Everything that can be wrong with a request, as data. {@link Problems#render} is the one
 * place that turns a problem into text.
 */
public sealed interface RequestProblem {

  /** A value breaks a rule of its field. */
  record RuleBroken(String path, String rule, String got) implements RequestProblem {}

  /** A required field is absent. */
  record Missing(String path) implements RequestProblem {}

  /** A value has the wrong type (a string where an integer belongs). */
  record WrongType(String path, String expected, String got) implements RequestProblem {}

  /** An address field is malformed or the VIP is not usable. */
  record BadAddress(String path, AddressError error) implements RequestProblem {}

  /**
   * The final chart values break the chart's values schema; {@code field} is the request field
   * (or derived value) the message names, {@code message} the whole rendered line.
   */
  record ChartValues(String field, String message) implements RequestProblem {}

  /** The document is not parseable YAML. */
  record Syntax(String source, int line, int column, String message) implements RequestProblem {}

  /** The input could not be read or is refused as a whole (too large, too deep, not a map). */
  record Unreadable(String source, String reason) implements RequestProblem {}
}
