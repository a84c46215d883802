package tech.integratn.vcluster.domain.network;

import java.math.BigInteger;

/** The two IP address families, each with its fixed address width in bits. */
public enum IpFamily {
  /** 32-bit IPv4 addresses. */
  IPV4(32),
  /** 128-bit IPv6 addresses. */
  IPV6(128);

  private final int bits;
  private final BigInteger limit;

  IpFamily(int bits) {
    this.bits = bits;
    this.limit = BigInteger.ONE.shiftLeft(bits);
  }

  /** The width of an address of this family: 32 for IPv4, 128 for IPv6. */
  public int bits() {
    return bits;
  }

  /** Number of addresses in the family, {@code 2^bits}; every value is strictly below it. */
  BigInteger limit() {
    return limit;
  }

  /** Whether {@code value} is a valid address value of this family. */
  boolean holds(BigInteger value) {
    return value.signum() >= 0 && value.compareTo(limit) < 0;
  }

  /** Human-readable name, {@code IPv4} or {@code IPv6}. */
  String displayName() {
    return this == IPV4 ? "IPv4" : "IPv6";
  }
}
