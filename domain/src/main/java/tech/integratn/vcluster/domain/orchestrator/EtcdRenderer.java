package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.resource.Certificate;
import tech.integratn.vcluster.domain.resource.CertificateSpec;
import tech.integratn.vcluster.domain.resource.Issuer;
import tech.integratn.vcluster.domain.resource.Job;
import tech.integratn.vcluster.domain.resource.ObjectMeta;
import tech.integratn.vcluster.domain.resource.PolicyRule;
import tech.integratn.vcluster.domain.resource.Role;
import tech.integratn.vcluster.domain.resource.RoleBinding;
import tech.integratn.vcluster.domain.resource.ServiceAccount;
import tech.integratn.vcluster.domain.tree.StringMap;

/** Renders the external etcd certificate set (spec section 4, "External etcd certificates"). */
public final class EtcdRenderer {

  private EtcdRenderer() {}

  static final Seq<String> SECRET_KEYS =
      List.of("etcd-ca.crt", "etcd-server.crt", "etcd-server.key", "etcd-peer.crt", "etcd-peer.key");

  public static EtcdCertificates render(ClusterPlan plan, int members) {
    String n = plan.name();
    String ns = plan.targetNamespace();
    String merge = n + "-etcd-certs-merge";
    Seq<String> dnsNames = dnsNames(n, ns, plan.clusterDomain(), members);
    return new EtcdCertificates(
        new ServiceAccount(meta(plan, merge, "etcd-certs-merge")),
        new Role(meta(plan, merge, "etcd-certs-merge"), List.of(
            new PolicyRule(List.of(""), List.of("secrets"),
                List.of(n + "-etcd-ca", n + "-etcd-server", n + "-etcd-peer", n + "-etcd-certs"),
                List.of("get", "list", "update", "patch")),
            new PolicyRule(List.of(""), List.of("secrets"), List.empty(), List.of("create")))),
        new RoleBinding(meta(plan, merge, "etcd-certs-merge"), merge, merge, ns),
        new Issuer(meta(plan, n + "-etcd-selfsigned", "etcd-selfsigned-issuer"), Option.none()),
        new Certificate(meta(plan, n + "-etcd-ca", "etcd-ca"), new CertificateSpec(
            n + "-etcd-ca", n + "-etcd-ca", true, List.empty(), List.empty(), List.empty(),
            n + "-etcd-selfsigned", StringMap.empty())),
        new Issuer(meta(plan, n + "-etcd-ca", "etcd-ca-issuer"), Option.some(n + "-etcd-ca")),
        leaf(plan, "server", dnsNames, List.of("127.0.0.1")),
        leaf(plan, "peer", dnsNames, List.empty()),
        mergeJob(plan, merge));
  }

  /**
   * {@code <n>-etcd} and {@code <n>-etcd-headless} in every form, every member through the
   * headless service, and {@code localhost}.
   */
  static Seq<String> dnsNames(String n, String ns, String clusterDomain, int members) {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (String service : List.of(n + "-etcd", n + "-etcd-headless")) {
      for (String name : forms(service, ns, clusterDomain)) {
        names.add(name);
      }
    }
    for (int i = 0; i < members; i++) {
      String member = n + "-etcd-" + i;
      names.add(member);
      for (String name : forms(member + "." + n + "-etcd-headless", ns, clusterDomain).tail()) {
        names.add(name);
      }
    }
    names.add("localhost");
    return Vector.ofAll(names);
  }

  private static Seq<String> forms(String host, String ns, String clusterDomain) {
    return List.of(host, host + "." + ns, host + "." + ns + ".svc", host + "." + ns + ".svc." + clusterDomain);
  }

  private static Certificate leaf(ClusterPlan plan, String role, Seq<String> dnsNames, Seq<String> ips) {
    String n = plan.name();
    String name = n + "-etcd-" + role;
    return new Certificate(meta(plan, name, "etcd-" + role), new CertificateSpec(
        name, n + "-etcd", false, dnsNames, ips, List.of("server auth", "client auth"), n + "-etcd-ca",
        labels("etcd-" + role + "-cert", n)));
  }

  /** {@code app.kubernetes.io/name} and {@code app.kubernetes.io/instance}. */
  private static StringMap labels(String name, String instance) {
    return StringMap.of("app.kubernetes.io/name", name, "app.kubernetes.io/instance", instance);
  }

  private static Job mergeJob(ClusterPlan plan, String merge) {
    return new Job(
        meta(plan, merge, "etcd-certs-merge"),
        labels("etcd-certs-merge", plan.name()),
        merge,
        "merge-certs",
        plan.profile().kubectlImage(),
        List.of("/bin/sh", "-c", mergeScript(plan.name(), plan.targetNamespace())),
        6);
  }

  /** Waits for the three certificate secrets, then applies the merged secret. */
  static String mergeScript(String n, String ns) {
    StringBuilder script = new StringBuilder("set -eu\n");
    for (String part : List.of("ca", "server", "peer")) {
      script.append("until kubectl -n ").append(ns).append(" get secret ").append(n).append("-etcd-").append(part)
          .append(" >/dev/null 2>&1; do echo \"waiting for ").append(n).append("-etcd-").append(part)
          .append("\"; sleep 2; done\n");
    }
    script.append("field() { kubectl -n ").append(ns)
        .append(" get secret \"$1\" -o \"jsonpath={.data.$2}\" | base64 -d; }\n")
        .append("dir=$(mktemp -d)\n")
        .append("field ").append(n).append("-etcd-ca 'tls\\.crt' > \"$dir/etcd-ca.crt\"\n");
    for (String part : List.of("server", "peer")) {
      script.append("field ").append(n).append("-etcd-").append(part).append(" 'tls\\.crt' > \"$dir/etcd-")
          .append(part).append(".crt\"\n")
          .append("field ").append(n).append("-etcd-").append(part).append(" 'tls\\.key' > \"$dir/etcd-")
          .append(part).append(".key\"\n");
    }
    script.append("kubectl -n ").append(ns).append(" create secret generic ").append(n).append("-etcd-certs");
    for (String key : SECRET_KEYS) {
      script.append(" --from-file=").append(key).append("=\"$dir/").append(key).append('"');
    }
    script.append(" --dry-run=client -o yaml | kubectl apply -f -\n")
        .append("rm -rf \"$dir\"\n")
        .append("echo \"merged ").append(n).append("-etcd-certs\"\n");
    return script.toString();
  }

  private static ObjectMeta meta(ClusterPlan plan, String name, String role) {
    return ObjectMeta.of(name, plan.targetNamespace(),
        ResourceRenderer.labels(plan, "app.kubernetes.io/instance", plan.name(), "app.kubernetes.io/name", role));
  }
}
