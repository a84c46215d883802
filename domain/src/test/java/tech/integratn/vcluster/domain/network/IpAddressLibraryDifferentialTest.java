package tech.integratn.vcluster.domain.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static tech.integratn.vcluster.domain.network.NetworkGen.EXAMPLES;
import static tech.integratn.vcluster.domain.network.NetworkGen.addresses;
import static tech.integratn.vcluster.domain.network.NetworkGen.bits128;
import static tech.integratn.vcluster.domain.network.NetworkGen.prefixes;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import io.vavr.control.Either;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.QuickTheory;

/**
 * Differential tests against the independent {@code com.github.seancfoley:ipaddress} library.
 * That library is more lenient (octal and inet_aton forms, zones, over-long groups), so values
 * are compared only where both accept the text, and every text only the library accepts must be
 * one of the known lenient forms.
 */
class IpAddressLibraryDifferentialTest {

  private static final long SEED = 0xD1FF_2024L;

  private static QuickTheory theory() {
    return qt().withExamples(EXAMPLES).withFixedSeed(SEED);
  }

  private static IPAddress library(IpAddress address) {
    return new IPAddressString(address.toString()).getAddress();
  }

  /** A random, often invalid, IPv4 part: decimal, with a leading zero, too large, empty or hex. */
  private static String ipv4Part(SplittableRandom random) {
    int kind = random.nextInt(20);
    if (kind < 14) {
      return Integer.toString(random.nextInt(256));
    } else if (kind < 16) {
      return "0" + random.nextInt(256);
    } else if (kind < 18) {
      return Integer.toString(256 + random.nextInt(2000));
    } else if (kind < 19) {
      return "";
    }
    return "a";
  }

  private static String ipv4Text(SplittableRandom random) {
    int parts = random.nextInt(10) == 0 ? 3 + random.nextInt(3) : 4;
    List<String> text = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      text.add(ipv4Part(random));
    }
    return String.join(".", text);
  }

  /** A valid rendering of a random IPv6 address, then sometimes damaged in a typical way. */
  private static String ipv6Text(IpAddress address, SplittableRandom random) {
    String text = AddressTexts.anyIpv6Text(address, random);
    switch (random.nextInt(12)) {
      case 0: return "0" + text;
      case 1: return text + ":1";
      case 2: return "1:" + text;
      case 3: return text.replaceFirst("\\.", ".0");
      case 4: return text.replace("::", ":");
      case 5: return text + "::";
      case 6: return "::" + text;
      default: return text;
    }
  }

  /** The library accepts the text but we reject it: it must be one of the known lenient forms. */
  private static boolean isKnownLeniency(AddressError error) {
    if (error instanceof AddressError.LeadingZero) {
      return true;
    }
    return error instanceof AddressError.Malformed m
        && (m.reason().contains("exactly 4 dot-separated") || m.reason().contains("more than 4 hex digits"));
  }

  private static void compareParse(String text, AtomicInteger bothValid) {
    Either<AddressError, IpAddress> ours = IpAddress.parse(text);
    IPAddressString theirs = new IPAddressString(text);
    if (ours.isRight()) {
      assertThat(theirs.isValid()).as("library rejects '%s' which we accept", text).isTrue();
      IPAddress address = theirs.getAddress();
      assertThat(ours.get().value()).as(text).isEqualTo(address.getValue());
      assertThat(ours.get().family() == IpFamily.IPV4).as(text).isEqualTo(address.isIPv4());
      assertThat(ours.get().toString()).as(text).isEqualTo(address.toCanonicalString());
      bothValid.incrementAndGet();
    } else if (theirs.isValid()) {
      assertThat(isKnownLeniency(ours.getLeft())).as("'%s' rejected as %s", text, ours.getLeft()).isTrue();
    }
  }

  @Test
  void parseAndFormatAgreeWithTheLibraryOnIpv4Text() {
    AtomicInteger bothValid = new AtomicInteger();
    theory().forAll(longs().all()).checkAssert(seed -> compareParse(ipv4Text(new SplittableRandom(seed)), bothValid));
    assertThat(bothValid.get()).isGreaterThan(EXAMPLES / 10);
  }

  @Test
  void parseAndFormatAgreeWithTheLibraryOnIpv6Text() {
    AtomicInteger bothValid = new AtomicInteger();
    theory().forAll(addresses(IpFamily.IPV6), longs().all())
        .checkAssert((a, seed) -> compareParse(ipv6Text(a, new SplittableRandom(seed)), bothValid));
    assertThat(bothValid.get()).isGreaterThan(EXAMPLES / 10);
  }

  @ParameterizedTest
  @EnumSource(IpFamily.class)
  void blockArithmeticAgreesWithTheLibrary(IpFamily family) {
    PrefixCoverage coverage = new PrefixCoverage();
    theory().forAll(addresses(family), prefixes(family), integers().between(0, 6), bits128())
        .checkAssert((a, prefix, selector, random) -> {
          String text = a + "/" + prefix;
          Cidr ours = Cidr.parse(text).get();
          coverage.record(ours);
          IPAddress block = new IPAddressString(text).getAddress().toPrefixBlock();
          assertThat(ours.network().value()).as(text).isEqualTo(block.getLower().getValue());
          assertThat(ours.last().value()).as(text).isEqualTo(block.getUpper().getValue());
          assertThat(ours.size()).as(text).isEqualTo(block.getCount());
          assertThat(ours.toString()).as(text).isEqualTo(block.toCanonicalString());
          ours.broadcast().forEach(b -> assertThat(b.value()).isEqualTo(block.getUpper().getValue()));
          IpAddress other = new IpAddress(family, random.mod(family.limit()));
          assertThat(ours.contains(other)).as("%s contains %s", text, other).isEqualTo(block.contains(library(other)));
          long offset = random.mod(ours.size().min(BigInteger.valueOf(Long.MAX_VALUE))).longValueExact();
          IPAddress host = block.getLower().withoutPrefixLength().increment(offset);
          assertThat(ours.hostAt(BigInteger.valueOf(offset)).get().value()).isEqualTo(host.getValue());
        });
    coverage.assertEdgesCovered(family);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "010.0.0.1", "1.02.3.4", "::ffff:1.2.3.04", "1.2.3", "1.2", "16909060", "0x0a.0.0.1", "::1%eth0",
        "00001::", " 1.2.3.4", "1.2.3.4/24"
      })
  void weAreStricterThanTheLibraryOnKnownLenientForms(String text) {
    assertThat(new IPAddressString(text).isValid()).as("library accepts '%s'", text).isTrue();
    assertThat(IpAddress.parse(text).isLeft()).as("we reject '%s'", text).isTrue();
  }
}
