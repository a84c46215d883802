package tech.integratn.vcluster.domain.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tech.integratn.vcluster.domain.network.IpAddressTest.ip;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class AddressRangeTest {

  @Test
  void containsIsInclusive() {
    AddressRange range = new AddressRange(ip("10.0.4.1"), ip("10.0.4.254"));
    assertThat(range.contains(ip("10.0.4.1"))).isTrue();
    assertThat(range.contains(ip("10.0.4.100"))).isTrue();
    assertThat(range.contains(ip("10.0.4.254"))).isTrue();
    assertThat(range.contains(ip("10.0.4.0"))).isFalse();
    assertThat(range.contains(ip("10.0.4.255"))).isFalse();
    assertThat(range.contains(ip("::a00:464"))).isFalse();
  }

  @Test
  void sizeCountsBothEnds() {
    assertThat(new AddressRange(ip("10.0.4.1"), ip("10.0.4.254")).size()).isEqualTo(BigInteger.valueOf(254));
    assertThat(new AddressRange(ip("::1"), ip("::1")).size()).isEqualTo(BigInteger.ONE);
  }

  @Test
  void rendersAsFirstDashLast() {
    assertThat(new AddressRange(ip("10.0.4.1"), ip("10.0.4.254"))).hasToString("10.0.4.1-10.0.4.254");
    assertThat(new AddressRange(ip("fd00::1"), ip("fd00::ff"))).hasToString("fd00::1-fd00::ff");
  }

  @Test
  void rejectsReversedAndMixedRanges() {
    assertThatThrownBy(() -> new AddressRange(ip("10.0.4.2"), ip("10.0.4.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an address range: 10.0.4.2-10.0.4.1");
    assertThatThrownBy(() -> new AddressRange(ip("10.0.4.1"), ip("::ffff")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AddressRange(ip("::1"), ip("255.255.255.255")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new AddressRange(ip("10.0.4.1"), ip("10.0.4.1")).first()).isEqualTo(ip("10.0.4.1"));
  }
}
