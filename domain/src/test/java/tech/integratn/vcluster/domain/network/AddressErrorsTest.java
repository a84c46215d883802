package tech.integratn.vcluster.domain.network;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.network.CidrTest.cidr;
import static tech.integratn.vcluster.domain.network.IpAddressTest.ip;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class AddressErrorsTest {

  @Test
  void rendersMalformed() {
    assertThat(AddressErrors.describe(IpAddress.parse("10.0.4").getLeft()))
        .isEqualTo("cannot parse '10.0.4': an IPv4 address needs exactly 4 dot-separated decimal parts");
    assertThat(AddressErrors.describe(IpAddress.parse("::1%eth0").getLeft()))
        .isEqualTo("cannot parse '::1%eth0': unexpected character '%'");
  }

  @Test
  void rendersLeadingZero() {
    assertThat(AddressErrors.describe(IpAddress.parse("010.0.0.1").getLeft()))
        .isEqualTo("cannot parse '010.0.0.1': '010' has a leading zero");
    assertThat(AddressErrors.describe(Cidr.parse("10.0.0.0/08").getLeft()))
        .isEqualTo("cannot parse '10.0.0.0/08': '08' has a leading zero");
  }

  @Test
  void rendersOctetOutOfRange() {
    assertThat(AddressErrors.describe(IpAddress.parse("300.1.1.1").getLeft()))
        .isEqualTo("cannot parse '300.1.1.1': IPv4 part '300' is greater than 255");
  }

  @Test
  void rendersMissingPrefix() {
    assertThat(AddressErrors.describe(Cidr.parse("10.0.4.0").getLeft()))
        .isEqualTo("cannot parse '10.0.4.0': a CIDR block needs '/<prefix length>'");
  }

  @Test
  void rendersPrefixOutOfRange() {
    assertThat(AddressErrors.describe(Cidr.parse("10.0.4.0/33").getLeft()))
        .isEqualTo("cannot parse '10.0.4.0/33': prefix length 33 is out of range 0-32");
    assertThat(AddressErrors.describe(Cidr.parse("fd00::/200").getLeft()))
        .isEqualTo("cannot parse 'fd00::/200': prefix length 200 is out of range 0-128");
  }

  @Test
  void rendersMixedFamilies() {
    assertThat(AddressErrors.describe(new AddressError.MixedFamilies(ip("fd00::1"), cidr("10.0.4.0/24"))))
        .isEqualTo("VIP fd00::1 is IPv6 but subnet 10.0.4.0/24 is IPv4");
  }

  @Test
  void rendersOutsideUsableRange() {
    AddressError.OutsideUsableRange error = new AddressError.OutsideUsableRange(ip("10.0.5.1"), cidr("10.0.4.0/24"));
    assertThat(error.usable()).isEqualTo(Option.some(new AddressRange(ip("10.0.4.1"), ip("10.0.4.254"))));
    assertThat(AddressErrors.describe(error))
        .isEqualTo("VIP 10.0.5.1 is not a usable host address of subnet 10.0.4.0/24 (usable range 10.0.4.1-10.0.4.254)");
  }

  @Test
  void rendersOffsetOutOfRange() {
    AddressError.OffsetOutOfRange error = new AddressError.OffsetOutOfRange(1, cidr("fd00::/128"));
    assertThat(error.usable()).isEmpty();
    assertThat(AddressErrors.describe(error))
        .isEqualTo("VIP offset 1 does not give a usable host address of subnet fd00::/128"
            + " (the subnet has no usable host address)");
  }

  @Test
  void rendersNonPositiveOffset() {
    assertThat(AddressErrors.describe(new AddressError.NonPositiveOffset(-3, cidr("fd00::/64"))))
        .isEqualTo("VIP offset -3 for subnet fd00::/64 must be at least 1");
  }
}
