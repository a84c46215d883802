package tech.integratn.vcluster.domain.conflicts;

/** A value only one request may hold (a hostname, a VIP, a target namespace) and where it comes from. */
public record Claim(String value, Origin origin) {}
