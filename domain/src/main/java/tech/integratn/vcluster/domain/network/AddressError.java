package tech.integratn.vcluster.domain.network;

import io.vavr.control.Option;

/**
 * Why an address, a CIDR block or a VIP was rejected. Errors are plain data; {@link
 * AddressErrors#describe(AddressError)} is the one place that renders them to text.
 */
public sealed interface AddressError {

  /**
   * The text is not an address or CIDR block.
   *
   * @param input the rejected text
   * @param reason what is wrong with it
   */
  record Malformed(String input, String reason) implements AddressError {}

  /**
   * A decimal part (IPv4 octet or prefix length) has a leading zero, e.g. {@code 010}.
   *
   * @param input the rejected text
   * @param part the offending part
   */
  record LeadingZero(String input, String part) implements AddressError {}

  /**
   * An IPv4 part is greater than 255.
   *
   * @param input the rejected text
   * @param octet the offending part
   */
  record OctetOutOfRange(String input, String octet) implements AddressError {}

  /**
   * A CIDR text has no {@code /<prefix>}.
   *
   * @param input the rejected text
   */
  record MissingPrefix(String input) implements AddressError {}

  /**
   * A CIDR prefix length exceeds the address width of its family.
   *
   * @param input the rejected text
   * @param prefix the prefix length given
   * @param max the largest prefix length of the family (32 or 128)
   */
  record PrefixOutOfRange(String input, int prefix, int max) implements AddressError {}

  /**
   * An IPv6 text in the IPv4-mapped ({@code ::ffff:10.0.0.1}) or dotted form, where only the
   * plain forms of the two families are accepted.
   *
   * @param input the rejected text
   */
  record MappedIpv6(String input) implements AddressError {}

  /**
   * A VIP and its subnet are of different families.
   *
   * @param vip the VIP
   * @param subnet the subnet
   */
  record MixedFamilies(IpAddress vip, Cidr subnet) implements AddressError {}

  /**
   * A VIP is not in the usable host range of its subnet.
   *
   * @param vip the VIP
   * @param subnet the subnet
   */
  record OutsideUsableRange(IpAddress vip, Cidr subnet) implements AddressError {
    /** The usable range of the subnet, none if it has no usable host address. */
    public Option<AddressRange> usable() {
      return subnet.usableRange();
    }
  }

  /**
   * The VIP offset does not lead to a usable host address of the subnet.
   *
   * @param offset the offset from the network address
   * @param subnet the subnet
   */
  record OffsetOutOfRange(long offset, Cidr subnet) implements AddressError {
    /** The usable range of the subnet, none if it has no usable host address. */
    public Option<AddressRange> usable() {
      return subnet.usableRange();
    }
  }

  /**
   * The VIP offset is below 1.
   *
   * @param offset the offset given
   * @param subnet the subnet the offset applies to
   */
  record NonPositiveOffset(long offset, Cidr subnet) implements AddressError {}
}
