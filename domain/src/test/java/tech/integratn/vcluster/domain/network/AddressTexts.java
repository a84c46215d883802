package tech.integratn.vcluster.domain.network;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Test-side renderings of addresses: the canonical form is produced by the code under test. */
final class AddressTexts {

  private AddressTexts() {}

  static int[] groups(BigInteger value) {
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = value.shiftRight(16 * (7 - i)).intValue() & 0xffff;
    }
    return groups;
  }

  /**
   * A random, valid but usually non-canonical RFC 4291 rendering of an IPv6 address: groups
   * padded with zeros, mixed case, any zero run (or none) compressed, optionally a dotted tail.
   */
  static String anyIpv6Text(IpAddress address, SplittableRandom random) {
    int[] groups = groups(address.value());
    boolean dotted = random.nextBoolean();
    int hexGroups = dotted ? 6 : 8;
    int[] run = randomZeroRun(groups, hexGroups, random);
    List<String> head = new ArrayList<>();
    List<String> tail = new ArrayList<>();
    for (int i = 0; i < hexGroups; i++) {
      if (i < run[0]) {
        head.add(hex(groups[i], random));
      } else if (i >= run[0] + run[1]) {
        tail.add(hex(groups[i], random));
      }
    }
    if (dotted) {
      tail.add((groups[6] >> 8) + "." + (groups[6] & 0xff) + "." + (groups[7] >> 8) + "." + (groups[7] & 0xff));
    }
    if (run[1] == 0) {
      head.addAll(tail);
      return String.join(":", head);
    }
    return String.join(":", head) + "::" + String.join(":", tail);
  }

  /** Start and length of a random run of zero groups below {@code limit}; length 0 for none. */
  private static int[] randomZeroRun(int[] groups, int limit, SplittableRandom random) {
    int start = random.nextInt(limit);
    if (groups[start] != 0 || random.nextInt(4) == 0) {
      return new int[] {limit, 0};
    }
    int length = 1;
    while (start + length < limit && groups[start + length] == 0 && random.nextBoolean()) {
      length++;
    }
    return new int[] {start, length};
  }

  private static String hex(int group, SplittableRandom random) {
    StringBuilder text = new StringBuilder(Integer.toHexString(group));
    int padding = random.nextInt(5 - text.length());
    for (int i = 0; i < padding; i++) {
      text.insert(0, '0');
    }
    return random.nextBoolean() ? text.toString().toUpperCase(Locale.ROOT) : text.toString();
  }
}
