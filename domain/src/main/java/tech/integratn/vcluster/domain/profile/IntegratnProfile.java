package tech.integratn.vcluster.domain.profile;

import static tech.integratn.vcluster.domain.profile.PlatformProfile.orderedMap;

import io.vavr.collection.List;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** The embedded default profile: the integratn platform. */
public final class IntegratnProfile {

  private IntegratnProfile() {}

  public static final PlatformProfile PROFILE =
      PlatformProfile.builder()
          .name("integratn")
          .dev(new Preset(1, "200m", "512Mi", "1000m", "1Gi", false, "5Gi", 1))
          .prod(new Preset(3, "500m", "1Gi", "2", "2Gi", true, "10Gi", 2))
          .vipOffset(200)
          .loadBalancerIpAnnotation("metallb.universe.tf/loadBalancerIPs")
          .kubernetesVersions(
              orderedMap(
                  "v1.34.3", "v1.34.3",
                  "1.34", "v1.34.3",
                  "1.33", "v1.33.7",
                  "1.32", "v1.32.11"))
          .defaultKubernetesVersion("v1.34.3")
          .baseDomain("integratn.tech")
          .chartRepoUrl("https://charts.loft.sh")
          .chartName("vcluster")
          .chartVersion("0.30.4")
          .destinationServer("https://kubernetes.default.svc")
          .workloadRepoUrl("https://github.com/jamesatintegratnio/gitops_homelab_2_0")
          .workloadRepoBasePath("")
          .workloadRepoPath("workloads")
          .workloadRepoRevision("main")
          .clusterIssuerSelectorLabels(orderedMap("integratn.tech/cluster-issuer", "letsencrypt-prod"))
          .clusterStoreSelectorLabels(
              orderedMap("integratn.tech/cluster-secret-store", "onepassword-store"))
          .clusterLabels(
              orderedMap(
                  "argocd.argoproj.io/secret-type", "cluster",
                  "cluster_role", "vcluster",
                  "cluster_type", "vcluster",
                  "enable_argocd", "true",
                  "enable_gateway_api_crds", "true",
                  "enable_nginx_gateway_fabric", "true",
                  "enable_cert_manager", "true",
                  "enable_external_secrets", "true",
                  "enable_external_dns", "true"))
          .clusterAnnotations(
              orderedMap(
                  "addons_repo_url", "https://github.com/jamesatintegratnio/gitops_homelab_2_0.git",
                  "addons_repo_revision", "main",
                  "addons_repo_basepath", "addons/",
                  "addons_repo_path", "charts/application-sets",
                  "managed-by", "argocd.argoproj.io",
                  "cert_manager_namespace", "cert-manager",
                  "external_dns_namespace", "external-dns",
                  "nfs_subdir_external_provisioner_namespace", "nfs-provisioner"))
          .hostSecretMappings(orderedMap(
              "external-secrets/eso-onepassword-token", "external-secrets/eso-onepassword-token"))
          .clusterRoleExtraRules(List.of(MapNode.of("apiGroups", ListNode.of(Node.text("")))
              .with("resources", ListNode.of(Node.text("secrets")))
              .with("resourceNames", ListNode.of(Node.text("eso-onepassword-token")))
              .with("verbs", ListNode.ofTexts(List.of("get", "list", "watch")))))
          .tenancy(TenancyProfile.trusted())
          .kubectlImage("alpine/k8s:1.34.3")
          .argocdUrl("https://argocd.cluster.integratn.tech")
          .argocdNamespace("argocd")
          .projectGroup("appteam")
          .onePasswordItemTemplate("vcluster-{name}-kubeconfig")
          .kubeconfigSecretTemplate("vcluster-{name}-kubeconfig")
          .networkPolicies(IntegratnNetworkPolicies.PROFILE)
          .registration(
              RegistrationProfile.builder()
                  .secretStoreKind("ClusterSecretStore")
                  .secretStoreName("onepassword-store")
                  .tokenItemKey("onepassword-access-token")
                  .tokenItemTokenProperty("credential")
                  .tokenItemVaultProperty(Option.some("vault"))
                  .connectHost("https://connect.integratn.tech")
                  .vaultName("homelab")
                  .syncImage("alpine/k8s:1.34.3")
                  .identityLabelPrefix("integratn.tech")
                  .kubeconfigSync(KubeconfigSync.JOB)
                  .syncDeadlineSeconds(RegistrationProfile.DEFAULT_SYNC_DEADLINE_SECONDS)
                  .build())
          .build();
}
