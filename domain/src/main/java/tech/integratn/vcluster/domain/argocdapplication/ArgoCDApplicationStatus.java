package tech.integratn.vcluster.domain.argocdapplication;

import tech.integratn.vcluster.domain.contract.InvalidRequest;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.RequestStatus;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * What the argocd-application pipeline reports into its request's {@code .status} (spec 9.5).
 *
 * @param phase {@code Configured}, {@code Deleting} or {@code Invalid}
 * @param message one human sentence
 * @param body the remaining keys, in order
 */
public record ArgoCDApplicationStatus(String phase, String message, MapNode body) implements RequestStatus {

  /** After configure: {@code applicationName}, {@code namespace}, {@code project}. */
  public static ArgoCDApplicationStatus configured(ApplicationRequest request) {
    return new ArgoCDApplicationStatus("Configured", "Application " + request.name() + " configured",
        MapNode.of("applicationName", Node.text(request.name()))
            .with("namespace", request.namespace())
            .with("project", request.project()));
  }

  /** After delete; {@code applicationName} when the name is known. */
  public static ArgoCDApplicationStatus deleting(String name) {
    return new ArgoCDApplicationStatus("Deleting", "Application " + name + " scheduled for deletion", MapNode.empty());
  }

  /** The status of a request refused by validation, with a {@code RequestValid=False} condition. */
  public static ArgoCDApplicationStatus invalid(Option<String> name, Seq<String> problems) {
    InvalidRequest invalid = InvalidRequest.of("applicationName", name, problems);
    return new ArgoCDApplicationStatus(InvalidRequest.PHASE, invalid.message(), invalid.body());
  }


  @Override
  public MapNode toNode() {
    return MapNode.of("phase", Node.text(phase)).with("message", message).withAll(body);
  }
}
