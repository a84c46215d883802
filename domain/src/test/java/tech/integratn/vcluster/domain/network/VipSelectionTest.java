package tech.integratn.vcluster.domain.network;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.network.CidrTest.cidr;
import static tech.integratn.vcluster.domain.network.IpAddressTest.ip;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class VipSelectionTest {

  private static Either<AddressError, Option<IpAddress>> byOffset(String subnet, long offset) {
    return VipSelection.select(Option.some(cidr(subnet)), Option.none(), offset);
  }

  private static Either<AddressError, Option<IpAddress>> explicit(String subnet, String vip) {
    return VipSelection.select(Option.some(cidr(subnet)), Option.some(ip(vip)), 1);
  }

  private static String failure(Either<AddressError, Option<IpAddress>> result) {
    assertThat(result.isLeft()).as("expected an error, got %s", result).isTrue();
    return AddressErrors.describe(result.getLeft());
  }

  @Test
  void nothingGivenSelectsNothing() {
    assertThat(VipSelection.select(Option.<Cidr>none(), Option.<IpAddress>none(), 10))
        .isEqualTo(Either.right(Option.none()));
    assertThat(VipSelection.select(Option.<Cidr>none(), Option.<IpAddress>none(), 0))
        .isEqualTo(Either.right(Option.none()));
  }

  @Test
  void aVipWithoutSubnetIsTakenAsIs() {
    assertThat(VipSelection.select(Option.none(), Option.some(ip("10.9.9.9")), 10))
        .isEqualTo(Either.right(Option.some(ip("10.9.9.9"))));
  }

  @Test
  void aSubnetWithoutVipUsesTheOffset() {
    assertThat(byOffset("10.0.4.0/24", 200)).isEqualTo(Either.right(Option.some(ip("10.0.4.200"))));
    assertThat(byOffset("10.0.4.7/24", 1)).isEqualTo(Either.right(Option.some(ip("10.0.4.1"))));
    assertThat(byOffset("10.0.4.0/24", 254)).isEqualTo(Either.right(Option.some(ip("10.0.4.254"))));
    assertThat(byOffset("fd00:10:20::/64", 100)).isEqualTo(Either.right(Option.some(ip("fd00:10:20::64"))));
    assertThat(byOffset("10.0.4.0/31", 1)).isEqualTo(Either.right(Option.some(ip("10.0.4.1"))));
    assertThat(byOffset("fd00::/127", 1)).isEqualTo(Either.right(Option.some(ip("fd00::1"))));
    assertThat(byOffset("fd00::/126", 3)).isEqualTo(Either.right(Option.some(ip("fd00::3"))));
  }

  @Test
  void theOffsetMustGiveAUsableAddress() {
    assertThat(byOffset("10.0.4.0/24", 255).getLeft())
        .isEqualTo(new AddressError.OffsetOutOfRange(255, cidr("10.0.4.0/24")));
    assertThat(failure(byOffset("10.0.4.0/24", 255)))
        .isEqualTo("VIP offset 255 does not give a usable host address of subnet 10.0.4.0/24"
            + " (usable range 10.0.4.1-10.0.4.254)");
    assertThat(failure(byOffset("10.0.4.0/24", 256))).contains("offset 256", "10.0.4.1-10.0.4.254");
    assertThat(failure(byOffset("10.0.4.0/24", Long.MAX_VALUE))).contains("offset " + Long.MAX_VALUE);
    assertThat(failure(byOffset("10.0.4.0/32", 1)))
        .isEqualTo("VIP offset 1 does not give a usable host address of subnet 10.0.4.0/32"
            + " (the subnet has no usable host address)");
    assertThat(failure(byOffset("fd00::/128", 1))).contains("no usable host address");
    assertThat(failure(byOffset("fd00::/127", 2))).contains("usable range fd00::-fd00::1");
  }

  @Test
  void theOffsetMustBePositive() {
    assertThat(byOffset("10.0.4.0/24", 0).getLeft())
        .isEqualTo(new AddressError.NonPositiveOffset(0, cidr("10.0.4.0/24")));
    assertThat(failure(byOffset("10.0.4.0/31", 0)))
        .isEqualTo("VIP offset 0 for subnet 10.0.4.0/31 must be at least 1");
    assertThat(failure(byOffset("fd00::/64", -5))).contains("offset -5");
  }

  @Test
  void anExplicitVipMustBeUsable() {
    assertThat(explicit("10.0.4.0/24", "10.0.4.10")).isEqualTo(Either.right(Option.some(ip("10.0.4.10"))));
    assertThat(explicit("10.0.4.0/31", "10.0.4.0")).isEqualTo(Either.right(Option.some(ip("10.0.4.0"))));
    assertThat(explicit("fd00::/64", "fd00::ffff:ffff:ffff:ffff"))
        .isEqualTo(Either.right(Option.some(ip("fd00::ffff:ffff:ffff:ffff"))));
    assertThat(explicit("10.0.4.0/24", "10.0.5.1").getLeft())
        .isEqualTo(new AddressError.OutsideUsableRange(ip("10.0.5.1"), cidr("10.0.4.0/24")));
    assertThat(failure(explicit("10.0.4.0/24", "10.0.5.1")))
        .isEqualTo("VIP 10.0.5.1 is not a usable host address of subnet 10.0.4.0/24 (usable range 10.0.4.1-10.0.4.254)");
    assertThat(failure(explicit("10.0.4.0/24", "10.0.4.0"))).contains("VIP 10.0.4.0 ");
    assertThat(failure(explicit("10.0.4.0/24", "10.0.4.255"))).contains("VIP 10.0.4.255 ");
    assertThat(failure(explicit("fd00::/64", "fd00::"))).contains("VIP fd00:: ");
    assertThat(failure(explicit("10.0.4.4/32", "10.0.4.4")))
        .isEqualTo("VIP 10.0.4.4 is not a usable host address of subnet 10.0.4.4/32"
            + " (the subnet has no usable host address)");
  }

  @Test
  void anExplicitVipMustMatchTheSubnetFamily() {
    assertThat(explicit("10.0.4.0/24", "fd00::1").getLeft())
        .isEqualTo(new AddressError.MixedFamilies(ip("fd00::1"), cidr("10.0.4.0/24")));
    assertThat(failure(explicit("10.0.4.0/24", "fd00::1")))
        .isEqualTo("VIP fd00::1 is IPv6 but subnet 10.0.4.0/24 is IPv4");
    assertThat(failure(explicit("::/0", "10.0.4.1"))).isEqualTo("VIP 10.0.4.1 is IPv4 but subnet ::/0 is IPv6");
  }

  @Test
  void selectsFromText() {
    assertThat(VipSelection.parseAndSelect(Option.some("10.0.4.7/24"), Option.none(), 200))
        .isEqualTo(Either.right(Option.some(ip("10.0.4.200"))));
    assertThat(VipSelection.parseAndSelect(Option.some("fd00:10:20::/64"), Option.some("fd00:10:20::a"), 1))
        .isEqualTo(Either.right(Option.some(ip("fd00:10:20::a"))));
    assertThat(VipSelection.parseAndSelect(Option.none(), Option.some("10.1.1.1"), 1))
        .isEqualTo(Either.right(Option.some(ip("10.1.1.1"))));
    assertThat(VipSelection.parseAndSelect(Option.none(), Option.none(), 1)).isEqualTo(Either.right(Option.none()));
    assertThat(VipSelection.parseAndSelect(Option.some("10.0.4.0/33"), Option.some("10.0.4.1"), 1))
        .isEqualTo(Either.left(new AddressError.PrefixOutOfRange("10.0.4.0/33", 33, 32)));
    assertThat(VipSelection.parseAndSelect(Option.some("10.0.4.0/24"), Option.some("300.1.1.1"), 1))
        .isEqualTo(Either.left(new AddressError.OctetOutOfRange("300.1.1.1", "300")));
    assertThat(VipSelection.parseAndSelect(Option.some("10.0.4.0/24"), Option.some("fd00::1"), 1))
        .isEqualTo(Either.left(new AddressError.MixedFamilies(ip("fd00::1"), cidr("10.0.4.0/24"))));
    assertThat(VipSelection.parseAndSelect(Option.some("10.0.4.0/24"), Option.none(), 255).isLeft()).isTrue();
  }
}
