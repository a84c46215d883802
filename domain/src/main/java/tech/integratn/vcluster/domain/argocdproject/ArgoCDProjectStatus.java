package tech.integratn.vcluster.domain.argocdproject;

import tech.integratn.vcluster.domain.contract.InvalidRequest;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.RequestStatus;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * What the argocd-project pipeline reports into its request's {@code .status} (spec 9.4).
 *
 * @param phase {@code Configured}, {@code Deleting} or {@code Invalid}
 * @param message one human sentence
 * @param body the remaining keys, in order
 */
public record ArgoCDProjectStatus(String phase, String message, MapNode body) implements RequestStatus {

  /** After configure: {@code projectName} and {@code namespace} of the AppProject. */
  public static ArgoCDProjectStatus configured(String name, String namespace) {
    return new ArgoCDProjectStatus("Configured", "AppProject " + name + " configured",
        MapNode.of("projectName", Node.text(name)).with("namespace", namespace));
  }

  /** After delete. */
  public static ArgoCDProjectStatus deleting(String name) {
    return new ArgoCDProjectStatus("Deleting", "AppProject " + name + " scheduled for deletion", MapNode.empty());
  }

  /** A request refused by validation, with a {@code RequestValid=False} condition. */
  public static ArgoCDProjectStatus invalid(Option<String> name, Seq<String> problems) {
    InvalidRequest invalid = InvalidRequest.of("projectName", name, problems);
    return new ArgoCDProjectStatus(InvalidRequest.PHASE, invalid.message(), invalid.body());
  }


  @Override
  public MapNode toNode() {
    return MapNode.of("phase", Node.text(phase)).with("message", message).withAll(body);
  }
}
