package tech.integratn.vcluster.domain.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {

  static IpAddress ip(String text) {
    return IpAddress.parse(text).getOrElseThrow(e -> new AssertionError(AddressErrors.describe(e)));
  }

  static IpAddress v4(long value) {
    return new IpAddress(IpFamily.IPV4, BigInteger.valueOf(value));
  }

  static AddressError error(String text) {
    Either<AddressError, IpAddress> parsed = IpAddress.parse(text);
    assertThat(parsed.isLeft()).as("'%s' must be rejected, got %s", text, parsed).isTrue();
    return parsed.getLeft();
  }

  @Test
  void familiesHaveTheirWidths() {
    assertThat(IpFamily.IPV4.bits()).isEqualTo(32);
    assertThat(IpFamily.IPV6.bits()).isEqualTo(128);
  }

  @ParameterizedTest
  @CsvSource({
    "0.0.0.0, 0",
    "10.0.0.1, 167772161",
    "255.255.255.255, 4294967295",
    "1.2.3.4, 16909060",
    "192.168.100.200, 3232261320"
  })
  void parsesDottedQuads(String text, long value) {
    IpAddress address = ip(text);
    assertThat(address).isEqualTo(v4(value));
    assertThat(address.family()).isEqualTo(IpFamily.IPV4);
    assertThat(address).hasToString(text);
  }

  @ParameterizedTest
  @CsvSource({
    "::, ::",
    "::1, ::1",
    "1::, 1::",
    "fd00:10:20::64, fd00:10:20::64",
    "FD00:0010:0020:0000:0000:0000:0000:0064, fd00:10:20::64",
    "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
    "2001:db8:0:1:0:0:0:1, 2001:db8:0:1::1",
    "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
    "2001:0db8:0000:0000:0000:0000:0002:0001, 2001:db8::2:1",
    "1:2:3:4:5:6:7::, 1:2:3:4:5:6:7:0",
    "::2:3:4:5:6:7:8, 0:2:3:4:5:6:7:8",
    "1:0:1:0:1:0:1:0, 1:0:1:0:1:0:1:0",
    "0:0:1:0:0:1:0:0, ::1:0:0:1:0:0",
    "1:0:0:2:0:0:0:3, 1:0:0:2::3",
    "::ffff:10.0.0.1, ::ffff:a00:1",
    "::10.0.0.1, ::a00:1",
    "1:2:3:4:5:6:1.2.3.4, 1:2:3:4:5:6:102:304",
    "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
    "aBcD::eF, abcd::ef"
  })
  void parsesIpv6AndFormatsPerRfc5952(String text, String canonical) {
    IpAddress address = ip(text);
    assertThat(address.family()).isEqualTo(IpFamily.IPV6);
    assertThat(address).hasToString(canonical);
    assertThat(ip(canonical)).isEqualTo(address);
  }

  @Test
  void ipv6ValuesAreUnsignedIntegers() {
    assertThat(ip("::1").value()).isEqualTo(BigInteger.ONE);
    assertThat(ip("1::").value()).isEqualTo(BigInteger.ONE.shiftLeft(112));
    assertThat(ip("::ffff:10.0.0.1").value()).isEqualTo(new BigInteger("ffff0a000001", 16));
    assertThat(ip("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff").value())
        .isEqualTo(BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "010.0.0.1", "1.02.3.4", "1.2.3.00", "1.2.3.0255", "::ffff:10.0.0.01"
      })
  void rejectsLeadingZeros(String text) {
    assertThat(error(text)).isInstanceOf(AddressError.LeadingZero.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"300.1.1.1", "1.2.3.256", "1.2.3.1000", "::1.2.3.999"})
  void rejectsOctetsOver255(String text) {
    assertThat(error(text)).isInstanceOf(AddressError.OctetOutOfRange.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1.2.3",
        "1.2.3.4.5",
        "1..3.4",
        ".1.2.3",
        "1.2.3.",
        "+1.2.3.4",
        "-1.2.3.4",
        " 1.2.3.4",
        "1.2.3.4 ",
        "1.2.3.a",
        "0x0a.0.0.1",
        "1.2.3.4/24",
        "::1%eth0",
        "fe80::1%1",
        "[::1]",
        "1::2::3",
        ":::",
        "1:::2",
        ":1::",
        "::1:",
        "1:2:3:4:5:6:7",
        "1:2:3:4:5:6:7:8:9",
        "1::2:3:4:5:6:7:8",
        "1:2:3:4:5:6:7:8::",
        "00001::",
        "12345::",
        "g::1",
        "1.2.3.4::",
        "::1.2.3.4:5",
        "1:2:3:4:5:6:7:1.2.3.4",
        "::1.2.3",
        ":",
        "1:2:3:4:5:6:7:8:",
        "１.2.3.4",
        "::ｆ"
      })
  void rejectsMalformedText(String text) {
    assertThat(error(text)).isInstanceOfAny(AddressError.Malformed.class);
  }

  @Test
  void malformedErrorsNameTheInputAndTheReason() {
    assertThat(error("1::2::3")).isEqualTo(new AddressError.Malformed("1::2::3", "'::' may appear only once"));
    assertThat(error("::1::")).isEqualTo(new AddressError.Malformed("::1::", "'::' may appear only once"));
    assertThat(error(":::")).isEqualTo(new AddressError.Malformed(":::", "'::' may appear only once"));
    assertThat(error("::.1.2.3")).isEqualTo(new AddressError.Malformed("::.1.2.3", "an IPv4 part is empty"));
    assertThat(error("1::fg")).isEqualTo(new AddressError.Malformed("1::fg", "unexpected character 'g'"));
    assertThat(error("1::@")).isEqualTo(new AddressError.Malformed("1::@", "unexpected character '@'"));
    assertThat(error("12345::"))
        .isEqualTo(new AddressError.Malformed("12345::", "IPv6 group '12345' has more than 4 hex digits"));
    assertThat(error("1.2.3"))
        .isEqualTo(new AddressError.Malformed("1.2.3", "an IPv4 address needs exactly 4 dot-separated decimal parts"));
    assertThat(error("::1%eth0")).isEqualTo(new AddressError.Malformed("::1%eth0", "unexpected character '%'"));
    assertThat(error("")).isEqualTo(new AddressError.Malformed("", "the address is empty"));
    assertThat(error("1.2..4")).isEqualTo(new AddressError.Malformed("1.2..4", "an IPv4 part is empty"));
    assertThat(error("1.2.3.a"))
        .isEqualTo(new AddressError.Malformed("1.2.3.a", "IPv4 part 'a' is not a decimal number"));
    assertThat(error("1:2")).isEqualTo(new AddressError.Malformed("1:2", "an IPv6 address without '::' needs 8 groups"));
    assertThat(error("1::2:3:4:5:6:7:8"))
        .isEqualTo(new AddressError.Malformed("1::2:3:4:5:6:7:8", "too many groups for an IPv6 address with '::'"));
    assertThat(error("1::2:")).isEqualTo(new AddressError.Malformed("1::2:", "an IPv6 group is empty"));
    assertThat(error("1.2::")).isEqualTo(new AddressError.Malformed("1.2::", "IPv6 group '1.2' is not hexadecimal"));
    assertThat(error("010.0.0.1")).isEqualTo(new AddressError.LeadingZero("010.0.0.1", "010"));
    assertThat(error("300.1.1.1")).isEqualTo(new AddressError.OctetOutOfRange("300.1.1.1", "300"));
  }

  @Test
  void aLoneZeroIsNotALeadingZero() {
    assertThat(ip("0.0.0.0")).isEqualTo(v4(0));
    assertThat(ip("10.0.0.0")).hasToString("10.0.0.0");
  }

  @Test
  void constructorRejectsValuesOutsideTheFamily() {
    assertThatThrownBy(() -> v4(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IPv4");
    assertThatThrownBy(() -> v4(1L << 32)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IpAddress(IpFamily.IPV6, BigInteger.ONE.shiftLeft(128)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IPv6");
    assertThat(v4(0xffffffffL)).hasToString("255.255.255.255");
    assertThat(new IpAddress(IpFamily.IPV6, BigInteger.ZERO)).hasToString("::");
  }

  @Test
  void plusStaysInsideTheFamily() {
    assertThat(ip("10.0.4.0").plus(BigInteger.valueOf(200))).isEqualTo(Option.some(ip("10.0.4.200")));
    assertThat(ip("10.0.4.0").plus(BigInteger.valueOf(-1))).isEqualTo(Option.some(ip("10.0.3.255")));
    assertThat(ip("255.255.255.254").plus(BigInteger.ONE)).isEqualTo(Option.some(ip("255.255.255.255")));
    assertThat(ip("255.255.255.255").plus(BigInteger.ONE)).isEmpty();
    assertThat(ip("0.0.0.0").plus(BigInteger.valueOf(-1))).isEmpty();
    assertThat(ip("0.0.0.0").plus(BigInteger.ZERO)).isEqualTo(Option.some(ip("0.0.0.0")));
    assertThat(ip("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff").plus(BigInteger.ONE)).isEmpty();
    assertThat(ip("fd00::ffff").plus(BigInteger.ONE)).isEqualTo(Option.some(ip("fd00::1:0")));
    assertThat(ip("fd00::1").plus(BigInteger.ONE).get().family()).isEqualTo(IpFamily.IPV6);
  }

  @Test
  void ordersByFamilyThenValue() {
    assertThat(ip("10.0.0.1")).isLessThan(ip("10.0.0.2"));
    assertThat(ip("10.0.0.2")).isGreaterThan(ip("10.0.0.1"));
    assertThat(ip("255.255.255.255")).isLessThan(ip("::"));
    assertThat(ip("::")).isGreaterThan(ip("255.255.255.255"));
    assertThat(ip("::1").compareTo(ip("0::1"))).isZero();
  }
}
