package tech.integratn.vcluster.domain.profile;

/** What a configure run does with a request that fails validation. */
public enum InvalidRequestPolicy {
  /** Exit non-zero so Kratix keeps the previous output in place (the default). */
  FAIL,
  /** Suspend the workflow through Kratix workflow control and report the problems in the status. */
  SUSPEND
}
