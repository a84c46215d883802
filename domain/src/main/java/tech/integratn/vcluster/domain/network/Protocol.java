package tech.integratn.vcluster.domain.network;

import io.vavr.control.Option;

/**
 * A transport protocol a network policy port may name. Only TCP and UDP: SCTP is enforced by
 * Cilium only when its SCTP support is switched on, and no request uses it.
 */
public enum Protocol {
  TCP,
  UDP;

  /** The protocol of its exact (upper-case) name, or none. */
  public static Option<Protocol> parse(String text) {
    if (text.equals("TCP")) {
      return Option.some(TCP);
    }
    return text.equals("UDP") ? Option.some(UDP) : Option.none();
  }
}
