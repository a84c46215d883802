package tech.integratn.vcluster.domain.contract;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.network.AddressError;

/**
 * Everything that can be wrong with a request, as data. {@link Problems#render} is the one
 * place that turns a problem into text.
 */
public sealed interface RequestProblem {

  /** A value breaks a rule of its field. */
  record RuleBroken(String path, String rule, String got) implements RequestProblem {}

  /**
   * A field the contract does not know, in a run that rejects unknown fields (the CLI's
   * {@code --strict}, the profile's {@code unknownFields: reject}).
   *
   * @param path the field's path
   * @param closest the path of the known sibling field it is probably a typo of, if any
   */
  record UnknownField(String path, Option<String> closest) implements RequestProblem {}

  /**
   * A default of the platform profile does not work for this request; the request can set
   * {@code fields} to choose another value.
   *
   * @param path the field whose default it is
   * @param error what is wrong with the default
   * @param fields the request fields to set instead, in the order to suggest them
   */
  record ProfileDefaultUnusable(String path, AddressError error, Seq<String> fields) implements RequestProblem {}

  /**
   * The platform keeps a value or a path to itself (spec 10.2): {@code <path>: <rule>}, the rule
   * naming the profile key that reserves it, e.g. {@code is reserved by the platform
   * (tenancy.helmOverrides.deny: rbac)}.
   */
  record Reserved(String path, String rule) implements RequestProblem {}

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

  /**
   * The input could not be opened or read at all (no such file, permission denied): the
   * environment's fault, not the request's.
   */
  record Inaccessible(String source, String reason) implements RequestProblem {}

  /** The input could not be read or is refused as a whole (too large, too deep, not a map). */
  record Unreadable(String source, String reason) implements RequestProblem {}
}
