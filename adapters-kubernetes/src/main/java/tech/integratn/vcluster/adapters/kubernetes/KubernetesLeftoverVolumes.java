package tech.integratn.vcluster.adapters.kubernetes;

import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeList;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
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

/**
 * {@link LeftoverVolumes} on the host's API server, through the fabric8 client on the JDK's HTTP
 * client. It lists PersistentVolumes by label selector and deletes single ones by name; it has no
 * code path that touches any other kind. Every call ends within the call timeout (30 s) and all
 * calls within the clean-up's budget (2 minutes, counted from construction); a call that would
 * start after the budget is not made.
 */
public final class KubernetesLeftoverVolumes implements LeftoverVolumes {

  public static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration BUDGET = Duration.ofMinutes(2);

  /** Where Kubernetes mounts a pod's service account. */
  public static final Path SERVICE_ACCOUNT_DIR = Path.of("/var/run/secrets/kubernetes.io/serviceaccount");

  private final ClusterAccess access;
  private final Duration callTimeout;
  private final Duration budget;
  private final long deadline;
  private final ExecutorService calls;
  private @Nullable Either<CleanupFailure, KubernetesClient> client;

  KubernetesLeftoverVolumes(ClusterAccess access, Duration callTimeout, Duration budget) {
    this.access = access;
    this.callTimeout = callTimeout;
    this.budget = budget;
    this.deadline = System.nanoTime() + budget.toNanos();
    this.calls = Executors.newCachedThreadPool(r -> {
      Thread thread = new Thread(r, "host-cleanup");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * In a pipeline pod: the service account, with the API server from {@code KUBERNETES_SERVICE_HOST}
   * and {@code KUBERNETES_SERVICE_PORT}; or why not.
   */
  public static Either<String, LeftoverVolumes> inCluster(Map<String, String> env, Path serviceAccountDir,
      Duration callTimeout, Duration budget) {
    String host = env.get("KUBERNETES_SERVICE_HOST");
    if (host == null || host.isBlank()) {
      return Either.left("not running in a Kubernetes pod (KUBERNETES_SERVICE_HOST is not set)");
    }
    String port = env.get("KUBERNETES_SERVICE_PORT");
    ClusterAccess access = ClusterAccess.serviceAccount(host.strip(),
        port == null || port.isBlank() ? "443" : port.strip(), serviceAccountDir);
    return Either.right(new KubernetesLeftoverVolumes(access, callTimeout, budget));
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
    Either<CleanupFailure, PersistentVolumeList> listed = call("list PersistentVolumes with " + labelSelector,
        c -> c.persistentVolumes().list(new ListOptionsBuilder().withLabelSelector(labelSelector).build()));
    if (listed.isLeft()) {
      return Either.left(listed.getLeft());
    }
    Vector<LeftoverVolume> volumes = Vector.empty();
    for (PersistentVolume pv : listed.get().getItems()) {
      volumes = volumes.append(volume(pv));
    }
    return Either.right(volumes);
  }

  @Override
  public Either<CleanupFailure, Boolean> remove(String name) {
    return call("delete PersistentVolume " + name, c -> !c.persistentVolumes().withName(name).delete().isEmpty());
  }

  static LeftoverVolume volume(PersistentVolume pv) {
    String claimNamespace = pv.getSpec() != null && pv.getSpec().getClaimRef() != null
        ? pv.getSpec().getClaimRef().getNamespace() : null;
    String phase = pv.getStatus() != null && pv.getStatus().getPhase() != null ? pv.getStatus().getPhase() : "";
    return new LeftoverVolume(pv.getMetadata().getName(),
        claimNamespace == null || claimNamespace.isBlank() ? Option.none() : Option.some(claimNamespace), phase);
  }

  /** One API call, bounded by the call timeout and what is left of the budget. */
  private <T> Either<CleanupFailure, T> call(String what, ClientCall<T> action) {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      return Either.left(new CleanupFailure.OutOfTime(what, budget.toMillis()));
    }
    Either<CleanupFailure, KubernetesClient> connected = client();
    if (connected.isLeft()) {
      return Either.left(connected.getLeft());
    }
    KubernetesClient c = connected.get();
    long limit = Math.min(callTimeout.toNanos(), deadline - System.nanoTime());
    Callable<T> task = () -> action.apply(c);
    Future<T> result = calls.submit(task);
    try {
      return Either.right(result.get(Math.max(limit, 0), TimeUnit.NANOSECONDS));
    } catch (TimeoutException e) {
      result.cancel(true);
      return limit < callTimeout.toNanos()
          ? Either.left(new CleanupFailure.OutOfTime(what, budget.toMillis()))
          : Either.left(new CleanupFailure.TimedOut(what, callTimeout.toMillis()));
    } catch (ExecutionException e) {
      return Either.left(Failures.classify(what, e.getCause() == null ? e : e.getCause(), callTimeout.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Either.left(new CleanupFailure.OutOfTime(what, budget.toMillis()));
    }
  }

  private Either<CleanupFailure, KubernetesClient> client() {
    if (client == null) {
      Either<CleanupFailure, Config> config = access.config(callTimeout);
      if (config.isLeft()) {
        client = Either.left(config.getLeft());
      } else {
        try {
          client = Either.right(new KubernetesClientBuilder()
              .withConfig(config.get())
              .withHttpClientFactory(new JdkHttpClientFactory())
              .build());
        } catch (RuntimeException e) {
          client = Either.left(new CleanupFailure.BadConfiguration(access.describe() + Failures.detail(e)));
        }
      }
    }
    return client;
  }

  /** A call of the client. */
  @FunctionalInterface
  interface ClientCall<T> {
    T apply(KubernetesClient client);
  }
}
