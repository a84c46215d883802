package tech.integratn.vcluster.domain.orchestrator;

/** The two Corefiles of the contract: the chart's overwrite config and the host ConfigMap's. */
public final class Corefiles {

  private Corefiles() {}

  /** The chart's {@code controlPlane.coredns.overwriteConfig}. */
  public static String chartOverwrite(String clusterDomain) {
    return ".:1053 {\n"
        + "  errors\n"
        + "  health\n"
        + "  ready\n"
        + "  kubernetes " + clusterDomain + " in-addr.arpa ip6.arpa {\n"
        + "    pods insecure\n"
        + "    fallthrough in-addr.arpa ip6.arpa\n"
        + "    ttl 30\n"
        + "  }\n"
        + "  prometheus 0.0.0.0:9153\n"
        + "  forward . /etc/resolv.conf\n"
        + "  cache 30\n"
        + "  loop\n"
        + "  reload\n"
        + "  loadbalance\n"
        + "}\n";
  }

  /** {@code data.Corefile} of the {@code vc-<name>-coredns} ConfigMap. */
  public static String configMap(String clusterDomain) {
    return ".:1053 {\n"
        + "    errors\n"
        + "    health\n"
        + "    ready\n"
        + "    kubernetes " + clusterDomain + " in-addr.arpa ip6.arpa {\n"
        + "        pods insecure\n"
        + "        fallthrough in-addr.arpa ip6.arpa\n"
        + "    }\n"
        + "    hosts /etc/coredns/NodeHosts {\n"
        + "        ttl 60\n"
        + "        reload 15s\n"
        + "        fallthrough\n"
        + "    }\n"
        + "    prometheus :9153\n"
        + "    forward . /etc/resolv.conf\n"
        + "    cache 30\n"
        + "    loop\n"
        + "    reload\n"
        + "    loadbalance\n"
        + "}\n"
        + "\n"
        + "import /etc/coredns/custom/*.server\n";
  }
}
