package tech.integratn.vcluster.domain.network;

/**
 * One numbered port of a network policy rule.
 *
 * @param port 1-65535
 * @param protocol TCP or UDP
 */
public record PortRule(int port, Protocol protocol) {

  public static final int MAX_PORT = 65535;

  /** Requires a port in 1-65535. */
  public PortRule {
    if (port < 1 || port > MAX_PORT) {
      throw new IllegalArgumentException("port " + port + " is out of range 1-" + MAX_PORT);
    }
  }

  public static PortRule tcp(int port) {
    return new PortRule(port, Protocol.TCP);
  }
}
