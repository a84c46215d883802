package tech.integratn.vcluster.domain.contract;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The status of a request refused by validation under the profile's {@code onInvalidRequest:
 * suspend}, the same for the four promises: {@code phase: Invalid}, the problems in one message,
 * the request's name under the promise's own key, and a {@code RequestValid=False} condition.
 *
 * @param message {@code Request is invalid: <problem>; <problem>...}
 * @param body the name (when known) and the condition, for the promise's {@code <Kind>Status}
 */
public record InvalidRequest(String message, MapNode body) {

  /** The phase of such a status. */
  public static final String PHASE = "Invalid";

  /** The message and body for {@code problems}, the name under {@code nameKey} when known. */
  public static InvalidRequest of(String nameKey, Option<String> name, Seq<String> problems) {
    StringBuilder message = new StringBuilder("Request is invalid: ");
    for (int i = 0; i < problems.size(); i++) {
      message.append(i == 0 ? "" : "; ").append(problems.get(i));
    }
    MapNode condition = MapNode.of("type", Node.text("RequestValid"))
        .with("status", "False")
        .with("reason", "ValidationFailed")
        .with("message", message.toString());
    MapNode body = name.isDefined() ? MapNode.of(nameKey, Node.text(name.get())) : MapNode.empty();
    return new InvalidRequest(message.toString(), body.with("conditions", new ListNode(Vector.of(condition))));
  }
}
