package tech.integratn.vcluster.domain.resource;

import io.vavr.control.Option;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * A {@code cert-manager.io/v1 Issuer}: self-signed when {@code caSecretName} is absent, else a CA
 * issuer signing with that secret.
 */
public record Issuer(ObjectMeta metadata, Option<String> caSecretName) implements KubernetesObject {
  @Override
  public String apiVersion() {
    return "cert-manager.io/v1";
  }

  @Override
  public String kind() {
    return "Issuer";
  }

  @Override
  public MapNode body() {
    MapNode spec = caSecretName.isDefined()
        ? MapNode.of("ca", MapNode.of("secretName", Node.text(caSecretName.get())))
        : MapNode.of("selfSigned", MapNode.empty());
    return MapNode.of("spec", spec);
  }
}
