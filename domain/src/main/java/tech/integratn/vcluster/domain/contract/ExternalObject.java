package tech.integratn.vcluster.domain.contract;

/**
 * Something a rendering puts in place outside the cluster's API (a 1Password item that a sync Job
 * writes), named so that two requests that would write the same one can be told apart.
 *
 * @param kind what it is, as a conflict names it, e.g. {@code 1Password item}
 * @param name its name
 */
public record ExternalObject(String kind, String name) {}
