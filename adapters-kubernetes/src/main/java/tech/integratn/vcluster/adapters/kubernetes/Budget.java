package tech.integratn.vcluster.adapters.kubernetes;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The clean-up's whole time budget (2 minutes in production): it ends once, and every call waits
 * for its answer at most until then. A test may end it by hand ({@link #manual}) at the moment it
 * chooses, so that no test depends on how fast the machine is.
 */
final class Budget {

  private final Duration total;
  private final CompletableFuture<Void> ended;

  private Budget(Duration total, CompletableFuture<Void> ended) {
    this.total = total;
    this.ended = ended;
  }

  /** A budget that ends {@code total} from now. */
  static Budget of(Duration total) {
    return new Budget(total, new CompletableFuture<Void>().completeOnTimeout(null, total.toNanos(), TimeUnit.NANOSECONDS));
  }

  /** A budget that ends only when {@link #end()} is called; {@code nominal} is what messages name. */
  static Budget manual(Duration nominal) {
    return new Budget(nominal, new CompletableFuture<>());
  }

  /** Ends the budget now. */
  void end() {
    ended.complete(null);
  }

  boolean usedUp() {
    return ended.isDone();
  }

  /** Completes when the budget ends. */
  CompletableFuture<Void> ended() {
    return ended;
  }

  long millis() {
    return total.toMillis();
  }
}
