package tech.integratn.vcluster.domain.contract;

import tech.integratn.vcluster.domain.tree.Node;

/**
 * One step of a value's provenance chain: the value as this source set it.
 *
 * @param source where the value came from
 * @param value the value it set (a later step may replace it)
 */
public record ProvenanceStep(Provenance source, Node value) {}
