package tech.integratn.vcluster.domain.resource;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.StringMap;
import org.junit.jupiter.api.Test;

/**
 * Every rendered object model's whole document (type, metadata, body), compared as compact JSON
 * written by a printer of this test against literal expectations; the optional parts of each body
 * both present and absent.
 */
class ResourceDocumentsTest {

  static final ObjectMeta META = ObjectMeta.of("n", "ns", StringMap.empty());
  static final ObjectMeta CLUSTER = ObjectMeta.clusterScoped("n", StringMap.of("a", "1"));

  /** Compact JSON of a tree: the test's own oracle, independent of any codec under test. */
  static String json(Node node) {
    if (node instanceof MapNode map) {
      StringBuilder out = new StringBuilder("{");
      String sep = "";
      for (Tuple2<String, Node> entry : map.entries()) {
        out.append(sep).append('"').append(entry._1).append("\":").append(json(entry._2));
        sep = ",";
      }
      return out.append('}').toString();
    }
    if (node instanceof ListNode list) {
      StringBuilder out = new StringBuilder("[");
      String sep = "";
      for (Node item : list.items()) {
        out.append(sep).append(json(item));
        sep = ",";
      }
      return out.append(']').toString();
    }
    if (node instanceof Node.Text text) {
      return '"' + text.value() + '"';
    }
    if (node instanceof Node.Int number) {
      return number.value().toString();
    }
    if (node instanceof Node.Bool bool) {
      return Boolean.toString(bool.value());
    }
    return "null";
  }

  @Test
  void namespaceIsClusterScopedWithItsLabels() {
    assertThat(json(new Namespace(CLUSTER).toNode()))
        .isEqualTo("{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"n\",\"labels\":{\"a\":\"1\"}}}");
  }

  @Test
  void configMapCarriesItsData() {
    assertThat(json(new ConfigMap(META, StringMap.of("k", "v")).toNode()))
        .isEqualTo("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"n\",\"namespace\":\"ns\"},"
            + "\"data\":{\"k\":\"v\"}}");
  }

  @Test
  void issuerIsSelfSignedWithoutACaSecretAndACaIssuerWithOne() {
    assertThat(json(new Issuer(META, Option.none()).toNode()))
        .isEqualTo("{\"apiVersion\":\"cert-manager.io/v1\",\"kind\":\"Issuer\","
            + "\"metadata\":{\"name\":\"n\",\"namespace\":\"ns\"},\"spec\":{\"selfSigned\":{}}}");
    assertThat(json(new Issuer(META, Option.some("ca-key")).body()))
        .isEqualTo("{\"spec\":{\"ca\":{\"secretName\":\"ca-key\"}}}");
  }

  @Test
  void minimalCertificateLeavesOutEveryEmptyPart() {
    CertificateSpec spec = new CertificateSpec(
        "tls", "cn", false, List.empty(), List.empty(), List.empty(), "issuer", StringMap.empty());
    assertThat(json(new Certificate(META, spec).toNode()))
        .isEqualTo("{\"apiVersion\":\"cert-manager.io/v1\",\"kind\":\"Certificate\","
            + "\"metadata\":{\"name\":\"n\",\"namespace\":\"ns\"},"
            + "\"spec\":{\"secretName\":\"tls\",\"commonName\":\"cn\","
            + "\"privateKey\":{\"algorithm\":\"RSA\",\"size\":2048},"
            + "\"issuerRef\":{\"name\":\"issuer\",\"kind\":\"Issuer\",\"group\":\"cert-manager.io\"}}}");
  }

  @Test
  void fullCertificateWritesEveryPartInOrder() {
    CertificateSpec spec = new CertificateSpec(
        "tls", "cn", true, List.of("a.example"), List.of("10.0.0.1"), List.of("server auth"), "issuer",
        StringMap.of("l", "v"));
    assertThat(json(spec.toNode()))
        .isEqualTo("{\"secretName\":\"tls\",\"commonName\":\"cn\",\"isCA\":true,"
            + "\"dnsNames\":[\"a.example\"],\"ipAddresses\":[\"10.0.0.1\"],"
            + "\"privateKey\":{\"algorithm\":\"RSA\",\"size\":2048},\"usages\":[\"server auth\"],"
            + "\"issuerRef\":{\"name\":\"issuer\",\"kind\":\"Issuer\",\"group\":\"cert-manager.io\"},"
            + "\"secretTemplate\":{\"labels\":{\"l\":\"v\"}}}");
  }

  @Test
  void roleWritesResourceNamesOnlyWhenGiven() {
    Role role = new Role(META, List.of(
        new PolicyRule(List.of(""), List.of("secrets"), List.of("kc"), List.of("get")),
        new PolicyRule(List.of("apps"), List.of("deployments"), List.empty(), List.of("list", "watch"))));
    assertThat(json(role.toNode()))
        .isEqualTo("{\"apiVersion\":\"rbac.authorization.k8s.io/v1\",\"kind\":\"Role\","
            + "\"metadata\":{\"name\":\"n\",\"namespace\":\"ns\"},\"rules\":["
            + "{\"apiGroups\":[\"\"],\"resources\":[\"secrets\"],\"resourceNames\":[\"kc\"],\"verbs\":[\"get\"]},"
            + "{\"apiGroups\":[\"apps\"],\"resources\":[\"deployments\"],\"verbs\":[\"list\",\"watch\"]}]}");
  }

  @Test
  void roleBindingBindsTheRoleToTheServiceAccount() {
    assertThat(json(new RoleBinding(META, "r", "sa", "sa-ns").toNode()))
        .isEqualTo("{\"apiVersion\":\"rbac.authorization.k8s.io/v1\",\"kind\":\"RoleBinding\","
            + "\"metadata\":{\"name\":\"n\",\"namespace\":\"ns\"},"
            + "\"roleRef\":{\"apiGroup\":\"rbac.authorization.k8s.io\",\"kind\":\"Role\",\"name\":\"r\"},"
            + "\"subjects\":[{\"kind\":\"ServiceAccount\",\"name\":\"sa\",\"namespace\":\"sa-ns\"}]}");
  }

  @Test
  void serviceAccountWritesTheTokenMountOnlyWhenGiven() {
    assertThat(json(new ServiceAccount(META).toNode()))
        .isEqualTo("{\"apiVersion\":\"v1\",\"kind\":\"ServiceAccount\",\"metadata\":{\"name\":\"n\",\"namespace\":\"ns\"}}");
    assertThat(json(new ServiceAccount(META, Option.some(false)).body()))
        .isEqualTo("{\"automountServiceAccountToken\":false}");
  }

  @Test
  void jobRunsOneHardenedContainer() {
    Job job = new Job(META.withAnnotation("x", "y"), StringMap.of("app", "sync"), "sa", "c", "img:1",
        List.of("sh", "-c", "true"), 3);
    assertThat(json(job.toNode()))
        .isEqualTo("{\"apiVersion\":\"batch/v1\",\"kind\":\"Job\","
            + "\"metadata\":{\"name\":\"n\",\"namespace\":\"ns\",\"annotations\":{\"x\":\"y\"}},"
            + "\"spec\":{\"backoffLimit\":3,\"template\":{\"metadata\":{\"labels\":{\"app\":\"sync\"}},"
            + "\"spec\":{\"serviceAccountName\":\"sa\",\"restartPolicy\":\"OnFailure\",\"containers\":[{"
            + "\"name\":\"c\",\"image\":\"img:1\",\"command\":[\"sh\",\"-c\",\"true\"],"
            + "\"env\":[{\"name\":\"HOME\",\"value\":\"/tmp\"}],"
            + "\"securityContext\":{\"allowPrivilegeEscalation\":false,\"capabilities\":{\"drop\":[\"ALL\"]},"
            + "\"runAsNonRoot\":true,\"runAsUser\":65532,\"seccompProfile\":{\"type\":\"RuntimeDefault\"}}}]}}}}");
  }

  @Test
  void networkPolicyAndProfilePolicyCarryTheirSpec() {
    MapNode spec = MapNode.of("podSelector", MapNode.empty());
    assertThat(json(new NetworkPolicy(META, spec).toNode()))
        .isEqualTo("{\"apiVersion\":\"networking.k8s.io/v1\",\"kind\":\"NetworkPolicy\","
            + "\"metadata\":{\"name\":\"n\",\"namespace\":\"ns\"},\"spec\":{\"podSelector\":{}}}");
    assertThat(json(new ProfilePolicy("cilium.io/v2", "CiliumNetworkPolicy", META, spec).toNode()))
        .isEqualTo("{\"apiVersion\":\"cilium.io/v2\",\"kind\":\"CiliumNetworkPolicy\","
            + "\"metadata\":{\"name\":\"n\",\"namespace\":\"ns\"},\"spec\":{\"podSelector\":{}}}");
  }

  @Test
  void subRequestsAreOfThePlatformGroup() {
    ArgoCDProject project = new ArgoCDProject(META, new ArgoCDProjectSpec(
        "argocd", "p", "d", StringMap.empty(), StringMap.empty(), List.of("https://repo"), "dest", "https://k", "cr"));
    assertThat(json(project.toNode()))
        .isEqualTo("{\"apiVersion\":\"platform.integratn.tech/v1alpha1\",\"kind\":\"ArgoCDProject\","
            + "\"metadata\":{\"name\":\"n\",\"namespace\":\"ns\"},\"spec\":{\"namespace\":\"argocd\",\"name\":\"p\","
            + "\"description\":\"d\",\"annotations\":{},\"labels\":{},\"sourceRepos\":[\"https://repo\"],"
            + "\"destinations\":[{\"namespace\":\"dest\",\"server\":\"https://k\"}],"
            + "\"clusterResourceWhitelist\":["
            + "{\"group\":\"rbac.authorization.k8s.io\",\"kind\":\"ClusterRole\",\"name\":\"cr\"},"
            + "{\"group\":\"rbac.authorization.k8s.io\",\"kind\":\"ClusterRoleBinding\",\"name\":\"cr\"},"
            + "{\"group\":\"\",\"kind\":\"Namespace\",\"name\":\"dest\"}],"
            + "\"namespaceResourceWhitelist\":[{\"group\":\"*\",\"kind\":\"*\"}]}}");
    ArgoCDApplication application = new ArgoCDApplication(META, new ArgoCDApplicationSpec(
        "a", "argocd", StringMap.of("w", "1"), StringMap.empty(), List.of("f"), "p", "https://k", "dest",
        "https://repo", "chart", "1.0.0", "rel", MapNode.empty(), MapNode.of("automated", MapNode.empty())));
    assertThat(json(application.toNode()))
        .isEqualTo("{\"apiVersion\":\"platform.integratn.tech/v1alpha1\",\"kind\":\"ArgoCDApplication\","
            + "\"metadata\":{\"name\":\"n\",\"namespace\":\"ns\"},\"spec\":{\"name\":\"a\",\"namespace\":\"argocd\","
            + "\"annotations\":{\"w\":\"1\"},\"labels\":{},\"finalizers\":[\"f\"],\"project\":\"p\","
            + "\"destination\":{\"server\":\"https://k\",\"namespace\":\"dest\"},"
            + "\"source\":{\"repoURL\":\"https://repo\",\"chart\":\"chart\",\"targetRevision\":\"1.0.0\","
            + "\"helm\":{\"releaseName\":\"rel\",\"valuesObject\":{}}},\"syncPolicy\":{\"automated\":{}}}}");
    ArgoCDClusterRegistration registration = new ArgoCDClusterRegistration(META, new ArgoCDClusterRegistrationSpec(
        "c", "t", "kc", "https://api", "dev", "a.b", "a-b", StringMap.of("env", "dev"), StringMap.empty(), "sync"));
    assertThat(json(registration.toNode()))
        .isEqualTo("{\"apiVersion\":\"platform.integratn.tech/v1alpha1\",\"kind\":\"ArgoCDClusterRegistration\","
            + "\"metadata\":{\"name\":\"n\",\"namespace\":\"ns\"},\"spec\":{\"name\":\"c\",\"targetNamespace\":\"t\","
            + "\"kubeconfigSecret\":\"kc\",\"externalServerURL\":\"https://api\",\"environment\":\"dev\","
            + "\"baseDomain\":\"a.b\",\"baseDomainSanitized\":\"a-b\",\"clusterLabels\":{\"env\":\"dev\"},"
            + "\"clusterAnnotations\":{},\"syncJobName\":\"sync\"}}");
  }
}
