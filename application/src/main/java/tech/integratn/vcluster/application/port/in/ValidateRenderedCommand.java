package tech.integratn.vcluster.application.port.in;

/**
 * Check an already rendered tree.
 *
 * @param requireContractFiles whether the five files every configure run writes must be present
 */
public record ValidateRenderedCommand(boolean requireContractFiles) {}
