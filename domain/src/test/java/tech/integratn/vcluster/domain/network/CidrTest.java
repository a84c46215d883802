package tech.integratn.vcluster.domain.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tech.integratn.vcluster.domain.network.IpAddressTest.ip;

import io.vavr.Tuple;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

  static Cidr cidr(String text) {
    return Cidr.parse(text).getOrElseThrow(e -> new AssertionError(AddressErrors.describe(e)));
  }

  static AddressError error(String text) {
    Either<AddressError, Cidr> parsed = Cidr.parse(text);
    assertThat(parsed.isLeft()).as("'%s' must be rejected, got %s", text, parsed).isTrue();
    return parsed.getLeft();
  }

  static Option<AddressRange> range(String first, String last) {
    return Option.some(new AddressRange(ip(first), ip(last)));
  }

  @ParameterizedTest
  @CsvSource({
    "10.0.4.0/24, 10.0.4.0/24",
    "10.0.4.7/24, 10.0.4.0/24",
    "10.0.4.255/31, 10.0.4.254/31",
    "10.0.4.7/32, 10.0.4.7/32",
    "255.255.255.255/0, 0.0.0.0/0",
    "192.168.1.1/1, 128.0.0.0/1",
    "fd00:10:20::/64, fd00:10:20::/64",
    "fd00:10:20:0:1:2:3:4/64, fd00:10:20::/64",
    "FD00:10:20::1/127, fd00:10:20::/127",
    "::1/128, ::1/128",
    "ffff::1/0, ::/0",
    "::ffff:10.0.4.7/120, ::ffff:a00:400/120"
  })
  void parsesAndNormalisesToTheNetwork(String text, String canonical) {
    assertThat(cidr(text)).hasToString(canonical);
    assertThat(cidr(canonical)).isEqualTo(cidr(text));
  }

  @Test
  void parseErrorsNameTheWholeInput() {
    assertThat(error("10.0.4.0")).isEqualTo(new AddressError.MissingPrefix("10.0.4.0"));
    assertThat(error("10.0.4.0/33")).isEqualTo(new AddressError.PrefixOutOfRange("10.0.4.0/33", 33, 32));
    assertThat(error("fd00::/129")).isEqualTo(new AddressError.PrefixOutOfRange("fd00::/129", 129, 128));
    assertThat(error("10.0.4.0/024")).isEqualTo(new AddressError.LeadingZero("10.0.4.0/024", "024"));
    assertThat(error("10.0.4.0/00")).isEqualTo(new AddressError.LeadingZero("10.0.4.0/00", "00"));
    assertThat(error("010.0.4.0/24")).isEqualTo(new AddressError.LeadingZero("010.0.4.0/24", "010"));
    assertThat(error("300.0.4.0/24")).isEqualTo(new AddressError.OctetOutOfRange("300.0.4.0/24", "300"));
    assertThat(error("10.0.4/24"))
        .isEqualTo(new AddressError.Malformed("10.0.4/24", "an IPv4 address needs exactly 4 dot-separated decimal parts"));
    assertThat(error("10.0.4.0/"))
        .isEqualTo(new AddressError.Malformed("10.0.4.0/", "the prefix length must be a decimal number"));
    assertThat(error("10.0.4.0/1000"))
        .isEqualTo(new AddressError.Malformed("10.0.4.0/1000", "prefix length 1000 is too long"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"10.0.4.0/+4", "10.0.4.0/-1", "10.0.4.0/ 24", "10.0.4.0/24 ", "10.0.4.0/2a", "10.0.4.0/24/24",
        "/24", "10.0.4.0//24", "[::1]/64", "fe80::1%eth0/64"})
  void rejectsMalformedCidrs(String text) {
    assertThat(error(text)).isInstanceOf(AddressError.Malformed.class);
  }

  @Test
  void acceptsTheLargestPrefixOfEachFamily() {
    assertThat(cidr("10.0.4.0/32").prefixLength()).isEqualTo(32);
    assertThat(cidr("::/128").prefixLength()).isEqualTo(128);
    assertThat(cidr("fd00::/100").prefixLength()).isEqualTo(100);
    assertThat(cidr("0.0.0.0/0").prefixLength()).isZero();
  }

  @Test
  void ofMasksHostBits() {
    assertThat(Cidr.of(ip("10.0.4.7"), 24)).isEqualTo(new Cidr(ip("10.0.4.0"), 24));
    assertThat(Cidr.of(ip("10.0.4.7"), 32)).isEqualTo(new Cidr(ip("10.0.4.7"), 32));
    assertThat(Cidr.of(ip("10.0.4.7"), 0)).isEqualTo(new Cidr(ip("0.0.0.0"), 0));
    assertThat(Cidr.of(ip("fd00::1:2"), 112)).isEqualTo(new Cidr(ip("fd00::1:0"), 112));
  }

  @Test
  void rejectsHostBitsAndBadPrefixes() {
    assertThatThrownBy(() -> new Cidr(ip("10.0.4.7"), 24))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("host bits");
    assertThatThrownBy(() -> new Cidr(ip("10.0.4.0"), 33))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0-32");
    assertThatThrownBy(() -> new Cidr(ip("10.0.4.0"), -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cidr.of(ip("fd00::"), 129))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0-128");
    assertThatThrownBy(() -> Cidr.of(ip("fd00::"), -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sizeLastAndBroadcastOfIpv4Blocks() {
    Cidr block = cidr("10.0.4.0/24");
    assertThat(block.family()).isEqualTo(IpFamily.IPV4);
    assertThat(block.size()).isEqualTo(BigInteger.valueOf(256));
    assertThat(block.last()).isEqualTo(ip("10.0.4.255"));
    assertThat(block.broadcast()).isEqualTo(Option.some(ip("10.0.4.255")));
    assertThat(cidr("10.0.4.0/30").broadcast()).isEqualTo(Option.some(ip("10.0.4.3")));
    assertThat(cidr("10.0.4.0/31").broadcast()).isEmpty();
    assertThat(cidr("10.0.4.0/32").broadcast()).isEmpty();
    assertThat(cidr("0.0.0.0/0").size()).isEqualTo(BigInteger.ONE.shiftLeft(32));
    assertThat(cidr("0.0.0.0/0").last()).isEqualTo(ip("255.255.255.255"));
    assertThat(cidr("10.0.4.9/32").size()).isEqualTo(BigInteger.ONE);
    assertThat(cidr("10.0.4.9/32").last()).isEqualTo(ip("10.0.4.9"));
  }

  @Test
  void ipv6BlocksHaveNoBroadcast() {
    Cidr block = cidr("fd00:10:20::/64");
    assertThat(block.family()).isEqualTo(IpFamily.IPV6);
    assertThat(block.size()).isEqualTo(BigInteger.ONE.shiftLeft(64));
    assertThat(block.last()).isEqualTo(ip("fd00:10:20:0:ffff:ffff:ffff:ffff"));
    assertThat(block.broadcast()).isEmpty();
    assertThat(cidr("::/0").broadcast()).isEmpty();
    assertThat(cidr("::/0").last()).isEqualTo(ip("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"));
  }

  @Test
  void containsChecksFamilyAndBounds() {
    Cidr block = cidr("10.0.4.0/24");
    assertThat(block.contains(ip("10.0.4.0"))).isTrue();
    assertThat(block.contains(ip("10.0.4.255"))).isTrue();
    assertThat(block.contains(ip("10.0.3.255"))).isFalse();
    assertThat(block.contains(ip("10.0.5.0"))).isFalse();
    assertThat(block.contains(ip("::a00:401"))).isFalse();
    assertThat(cidr("::/0").contains(ip("10.0.4.1"))).isFalse();
    assertThat(cidr("0.0.0.0/0").contains(ip("::1"))).isFalse();
    assertThat(cidr("fd00:10:20::/64").contains(ip("fd00:10:20::64"))).isTrue();
    assertThat(cidr("fd00:10:20::/64").contains(ip("fd00:10:21::64"))).isFalse();
  }

  @Test
  void hostAtAddsAnOffsetInsideTheBlock() {
    Cidr block = cidr("10.0.4.0/24");
    assertThat(block.hostAt(BigInteger.valueOf(200))).isEqualTo(Option.some(ip("10.0.4.200")));
    assertThat(block.hostAt(BigInteger.ZERO)).isEqualTo(Option.some(ip("10.0.4.0")));
    assertThat(block.hostAt(BigInteger.valueOf(255))).isEqualTo(Option.some(ip("10.0.4.255")));
    assertThat(block.hostAt(BigInteger.valueOf(256))).isEmpty();
    assertThat(block.hostAt(BigInteger.valueOf(-1))).isEmpty();
    assertThat(cidr("fd00:10:20::/64").hostAt(BigInteger.valueOf(100))).isEqualTo(Option.some(ip("fd00:10:20::64")));
  }

  @Test
  void usableRangesFollowTheDocumentedRules() {
    assertThat(cidr("10.0.4.0/24").usableRange()).isEqualTo(range("10.0.4.1", "10.0.4.254"));
    assertThat(cidr("10.0.4.0/30").usableRange()).isEqualTo(range("10.0.4.1", "10.0.4.2"));
    assertThat(cidr("10.0.4.0/31").usableRange()).isEqualTo(range("10.0.4.0", "10.0.4.1"));
    assertThat(cidr("10.0.4.0/32").usableRange()).isEmpty();
    assertThat(cidr("0.0.0.0/0").usableRange()).isEqualTo(range("0.0.0.1", "255.255.255.254"));
    assertThat(cidr("fd00:10:20::/64").usableRange())
        .isEqualTo(range("fd00:10:20::1", "fd00:10:20:0:ffff:ffff:ffff:ffff"));
    assertThat(cidr("fd00::/126").usableRange()).isEqualTo(range("fd00::1", "fd00::3"));
    assertThat(cidr("fd00::/127").usableRange()).isEqualTo(range("fd00::", "fd00::1"));
    assertThat(cidr("fd00::/128").usableRange()).isEmpty();
  }

  @Test
  void halvesSplitTheBlock() {
    assertThat(cidr("10.0.4.0/24").halves())
        .isEqualTo(Option.some(Tuple.of(cidr("10.0.4.0/25"), cidr("10.0.4.128/25"))));
    assertThat(cidr("10.0.4.0/31").halves())
        .isEqualTo(Option.some(Tuple.of(cidr("10.0.4.0/32"), cidr("10.0.4.1/32"))));
    assertThat(cidr("0.0.0.0/0").halves())
        .isEqualTo(Option.some(Tuple.of(cidr("0.0.0.0/1"), cidr("128.0.0.0/1"))));
    assertThat(cidr("fd00::/64").halves())
        .isEqualTo(Option.some(Tuple.of(cidr("fd00::/65"), cidr("fd00::8000:0:0:0/65"))));
    assertThat(cidr("10.0.4.0/32").halves()).isEmpty();
    assertThat(cidr("fd00::/128").halves()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "10.20.0.0/16, 10.20.4.0/24, true",
      "10.20.0.0/16, 10.20.0.0/16, true",
      "10.20.0.0/24, 10.20.0.0/16, false",
      "10.20.0.0/24, 10.21.0.0/24, false",
      "0.0.0.0/0, 192.168.1.0/24, true",
      "10.20.0.0/16, ::/0, false",
      "::/0, 10.0.0.0/8, false",
      "fd00::/8, fd12:3456::/32, true",
  })
  void aBlockContainsTheBlocksWhollyInsideIt(String outer, String inner, boolean expected) {
    assertThat(Cidr.parse(outer).get().contains(Cidr.parse(inner).get())).isEqualTo(expected);
  }
}
