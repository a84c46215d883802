package tech.integratn.vcluster.domain.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The CIDR normalisation of network-policy blocks (spec 8.7: host bits cleared, IPv6 per RFC 5952
 * in lower case) against the independent {@code com.github.seancfoley:ipaddress} library: for any
 * address in any accepted spelling and any prefix, both give the same block, and the block's text
 * parses back to itself.
 */
class CidrNormalisationDifferentialTest {

  private static final long SEED = 0xC1D2_2026L;

  /** An IPv6 address in one of three spellings: full and upper case, full, or RFC 5952. */
  static String spell(IpAddress address, int style) {
    if (address.family() == IpFamily.IPV4 || style == 2) {
      return address.toString();
    }
    StringBuilder full = new StringBuilder();
    for (int i = 7; i >= 0; i--) {
      int group = address.value().shiftRight(16 * i).intValue() & 0xffff;
      full.append(Integer.toHexString(group)).append(i > 0 ? ":" : "");
    }
    return style == 0 ? full.toString().toUpperCase(Locale.ROOT) : full.toString();
  }

  static Gen<String> cidrTexts() {
    Gen<IpFamily> family = integers().between(0, 1).map(i -> i == 0 ? IpFamily.IPV4 : IpFamily.IPV6);
    return family.flatMap(f -> NetworkGen.addresses(f).zip(integers().between(0, f.bits()), integers().between(0, 2),
        (address, prefix, style) -> spell(address, style) + "/" + prefix));
  }

  static String library(String text) {
    IPAddress address = new IPAddressString(text).getAddress();
    return address.toPrefixBlock().toCanonicalString();
  }

  @Test
  void ourBlockIsTheLibrarysPrefixBlock() {
    qt().withExamples(NetworkGen.EXAMPLES).withFixedSeed(SEED).forAll(cidrTexts()).checkAssert(text -> {
      Cidr ours = Cidr.parseStrict(text).getOrElseThrow(e -> new AssertionError(AddressErrors.describe(e)));
      assertThat(ours.toString()).as(text).isEqualTo(library(text));
      assertThat(Cidr.parseStrict(ours.toString()).get()).isEqualTo(ours);
      IPAddress host = new IPAddressString(text.substring(0, text.indexOf('/'))).getAddress();
      IPAddress network = new IPAddressString(text).getAddress().toPrefixBlock().getLower().withoutPrefixLength();
      assertThat(ours.clearedHostBitsOf(text)).as(text).isEqualTo(!host.equals(network));
    });
  }

  @Test
  void theMappedAndDottedFormsAreRefusedWhereTheLibraryReadsThemAsIpv6() {
    for (String text : new String[] {"::ffff:10.0.0.0/104", "::ffff:a00:0/104", "::10.0.0.1/128", "64:ff9b::1.2.3.4/96"}) {
      assertThat(new IPAddressString(text).getAddress().isIPv6()).as(text).isTrue();
      assertThat(Cidr.parseStrict(text).getLeft()).as(text).isInstanceOf(AddressError.MappedIpv6.class);
    }
    assertThat(Cidr.parseStrict("::fffe:a00:0/104").isRight()).isTrue();
    assertThat(Cidr.parseStrict("fe80::1%eth0/64").isLeft()).isTrue();
    assertThat(Cidr.parseStrict("10.0.0.0/33").getLeft()).isInstanceOf(AddressError.PrefixOutOfRange.class);
    assertThat(Cidr.parseStrict("fd00::/129").getLeft()).isInstanceOf(AddressError.PrefixOutOfRange.class);
  }
}
