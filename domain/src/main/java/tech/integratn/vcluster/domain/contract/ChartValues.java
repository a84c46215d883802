package tech.integratn.vcluster.domain.contract;

import io.vavr.control.Option;
import tech.integratn.vcluster.domain.tree.MapNode;

/**
 * The chart values a promise renders, for the optional check against the chart's values schema
 * ({@link Promise#chartValues}; only the orchestrator has them).
 *
 * @param chartName the chart's name
 * @param chartVersion the chart version the schema is looked up by
 * @param values the final values tree ({@code valuesObject})
 * @param helmOverrides the request's overrides, so that a violation inside them names the request field
 */
public record ChartValues(String chartName, String chartVersion, MapNode values, Option<MapNode> helmOverrides) {}
