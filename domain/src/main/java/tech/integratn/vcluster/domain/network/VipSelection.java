package tech.integratn.vcluster.domain.network;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.util.function.Function;

/**
 * Chooses the virtual IP of a subnet.
 *
 * <ul>
 *   <li>no subnet, no VIP: no VIP;
 *   <li>a VIP without a subnet: that VIP, unchecked;
 *   <li>a subnet without a VIP: {@code network + vipOffset}, which must be a usable host address
 *       (see {@link Cidr}); {@code vipOffset} must be at least 1 and is only looked at here;
 *   <li>a subnet and a VIP: the VIP, which must be of the subnet's family and usable.
 * </ul>
 *
 * <p>Written with {@code if}s.
 */
public final class VipSelection {

  private VipSelection() {}

  /** Selects the VIP from parsed values; see the type documentation for the rules. */
  public static Either<AddressError, Option<IpAddress>> select(
      Option<Cidr> subnet, Option<IpAddress> vip, long vipOffset) {
    if (subnet.isEmpty()) {
      return Either.right(vip);
    }
    Either<AddressError, IpAddress> chosen =
        vip.isEmpty() ? byOffset(subnet.get(), vipOffset) : checked(subnet.get(), vip.get());
    return chosen.isLeft() ? Either.left(chosen.getLeft()) : Either.right(Option.some(chosen.get()));
  }

  /**
   * Parses the subnet and the VIP texts, then {@link #select(Option, Option, long) selects}.
   *
   * <p>Named differently from {@code select} because both overloads would erase to the same
   * signature.
   */
  public static Either<AddressError, Option<IpAddress>> parseAndSelect(
      Option<String> subnetText, Option<String> vipText, long vipOffset) {
    return parseOptional(subnetText, Cidr::parse)
        .flatMap(subnet -> parseOptional(vipText, IpAddress::parse)
            .flatMap(vip -> select(subnet, vip, vipOffset)));
  }

  private static Either<AddressError, IpAddress> byOffset(Cidr subnet, long offset) {
    if (offset < 1) {
      return Either.left(new AddressError.NonPositiveOffset(offset, subnet));
    }
    Option<IpAddress> address = subnet.hostAt(BigInteger.valueOf(offset));
    return address.isDefined() && isUsable(subnet, address.get())
        ? Either.right(address.get())
        : Either.left(new AddressError.OffsetOutOfRange(offset, subnet));
  }

  private static Either<AddressError, IpAddress> checked(Cidr subnet, IpAddress vip) {
    if (vip.family() != subnet.family()) {
      return Either.left(new AddressError.MixedFamilies(vip, subnet));
    }
    return isUsable(subnet, vip)
        ? Either.right(vip)
        : Either.left(new AddressError.OutsideUsableRange(vip, subnet));
  }

  private static boolean isUsable(Cidr subnet, IpAddress address) {
    Option<AddressRange> range = subnet.usableRange();
    return range.isDefined() && range.get().contains(address);
  }

  private static <T> Either<AddressError, Option<T>> parseOptional(
      Option<String> text, Function<String, Either<AddressError, T>> parser) {
    return text.isEmpty() ? Either.right(Option.none()) : parser.apply(text.get()).map(Option::some);
  }
}
