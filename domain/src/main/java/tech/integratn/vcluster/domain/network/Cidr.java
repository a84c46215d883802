package tech.integratn.vcluster.domain.network;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A CIDR block: a network address whose host bits are zero and a prefix length.
 *
 * <p>Usable host range (the addresses that may be given to a host or a VIP):
 *
 * <ul>
 *   <li>IPv4, prefix &le; 30: network+1 .. broadcast-1 (network and broadcast are reserved);
 *   <li>IPv4 /31: both addresses (point-to-point, RFC 3021);
 *   <li>IPv4 /32: none;
 *   <li>IPv6, prefix &le; 126: network+1 .. last (only the subnet-router anycast address, the
 *       network address, is excluded; IPv6 has no broadcast);
 *   <li>IPv6 /127: both addresses (point-to-point, RFC 6164);
 *   <li>IPv6 /128: none.
 * </ul>
 *
 * <p>Written with {@code if}s.
 *
 * @param network the first address of the block; its host bits must be zero
 * @param prefixLength the number of network bits, {@code 0..network.family().bits()}
 */
public record Cidr(IpAddress network, int prefixLength) {

  private static final int MAX_BROADCAST_PREFIX = 30;
  /** The upper 96 bits of an IPv4-mapped IPv6 address ({@code ::ffff:0:0/96}). */
  private static final BigInteger MAPPED_PREFIX = BigInteger.valueOf(0xffffL);

  /** Requires a prefix within the family and a network address without host bits. */
  public Cidr {
    Objects.requireNonNull(network, "network");
    requirePrefix(network.family(), prefixLength);
    if (network.value().and(hostMask(network.family(), prefixLength)).signum() != 0) {
      throw new IllegalArgumentException(network + " has host bits set for prefix /" + prefixLength);
    }
  }

  /**
   * Parses {@code <address>/<prefix>}; the prefix is decimal without leading zeros and within the
   * family. Host bits in the address are cleared, so {@code 10.0.4.7/24} becomes {@code
   * 10.0.4.0/24}.
   */
  public static Either<AddressError, Cidr> parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      return Either.left(new AddressError.MissingPrefix(text));
    }
    Either<AddressError, IpAddress> address = AddressText.parse(text, text.substring(0, slash));
    if (address.isLeft()) {
      return Either.left(address.getLeft());
    }
    Either<AddressError, Integer> prefix = prefix(text, text.substring(slash + 1), address.get().family());
    return prefix.isLeft() ? Either.left(prefix.getLeft()) : Either.right(of(address.get(), prefix.get()));
  }

  /**
   * Parses like {@link #parse(String)} and also refuses IPv6 text in the IPv4-mapped or dotted
   * form: the block of a network policy must be written in one of the two plain forms.
   */
  public static Either<AddressError, Cidr> parseStrict(String text) {
    Either<AddressError, Cidr> parsed = parse(text);
    if (parsed.isRight() && parsed.get().family() == IpFamily.IPV6
        && (text.indexOf('.') >= 0 || parsed.get().network().value().shiftRight(32).equals(MAPPED_PREFIX))) {
      return Either.left(new AddressError.MappedIpv6(text));
    }
    return parsed;
  }

  /** Whether {@code text}'s address has bits set beyond the prefix ({@code 10.0.3.1/24}). */
  public boolean clearedHostBitsOf(String text) {
    int slash = text.indexOf('/');
    Either<AddressError, IpAddress> address = IpAddress.parse(slash < 0 ? text : text.substring(0, slash));
    // compareTo: equal exactly when the record's equals is (the record's equals would cost nothing
    // that decides under the AOT cache, bench/README.md "Idioms under the AOT cache")
    return address.isRight() && address.get().compareTo(network) != 0;
  }

  /**
   * The block of {@code prefixLength} that contains {@code anyAddressInside}.
   *
   * @throws IllegalArgumentException if the prefix is outside {@code 0..family.bits()}
   */
  public static Cidr of(IpAddress anyAddressInside, int prefixLength) {
    IpFamily family = anyAddressInside.family();
    BigInteger network = anyAddressInside.value().andNot(hostMask(family, prefixLength));
    return new Cidr(new IpAddress(family, network), prefixLength);
  }

  /** The family of the block. */
  public IpFamily family() {
    return network.family();
  }

  /** Number of addresses in the block, {@code 2^(bits - prefixLength)}. */
  public BigInteger size() {
    return BigInteger.ONE.shiftLeft(hostBits());
  }

  /** The last (highest) address of the block. */
  public IpAddress last() {
    return new IpAddress(family(), network.value().or(hostMask(family(), prefixLength)));
  }

  /** The IPv4 broadcast address for prefixes up to /30; none for /31, /32 and for IPv6. */
  public Option<IpAddress> broadcast() {
    return family() == IpFamily.IPV4 && prefixLength <= MAX_BROADCAST_PREFIX ? Option.some(last()) : Option.none();
  }

  /** Whether {@code address} is of the same family and inside the block. */
  public boolean contains(IpAddress address) {
    return address.family() == family()
        && address.value().andNot(hostMask(family(), prefixLength)).equals(network.value());
  }

  /** Whether {@code block} is of the same family and lies wholly inside this block (it may be this block). */
  public boolean contains(Cidr block) {
    return block.prefixLength() >= prefixLength && contains(block.network());
  }

  /** {@code network + offset}, or none when {@code offset < 0} or {@code offset >= size()}. */
  public Option<IpAddress> hostAt(BigInteger offset) {
    return offset.signum() >= 0 && offset.compareTo(size()) < 0
        ? Option.some(new IpAddress(family(), network.value().add(offset)))
        : Option.none();
  }

  /** The usable host range by the rules in the type documentation; none for /32 and /128. */
  public Option<AddressRange> usableRange() {
    int hostBits = hostBits();
    if (hostBits == 0) {
      return Option.none();
    }
    if (hostBits == 1) {
      return Option.some(new AddressRange(network, last()));
    }
    BigInteger first = network.value().add(BigInteger.ONE);
    BigInteger end = broadcast().isDefined() ? last().value().subtract(BigInteger.ONE) : last().value();
    return Option.some(new AddressRange(new IpAddress(family(), first), new IpAddress(family(), end)));
  }

  /** The lower and upper half of the block (one bit longer prefix); none for /32 and /128. */
  public Option<Tuple2<Cidr, Cidr>> halves() {
    if (hostBits() == 0) {
      return Option.none();
    }
    int half = prefixLength + 1;
    IpAddress upper = new IpAddress(family(), network.value().setBit(hostBits() - 1));
    return Option.some(Tuple.of(new Cidr(network, half), new Cidr(upper, half)));
  }

  /** {@code <canonical network>/<prefix>}, e.g. {@code 10.0.4.0/24} or {@code fd00:10:20::/64}. */
  @Override
  public String toString() {
    return network + "/" + prefixLength;
  }

  private int hostBits() {
    return family().bits() - prefixLength;
  }

  private static BigInteger hostMask(IpFamily family, int prefixLength) {
    return BigInteger.ONE.shiftLeft(family.bits() - prefixLength).subtract(BigInteger.ONE);
  }

  private static void requirePrefix(IpFamily family, int prefixLength) {
    if (prefixLength < 0 || prefixLength > family.bits()) {
      throw new IllegalArgumentException(
          "prefix length " + prefixLength + " is out of range 0-" + family.bits() + " for " + family.displayName());
    }
  }

  private static boolean isDecimal(String digits) {
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static Either<AddressError, Integer> prefix(String input, String digits, IpFamily family) {
    if (digits.isEmpty() || !isDecimal(digits)) {
      return Either.left(new AddressError.Malformed(input, "the prefix length must be a decimal number"));
    }
    if (digits.length() > 1 && digits.charAt(0) == '0') {
      return Either.left(new AddressError.LeadingZero(input, digits));
    }
    if (digits.length() > 3) {
      return Either.left(new AddressError.Malformed(input, "prefix length " + digits + " is too long"));
    }
    int prefix = Integer.parseInt(digits);
    return prefix <= family.bits()
        ? Either.right(prefix)
        : Either.left(new AddressError.PrefixOutOfRange(input, prefix, family.bits()));
  }
}
