package tech.integratn.vcluster.domain.resource;

import io.vavr.collection.Seq;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * The spec of a cert-manager Certificate with an RSA 2048 key, issued by a namespaced Issuer.
 *
 * @param secretName where cert-manager stores the key pair
 * @param commonName the subject's common name
 * @param isCa whether this is a CA certificate
 * @param dnsNames subject alternative DNS names (may be empty)
 * @param ipAddresses subject alternative IP addresses (may be empty)
 * @param usages key usages (may be empty: cert-manager's default)
 * @param issuerName the Issuer in the same namespace
 * @param secretLabels labels cert-manager puts on the secret (may be empty)
 */
public record CertificateSpec(
    String secretName,
    String commonName,
    boolean isCa,
    Seq<String> dnsNames,
    Seq<String> ipAddresses,
    Seq<String> usages,
    String issuerName,
    StringMap secretLabels) {

  public MapNode toNode() {
    MapNode node = MapNode.of("secretName", Node.text(secretName)).with("commonName", commonName);
    if (isCa) {
      node = node.with("isCA", Node.bool(true));
    }
    if (!dnsNames.isEmpty()) {
      node = node.with("dnsNames", ListNode.ofTexts(dnsNames));
    }
    if (!ipAddresses.isEmpty()) {
      node = node.with("ipAddresses", ListNode.ofTexts(ipAddresses));
    }
    node = node.with("privateKey", MapNode.of("algorithm", Node.text("RSA")).with("size", Node.integer(2048)));
    if (!usages.isEmpty()) {
      node = node.with("usages", ListNode.ofTexts(usages));
    }
    node = node.with(
        "issuerRef",
        MapNode.of("name", Node.text(issuerName)).with("kind", "Issuer").with("group", "cert-manager.io"));
    if (!secretLabels.isEmpty()) {
      node = node.with("secretTemplate", MapNode.of("labels", MapNode.ofStrings(secretLabels)));
    }
    return node;
  }
}
