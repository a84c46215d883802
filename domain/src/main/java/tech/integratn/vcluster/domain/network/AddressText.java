package tech.integratn.vcluster.domain.network;

import io.vavr.control.Either;
import java.math.BigInteger;

/**
 * Hand-written strict parser and canonical formatter of address text (no java.net: its parsers
 * accept forms a request must not use). Plain loops.
 */
final class AddressText {

  private static final int IPV4_PARTS = 4;
  private static final int IPV6_GROUPS = 8;
  private static final int MAX_OCTET = 255;
  private static final int MAX_HEX_DIGITS = 4;

  private AddressText() {}

  /**
   * Parses {@code text}; errors name {@code input}, the text the caller was given (which may be
   * a larger CIDR text containing {@code text}).
   */
  static Either<AddressError, IpAddress> parse(String input, String text) {
    if (text.isEmpty()) {
      return malformed(input, "the address is empty");
    }
    for (char c : text.toCharArray()) {
      if (!isAddressChar(c)) {
        return malformed(input, "unexpected character '" + c + "'");
      }
    }
    return text.contains(":") ? parseIpv6(input, text) : parseIpv4(input, text);
  }

  /** Canonical text of an address. */
  static String format(IpAddress address) {
    return address.family() == IpFamily.IPV4
        ? formatIpv4(address.value().longValue())
        : formatIpv6(address.value());
  }

  private static boolean isAddressChar(char c) {
    return isHexDigit(c) || c == '.' || c == ':';
  }

  private static boolean isDecimalDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHexDigit(char c) {
    char lower = Character.toLowerCase(c);
    return isDecimalDigit(c) || (lower >= 'a' && lower <= 'f');
  }

  // ---------------------------------------------------------------- IPv4

  private static Either<AddressError, IpAddress> parseIpv4(String input, String text) {
    Either<AddressError, Long> value = ipv4Value(input, text);
    return value.isLeft()
        ? Either.left(value.getLeft())
        : Either.right(new IpAddress(IpFamily.IPV4, BigInteger.valueOf(value.get())));
  }

  private static Either<AddressError, Long> ipv4Value(String input, String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != IPV4_PARTS) {
      return malformed(input, "an IPv4 address needs exactly 4 dot-separated decimal parts");
    }
    long value = 0L;
    for (String part : parts) {
      Either<AddressError, Integer> octet = octet(input, part);
      if (octet.isLeft()) {
        return Either.left(octet.getLeft());
      }
      value = (value << 8) | octet.get();
    }
    return Either.right(value);
  }

  private static boolean allDecimal(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isDecimalDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean allHex(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isHexDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static Either<AddressError, Integer> octet(String input, String part) {
    if (part.isEmpty()) {
      return malformed(input, "an IPv4 part is empty");
    }
    if (!allDecimal(part)) {
      return malformed(input, "IPv4 part '" + part + "' is not a decimal number");
    }
    if (part.length() > 1 && part.charAt(0) == '0') {
      return Either.left(new AddressError.LeadingZero(input, part));
    }
    if (part.length() > 3 || Integer.parseInt(part) > MAX_OCTET) {
      return Either.left(new AddressError.OctetOutOfRange(input, part));
    }
    return Either.right(Integer.parseInt(part));
  }

  private static String formatIpv4(long value) {
    return (value >>> 24) + "." + ((value >>> 16) & MAX_OCTET) + "." + ((value >>> 8) & MAX_OCTET)
        + "." + (value & MAX_OCTET);
  }

  // ---------------------------------------------------------------- IPv6


  private static Either<AddressError, IpAddress> parseIpv6(String input, String text) {
    int gap = text.indexOf("::");
    if (gap != text.lastIndexOf("::")) {
      return malformed(input, "'::' may appear only once");
    }
    Either<AddressError, java.util.List<Integer>> groups =
        gap < 0 ? fullGroups(input, text) : compressedGroups(input, text, gap);
    return groups.isLeft()
        ? Either.left(groups.getLeft())
        : Either.right(new IpAddress(IpFamily.IPV6, ipv6Value(groups.get())));
  }

  private static Either<AddressError, java.util.List<Integer>> fullGroups(String input, String text) {
    Either<AddressError, java.util.List<Integer>> groups = sideGroups(input, text, true);
    if (groups.isRight() && groups.get().size() != IPV6_GROUPS) {
      return malformed(input, "an IPv6 address without '::' needs 8 groups");
    }
    return groups;
  }

  private static Either<AddressError, java.util.List<Integer>> compressedGroups(String input, String text, int gap) {
    Either<AddressError, java.util.List<Integer>> head = sideGroups(input, text.substring(0, gap), false);
    if (head.isLeft()) {
      return head;
    }
    Either<AddressError, java.util.List<Integer>> tail = sideGroups(input, text.substring(gap + 2), true);
    if (tail.isLeft()) {
      return tail;
    }
    return joinAroundGap(input, head.get(), tail.get());
  }

  private static Either<AddressError, java.util.List<Integer>> joinAroundGap(
      String input, java.util.List<Integer> head, java.util.List<Integer> tail) {
    int zeros = IPV6_GROUPS - head.size() - tail.size();
    if (zeros < 1) {
      return malformed(input, "too many groups for an IPv6 address with '::'");
    }
    java.util.List<Integer> groups = new java.util.ArrayList<>(head);
    for (int i = 0; i < zeros; i++) {
      groups.add(0);
    }
    groups.addAll(tail);
    return Either.right(groups);
  }

  /** The 16-bit groups of one side of {@code ::}; a dotted IPv4 tail is allowed only at the end. */
  private static Either<AddressError, java.util.List<Integer>> sideGroups(String input, String side, boolean atEnd) {
    java.util.List<Integer> groups = new java.util.ArrayList<>();
    if (side.isEmpty()) {
      return Either.right(groups);
    }
    String[] pieces = side.split(":", -1);
    String lastPiece = pieces[pieces.length - 1];
    boolean ipv4Tail = atEnd && lastPiece.contains(".");
    int hexPieces = ipv4Tail ? pieces.length - 1 : pieces.length;
    for (int i = 0; i < hexPieces; i++) {
      Either<AddressError, Integer> group = hexGroup(input, pieces[i]);
      if (group.isLeft()) {
        return Either.left(group.getLeft());
      }
      groups.add(group.get());
    }
    if (!ipv4Tail) {
      return Either.right(groups);
    }
    Either<AddressError, Long> tail = ipv4Value(input, lastPiece);
    if (tail.isLeft()) {
      return Either.left(tail.getLeft());
    }
    groups.add((int) (tail.get() >>> 16));
    groups.add((int) (tail.get() & 0xffff));
    return Either.right(groups);
  }

  private static Either<AddressError, Integer> hexGroup(String input, String piece) {
    if (piece.isEmpty()) {
      return malformed(input, "an IPv6 group is empty");
    }
    if (piece.length() > MAX_HEX_DIGITS) {
      return malformed(input, "IPv6 group '" + piece + "' has more than 4 hex digits");
    }
    if (!allHex(piece)) {
      return malformed(input, "IPv6 group '" + piece + "' is not hexadecimal");
    }
    return Either.right(Integer.parseInt(piece, 16));
  }

  private static BigInteger ipv6Value(java.util.List<Integer> groups) {
    BigInteger value = BigInteger.ZERO;
    for (Integer g : groups) {
      value = value.shiftLeft(16).or(BigInteger.valueOf(g));
    }
    return value;
  }

  private static String formatIpv6(BigInteger value) {
    int[] groups = new int[IPV6_GROUPS];
    for (int i = 0; i < IPV6_GROUPS; i++) {
      groups[i] = value.shiftRight(16 * (IPV6_GROUPS - 1 - i)).intValue() & 0xffff;
    }
    int[] run = longestZeroRun(groups);
    if (run[1] < 2) {
      return hexJoin(groups, 0, IPV6_GROUPS);
    }
    return hexJoin(groups, 0, run[0]) + "::" + hexJoin(groups, run[0] + run[1], IPV6_GROUPS);
  }

  /** Start and length of the first longest run of zero groups (length 0 if there is none). */
  private static int[] longestZeroRun(int[] groups) {
    int bestStart = 0;
    int bestLength = 0;
    int length = 0;
    for (int i = 0; i < groups.length; i++) {
      length = groups[i] == 0 ? length + 1 : 0;
      if (length > bestLength) {
        bestLength = length;
        bestStart = i - length + 1;
      }
    }
    return new int[] {bestStart, bestLength};
  }

  private static String hexJoin(int[] groups, int from, int to) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i < to; i++) {
      text.append(i > from ? ":" : "").append(Integer.toHexString(groups[i]));
    }
    return text.toString();
  }

  private static <T> Either<AddressError, T> malformed(String input, String reason) {
    return Either.left(new AddressError.Malformed(input, reason));
  }
}
