package tech.integratn.vcluster.domain.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.Docs.minimal;
import static tech.integratn.vcluster.domain.Docs.render;
import static tech.integratn.vcluster.domain.Docs.with;

import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.Docs;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.resource.Certificate;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/** The objects, labels, paths and status of spec sections 4 and 7. */
class ResourceRendererTest {

  static MapNode etcd(MapNode doc, int members) {
    return with(with(doc, "spec.vcluster.backingStore.etcd.deploy.enabled", Node.bool(true)),
        "spec.vcluster.backingStore.etcd.deploy.statefulSet.highAvailability.replicas", members);
  }

  @Test
  void theContractsFilesInOrder() {
    assertThat(render(minimal()).files().map(OutputFile::path)).containsExactly(
        "resources/argocd-project-request.yaml",
        "resources/argocd-application-request.yaml",
        "resources/argocd-cluster-registration-request.yaml",
        "resources/namespace.yaml",
        "resources/coredns-configmap.yaml");
    assertThat(render(etcd(minimal(), 3)).files().map(OutputFile::path).last())
        .isEqualTo("resources/etcd-certificates.yaml");
  }

  @Test
  void everyObjectCarriesTheBaseLabelsAndNoneIsASecret() {
    Seq<KubernetesObject> all =
        render(etcd(with(minimal(), "spec.targetNamespace", "vc-demo"), 3)).files().flatMap(OutputFile::objects);
    // 5 files of section 4, 9 etcd objects, the 7 baseline network policies
    assertThat(all).hasSize(21).allSatisfy(o -> {
      assertThat(o.metadata().labels().get("app.kubernetes.io/managed-by")).contains("kratix");
      // a sub-request names the promise that fulfils it, the orchestrator as its parent (section 9)
      assertThat(o.metadata().labels().get("kratix.io/promise-name")).contains(switch (o.kind()) {
        case "ArgoCDProject" -> "argocd-project";
        case "ArgoCDApplication" -> "argocd-application";
        case "ArgoCDClusterRegistration" -> "argocd-cluster-registration";
        default -> "vcluster-orchestrator-v2";
      });
      assertThat(o.metadata().labels().get("kratix.io/resource-name")).contains("demo");
      assertThat(o.kind()).isNotEqualTo("Secret");
    });
  }

  @Test
  void aSharedRequestNamespaceIsNoRequestsAndIsNeverPruned() {
    KubernetesObject shared = render(minimal()).resources().namespace();
    assertThat(shared.metadata().name()).isEqualTo("platform-requests");
    assertThat(shared.metadata().labels().containsKey("kratix.io/resource-name")).isFalse();
    assertThat(shared.metadata().labels().get("app.kubernetes.io/managed-by")).contains("kratix");
    assertThat(shared.metadata().annotations().get("argocd.argoproj.io/sync-options")).contains("Prune=false");
    assertThat(shared.metadata().annotations().get("kustomize.toolkit.fluxcd.io/prune")).contains("disabled");
    // two requests sharing the namespace render the same object
    MapNode other = with(with(minimal(), "spec.name", "other"), "metadata.name", "other");
    assertThat(render(other).resources().namespace().toNode()).isEqualTo(shared.toNode());

    KubernetesObject own = render(with(minimal(), "spec.targetNamespace", "vc-demo")).resources().namespace();
    assertThat(own.metadata().labels().get("kratix.io/resource-name")).contains("demo");
    assertThat(own.metadata().annotations().containsKey("argocd.argoproj.io/sync-options")).isFalse();
    assertThat(own.metadata().annotations().containsKey("kustomize.toolkit.fluxcd.io/prune")).isFalse();
  }

  @Test
  void projectFollowsTheApplicationsRepoAndDestination() {
    MapNode doc = with(with(with(minimal(), "spec.argocdApplication.repoURL", "oci://registry.example/charts"),
        "spec.argocdApplication.destinationServer", "https://prod.example:6443"), "spec.targetNamespace", "team-a");
    var project = render(doc).resources().project();
    assertThat(project.spec().sourceRepos()).containsExactly("oci://registry.example/charts");
    assertThat(project.spec().destinationServer()).isEqualTo("https://prod.example:6443");
    assertThat(project.spec().destinationNamespace()).isEqualTo("team-a");
    assertThat(project.metadata().namespace()).contains("platform-requests");
    assertThat(project.spec().labels().get("argocd.argoproj.io/project-group")).contains("appteam");
    assertThat(project.spec().description()).isEqualTo("VCluster project for demo");
    var app = render(doc).resources().application();
    assertThat(app.spec().repoUrl()).isEqualTo("oci://registry.example/charts");
    assertThat(app.spec().destinationServer()).isEqualTo("https://prod.example:6443");
    assertThat(app.spec().releaseName()).isEqualTo("demo");
    assertThat(app.metadata().name()).isEqualTo("vcluster-demo");
  }

  @Test
  void namespaceAndCorednsConfigMapLiveInTheTargetNamespace() {
    var resources = render(with(minimal(), "spec.targetNamespace", "vc-demo")).resources();
    assertThat(resources.namespace().metadata().name()).isEqualTo("vc-demo");
    assertThat(resources.namespace().metadata().annotations().get("argocd.argoproj.io/sync-wave")).contains("-2");
    assertThat(resources.namespace().metadata().labels().get("vcluster.loft.sh/namespace")).contains("true");
    assertThat(resources.coredns().metadata().name()).isEqualTo("vc-demo-coredns");
    assertThat(resources.coredns().metadata().namespace()).contains("vc-demo");
    assertThat(resources.coredns().data().get("NodeHosts")).contains("");
    assertThat(resources.coredns().data().get("Corefile").get()).startsWith(".:1053 {\n    errors\n    health\n    ready\n")
        .endsWith("}\n\nimport /etc/coredns/custom/*.server\n");
  }

  @Test
  void clusterRegistrationCarriesTheDerivedValues() {
    var spec = render(Docs.annotated(minimal(), "platform.integratn.tech/reconcile-at", "2026-02-19T17:34:18Z"))
        .resources().clusterRegistration().spec();
    assertThat(spec.kubeconfigSecret()).isEqualTo("vc-demo");
    assertThat(spec.externalServerUrl()).isEqualTo("https://demo.integratn.tech:443");
    assertThat(spec.baseDomainSanitized()).isEqualTo("integratn-tech");
    assertThat(spec.syncJobName()).isEqualTo("vcluster-demo-kubeconfig-sync-20260219173418");
  }

  @Test
  void etcdCertificatesFollowMembersAndClusterDomain() {
    MapNode doc = with(with(etcd(minimal(), 5), "spec.vcluster.networking.clusterDomain", "media.internal"),
        "spec.targetNamespace", "vc");
    EtcdCertificates etcd = render(doc).resources().etcd().get();
    Certificate server = etcd.serverCertificate();
    assertThat(server.spec().dnsNames()).hasSize(8 + 5 * 4 + 1)
        .contains("demo-etcd", "demo-etcd.vc", "demo-etcd.vc.svc", "demo-etcd.vc.svc.media.internal",
            "demo-etcd-headless.vc.svc.media.internal", "demo-etcd-4", "demo-etcd-4.demo-etcd-headless.vc",
            "demo-etcd-4.demo-etcd-headless.vc.svc.media.internal", "localhost")
        .doesNotContain("demo-etcd-5");
    assertThat(server.spec().ipAddresses()).containsExactly("127.0.0.1");
    assertThat(etcd.peerCertificate().spec().ipAddresses()).isEmpty();
    assertThat(server.spec().usages()).containsExactly("server auth", "client auth");
    assertThat(server.spec().issuerName()).isEqualTo("demo-etcd-ca");
    assertThat(server.spec().commonName()).isEqualTo("demo-etcd");
    assertThat(etcd.caCertificate().spec().isCa()).isTrue();
    assertThat(etcd.caCertificate().spec().issuerName()).isEqualTo("demo-etcd-selfsigned");
    assertThat(etcd.caIssuer().caSecretName()).contains("demo-etcd-ca");
    assertThat(etcd.mergeJob().serviceAccountName()).isEqualTo("demo-etcd-certs-merge");
    assertThat(etcd.serviceAccount().metadata().name()).isEqualTo("demo-etcd-certs-merge");
    assertThat(etcd.roleBinding().serviceAccountName()).isEqualTo("demo-etcd-certs-merge");
    assertThat(etcd.mergeJob().image()).isEqualTo("alpine/k8s:1.34.3"); // the integratn profile's kubectlImage
    assertThat(etcd.mergeJob().command().last()).contains("demo-etcd-certs", "etcd-ca.crt", "etcd-server.crt",
        "etcd-server.key", "etcd-peer.crt", "etcd-peer.key");
    assertThat(etcd.objects()).allSatisfy(o -> assertThat(o.metadata().namespace()).contains("vc"));
  }

  @Test
  void etcdDefaultsToThreeMembersAndCanBeSwitchedOnThroughHelmOverrides() {
    MapNode doc = with(minimal(), "spec.vcluster.helmOverrides.controlPlane.backingStore.etcd.deploy.enabled", Node.bool(true));
    assertThat(render(doc).resources().etcd().get().serverCertificate().spec().dnsNames()).hasSize(8 + 3 * 4 + 1);
    assertThat(render(minimal()).resources().etcd().isEmpty()).isTrue();
    assertThat(render(with(minimal(), "spec.vcluster.backingStore.etcd.deploy.enabled", Node.bool(false)))
        .resources().etcd().isEmpty()).isTrue();
  }

  @Test
  void statusCountsAndEndpoints() {
    MapNode status = render(minimal()).status().toNode();
    assertThat(status.keys()).containsExactly("phase", "message", "resourceRequestsGenerated", "directResourcesGenerated",
        "vclusterName", "targetNamespace", "hostname", "environment", "endpoints", "credentials");
    assertThat(status.get("phase")).contains(Node.text("Scheduled"));
    assertThat(status.get("directResourcesGenerated")).contains(Node.integer(2));
    assertThat(Paths.at(status, "endpoints", "argocd"))
        .contains(Node.text("https://argocd.cluster.integratn.tech/applications/vcluster-demo"));
    assertThat(Paths.at(status, "credentials", "kubeconfigSecret")).contains(Node.text("vcluster-demo-kubeconfig"));
    assertThat(render(etcd(minimal(), 3)).status().toNode().get("directResourcesGenerated")).contains(Node.integer(3));
    assertThat(status.keys()).doesNotContain("kratix");
  }
}
