package tech.integratn.vcluster.adapters.kubernetes;

import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeList;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.application.port.out.LeftoverVolumes;
import tech.integratn.vcluster.domain.cleanup.CleanupFailure;
import tech.integratn.vcluster.domain.cleanup.LeftoverVolume;
import tech.integratn.vcluster.domain.cleanup.Redaction;
import tech.integratn.vcluster.domain.names.KubernetesNames;

/**
 * {@link LeftoverVolumes} on the host's API server, through the fabric8 client on the JDK's HTTP
 * client. It lists PersistentVolumes by label selector (every page, at most {@value #MAX_PAGES})
 * and deletes single ones by a name that is a DNS-1123 subdomain; it has no code path that touches
 * any other kind. It never follows a redirect and refuses a body over 16 MiB. Reading the access
 * (a kubeconfig, its exec plugin) and every call end within the call timeout (30 s) and all of them
 * within the clean-up's budget (2 minutes, counted from construction); a call that would start
 * after the budget is not made. The answers are only reported: the caller checks them (spec 10.3).
 */
public final class KubernetesLeftoverVolumes implements LeftoverVolumes {

  public static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration BUDGET = Duration.ofMinutes(2);
  /** Pages of one list followed at most (spec 10.3). */
  public static final int MAX_PAGES = 50;
  static final long PAGE_SIZE = 500;

  /** Where Kubernetes mounts a pod's service account. */
  public static final Path SERVICE_ACCOUNT_DIR = Path.of("/var/run/secrets/kubernetes.io/serviceaccount");

  private final ClusterAccess access;
  private final Duration callTimeout;
  private final Budget budget;
  private final BodyLimit bodyLimit;
  private final ExecutorService calls;
  private @Nullable Either<CleanupFailure, KubernetesClient> client;
  private volatile Redaction redaction = Redaction.none();

  KubernetesLeftoverVolumes(ClusterAccess access, Duration callTimeout, Budget budget, long maxBody) {
    this.access = access;
    this.callTimeout = callTimeout;
    this.budget = budget;
    this.bodyLimit = new BodyLimit(maxBody);
    this.calls = Executors.newCachedThreadPool(r -> {
      Thread thread = new Thread(r, "host-cleanup");
      thread.setDaemon(true);
      return thread;
    });
  }

  KubernetesLeftoverVolumes(ClusterAccess access, Duration callTimeout, Duration budget) {
    this(access, callTimeout, Budget.of(budget), BodyLimit.MAX_BYTES);
  }

  /**
   * In a pipeline pod: the service account, with the API server from {@code KUBERNETES_SERVICE_HOST}
   * and {@code KUBERNETES_SERVICE_PORT}; or why not. Nothing else of the environment is read.
   */
  public static Either<String, LeftoverVolumes> inCluster(Map<String, String> env, Path serviceAccountDir,
      Duration callTimeout, Duration budget) {
    Either<String, ClusterAccess> access = serviceAccount(env, serviceAccountDir);
    return access.isLeft() ? Either.left(access.getLeft())
        : Either.right(new KubernetesLeftoverVolumes(access.get(), callTimeout, budget));
  }

  static Either<String, ClusterAccess> serviceAccount(Map<String, String> env, Path serviceAccountDir) {
    String host = env.get("KUBERNETES_SERVICE_HOST");
    if (host == null || host.isBlank()) {
      return Either.left("not running in a Kubernetes pod (KUBERNETES_SERVICE_HOST is not set)");
    }
    String port = env.get("KUBERNETES_SERVICE_PORT");
    return Either.right(ClusterAccess.serviceAccount(host.strip(),
        port == null || port.isBlank() ? "443" : port.strip(), serviceAccountDir));
  }

  /** Through the current context of a kubeconfig file. */
  public static LeftoverVolumes kubeconfig(Path file, Duration callTimeout, Duration budget) {
    return new KubernetesLeftoverVolumes(ClusterAccess.kubeconfig(file), callTimeout, budget);
  }

  @Override
  public Either<CleanupFailure, Seq<LeftoverVolume>> find(String labelSelector) {
    if (labelSelector.isBlank()) {
      return Either.left(new CleanupFailure.BadConfiguration(
          "an empty label selector would select every PersistentVolume; nothing was listed"));
    }
    String what = "list PersistentVolumes with " + labelSelector;
    Vector<LeftoverVolume> volumes = Vector.empty();
    String next = null;
    for (int page = 1; page <= MAX_PAGES; page++) {
      ListOptionsBuilder options = new ListOptionsBuilder().withLabelSelector(labelSelector).withLimit(PAGE_SIZE);
      if (next != null) {
        options.withContinue(next);
      }
      io.fabric8.kubernetes.api.model.ListOptions built = options.build();
      Either<CleanupFailure, PersistentVolumeList> listed = call(what, c -> c.persistentVolumes().list(built));
      if (listed.isLeft()) {
        return Either.left(listed.getLeft());
      }
      if (listed.get().getItems() != null) {
        for (PersistentVolume pv : listed.get().getItems()) {
          if (pv != null) {
            volumes = volumes.append(volume(pv));
          }
        }
      }
      next = listed.get().getMetadata() == null ? null : listed.get().getMetadata().getContinue();
      if (next == null || next.isEmpty()) {
        return Either.right(volumes);
      }
    }
    return Either.left(new CleanupFailure.Incomplete(what, MAX_PAGES));
  }

  @Override
  public Either<CleanupFailure, Boolean> remove(String name) {
    String what = "delete PersistentVolume " + name;
    if (!KubernetesNames.isDnsSubdomain(name)) {
      // a name is a path segment of the DELETE: "../", "?", "#" or "%" would address something else
      return Either.left(new CleanupFailure.InvalidName(what));
    }
    return call(what, c -> !c.persistentVolumes().withName(name).delete().isEmpty());
  }

  @Override
  public Redaction redaction() {
    return redaction;
  }

  static LeftoverVolume volume(PersistentVolume pv) {
    String claimNamespace = pv.getSpec() != null && pv.getSpec().getClaimRef() != null
        ? pv.getSpec().getClaimRef().getNamespace() : null;
    String phase = pv.getStatus() != null && pv.getStatus().getPhase() != null ? pv.getStatus().getPhase() : "";
    String name = pv.getMetadata() != null && pv.getMetadata().getName() != null ? pv.getMetadata().getName() : "";
    io.vavr.collection.Map<String, String> labels = LinkedHashMap.empty();
    if (pv.getMetadata() != null && pv.getMetadata().getLabels() != null) {
      for (Map.Entry<String, String> label : pv.getMetadata().getLabels().entrySet()) {
        if (label.getKey() != null && label.getValue() != null) {
          labels = labels.put(label.getKey(), label.getValue());
        }
      }
    }
    // only an absent or empty namespace is "no claim namespace" (7.1); white space is a namespace that is not ours
    return new LeftoverVolume(name,
        claimNamespace == null || claimNamespace.isEmpty() ? Option.none() : Option.some(claimNamespace), phase, labels);
  }

  /** One API call, bounded by the call timeout and what is left of the budget. */
  private <T> Either<CleanupFailure, T> call(String what, ClientCall<T> action) {
    if (budget.usedUp()) {
      return Either.left(new CleanupFailure.OutOfTime(what, budget.millis()));
    }
    Either<CleanupFailure, KubernetesClient> connected = client();
    if (connected.isLeft()) {
      return Either.left(connected.getLeft());
    }
    if (budget.usedUp()) {
      return Either.left(new CleanupFailure.OutOfTime(what, budget.millis()));
    }
    KubernetesClient c = connected.get();
    bodyLimit.reset();
    Outcome<T> outcome = bounded(() -> action.apply(c), true);
    if (outcome.result != null) {
      return Either.right(outcome.result);
    }
    if (outcome.timedOut) {
      return Either.left(new CleanupFailure.TimedOut(what, callTimeout.toMillis()));
    }
    if (outcome.error == null) {
      return Either.left(new CleanupFailure.NoAnswer(what, budget.millis()));
    }
    if (bodyLimit.exceeded()) {
      return Either.left(new CleanupFailure.TooLarge(what, BodyLimit.MAX_BYTES));
    }
    return Either.left(Failures.classify(what, outcome.error, callTimeout.toMillis(), redaction));
  }

  /**
   * The client, made on first use inside the budget: reading and parsing a kubeconfig and running its
   * exec plugin count too (not against the call timeout: a cold JVM loads the parser first).
   */
  private Either<CleanupFailure, KubernetesClient> client() {
    if (client != null) {
      return client;
    }
    Outcome<Either<CleanupFailure, KubernetesClient>> outcome = bounded(this::connect, false);
    if (outcome.result != null) {
      client = outcome.result;
    } else if (outcome.error != null) {
      client = Either.left(new CleanupFailure.BadConfiguration(access.describe() + Failures.detail(outcome.error, redaction)));
    } else {
      // not cached: a later call says it was not attempted
      return Either.left(new CleanupFailure.BadConfiguration(access.describe() + " was not read and used within "
          + "the clean-up's " + seconds(budget.millis()) + " (a credential plugin that does not end?)"));
    }
    return client;
  }

  private Either<CleanupFailure, KubernetesClient> connect() {
    Either<CleanupFailure, Config> config = access.config(callTimeout);
    if (config.isLeft()) {
      return Either.left(config.getLeft());
    }
    Config c = config.get();
    redaction = new Redaction(List.of(text(c.getOauthToken()), text(c.getAutoOAuthToken()), text(c.getPassword())));
    String token = !text(c.getOauthToken()).isBlank() ? text(c.getOauthToken()) : text(c.getAutoOAuthToken());
    try {
      return Either.right(new KubernetesClientBuilder()
          .withConfig(c)
          .withHttpClientFactory(new NoRedirectsClientFactory(access.direct()))
          .withHttpClientBuilderConsumer(b -> b
              .addOrReplaceInterceptor("body-limit", bodyLimit)
              // fabric8's TOKEN interceptor answers a 401 by re-reading credentials and sending again: a fixed token instead
              .addOrReplaceInterceptor("TOKEN", new FixedToken(token)))
          .build());
    } catch (RuntimeException e) {
      return Either.left(new CleanupFailure.BadConfiguration(access.describe() + Failures.detail(e, redaction)));
    }
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value;
  }

  private static String seconds(long millis) {
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  /** How a bounded task ended: its result, its error, the call timeout, or (none of them) the budget. */
  private static final class Outcome<T> {
    @Nullable T result;
    @Nullable Throwable error;
    boolean timedOut;
  }

  /** Runs {@code task} on the call thread and waits at most the call timeout (if {@code timed}), and never past the budget. */
  private <T> Outcome<T> bounded(java.util.concurrent.Callable<T> task, boolean timed) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Future<?> running = calls.submit(() -> {
      try {
        result.complete(task.call());
      } catch (Throwable t) {
        result.completeExceptionally(t);
      }
    });
    Outcome<T> outcome = new Outcome<>();
    try {
      CompletableFuture<Object> first = CompletableFuture.anyOf(result, budget.ended());
      if (timed) {
        first.get(callTimeout.toNanos(), TimeUnit.NANOSECONDS);
      } else {
        first.get();
      }
    } catch (TimeoutException e) {
      outcome.timedOut = !result.isDone();
    } catch (ExecutionException e) {
      // the result failed: read below
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!result.isDone()) {
      running.cancel(true);
      return outcome;
    }
    outcome.timedOut = false;
    try {
      outcome.result = result.getNow(null);
      if (outcome.result == null) {
        outcome.error = new IllegalStateException("no answer");
      }
    } catch (java.util.concurrent.CompletionException e) {
      outcome.error = e.getCause() == null ? e : e.getCause();
    } catch (java.util.concurrent.CancellationException e) {
      outcome.error = e;
    }
    return outcome;
  }

  /** A call of the client. */
  @FunctionalInterface
  interface ClientCall<T> {
    T apply(KubernetesClient client);
  }
}
