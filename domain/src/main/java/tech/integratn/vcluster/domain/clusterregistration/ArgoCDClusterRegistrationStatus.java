package tech.integratn.vcluster.domain.clusterregistration;

import tech.integratn.vcluster.domain.contract.InvalidRequest;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.RequestStatus;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * What the registration pipeline reports into its request's {@code .status} (spec 9.6).
 *
 * @param phase {@code Configured}, {@code Deleting} or {@code Invalid}
 * @param message one human sentence
 * @param body the remaining keys, in order
 */
public record ArgoCDClusterRegistrationStatus(String phase, String message, MapNode body) implements RequestStatus {

  /** After configure: the names of everything the registration reads and writes. */
  public static ArgoCDClusterRegistrationStatus configured(ClusterRegistration r, String kubeconfigSecret) {
    return new ArgoCDClusterRegistrationStatus("Configured",
        "Cluster " + r.name() + " registration resources configured",
        MapNode.of("clusterName", Node.text(r.name()))
            .with("targetNamespace", r.targetNamespace())
            .with("externalServerURL", r.externalServerURL())
            .with("environment", r.environment())
            .with("onePasswordItem", r.onePasswordItem())
            .with("kubeconfigSecret", kubeconfigSecret)
            .with("sourceSecret", r.kubeconfigSecret())
            .with("clusterSecret", ArgoCDClusterRegistrationRenderer.clusterSecretName(r.name())));
  }

  /** On delete; never refused. */
  public static ArgoCDClusterRegistrationStatus deleting(String name) {
    return new ArgoCDClusterRegistrationStatus("Deleting",
        "Cluster " + name + " registration resources scheduled for deletion", MapNode.of("clusterName", Node.text(name)));
  }

  /** A request refused by validation, with a {@code RequestValid=False} condition. */
  public static ArgoCDClusterRegistrationStatus invalid(Option<String> name, Seq<String> problems) {
    InvalidRequest invalid = InvalidRequest.of("clusterName", name, problems);
    return new ArgoCDClusterRegistrationStatus(InvalidRequest.PHASE, invalid.message(), invalid.body());
  }


  @Override
  public MapNode toNode() {
    return MapNode.of("phase", Node.text(phase)).with("message", message).withAll(body);
  }
}
