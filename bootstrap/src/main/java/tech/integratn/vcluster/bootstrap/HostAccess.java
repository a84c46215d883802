package tech.integratn.vcluster.bootstrap;

import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.adapters.kubernetes.KubernetesLeftoverVolumes;
import tech.integratn.vcluster.application.port.out.HostCleanupAccess;
import tech.integratn.vcluster.application.port.out.LeftoverVolumes;

/**
 * How a delete run reaches the host's API for its clean-up (spec 7.1): the pod's service account
 * in Kratix mode, a {@code --kubeconfig} file in the CLI, or not at all. Only {@link #open()}
 * refers to the Kubernetes adapter, and only the delete branch of {@link Wiring} calls it, so a
 * configure run loads neither the adapter nor any fabric8 class.
 */
final class HostAccess implements HostCleanupAccess {

  /** A test and local-debugging hook replacing the service account directory Kubernetes mounts. */
  static final String SERVICE_ACCOUNT_DIR_ENV = "VCLUSTER_SERVICE_ACCOUNT_DIR";

  private final @Nullable Map<String, String> inClusterEnv;
  private final @Nullable Path kubeconfig;
  private final String noAccessReason;

  private HostAccess(@Nullable Map<String, String> inClusterEnv, @Nullable Path kubeconfig, String noAccessReason) {
    this.inClusterEnv = inClusterEnv;
    this.kubeconfig = kubeconfig;
    this.noAccessReason = noAccessReason;
  }

  /** The pipeline pod's service account ({@code KUBERNETES_SERVICE_HOST}/{@code _PORT} from {@code env}). */
  static HostAccess inCluster(Map<String, String> env) {
    return new HostAccess(env, null, "");
  }

  /** The current context of a kubeconfig file. */
  static HostAccess kubeconfig(Path file) {
    return new HostAccess(null, file, "");
  }

  /** No access; a delete says why it skipped the clean-up. */
  static HostAccess none(String reason) {
    return new HostAccess(null, null, reason);
  }

  /** The host's leftover volumes, or why this run cannot reach them. */
  @Override
  public Either<String, LeftoverVolumes> open() {
    if (kubeconfig != null) {
      return Either.right(KubernetesLeftoverVolumes.kubeconfig(kubeconfig, KubernetesLeftoverVolumes.CALL_TIMEOUT,
          KubernetesLeftoverVolumes.BUDGET));
    }
    if (inClusterEnv != null) {
      String dir = inClusterEnv.get(SERVICE_ACCOUNT_DIR_ENV);
      return KubernetesLeftoverVolumes.inCluster(inClusterEnv,
          dir == null || dir.isBlank() ? KubernetesLeftoverVolumes.SERVICE_ACCOUNT_DIR : Path.of(dir),
          KubernetesLeftoverVolumes.CALL_TIMEOUT, KubernetesLeftoverVolumes.BUDGET);
    }
    return Either.left(noAccessReason);
  }
}
