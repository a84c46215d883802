package tech.integratn.vcluster.domain.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.Docs.minimal;
import static tech.integratn.vcluster.domain.Docs.problems;
import static tech.integratn.vcluster.domain.Docs.with;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tech.integratn.vcluster.domain.Docs;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** Every rule of the field table, each with at least one failing example and its exact message. */
class RequestRulesTest {

  static final String LABEL_RULE =
      "must be a DNS-1123 label (lower-case letters, digits and '-', starting and ending with a letter or digit)";

  static Stream<Arguments> brokenFields() {
    String long64 = "a".repeat(64);
    return Stream.of(
        broken("spec.name", Node.text("Bad_Name"), "spec.name: " + LABEL_RULE + " (got \"Bad_Name\")"),
        broken("spec.name", Node.text(long64), "spec.name: must be at most 63 characters long (got \""),
        broken("spec.name", Node.integer(7), "spec.name: must be a string (got 7, a number; write \"7\" to give a string)"),
        broken("spec.targetNamespace", Node.text("../../etc"), "spec.targetNamespace: " + LABEL_RULE + " (got \"../../etc\")"),
        broken("spec.projectName", Node.text("-x"), "spec.projectName: " + LABEL_RULE + " (got \"-x\")"),
        broken("spec.vcluster.k8sVersion", new Node.Decimal(new java.math.BigDecimal("1.30")),
            "spec.vcluster.k8sVersion: must be a string (got 1.30, a number; write \"1.30\" to give a string)"),
        broken("spec.vcluster.k8sVersion", Node.text("1.29"),
            "spec.vcluster.k8sVersion: must be one of v1.34.3, 1.34, 1.33, 1.32 (got \"1.29\")"),
        broken("spec.vcluster.preset", Node.text("huge"), "spec.vcluster.preset: must be one of dev, prod (got \"huge\")"),
        broken("spec.vcluster.replicas", Node.text("3"), "spec.vcluster.replicas: must be an integer (got \"3\")"),
        broken("spec.vcluster.replicas", Node.integer(0), "spec.vcluster.replicas: must be between 1 and 100 (got 0)"),
        broken("spec.vcluster.isolationMode", Node.text("paranoid"),
            "spec.vcluster.isolationMode: must be one of standard, strict (got \"paranoid\")"),
        broken("spec.vcluster.resources.requests.cpu", Node.text("lots"),
            "spec.vcluster.resources.requests.cpu: must be a Kubernetes quantity such as 500m, 2 or 1Gi (got \"lots\")"),
        broken("spec.vcluster.resources.requests.memory", Node.text("1 Gi"),
            "spec.vcluster.resources.requests.memory: must be a Kubernetes quantity"),
        broken("spec.vcluster.resources.limits.cpu", Node.bool(true),
            "spec.vcluster.resources.limits.cpu: must be a Kubernetes quantity (integer or string) (got true)"),
        broken("spec.vcluster.resources.limits.memory", Node.text("-1Gi"),
            "spec.vcluster.resources.limits.memory: must be a Kubernetes quantity"),
        broken("spec.vcluster.persistence.enabled", Node.text("yes"),
            "spec.vcluster.persistence.enabled: must be a boolean (got \"yes\")"),
        broken("spec.vcluster.persistence.size", Node.text("big"), "spec.vcluster.persistence.size: must be a Kubernetes quantity"),
        broken("spec.vcluster.persistence.storageClass", Node.text("Fast SSD"),
            "spec.vcluster.persistence.storageClass: must be a DNS-1123 subdomain"),
        broken("spec.vcluster.coredns.replicas", Node.integer(101), "spec.vcluster.coredns.replicas: must be between 1 and 100 (got 101)"),
        broken("spec.vcluster.networking.clusterDomain", Node.text("cluster..local"),
            "spec.vcluster.networking.clusterDomain: must be a DNS-1123 subdomain"),
        broken("spec.vcluster.backingStore", Node.text("etcd"), "spec.vcluster.backingStore: must be a map (got \"etcd\")"),
        broken("spec.vcluster.exportKubeConfig", ListNode.of(), "spec.vcluster.exportKubeConfig: must be a map (got a list)"),
        broken("spec.vcluster.helmOverrides", Node.integer(1), "spec.vcluster.helmOverrides: must be a map (got 1)"),
        broken("spec.exposure.hostname", Node.text("api_server.example.org"), "spec.exposure.hostname: must be a DNS-1123 subdomain"),
        broken("spec.exposure.hostname", Node.text(("a".repeat(60) + ".").repeat(5) + "org"),
            "spec.exposure.hostname: must be at most 253 characters long"),
        broken("spec.exposure.subnet", Node.text("10.0.4"), "spec.exposure.subnet: must be a CIDR block such as 10.0.4.0/24"),
        broken("spec.exposure.subnet", Node.text("10.0.4/24"), "spec.exposure.subnet: "),
        broken("spec.exposure.subnet", Node.text("10.0.4.0/33"), "spec.exposure.subnet: "),
        broken("spec.exposure.vip", Node.text("vip.example"), "spec.exposure.vip: must be an IPv4 or IPv6 address (got \"vip.example\")"),
        broken("spec.exposure.vip", Node.text("300.1.1.1"), "spec.exposure.vip: "),
        broken("spec.exposure.vipOffset", Node.integer(0), "spec.exposure.vipOffset: must be between 1 and 2147483647 (got 0)"),
        broken("spec.exposure.apiPort", Node.integer(70000), "spec.exposure.apiPort: must be between 1 and 65535 (got 70000)"),
        broken("spec.exposure.apiPort", Node.text("443"), "spec.exposure.apiPort: must be an integer (got \"443\")"),
        broken("spec.integrations.argocd.environment", Node.text("prod env"),
            "spec.integrations.argocd.environment: must be a Kubernetes label value (got \"prod env\")"),
        broken("spec.integrations.argocd.workloadRepo.url", Node.text("git@github.com:x/y"),
            "spec.integrations.argocd.workloadRepo.url: must be an http(s) or oci URL"),
        broken("spec.integrations.argocd.workloadRepo.revision", Node.text("my branch"),
            "spec.integrations.argocd.workloadRepo.revision: must not contain white space"),
        broken("spec.integrations.argocd.workloadRepo.basePath", Node.integer(3),
            "spec.integrations.argocd.workloadRepo.basePath: must be a string (got 3, a number; write \"3\" to give a string)"),
        broken("spec.integrations.argocd.workloadRepo.path", Node.bool(false),
            "spec.integrations.argocd.workloadRepo.path: must be a string (got false)"),
        broken("spec.argocdApplication.repoURL", Node.text("charts.loft.sh"), "spec.argocdApplication.repoURL: must be an http(s) or oci URL"),
        broken("spec.argocdApplication.chart", Node.text("V Cluster"), "spec.argocdApplication.chart: " + RequestFields.DNS_NAME_RULE),
        broken("spec.argocdApplication.targetRevision", Node.text("0.30 .4"),
            "spec.argocdApplication.targetRevision: must not contain white space"),
        broken("spec.argocdApplication.destinationServer", Node.text("kubernetes.default.svc"),
            "spec.argocdApplication.destinationServer: must be an http(s) or oci URL"),
        broken("spec.argocdApplication.syncPolicy", Node.text("auto"), "spec.argocdApplication.syncPolicy: must be a map"),
        broken("spec.networkPolicies.enableNFS", Node.text("true"), "spec.networkPolicies.enableNFS: must be a boolean (got \"true\")"),
        broken("spec.networkPolicies.extraEgress", MapNode.empty(), "spec.networkPolicies.extraEgress: must be a list (got a map)"),
        broken("spec.vcluster", Node.text("big"), "spec.vcluster: must be a map (got \"big\")"));
  }

  private static Arguments broken(String path, Node value, String expected) {
    return Arguments.of(path, value, expected);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("brokenFields")
  void everyRuleNamesTheFieldTheRuleAndTheValue(String path, Node value, String expected) {
    assertThat(problems(with(minimal(), path, value))).anySatisfy(p -> assertThat(p).startsWith(expected));
  }

  static Stream<Arguments> brokenMaps() {
    return Stream.of(
        Arguments.of("clusterLabels", "argocd", MapNode.of("team", Node.bool(true)),
            "spec.integrations.argocd.clusterLabels[\"team\"]: must be a string (got true)"),
        Arguments.of("clusterLabels", "argocd", MapNode.of("team", Node.text("a b")),
            "spec.integrations.argocd.clusterLabels[\"team\"]: values must be Kubernetes label values"),
        Arguments.of("clusterLabels", "argocd", MapNode.of("bad key!", Node.text("x")),
            "spec.integrations.argocd.clusterLabels[\"bad key!\"]: keys must be Kubernetes label keys (got \"bad key!\")"),
        Arguments.of("clusterAnnotations", "argocd", MapNode.of("/nope", Node.text("free text is fine")),
            "spec.integrations.argocd.clusterAnnotations[\"/nope\"]: keys must be Kubernetes annotation keys"),
        Arguments.of("clusterIssuerSelectorLabels", "certManager", MapNode.of("issuer", Node.text("x".repeat(64))),
            "spec.integrations.certManager.clusterIssuerSelectorLabels[\"issuer\"]: values must be Kubernetes label values"),
        Arguments.of("clusterStoreSelectorLabels", "externalSecrets", Node.text("store"),
            "spec.integrations.externalSecrets.clusterStoreSelectorLabels: must be a map of strings (got \"store\")"));
  }

  @ParameterizedTest(name = "{0} = {2}")
  @MethodSource("brokenMaps")
  void stringMapsCheckEveryKeyAndValue(String key, String section, Node value, String expected) {
    MapNode doc = with(minimal(), "spec.integrations." + section + ".placeholder", Node.Null.NULL);
    MapNode spec = (MapNode) doc.get("spec").get();
    MapNode integrations = (MapNode) spec.get("integrations").get();
    MapNode sectionNode = MapNode.of(key, value);
    doc = doc.with("spec", spec.with("integrations", integrations.with(section, sectionNode)));
    assertThat(problems(doc)).anySatisfy(p -> assertThat(p).startsWith(expected));
  }

  @ParameterizedTest(name = "extraEgress item {0}")
  @MethodSource("brokenEgress")
  void extraEgressItemsAreCheckedFieldByField(MapNode item, String expected) {
    assertThat(problems(with(minimal(), "spec.networkPolicies.extraEgress", ListNode.of(item))))
        .anySatisfy(p -> assertThat(p).startsWith(expected));
  }

  static Stream<Arguments> brokenEgress() {
    MapNode ok = MapNode.of("name", Node.text("postgres")).with("cidr", "10.0.3.1/32").with("port", Node.integer(5432));
    return Stream.of(
        Arguments.of(ok.without("cidr"), "spec.networkPolicies.extraEgress[0].cidr: is required"),
        Arguments.of(ok.with("port", Node.integer(0)), "spec.networkPolicies.extraEgress[0].port: must be between 1 and 65535 (got 0)"),
        Arguments.of(ok.with("protocol", "SCTP"), "spec.networkPolicies.extraEgress[0].protocol: must be one of TCP, UDP (got \"SCTP\")"),
        Arguments.of(ok.with("name", "Postgres DB"), "spec.networkPolicies.extraEgress[0].name: " + LABEL_RULE),
        Arguments.of(ok.with("cidr", "10.0.3.1"), "spec.networkPolicies.extraEgress[0].cidr: must be a CIDR block"));
  }

  @org.junit.jupiter.api.Test
  void aMissingNameIsRequired() {
    MapNode doc = minimal().with("spec", MapNode.of("targetNamespace", Node.text("x")));
    assertThat(problems(doc)).contains("spec.name: is required");
  }

  @org.junit.jupiter.api.Test
  void theDocumentMustBeAVClusterOrchestratorV2WithASpecMap() {
    assertThat(problems(minimal().with("kind", "Pod"))).contains("kind: must be VClusterOrchestratorV2 (got \"Pod\")");
    assertThat(problems(minimal().without("spec"))).containsExactly("spec: is required");
    assertThat(problems(minimal().with("spec", "x"))).containsExactly("spec: must be a map (got \"x\")");
    assertThat(problems(with(minimal(), "metadata.namespace", "Platform Requests")))
        .anySatisfy(p -> assertThat(p).startsWith("metadata.namespace: " + LABEL_RULE));
  }

  @org.junit.jupiter.api.Test
  void aBrokenBaseDomainAnnotationIsRejected() {
    MapNode doc = Docs.annotated(minimal(), RequestMetadata.BASE_DOMAIN_ANNOTATION, "not a domain");
    assertThat(problems(doc)).containsExactly(
        "metadata.annotations[\"platform.integratn.tech/base-domain\"]: must be a DNS-1123 subdomain (dot-separated DNS labels) (got \"not a domain\")");
  }
}
