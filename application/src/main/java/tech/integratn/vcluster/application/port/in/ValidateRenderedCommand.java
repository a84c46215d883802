package tech.integratn.vcluster.application.port.in;

/**
 * Check an already rendered tree.
 *
 * @param requireContractFiles whether the files the tree's pipeline always writes must be present (for the
 *     orchestrator, the five of every configure run)
 */
public record ValidateRenderedCommand(boolean requireContractFiles) {}
