package tech.integratn.vcluster.domain.contract;

import io.vavr.control.Option;

/** Something in a request that does not fail it but that its author should know about. */
public sealed interface RequestWarning {

  /**
   * A field the contract does not know; it is ignored.
   *
   * @param path the field's path
   * @param closest the path of the known sibling field it is probably a typo of, if any
   */
  record UnknownField(String path, Option<String> closest) implements RequestWarning {
    public UnknownField(String path) {
      this(path, Option.none());
    }
  }

  /** A field that is accepted but has no effect in this version. */
  record NoEffect(String path, String why) implements RequestWarning {}
}
