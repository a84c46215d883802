package tech.integratn.vcluster.domain.resource;

import tech.integratn.vcluster.domain.tree.MapNode;

/** A {@code cert-manager.io/v1 Certificate}. */
public record Certificate(ObjectMeta metadata, CertificateSpec spec) implements KubernetesObject {
  @Override
  public String apiVersion() {
    return "cert-manager.io/v1";
  }

  @Override
  public String kind() {
    return "Certificate";
  }

  @Override
  public MapNode body() {
    return MapNode.of("spec", spec.toNode());
  }
}
