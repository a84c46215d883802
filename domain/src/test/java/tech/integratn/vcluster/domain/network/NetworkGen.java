package tech.integratn.vcluster.domain.network;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for addresses, prefixes and CIDR blocks of both families. */
final class NetworkGen {

  /** Prefixes that must always be generated for IPv4. */
  static final List<Integer> IPV4_EDGE_PREFIXES = List.of(0, 1, 30, 31, 32);

  /** Prefixes that must always be generated for IPv6. */
  static final List<Integer> IPV6_EDGE_PREFIXES = List.of(0, 1, 64, 127, 128);

  /** Number of examples of every cheap property. */
  static final int EXAMPLES = 10_000;

  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

  private NetworkGen() {}

  static List<Integer> edgePrefixes(IpFamily family) {
    return family == IpFamily.IPV4 ? IPV4_EDGE_PREFIXES : IPV6_EDGE_PREFIXES;
  }

  /** Uniform non-negative 128-bit integers. */
  static Gen<BigInteger> bits128() {
    return longs().all().zip(longs().all(), (hi, lo) -> unsigned(hi).shiftLeft(64).or(unsigned(lo)));
  }

  /** Addresses of {@code family}, biased towards zero groups and the ends of the address space. */
  static Gen<IpAddress> addresses(IpFamily family) {
    Gen<BigInteger> values = family == IpFamily.IPV4 ? ipv4Values() : ipv6Values();
    return values.map(v -> new IpAddress(family, v));
  }

  /** Prefix lengths of {@code family}; half of the time one of the edge prefixes. */
  static Gen<Integer> prefixes(IpFamily family) {
    return Generate.frequency(
        Pair.of(1, Generate.pick(edgePrefixes(family))), Pair.of(1, integers().between(0, family.bits())));
  }

  /** CIDR blocks of {@code family}, with every edge prefix well represented. */
  static Gen<Cidr> cidrs(IpFamily family) {
    return addresses(family).zip(prefixes(family), Cidr::of);
  }

  private static Gen<BigInteger> ipv4Values() {
    Gen<BigInteger> edges =
        Generate.pick(List.of(0L, 1L, 0x7fffffffL, 0x80000000L, 0xfffffffeL, 0xffffffffL))
            .map(BigInteger::valueOf);
    return Generate.frequency(
        Pair.of(4, longs().between(0L, 0xffffffffL).map(BigInteger::valueOf)), Pair.of(1, edges));
  }

  private static Gen<BigInteger> ipv6Values() {
    Gen<Integer> group =
        Generate.frequency(Pair.of(1, Generate.constant(0)), Pair.of(1, integers().between(0, 0xffff)));
    Gen<BigInteger> grouped = lists().of(group).ofSize(8).map(NetworkGen::fromGroups);
    Gen<BigInteger> edges =
        Generate.pick(List.of(BigInteger.ZERO, BigInteger.ONE, IpFamily.IPV6.limit().subtract(BigInteger.ONE)));
    return Generate.frequency(Pair.of(3, grouped), Pair.of(2, bits128()), Pair.of(1, edges));
  }

  static BigInteger fromGroups(List<Integer> groups) {
    BigInteger value = BigInteger.ZERO;
    for (int group : groups) {
      value = value.shiftLeft(16).or(BigInteger.valueOf(group));
    }
    return value;
  }

  private static BigInteger unsigned(long value) {
    BigInteger big = BigInteger.valueOf(value);
    return value < 0 ? big.add(TWO_64) : big;
  }
}
