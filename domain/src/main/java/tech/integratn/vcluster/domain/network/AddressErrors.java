package tech.integratn.vcluster.domain.network;

/** The one place that renders an {@link AddressError} as a single human-readable line. */
public final class AddressErrors {

  private AddressErrors() {}

  /** One line describing {@code error}, always naming the offending input. */
  public static String describe(AddressError error) {
    if (error instanceof AddressError.Malformed e) {
      return "cannot parse '" + e.input() + "': " + e.reason();
    } else if (error instanceof AddressError.LeadingZero e) {
      return "cannot parse '" + e.input() + "': '" + e.part() + "' has a leading zero";
    } else if (error instanceof AddressError.OctetOutOfRange e) {
      return "cannot parse '" + e.input() + "': IPv4 part '" + e.octet() + "' is greater than 255";
    } else if (error instanceof AddressError.MissingPrefix e) {
      return "cannot parse '" + e.input() + "': a CIDR block needs '/<prefix length>'";
    } else if (error instanceof AddressError.PrefixOutOfRange e) {
      return "cannot parse '" + e.input() + "': prefix length " + e.prefix() + " is out of range 0-" + e.max();
    } else if (error instanceof AddressError.MappedIpv6 e) {
      return "cannot parse '" + e.input() + "': an IPv4-mapped or dotted IPv6 address; write the IPv4 address or block";
    } else if (error instanceof AddressError.MixedFamilies e) {
      return "VIP " + e.vip() + " is " + e.vip().family().displayName() + " but subnet " + e.subnet()
          + " is " + e.subnet().family().displayName();
    } else if (error instanceof AddressError.OutsideUsableRange e) {
      return "VIP " + e.vip() + " is not a usable host address of subnet " + e.subnet() + " (" + usable(e.subnet()) + ")";
    } else if (error instanceof AddressError.OffsetOutOfRange e) {
      return "VIP offset " + e.offset() + " does not give a usable host address of subnet " + e.subnet()
          + " (" + usable(e.subnet()) + ")";
    } else if (error instanceof AddressError.NonPositiveOffset e) {
      return "VIP offset " + e.offset() + " for subnet " + e.subnet() + " must be at least 1";
    }
    throw new IllegalStateException("unknown address error " + error);
  }

  /**
   * The same error when the value at fault is a default (the profile's VIP offset), worded to
   * follow "the profile's default ": {@code offset 200 gives 10.0.4.200, not a usable host address
   * of subnet 10.0.4.0/25 (usable range 10.0.4.1-10.0.4.126)}.
   */
  public static String describeDefault(AddressError error) {
    if (error instanceof AddressError.OffsetOutOfRange e) {
      io.vavr.control.Option<IpAddress> address = e.subnet().network().plus(java.math.BigInteger.valueOf(e.offset()));
      String gives = address.isDefined() ? address.get().toString() : "an address past the end of the address space";
      return "offset " + e.offset() + " gives " + gives + ", not a usable host address of subnet " + e.subnet()
          + " (" + usable(e.subnet()) + ")";
    }
    return "value is not usable: " + describe(error);
  }

  private static String usable(Cidr subnet) {
    return subnet.usableRange().map(r -> "usable range " + r).getOrElse("the subnet has no usable host address");
  }
}
