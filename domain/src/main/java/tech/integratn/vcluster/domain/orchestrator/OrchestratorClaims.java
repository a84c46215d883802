package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.conflicts.Claim;
import tech.integratn.vcluster.domain.conflicts.Origin;
import tech.integratn.vcluster.domain.conflicts.RequestClaims;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.resource.ArgoCDApplication;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/**
 * What a vcluster claims in a repository (spec 12.1), read from its rendered Application: the final
 * chart values, so after {@code helmOverrides}. Each hostname external-dns is asked for, each address
 * the load balancer is asked for, and the namespace the vcluster is installed in, with the request
 * field each comes from (the override's path when {@code helmOverrides} set it).
 */
final class OrchestratorClaims {

  static final String HOSTNAME_ANNOTATION = "external-dns.alpha.kubernetes.io/hostname";
  private static final String HELM_OVERRIDES = RequestFields.VCLUSTER_HELM_OVERRIDES;

  private OrchestratorClaims() {}

  /** The claims of {@code document} rendered as {@code files}; none when no Application was rendered. */
  static RequestClaims of(Node document, Seq<OutputFile> files, String loadBalancerIpAnnotation) {
    Option<ArgoCDApplication> application = files.flatMap(OutputFile::objects)
        .find(ArgoCDApplication.class::isInstance).map(ArgoCDApplication.class::cast);
    if (application.isEmpty()) {
      return RequestClaims.NONE;
    }
    MapNode values = application.get().spec().valuesObject();
    return new RequestClaims(hostnames(document, values), vips(document, values, loadBalancerIpAnnotation),
        targetNamespace(document, application.get().spec().destinationNamespace()));
  }

  /** Every name of the external-dns annotation, a comma-separated list. */
  static Seq<Claim> hostnames(Node document, Node values) {
    boolean overridden = overridden(document, "controlPlane", "service", "annotations", HOSTNAME_ANNOTATION);
    String given = Paths.text(document, "spec", "exposure", "hostname").getOrElse("");
    String listed = Paths.text(values, "controlPlane", "service", "annotations", HOSTNAME_ANNOTATION).getOrElse("");
    return items(listed).map(name -> new Claim(name,
        overridden ? new Origin(HELM_OVERRIDES + ".controlPlane.service.annotations[\"" + HOSTNAME_ANNOTATION + "\"]", name)
            : given.isEmpty() ? Origin.ofName(document) : new Origin(RequestFields.EXPOSURE_HOSTNAME, given)));
  }

  /**
   * Every address of the profile's load-balancer annotation, a comma-separated list (MetalLB's
   * {@code loadBalancerIPs}, Cilium's {@code lbipam.cilium.io/ips}), then the deprecated
   * {@code spec.loadBalancerIP}.
   */
  static Seq<Claim> vips(Node document, Node values, String annotation) {
    boolean annotated = overridden(document, "controlPlane", "service", "annotations", annotation);
    String addresses = Paths.text(values, "controlPlane", "service", "annotations", annotation).getOrElse("");
    Seq<Claim> listed = items(addresses).map(address ->
        new Claim(address, annotated
            ? new Origin(HELM_OVERRIDES + ".controlPlane.service.annotations[\"" + annotation + "\"]", address)
            : vipOrigin(document, address)));
    String vip = Paths.text(values, "controlPlane", "service", "spec", "loadBalancerIP").getOrElse("").strip();
    if (vip.isEmpty()) {
      return listed;
    }
    boolean overridden = overridden(document, "controlPlane", "service", "spec", "loadBalancerIP");
    return listed.append(new Claim(vip, overridden
        ? new Origin(HELM_OVERRIDES + ".controlPlane.service.spec.loadBalancerIP", vip) : vipOrigin(document, vip)));
  }

  /** The request field a VIP the engine wrote comes from: {@code spec.exposure.vip}, else the subnet. */
  private static Origin vipOrigin(Node document, String vip) {
    String given = Paths.text(document, "spec", "exposure", "vip").getOrElse("");
    if (!given.isEmpty()) {
      return new Origin(RequestFields.EXPOSURE_VIP, given);
    }
    String subnet = Paths.text(document, "spec", "exposure", "subnet").getOrElse("");
    return subnet.isEmpty() ? new Origin(RequestFields.EXPOSURE_VIP, vip) : new Origin(RequestFields.EXPOSURE_SUBNET, subnet);
  }

  /** The namespace the vcluster is installed in and the field it comes from. */
  static Option<Claim> targetNamespace(Node document, String namespace) {
    if (namespace.isEmpty()) {
      return Option.none();
    }
    String given = Paths.text(document, "spec", "targetNamespace").getOrElse("");
    return Option.some(new Claim(namespace, given.isEmpty() ? new Origin("metadata.namespace", namespace)
        : new Origin(RequestFields.TARGET_NAMESPACE, given)));
  }

  /** The items of a comma-separated list, trimmed, empty ones dropped. */
  static Seq<String> items(String list) {
    return Vector.of(list.split(",")).map(String::strip).filter(item -> !item.isEmpty());
  }

  /** Whether the request's {@code helmOverrides} set the value at {@code keys}. */
  private static boolean overridden(Node document, String... keys) {
    Option<Node> overrides = Paths.at(document, "spec", "vcluster", "helmOverrides");
    return overrides.isDefined() && Paths.at(overrides.get(), keys).isDefined();
  }

}
