/** Tests of the VClusterOrchestratorV2 promise: request, plan, chart values and rendering. */
@NullMarked
package tech.integratn.vcluster.domain.orchestrator;

import org.jspecify.annotations.NullMarked;
