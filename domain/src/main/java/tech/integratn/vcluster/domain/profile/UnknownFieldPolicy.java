package tech.integratn.vcluster.domain.profile;

/** What a configure or validate run does with a request field the contract does not know. */
public enum UnknownFieldPolicy {
  /** Ignore it with a warning (the default). */
  WARN,
  /** Reject the request, listing it with the other problems (never applied on delete). */
  REJECT
}
