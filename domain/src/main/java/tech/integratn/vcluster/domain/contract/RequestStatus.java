package tech.integratn.vcluster.domain.contract;

import tech.integratn.vcluster.domain.tree.MapNode;

/**
 * What a pipeline reports into its request's {@code .status} (Kratix merges it shallowly): a
 * phase, one human sentence and the keys of the promise's status contract, in a stable order.
 * Each promise has its own {@code <Kind>Status}.
 */
public interface RequestStatus {

  /** {@code Scheduled}, {@code Configured}, {@code Deleting} or {@code Invalid}. */
  String phase();

  /** One human sentence. */
  String message();

  /** The whole status: {@code phase}, {@code message}, then the promise's keys. */
  MapNode toNode();
}
