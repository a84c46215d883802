package tech.integratn.vcluster.domain.request;

/** Something in a request that does not fail it but that its author should know about. */
public sealed interface RequestWarning {

  /** A field the contract does not know; it is ignored. */
  record UnknownField(String path) implements RequestWarning {}

  /** A field that is accepted but has no effect in this version. */
  record NoEffect(String path, String why) implements RequestWarning {}
}
