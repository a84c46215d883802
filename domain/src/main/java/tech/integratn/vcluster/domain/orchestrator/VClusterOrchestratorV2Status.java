package tech.integratn.vcluster.domain.orchestrator;

import tech.integratn.vcluster.domain.contract.InvalidRequest;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.contract.RequestStatus;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * What the pipeline reports into the request's {@code .status} (Kratix merges it shallowly). The
 * keys below are the contract of spec section 7; {@link #toNode()} gives them in a stable order.
 *
 * @param phase {@code Scheduled}, {@code Deleting} or {@code Invalid}
 * @param message one human sentence
 * @param body the remaining keys, in order
 */
public record VClusterOrchestratorV2Status(String phase, String message, MapNode body) implements RequestStatus {

  public static VClusterOrchestratorV2Status deleting(String name) {
    return new VClusterOrchestratorV2Status(
        "Deleting", "VCluster resources scheduled for deletion", MapNode.of("vclusterName", Node.text(name)));
  }

  /** The status of a request refused by validation, with a {@code RequestValid=False} condition. */
  public static VClusterOrchestratorV2Status invalid(Option<String> name, Seq<String> problems) {
    InvalidRequest invalid = InvalidRequest.of("vclusterName", name, problems);
    return new VClusterOrchestratorV2Status(InvalidRequest.PHASE, invalid.message(), invalid.body());
  }


  @Override
  public MapNode toNode() {
    return MapNode.of("phase", Node.text(phase)).with("message", message).withAll(body);
  }
}
