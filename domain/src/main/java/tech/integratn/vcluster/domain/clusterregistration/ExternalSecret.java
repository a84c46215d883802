package tech.integratn.vcluster.domain.clusterregistration;

import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.resource.ObjectMeta;
import tech.integratn.vcluster.domain.tree.MapNode;

/**
 * An {@code external-secrets.io/v1 ExternalSecret} (ESO 2.x; v1beta1 is not served).
 *
 * @param metadata the object's metadata
 * @param spec the whole {@code spec}, in the order it is written
 */
public record ExternalSecret(ObjectMeta metadata, MapNode spec) implements KubernetesObject {

  public static final String API_VERSION = "external-secrets.io/v1";

  @Override
  public String apiVersion() {
    return API_VERSION;
  }

  @Override
  public String kind() {
    return "ExternalSecret";
  }

  @Override
  public MapNode body() {
    return MapNode.of("spec", spec);
  }
}
