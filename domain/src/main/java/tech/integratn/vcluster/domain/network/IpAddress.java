package tech.integratn.vcluster.domain.network;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An IPv4 or IPv6 address as a family and an unsigned integer value.
 *
 * <p>{@link #parse(String)} is strict: IPv4 is accepted only as a dotted quad of four decimal
 * parts 0-255 without leading zeros; IPv6 is accepted in the RFC 4291 text forms (hex groups,
 * one {@code ::}, an optional dotted IPv4 tail) but without zone ids or brackets.
 *
 * <p>{@link #toString()} is canonical: a dotted quad for IPv4 and the RFC 5952 form for IPv6.
 * IPv4-mapped IPv6 addresses are deliberately <em>not</em> special-cased: {@code
 * ::ffff:10.0.0.1} is rendered with plain hex groups as {@code ::ffff:a00:1}.
 *
 * <p>Ordering compares the family first (IPv4 before IPv6) and then the value.
 *
 * @param family the address family
 * @param value the address as an unsigned integer, {@code 0 <= value < 2^family.bits()}
 */
public record IpAddress(IpFamily family, BigInteger value) implements Comparable<IpAddress> {

  /** Validates that {@code value} fits the family. */
  public IpAddress {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(value, "value");
    if (!family.holds(value)) {
      throw new IllegalArgumentException(value + " is not a valid " + family.displayName() + " address value");
    }
  }

  /**
   * Parses an IPv4 dotted quad or an IPv6 address strictly.
   *
   * @param text the address text, without surrounding whitespace, brackets or zone id
   * @return the address, or the reason the text is not a valid address
   */
  public static Either<AddressError, IpAddress> parse(String text) {
    return AddressText.parse(text, text);
  }

  /**
   * Adds {@code offset} (which may be negative) to this address.
   *
   * @return the shifted address of the same family, or none if the result leaves the family
   */
  public Option<IpAddress> plus(BigInteger offset) {
    BigInteger sum = value.add(offset);
    return family.holds(sum) ? Option.some(new IpAddress(family, sum)) : Option.none();
  }

  @Override
  public int compareTo(IpAddress other) {
    int byFamily = family.compareTo(other.family);
    return byFamily != 0 ? byFamily : value.compareTo(other.value);
  }

  /** The canonical text: dotted quad for IPv4, RFC 5952 for IPv6. */
  @Override
  public String toString() {
    return AddressText.format(this);
  }
}
