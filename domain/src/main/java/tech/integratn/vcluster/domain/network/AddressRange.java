package tech.integratn.vcluster.domain.network;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An inclusive range of addresses of one family, rendered as {@code first-last}.
 *
 * @param first the lowest address of the range
 * @param last the highest address of the range, of the same family and not below {@code first}
 */
public record AddressRange(IpAddress first, IpAddress last) {

  /** Requires one family and {@code first <= last}. */
  public AddressRange {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (first.family() != last.family() || first.compareTo(last) > 0) {
      throw new IllegalArgumentException("not an address range: " + first + "-" + last);
    }
  }

  /** Whether {@code address} lies between {@link #first()} and {@link #last()}, inclusive. */
  public boolean contains(IpAddress address) {
    return first.compareTo(address) <= 0 && address.compareTo(last) <= 0;
  }

  /** Number of addresses in the range (at least 1). */
  public BigInteger size() {
    return last.value().subtract(first.value()).add(BigInteger.ONE);
  }

  /** The range as {@code first-last}, e.g. {@code 10.0.4.1-10.0.4.254}. */
  @Override
  public String toString() {
    return first + "-" + last;
  }
}
