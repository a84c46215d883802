package tech.integratn.vcluster.domain.network;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts the prefixes a property run saw, to check that every edge prefix was exercised. */
final class PrefixCoverage {

  private final int[] counts = new int[IpFamily.IPV6.bits() + 1];

  void record(Cidr cidr) {
    counts[cidr.prefixLength()]++;
  }

  void assertEdgesCovered(IpFamily family) {
    for (int prefix : NetworkGen.edgePrefixes(family)) {
      assertThat(counts[prefix]).as("examples with %s prefix /%d", family, prefix).isPositive();
    }
  }
}
