package tech.integratn.vcluster.domain.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static tech.integratn.vcluster.domain.network.NetworkGen.EXAMPLES;
import static tech.integratn.vcluster.domain.network.NetworkGen.addresses;
import static tech.integratn.vcluster.domain.network.NetworkGen.bits128;
import static tech.integratn.vcluster.domain.network.NetworkGen.cidrs;
import static tech.integratn.vcluster.domain.network.NetworkGen.prefixes;

import io.vavr.Tuple2;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.QuickTheory;

/**
 * Property-based tests of the address arithmetic for both families. Every run uses a fixed seed
 * (QuickTheories reports it on failure) and checks that every edge prefix was generated.
 */
class NetworkPropertiesTest {

  private static final long SEED = 0x5EED_4E7L;

  private static QuickTheory theory() {
    return qt().withExamples(EXAMPLES).withFixedSeed(SEED);
  }

  /** The other family, for mixed-family checks. */
  private static IpFamily other(IpFamily family) {
    return family == IpFamily.IPV4 ? IpFamily.IPV6 : IpFamily.IPV4;
  }

  /** Network mask computed independently of {@link Cidr}. */
  private static BigInteger mask(IpFamily family, int prefix) {
    BigInteger all = BigInteger.ONE.shiftLeft(family.bits()).subtract(BigInteger.ONE);
    return all.shiftRight(family.bits() - prefix).shiftLeft(family.bits() - prefix);
  }

  /** Addresses near and inside {@code c}, or anywhere in its family or the other one. */
  private static IpAddress nearby(Cidr c, int selector, BigInteger random) {
    BigInteger network = c.network().value();
    BigInteger size = BigInteger.ONE.shiftLeft(c.family().bits() - c.prefixLength());
    BigInteger value;
    switch (selector) {
      case 0: value = network.subtract(BigInteger.ONE); break;
      case 1: value = network; break;
      case 2: value = network.add(size).subtract(BigInteger.ONE); break;
      case 3: value = network.add(size); break;
      case 4: value = network.add(random.mod(size)); break;
      case 5: return new IpAddress(other(c.family()), random.mod(other(c.family()).limit()));
      default: value = random; break;
    }
    return new IpAddress(c.family(), value.mod(c.family().limit()));
  }

  /** Whether {@code network + offset} is usable by the documented rules, computed independently. */
  private static boolean usableOffset(Cidr c, BigInteger offset) {
    int hostBits = c.family().bits() - c.prefixLength();
    BigInteger size = BigInteger.ONE.shiftLeft(hostBits);
    if (offset.signum() < 0 || offset.compareTo(size) >= 0 || hostBits == 0) {
      return false;
    }
    if (hostBits == 1) {
      return true;
    }
    boolean isNetwork = offset.signum() == 0;
    boolean isBroadcast = c.family() == IpFamily.IPV4 && offset.equals(size.subtract(BigInteger.ONE));
    return !isNetwork && !isBroadcast;
  }

  @ParameterizedTest
  @EnumSource(IpFamily.class)
  void canonicalTextRoundTrips(IpFamily family) {
    PrefixCoverage coverage = new PrefixCoverage();
    theory().forAll(cidrs(family), addresses(family)).checkAssert((c, a) -> {
      coverage.record(c);
      String text = a.toString();
      assertThat(IpAddress.parse(text)).isEqualTo(Either.right(a));
      assertThat(IpAddress.parse(text).get()).hasToString(text);
      assertThat(Cidr.parse(c.toString())).isEqualTo(Either.right(c));
      assertThat(Cidr.parse(a + "/" + c.prefixLength())).isEqualTo(Either.right(Cidr.of(a, c.prefixLength())));
    });
    coverage.assertEdgesCovered(family);
  }

  @Test
  void everyIpv6TextFormParsesToTheSameValue() {
    theory().forAll(addresses(IpFamily.IPV6), longs().all()).checkAssert((a, seed) -> {
      String text = AddressTexts.anyIpv6Text(a, new SplittableRandom(seed));
      assertThat(IpAddress.parse(text)).as(text).isEqualTo(Either.right(a));
    });
  }

  @ParameterizedTest
  @EnumSource(IpFamily.class)
  void everyAddressOfABlockLiesBetweenNetworkAndLast(IpFamily family) {
    PrefixCoverage coverage = new PrefixCoverage();
    theory().forAll(addresses(family), prefixes(family), bits128()).checkAssert((a, prefix, random) -> {
      Cidr c = Cidr.of(a, prefix);
      coverage.record(c);
      IpAddress inside = c.hostAt(random.mod(c.size())).get();
      for (IpAddress member : new IpAddress[] {a, inside}) {
        assertThat(c.contains(member)).isTrue();
        assertThat(c.network()).isLessThanOrEqualTo(member);
        assertThat(member).isLessThanOrEqualTo(c.last());
      }
      assertThat(c.last().value().subtract(c.network().value()).add(BigInteger.ONE)).isEqualTo(c.size());
    });
    coverage.assertEdgesCovered(family);
  }

  @ParameterizedTest
  @EnumSource(IpFamily.class)
  void containsAgreesWithTheMask(IpFamily family) {
    PrefixCoverage coverage = new PrefixCoverage();
    theory().forAll(cidrs(family), integers().between(0, 6), bits128()).checkAssert((c, selector, random) -> {
      coverage.record(c);
      IpAddress x = nearby(c, selector, random);
      boolean expected =
          x.family() == family && x.value().and(mask(family, c.prefixLength())).equals(c.network().value());
      assertThat(c.contains(x)).as("%s contains %s", c, x).isEqualTo(expected);
    });
    coverage.assertEdgesCovered(family);
  }

  @ParameterizedTest
  @EnumSource(IpFamily.class)
  void hostAtIsInsideExactlyForOffsetsBelowTheSize(IpFamily family) {
    PrefixCoverage coverage = new PrefixCoverage();
    theory().forAll(cidrs(family), integers().between(0, 5), bits128()).checkAssert((c, selector, random) -> {
      coverage.record(c);
      BigInteger size = c.size();
      BigInteger[] offsets = {
        BigInteger.ONE.negate(), BigInteger.ZERO, size.subtract(BigInteger.ONE), size, random.mod(size),
        random.subtract(random.shiftRight(1).multiply(BigInteger.valueOf(3)))
      };
      BigInteger offset = offsets[selector];
      Option<IpAddress> host = c.hostAt(offset);
      boolean inside = offset.signum() >= 0 && offset.compareTo(size) < 0;
      assertThat(host.isDefined()).as("%s + %s", c, offset).isEqualTo(inside);
      host.forEach(h -> {
        assertThat(c.contains(h)).isTrue();
        assertThat(h.value()).isEqualTo(c.network().value().add(offset));
      });
    });
    coverage.assertEdgesCovered(family);
  }

  @ParameterizedTest
  @EnumSource(IpFamily.class)
  void vipByOffsetIsNeverReservedOrOutside(IpFamily family) {
    PrefixCoverage coverage = new PrefixCoverage();
    theory().forAll(cidrs(family), integers().between(0, 5), bits128()).checkAssert((c, selector, random) -> {
      coverage.record(c);
      long offset = offset(c.size(), selector, random);
      Either<AddressError, Option<IpAddress>> result = VipSelection.select(Option.some(c), Option.none(), offset);
      BigInteger big = BigInteger.valueOf(offset);
      assertThat(result.isRight()).as("%s offset %d: %s", c, offset, result).isEqualTo(usableOffset(c, big));
      if (result.isRight()) {
        IpAddress vip = result.get().get();
        assertThat(vip.value()).isEqualTo(c.network().value().add(big));
        assertThat(c.contains(vip)).isTrue();
        assertThat(vip).isNotEqualTo(c.network());
        assertThat(c.broadcast()).doesNotContain(vip);
      } else {
        assertThat(result.getLeft()).isEqualTo(new AddressError.OffsetOutOfRange(offset, c));
      }
    });
    coverage.assertEdgesCovered(family);
  }

  /** Offsets of at least 1 around the interesting points of a block of {@code size}. */
  private static long offset(BigInteger size, int selector, BigInteger random) {
    BigInteger longs = BigInteger.valueOf(Long.MAX_VALUE);
    BigInteger[] candidates = {
      BigInteger.ONE, size.subtract(BigInteger.TWO), size.subtract(BigInteger.ONE), size, size.add(BigInteger.ONE),
      random.mod(size.min(longs)).add(BigInteger.ONE)
    };
    return candidates[selector].max(BigInteger.ONE).min(longs).longValueExact();
  }

  @ParameterizedTest
  @EnumSource(IpFamily.class)
  void explicitVipIsAcceptedExactlyWhenUsable(IpFamily family) {
    PrefixCoverage coverage = new PrefixCoverage();
    theory().forAll(cidrs(family), integers().between(0, 6), bits128()).checkAssert((c, selector, random) -> {
      coverage.record(c);
      IpAddress vip = nearby(c, selector, random);
      Either<AddressError, Option<IpAddress>> result = VipSelection.select(Option.some(c), Option.some(vip), 1);
      if (vip.family() != family) {
        assertThat(result).isEqualTo(Either.left(new AddressError.MixedFamilies(vip, c)));
        return;
      }
      boolean usable = usableOffset(c, vip.value().subtract(c.network().value()));
      assertThat(result.isRight()).as("%s in %s", vip, c).isEqualTo(usable);
      if (usable) {
        assertThat(result.get()).isEqualTo(Option.some(vip));
        assertThat(c.broadcast()).doesNotContain(vip);
      } else {
        assertThat(result.getLeft()).isEqualTo(new AddressError.OutsideUsableRange(vip, c));
      }
    });
    coverage.assertEdgesCovered(family);
  }

  @ParameterizedTest
  @EnumSource(IpFamily.class)
  void halvesPartitionTheBlock(IpFamily family) {
    PrefixCoverage coverage = new PrefixCoverage();
    theory().forAll(cidrs(family), integers().between(0, 6), bits128()).checkAssert((c, selector, random) -> {
      coverage.record(c);
      Option<Tuple2<Cidr, Cidr>> halves = c.halves();
      assertThat(halves.isEmpty()).isEqualTo(c.prefixLength() == family.bits());
      halves.forEach(h -> {
        Cidr lower = h._1;
        Cidr upper = h._2;
        assertThat(lower.prefixLength()).isEqualTo(c.prefixLength() + 1);
        assertThat(upper.prefixLength()).isEqualTo(c.prefixLength() + 1);
        assertThat(lower.size().add(upper.size())).isEqualTo(c.size());
        assertThat(lower.network()).isEqualTo(c.network());
        assertThat(lower.last().plus(BigInteger.ONE)).isEqualTo(Option.some(upper.network()));
        assertThat(upper.last()).isEqualTo(c.last());
        IpAddress x = nearby(c, selector, random);
        int halvesContaining = (lower.contains(x) ? 1 : 0) + (upper.contains(x) ? 1 : 0);
        assertThat(halvesContaining).as("%s in halves of %s", x, c).isEqualTo(c.contains(x) ? 1 : 0);
      });
    });
    coverage.assertEdgesCovered(family);
  }

  @ParameterizedTest
  @EnumSource(IpFamily.class)
  void usableRangeSizeFollowsTheRules(IpFamily family) {
    PrefixCoverage coverage = new PrefixCoverage();
    theory().forAll(cidrs(family)).checkAssert(c -> {
      coverage.record(c);
      int hostBits = family.bits() - c.prefixLength();
      BigInteger expected;
      if (hostBits == 0) {
        expected = BigInteger.ZERO;
      } else if (hostBits == 1) {
        expected = BigInteger.TWO;
      } else {
        expected = c.size().subtract(family == IpFamily.IPV4 ? BigInteger.TWO : BigInteger.ONE);
      }
      Option<AddressRange> usable = c.usableRange();
      assertThat(usable.map(AddressRange::size).getOrElse(BigInteger.ZERO)).as("%s", c).isEqualTo(expected);
      usable.forEach(r -> {
        assertThat(c.contains(r.first())).isTrue();
        assertThat(c.contains(r.last())).isTrue();
        assertThat(r.last()).isEqualTo(c.broadcast().isDefined() ? c.last().plus(BigInteger.ONE.negate()).get() : c.last());
      });
    });
    coverage.assertEdgesCovered(family);
  }
}
