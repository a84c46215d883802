package tech.integratn.vcluster.domain.resource;

import io.vavr.control.Option;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * A {@code v1 ServiceAccount}.
 *
 * @param metadata name, namespace, labels
 * @param automountServiceAccountToken written when given (the registration's sync Job mounts no
 *     token: spec 9.8)
 */
public record ServiceAccount(ObjectMeta metadata, Option<Boolean> automountServiceAccountToken)
    implements KubernetesObject {

  /** A ServiceAccount with Kubernetes' default token mount. */
  public ServiceAccount(ObjectMeta metadata) {
    this(metadata, Option.none());
  }

  @Override
  public String apiVersion() {
    return "v1";
  }

  @Override
  public String kind() {
    return "ServiceAccount";
  }

  @Override
  public MapNode body() {
    return automountServiceAccountToken.isDefined()
        ? MapNode.of("automountServiceAccountToken", Node.bool(automountServiceAccountToken.get()))
        : MapNode.empty();
  }
}
