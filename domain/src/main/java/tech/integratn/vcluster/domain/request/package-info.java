/** The VClusterOrchestratorV2 request: its typed model, its field table, decoding and validation rules. */
@NullMarked
package tech.integratn.vcluster.domain.request;

import org.jspecify.annotations.NullMarked;
