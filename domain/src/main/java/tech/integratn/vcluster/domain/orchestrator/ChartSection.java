package tech.integratn.vcluster.domain.orchestrator;

import java.util.function.Function;
import tech.integratn.vcluster.domain.tree.MapNode;

/**
 * One named piece of the chart values: a function from the plan to a values fragment rooted at
 * the top of the values tree (e.g. {@code {controlPlane: {ingress: {enabled: false}}}}).
 *
 * @param name the chart path this piece writes, for documentation and tests
 * @param fragment the fragment for a plan; empty when the piece has nothing to say
 */
public record ChartSection(String name, Function<ClusterPlan, MapNode> fragment) {}
