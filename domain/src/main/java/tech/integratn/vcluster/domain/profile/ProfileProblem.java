package tech.integratn.vcluster.domain.profile;

import io.vavr.control.Option;

/**
 * Everything that can be wrong with a platform profile document, as data; {@link ProfileProblems#render}
 * is the one place that turns a problem into text.
 */
public sealed interface ProfileProblem {

  /** The document as a whole is not a map; {@code got} describes what it is. */
  record NotAMap(String got) implements ProfileProblem {}

  /**
   * A key the profile does not have.
   *
   * @param path the key's whole path, e.g. {@code registration.tokenItem.vault}
   * @param closest the whole path of the known sibling key it is probably a typo of, if any
   */
  record UnknownKey(String path, Option<String> closest) implements ProfileProblem {}

  /**
   * A key's value breaks its rule.
   *
   * @param path the key's whole path, e.g. {@code networkPolicies.nfs.port}
   * @param rule the rule broken, with the value given where it helps, e.g. {@code must be a boolean (got "yes")}
   */
  record Invalid(String path, String rule) implements ProfileProblem {}
}
