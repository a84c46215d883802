package tech.integratn.vcluster.domain.cleanup;

/**
 * Why a call of the host clean-up did not succeed. Every one is a warning, never a failed delete
 * (a failing delete pipeline would hold the request's deletion forever). Rendered by
 * {@link CleanupTexts#render(CleanupFailure)}.
 */
public sealed interface CleanupFailure {

  /** The cluster cannot be reached with the configuration given (file, token or CA unreadable). */
  record BadConfiguration(String detail) implements CleanupFailure {}

  /** The API server refused the call (401 or 403). */
  record Refused(String call, int status, String detail) implements CleanupFailure {}

  /** The API server answered with another error status. */
  record ServerError(String call, int status, String detail) implements CleanupFailure {}

  /** No answer within the time one call may take. */
  record TimedOut(String call, long millis) implements CleanupFailure {}

  /** The clean-up's whole time budget was used up before this call. */
  record OutOfTime(String call, long budgetMillis) implements CleanupFailure {}

  /** The API server could not be reached at all. */
  record Unreachable(String call, String detail) implements CleanupFailure {}

  /** The call was sent, and the clean-up's budget ran out before its answer came. */
  record NoAnswer(String call, long budgetMillis) implements CleanupFailure {}

  /** The server answered with a redirect (3xx), which is never followed (spec 10.3). */
  record Redirected(String call, int status) implements CleanupFailure {}

  /** The answer's body was larger than the client accepts. */
  record TooLarge(String call, long limitBytes) implements CleanupFailure {}

  /** The list kept continuing: this many pages were read, and the clean-up stopped. */
  record Incomplete(String call, int pages) implements CleanupFailure {}

  /** A name that is not a DNS-1123 subdomain was never sent (it would be a path, a query or a fragment). */
  record InvalidName(String call) implements CleanupFailure {}
}
