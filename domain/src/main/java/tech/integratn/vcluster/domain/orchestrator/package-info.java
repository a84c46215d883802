/** The VClusterOrchestratorV2 promise: its request model and field table, the cluster plan, the chart's values (one piece per chart section) and the rendered objects, files and status (spec sections 1-8). */
@NullMarked
package tech.integratn.vcluster.domain.orchestrator;

import org.jspecify.annotations.NullMarked;
