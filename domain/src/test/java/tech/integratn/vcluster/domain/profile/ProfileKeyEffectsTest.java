package tech.integratn.vcluster.domain.profile;

import tech.integratn.vcluster.domain.Docs;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.integratn.vcluster.domain.cleanup.HostCleanupPlan;
import tech.integratn.vcluster.domain.clusterregistration.ArgoCDClusterRegistrationPromise;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.clusterregistration.ClusterRegistration;
import tech.integratn.vcluster.domain.Docs.Rendered;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/**
 * Issue 18 item 5: every key the profile decoders read (spec 6, 8.5, 9.6 and 10.2) changes what is
 * rendered (a removed line shows as {@code -line}; a tenancy rule that refuses, as its problem).
 * One row per key: the key's path, a non-default value, what is observed (the rendered files as
 * {@code file|kind|path=value} lines, the status, the problems or the delete plan) and one line that
 * must appear with the value and not with the embedded profile. A key the decoder knows without a
 * row fails {@link #everyKeyTheDecoderReadsHasARow()}.
 */
class ProfileKeyEffectsTest {

  /** One key: set {@code value} at {@code key}, observe {@code probe}, expect {@code line} among what changed. */
  record Row(String key, MapNode profile, MapNode baseline, Function<PlatformProfile, Set<String>> probe, String line) {
    /** {@code value} at {@code key} (dotted, no list) over the embedded profile as a file sees it. */
    Row(String key, Node value, Function<PlatformProfile, Set<String>> probe, String line) {
      this(key, (MapNode) nest(List.of(key.split("\\.")), value), BASE, probe, line);
    }

    /** The whole profile document {@code profile}, compared with {@link #BASE}. */
    static Row of(String key, MapNode profile, Function<PlatformProfile, Set<String>> probe, String line) {
      return new Row(key, profile, BASE, probe, line);
    }

    @Override
    public String toString() {
      return key;
    }
  }

  /** A file inherits no tenancy (spec 10.2): trusted like the embedded profile, so only the row's key differs. */
  private static final MapNode BASE = MapNode.of("tenancy", MapNode.of("untrustedRequests", Node.bool(false)));

  /** The untrusted mode's defaults (spec 10.2 part B), the baseline of the keys only that mode reads. */
  private static final MapNode UNTRUSTED = MapNode.of("tenancy", MapNode.of("untrustedRequests", Node.bool(true)));

  private static final String NP = "resources/network-policies.yaml|";
  private static final String APP = "resources/argocd-application-request.yaml|ArgoCDApplication|";
  private static final String VALUES = APP + "spec.source.helm.valuesObject.";
  private static final String REG = "resources/argocd-cluster-registration-request.yaml|ArgoCDClusterRegistration|";

  static Stream<Row> rows() {
    Function<PlatformProfile, Set<String>> dev = main(minimal());
    Function<PlatformProfile, Set<String>> prod = main(with(minimal(), "spec.vcluster.preset", Node.text("prod")));
    Function<PlatformProfile, Set<String>> subnet = main(with(minimal(), "spec.exposure.subnet", Node.text("10.0.4.0/24")));
    java.util.List<Row> rows = new java.util.ArrayList<>();
    rows.add(new Row("name", Node.text("acme"), p -> Set.of("name=" + p.name()), "name=acme"));
    for (Tuple2<String, Function<PlatformProfile, Set<String>>> preset
        : List.of(new Tuple2<>("dev", dev), new Tuple2<>("prod", prod))) {
      String k = "presets." + preset._1 + ".";
      Function<PlatformProfile, Set<String>> probe = preset._2;
      rows.add(new Row(k + "replicas", Node.integer(7), probe, VALUES + "controlPlane.statefulSet.highAvailability.replicas=7"));
      rows.add(new Row(k + "cpuRequest", Node.text("333m"), probe, VALUES + "controlPlane.statefulSet.resources.requests.cpu=333m"));
      rows.add(new Row(k + "memoryRequest", Node.text("333Mi"), probe, VALUES + "controlPlane.statefulSet.resources.requests.memory=333Mi"));
      rows.add(new Row(k + "cpuLimit", Node.text("3333m"), probe, VALUES + "controlPlane.statefulSet.resources.limits.cpu=3333m"));
      rows.add(new Row(k + "memoryLimit", Node.text("3333Mi"), probe, VALUES + "controlPlane.statefulSet.resources.limits.memory=3333Mi"));
      rows.add(new Row(k + "persistenceEnabled", Node.bool(preset._1.equals("dev")), probe,
          VALUES + "controlPlane.statefulSet.persistence.volumeClaim.enabled=" + preset._1.equals("dev")));
      rows.add(new Row(k + "persistenceSize", Node.text("33Gi"), probe, VALUES + "controlPlane.statefulSet.persistence.volumeClaim.size=33Gi"));
      rows.add(new Row(k + "corednsReplicas", Node.integer(5), probe, VALUES + "controlPlane.coredns.deployment.replicas=5"));
    }
    rows.add(new Row("vipOffset", Node.integer(50), subnet,
        VALUES + "controlPlane.service.annotations.metallb.universe.tf/loadBalancerIPs=10.0.4.50"));
    rows.add(new Row("loadBalancerIpAnnotation", Node.text("lbipam.cilium.io/ips"), subnet,
        VALUES + "controlPlane.service.annotations.lbipam.cilium.io/ips=10.0.4.200"));
    rows.add(new Row("kubernetesVersions", MapNode.of("v1.34.3", Node.text("v1.34.3")).with("1.31", "v1.31.9"),
        main(with(minimal(), "spec.vcluster.k8sVersion", Node.text("1.31"))),
        VALUES + "controlPlane.distro.k8s.image.tag=v1.31.9"));
    rows.add(new Row("defaultKubernetesVersion", Node.text("1.33"), dev, VALUES + "controlPlane.distro.k8s.image.tag=v1.33.7"));
    rows.add(new Row("baseDomain", Node.text("acme.example"), dev, REG + "spec.baseDomain=acme.example"));
    rows.add(new Row("chart.repoURL", Node.text("https://charts.acme.example"), dev, APP + "spec.source.repoURL=https://charts.acme.example"));
    rows.add(new Row("chart.name", Node.text("acme-vcluster"), dev, APP + "spec.source.chart=acme-vcluster"));
    rows.add(new Row("chart.version", Node.text("0.31.0"), dev, APP + "spec.source.targetRevision=0.31.0"));
    rows.add(new Row("destinationServer", Node.text("https://hub.acme.example:6443"), dev,
        APP + "spec.destination.server=https://hub.acme.example:6443"));
    rows.add(new Row("workloadRepo.url", Node.text("https://git.acme.example/workloads"), dev,
        REG + "spec.clusterAnnotations.workload_repo_url=https://git.acme.example/workloads"));
    rows.add(new Row("workloadRepo.basePath", Node.text("clusters/"), dev, REG + "spec.clusterAnnotations.workload_repo_basepath=clusters/"));
    rows.add(new Row("workloadRepo.path", Node.text("apps"), dev, REG + "spec.clusterAnnotations.workload_repo_path=apps"));
    rows.add(new Row("workloadRepo.revision", Node.text("release"), dev, REG + "spec.clusterAnnotations.workload_repo_revision=release"));
    rows.add(new Row("clusterIssuerSelectorLabels", MapNode.of("acme.example/issuer", Node.text("le")), dev,
        VALUES + "integrations.certManager.sync.fromHost.clusterIssuers.selector.labels.acme.example/issuer=le"));
    rows.add(new Row("clusterStoreSelectorLabels", MapNode.of("acme.example/store", Node.text("vault")), dev,
        VALUES + "integrations.externalSecrets.sync.fromHost.clusterStores.selector.matchLabels.acme.example/store=vault"));
    rows.add(new Row("clusterLabels", MapNode.of("acme_tier", Node.text("gold")), dev, REG + "spec.clusterLabels.acme_tier=gold"));
    rows.add(new Row("clusterAnnotations", MapNode.of("acme_owner", Node.text("platform")), dev,
        REG + "spec.clusterAnnotations.acme_owner=platform"));
    rows.add(new Row("kubectlImage", Node.text("registry.acme.example/kubectl:1.34.3"),
        main(with(minimal(), "spec.vcluster.backingStore.etcd.deploy.enabled", Node.bool(true))),
        "image=registry.acme.example/kubectl:1.34.3"));
    rows.add(new Row("argocd.url", Node.text("https://cd.acme.example"), dev,
        "status|endpoints.argocd=https://cd.acme.example/applications/vcluster-demo"));
    rows.add(new Row("argocd.namespace", Node.text("gitops"), dev, APP + "spec.namespace=gitops"));
    rows.add(new Row("argocd.projectGroup", Node.text("tenants"), dev, "=tenants"));
    rows.add(new Row("onePasswordItemTemplate", Node.text("k8s-{name}"), dev, "status|credentials.onePasswordItem=k8s-demo"));
    rows.add(new Row("kubeconfigSecretTemplate", Node.text("{name}-kubeconfig"), dev,
        "status|credentials.kubeconfigSecret=demo-kubeconfig"));
    rows.add(new Row("onInvalidRequest", Node.text("suspend"), p -> Set.of("onInvalidRequest=" + p.onInvalidRequest()),
        "onInvalidRequest=SUSPEND"));
    rows.add(new Row("unknownFields", Node.text("reject"), main(with(minimal(), "spec.colour", Node.text("blue"))),
        "problem|spec.colour"));
    rows.add(new Row("chartSchemaDir", Node.text("/schemas"), p -> Set.of("chartSchemaDir=" + p.chartSchemaDir()),
        "chartSchemaDir=Some(/schemas)"));
    rows.add(new Row("deleteCleanup.enabled", Node.bool(false), cleanup(), "cleanup=none"));
    rows.add(new Row("deleteCleanup.persistentVolumeSelector", Node.text("acme/owner={name}"), cleanup(),
        "selector=acme/owner=demo"));
    String job = "resources/kubeconfig-sync-job.yaml|";
    rows.add(new Row("registration.secretStore.kind", Node.text("SecretStore"), registration(), "secretStoreRef.kind=SecretStore"));
    rows.add(new Row("registration.secretStore.name", Node.text("vault-store"), registration(), "secretStoreRef.name=vault-store"));
    rows.add(new Row("registration.tokenItem.key", Node.text("connect-token"), registration(), "remoteRef.key=connect-token"));
    rows.add(new Row("registration.tokenItem.tokenProperty", Node.text("password"), registration(), "remoteRef.property=password"));
    rows.add(new Row("registration.tokenItem.vaultProperty", Node.text("vaultname"), registration(), "remoteRef.property=vaultname"));
    rows.add(new Row("registration.connectHost", Node.text("https://op.acme.example"), registration(), "=https://op.acme.example"));
    rows.add(new Row("registration.vaultName", Node.text("clusters"), registration(), "=clusters"));
    rows.add(new Row("registration.syncImage", Node.text("registry.acme.example/k8s:1.31.0"), registration(),
        "image=registry.acme.example/k8s:1.31.0"));
    rows.add(new Row("registration.identityLabelPrefix", Node.text("acme.example"), registration(), ".acme.example/"));
    rows.add(new Row("registration.syncDeadlineSeconds", Node.integer(77), registration(), "activeDeadlineSeconds=77"));
    networkPolicyRows(rows);
    tenancyRows(rows);
    return rows.stream();
  }

  @ParameterizedTest(name = "[{0}]")
  @MethodSource("rows")
  void aNonDefaultValueChangesTheRendering(Row row) {
    Either<io.vavr.collection.Seq<ProfileProblem>, PlatformProfile> decoded =
        ProfileDecoder.decode(row.profile(), IntegratnProfile.PROFILE);
    assertThat(decoded.isRight()).as("%s decodes: %s", row.key(), decoded).isTrue();
    Set<String> before = row.probe().apply(ProfileDecoder.decode(row.baseline(), IntegratnProfile.PROFILE).get());
    Set<String> after = row.probe().apply(decoded.get());
    // what the value added, and (marked -) what it took away
    Set<String> changed = new TreeSet<>(after);
    changed.removeAll(before);
    for (String line : before) {
      if (!after.contains(line)) {
        changed.add("-" + line);
      }
    }
    assertThat(changed).as("%s: what changed", row.key()).anyMatch(l -> l.contains(row.line()));
  }

  @Test
  void everyKeyTheDecoderReadsHasARow() {
    // the three decoders' tables of the maps they read; "x[]" is each item of the list x
    java.util.Map<String, io.vavr.collection.Seq<String>> sections = new java.util.HashMap<>(ProfileDecoder.SECTIONS);
    sections.putAll(NetworkPolicyProfileDecoder.SECTIONS);
    sections.putAll(TenancyProfileDecoder.SECTIONS);
    assertThat(sections).containsKeys("networkPolicies", "networkPolicies.publicEgress.blocks[]", "tenancy",
        "tenancy.charts[]");
    Set<String> known = new TreeSet<>();
    leaves("", ProfileDecoder.topLevelKeys(), sections, known);
    // job is its only value until the PushSecret CRD is vendored (spec 9.7): there is no non-default to set
    known.remove("registration.kubeconfigSync");
    Set<String> covered = new TreeSet<>();
    rows().forEach(r -> covered.add(r.key()));
    assertThat(covered).containsExactlyElementsOf(known);
  }

  /** Spec 8.5: every {@code networkPolicies} key, merged over the embedded profile's. */
  private static void networkPolicyRows(java.util.List<Row> rows) {
    // in its own namespace: the file is not written into the request's namespace (spec 8.1)
    MapNode own = with(minimal(), "spec.targetNamespace", Node.text("vc-demo"));
    Function<PlatformProfile, Set<String>> dev = main(own);
    Function<PlatformProfile, Set<String>> nfs = main(with(own, "spec.networkPolicies.enableNFS", Node.bool(true)));
    String ext = " @allow-vcluster-external";
    rows.add(new Row("networkPolicies.enabled", Node.bool(false), dev, "-" + NP + "NetworkPolicy|"));
    rows.add(new Row("networkPolicies.defaultDeny", Node.bool(false), dev,
        "-" + NP + "NetworkPolicy|metadata.name=default-deny-all @default-deny-all"));
    rows.add(new Row("networkPolicies.syncToHost", Node.bool(false), dev, VALUES + "sync.toHost.networkPolicies.enabled=false"));
    rows.add(new Row("networkPolicies.dns.namespace", Node.text("coredns-system"), dev,
        NP + "NetworkPolicy|spec.egress[0].to[0].namespaceSelector.matchLabels.kubernetes.io/metadata.name=coredns-system @allow-dns"));
    rows.add(new Row("networkPolicies.dns.podLabels", MapNode.of("acme.example/dns", Node.text("yes")), dev,
        NP + "NetworkPolicy|spec.egress[0].to[0].podSelector.matchLabels.acme.example/dns=yes @allow-dns"));
    rows.add(new Row("networkPolicies.dns.ports", ListNode.of(Node.integer(5353)), dev,
        NP + "NetworkPolicy|spec.egress[0].ports[0].port=5353 @allow-dns"));
    rows.add(new Row("networkPolicies.apiIngress.namespaces", ListNode.ofTexts(List.of("gitops")), dev,
        "namespaceSelector.matchLabels.kubernetes.io/metadata.name=gitops" + ext));
    rows.add(new Row("networkPolicies.apiIngress.cidrs", ListNode.ofTexts(List.of("172.20.0.0/16")), dev,
        "spec.ingress[0].from[1].ipBlock.cidr=172.20.0.0/16" + ext));
    rows.add(new Row("networkPolicies.ingressNamespaces", ListNode.ofTexts(List.of("traefik")), dev,
        "namespaceSelector.matchLabels.kubernetes.io/metadata.name=traefik" + ext));
    rows.add(new Row("networkPolicies.publicIngress.cidrs", ListNode.ofTexts(List.of("203.0.113.0/24")), dev,
        "ipBlock.cidr=203.0.113.0/24" + ext));
    rows.add(new Row("networkPolicies.publicIngress.ports", ListNode.of(Node.integer(8080)), dev, "port=8080" + ext));
    rows.add(Row.of("networkPolicies.platformEgress[].cidr",
        np("platformEgress", ListNode.of(egress("10.0.1.140/32", 443, "TCP"))), dev,
        "spec.egress[0].to[0].ipBlock.cidr=10.0.1.140/32" + ext));
    rows.add(Row.of("networkPolicies.platformEgress[].port",
        np("platformEgress", ListNode.of(egress("10.0.1.139/32", 8443, "TCP"))), dev, "spec.egress[0].ports[0].port=8443" + ext));
    rows.add(Row.of("networkPolicies.platformEgress[].protocol",
        np("platformEgress", ListNode.of(egress("10.0.1.139/32", 443, "UDP"))), dev,
        "spec.egress[0].ports[0].protocol=UDP" + ext));
    MapNode metrics = MapNode.of("app.kubernetes.io/name", Node.text("metrics-server"));
    rows.add(Row.of("networkPolicies.podEgress[].namespace",
        np("podEgress", ListNode.of(podEgress("monitoring", metrics, 10250, "TCP"))), dev,
        "spec.egress[1].to[0].namespaceSelector.matchLabels.kubernetes.io/metadata.name=monitoring" + ext));
    rows.add(Row.of("networkPolicies.podEgress[].podLabels",
        np("podEgress", ListNode.of(podEgress("kube-system", MapNode.of("app", Node.text("probe")), 10250, "TCP"))), dev,
        "spec.egress[1].to[0].podSelector.matchLabels.app=probe" + ext));
    rows.add(Row.of("networkPolicies.podEgress[].port",
        np("podEgress", ListNode.of(podEgress("kube-system", metrics, 10251, "TCP"))), dev,
        "spec.egress[1].ports[0].port=10251" + ext));
    rows.add(Row.of("networkPolicies.podEgress[].protocol",
        np("podEgress", ListNode.of(podEgress("kube-system", metrics, 10250, "UDP"))), dev,
        "spec.egress[1].ports[0].protocol=UDP" + ext));
    rows.add(Row.of("networkPolicies.publicEgress.blocks[].cidr",
        np("publicEgress", MapNode.of("blocks", ListNode.of(MapNode.of("cidr", Node.text("0.0.0.0/1"))
            .with("except", ListNode.ofTexts(List.of("10.0.0.0/8")))))), dev,
        "spec.egress[2].to[0].ipBlock.cidr=0.0.0.0/1" + ext));
    rows.add(Row.of("networkPolicies.publicEgress.blocks[].except",
        np("publicEgress", MapNode.of("blocks", ListNode.of(MapNode.of("cidr", Node.text("0.0.0.0/0"))
            .with("except", ListNode.ofTexts(List.of("100.64.0.0/10")))))), dev,
        "spec.egress[2].to[0].ipBlock.except[0]=100.64.0.0/10" + ext));
    rows.add(Row.of("networkPolicies.publicEgress.ports[].port",
        np("publicEgress", MapNode.of("ports", ListNode.of(MapNode.of("port", Node.integer(8443)).with("protocol", "TCP")))),
        dev, "spec.egress[2].ports[0].port=8443" + ext));
    rows.add(Row.of("networkPolicies.publicEgress.ports[].protocol",
        np("publicEgress", MapNode.of("ports", ListNode.of(MapNode.of("port", Node.integer(443)).with("protocol", "UDP")))),
        dev, "spec.egress[2].ports[0].protocol=UDP" + ext));
    rows.add(new Row("networkPolicies.nfs.cidrs", ListNode.ofTexts(List.of("192.168.50.0/24")), nfs,
        "spec.egress[0].to[0].ipBlock.cidr=192.168.50.0/24 @allow-nfs-egress"));
    rows.add(new Row("networkPolicies.nfs.port", Node.integer(2050), nfs, "spec.egress[0].ports[0].port=2050 @allow-nfs-egress"));
    MapNode cilium = MapNode.of("endpointSelector", MapNode.of("matchLabels", MapNode.of("acme", Node.text("probe"))));
    rows.add(Row.of("networkPolicies.extraPolicies[].apiVersion",
        np("extraPolicies", ListNode.of(extra("networking.k8s.io/v1", "NetworkPolicy", "allow-acme",
            MapNode.of("podSelector", MapNode.of("matchLabels", MapNode.of("acme", Node.text("probe"))))))), dev,
        NP + "NetworkPolicy|apiVersion=networking.k8s.io/v1 @allow-acme"));
    rows.add(Row.of("networkPolicies.extraPolicies[].kind",
        np("extraPolicies", ListNode.of(extra("cilium.io/v2", "CiliumNetworkPolicy", "allow-acme", cilium))), dev,
        NP + "CiliumNetworkPolicy|kind=CiliumNetworkPolicy @allow-acme"));
    rows.add(Row.of("networkPolicies.extraPolicies[].name",
        np("extraPolicies", ListNode.of(extra("cilium.io/v2", "CiliumNetworkPolicy", "allow-acme-api", cilium))), dev,
        NP + "CiliumNetworkPolicy|metadata.name=allow-acme-api @allow-acme-api"));
    rows.add(Row.of("networkPolicies.extraPolicies[].spec",
        np("extraPolicies", ListNode.of(extra("cilium.io/v2", "CiliumNetworkPolicy", "allow-acme", cilium))), dev,
        NP + "CiliumNetworkPolicy|spec.endpointSelector.matchLabels.acme=probe @allow-acme"));
  }

  private static MapNode np(String key, Node value) {
    return BASE.with("networkPolicies", MapNode.of(key, value));
  }

  private static MapNode egress(String cidr, int port, String protocol) {
    return MapNode.of("cidr", Node.text(cidr)).with("port", Node.integer(port)).with("protocol", protocol);
  }

  private static MapNode podEgress(String namespace, MapNode labels, int port, String protocol) {
    return MapNode.of("namespace", Node.text(namespace)).with("podLabels", labels).with("port", Node.integer(port))
        .with("protocol", protocol);
  }

  private static MapNode extra(String apiVersion, String kind, String name, MapNode spec) {
    return MapNode.of("apiVersion", Node.text(apiVersion)).with("kind", kind).with("name", name).with("spec", spec);
  }

  /**
   * Spec 10.2: every {@code tenancy} key, {@code hostSecretMappings} and {@code clusterRoleExtraRules}.
   * Part A keys are set over the trusted mode; part B keys over the untrusted mode's defaults, with a
   * request that mode accepts. A rule that refuses shows as its exact problem text.
   */
  private static void tenancyRows(java.util.List<Row> rows) {
    MapNode trusted = (MapNode) BASE.get("tenancy").get();
    MapNode untrusted = (MapNode) UNTRUSTED.get("tenancy").get();
    Function<PlatformProfile, Set<String>> dev = tenant(minimal());
    MapNode tenantRequest = with(minimal(), "spec.targetNamespace", Node.text("vc-demo"));
    Function<PlatformProfile, Set<String>> tenant = tenant(tenantRequest);
    rows.add(new Row("tenancy.untrustedRequests", UNTRUSTED, BASE, dev, "problem|spec.targetNamespace: is required for an untrusted request, matching vc-demo "
        + "(tenancy.targetNamespacePattern) (got nothing)"));
    rows.add(new Row("tenancy.reservedNamespaces",
        MapNode.of("tenancy", trusted.with("reservedNamespaces", ListNode.ofTexts(List.of("vc-demo")))), BASE,
        tenant(tenantRequest),
        "problem|spec.targetNamespace: vc-demo is reserved by the platform (tenancy.reservedNamespaces)"));
    rows.add(new Row("tenancy.helmOverrides.deny",
        MapNode.of("tenancy", trusted.with("helmOverrides", MapNode.of("deny", ListNode.ofTexts(List.of("controlPlane.coredns"))))),
        BASE, tenant(with(minimal(), "spec.vcluster.helmOverrides.controlPlane.coredns.enabled", Node.bool(true))),
        "problem|spec.vcluster.helmOverrides.controlPlane.coredns.enabled: is reserved by the platform "
            + "(tenancy.helmOverrides.deny: controlPlane.coredns)"));
    rows.add(new Row("tenancy.helmOverrides.allow",
        MapNode.of("tenancy", untrusted.with("helmOverrides", MapNode.of("allow",
            ListNode.ofTexts(List.of("controlPlane.statefulSet.resources"))))), UNTRUSTED,
        tenant(with(tenantRequest, "spec.vcluster.helmOverrides.controlPlane.coredns.enabled", Node.bool(true))),
        "problem|spec.vcluster.helmOverrides.controlPlane.coredns.enabled: is not a chart value a tenant may set "
            + "(tenancy.helmOverrides.allow: controlPlane.statefulSet.resources)"));
    for (String mode : List.of("enforce", "warn", "audit")) {
      rows.add(new Row("tenancy.podSecurity." + mode,
          MapNode.of("tenancy", trusted.with("podSecurity", MapNode.of(mode, Node.text("restricted")))), BASE, tenant,
          "resources/namespace.yaml|Namespace|metadata.labels.pod-security.kubernetes.io/" + mode + "=restricted"));
    }
    MapNode chart = MapNode.of("repoURL", Node.text("https://charts.loft.sh")).with("chart", "vcluster")
        .with("versions", ListNode.ofTexts(List.of("0.30.4")));
    rows.add(new Row("tenancy.charts[].repoURL", charts(untrusted, chart.with("repoURL", "https://charts.acme.example")),
        UNTRUSTED, tenant, "problem|spec.argocdApplication.repoURL: must be a chart repository of the platform "
        + "(tenancy.charts: https://charts.acme.example vcluster [0.30.4]) (got \"https://charts.loft.sh\")"));
    rows.add(new Row("tenancy.charts[].chart", charts(untrusted, chart.with("chart", "acme-vcluster")),
        UNTRUSTED, tenant, "problem|spec.argocdApplication.chart: must be a chart the platform allows from "
        + "https://charts.loft.sh (tenancy.charts: https://charts.loft.sh acme-vcluster [0.30.4]) (got \"vcluster\")"));
    rows.add(new Row("tenancy.charts[].versions", charts(untrusted, chart.with("versions", ListNode.ofTexts(List.of("0.31.0")))),
        UNTRUSTED, tenant, "problem|spec.argocdApplication.targetRevision: must be one of [0.31.0] "
        + "(tenancy.charts: https://charts.loft.sh vcluster [0.31.0]) (got \"0.30.4\")"));
    rows.add(new Row("tenancy.destinationServers", MapNode.of("tenancy", untrusted.with("destinationServers",
        ListNode.ofTexts(List.of("https://tenants.acme.example:6443")))), UNTRUSTED, tenant,
        "problem|spec.argocdApplication.destinationServer: must be one of the platform's destination servers "
        + "[https://tenants.acme.example:6443] (tenancy.destinationServers) (got \"https://kubernetes.default.svc\")"));
    rows.add(new Row("tenancy.targetNamespacePattern",
        MapNode.of("tenancy", untrusted.with("targetNamespacePattern", "tenant-{name}")), UNTRUSTED, tenant,
        "problem|spec.targetNamespace: must match tenant-demo (tenancy.targetNamespacePattern: tenant-{name}) "
        + "(got \"vc-demo\")"));
    rows.add(new Row("tenancy.hostnamePattern",
        MapNode.of("tenancy", untrusted.with("hostnamePattern", "*.tenants.integratn.tech")), UNTRUSTED, tenant,
        "problem|spec.exposure.hostname: must match *.tenants.integratn.tech (tenancy.hostnamePattern) "
        + "(got \"demo.integratn.tech\")"));
    rows.add(new Row("tenancy.addressPools",
        MapNode.of("tenancy", untrusted.with("addressPools", ListNode.ofTexts(List.of("10.0.4.0/24")))), UNTRUSTED,
        tenant(with(tenantRequest, "spec.exposure.subnet", Node.text("10.0.4.0/24"))),
        VALUES + "controlPlane.service.annotations.metallb.universe.tf/loadBalancerIPs=10.0.4.200"));
    rows.add(new Row("tenancy.shareClusterSecretStores",
        MapNode.of("tenancy", untrusted.with("shareClusterSecretStores", Node.bool(true))), UNTRUSTED, tenant,
        VALUES + "integrations.externalSecrets.enabled=true"));
    rows.add(new Row("tenancy.shareClusterIssuers",
        MapNode.of("tenancy", untrusted.with("shareClusterIssuers", Node.bool(true))), UNTRUSTED, tenant,
        VALUES + "integrations.certManager.enabled=true"));
    rows.add(new Row("tenancy.priorityClassName",
        MapNode.of("tenancy", untrusted.with("priorityClassName", "tenant-workloads")), UNTRUSTED, tenant,
        VALUES + "controlPlane.statefulSet.scheduling.priorityClassName=tenant-workloads"));
    Function<PlatformProfile, Set<String>> trustedDev = main(minimal());
    rows.add(Row.of("hostSecretMappings", BASE.with("hostSecretMappings",
        MapNode.of("vault/acme-token", Node.text("vault/acme-token"))), trustedDev,
        VALUES + "sync.fromHost.secrets.mappings.byName.vault/acme-token=vault/acme-token"));
    rows.add(Row.of("clusterRoleExtraRules", BASE.with("clusterRoleExtraRules", ListNode.of(
        MapNode.of("apiGroups", ListNode.ofTexts(List.of(""))).with("resources", ListNode.ofTexts(List.of("configmaps")))
            .with("resourceNames", ListNode.ofTexts(List.of("acme-ca"))).with("verbs", ListNode.ofTexts(List.of("get"))))),
        trustedDev, VALUES + "rbac.clusterRole.extraRules[0].resourceNames[0]=acme-ca"));
  }

  private static MapNode charts(MapNode untrusted, MapNode chart) {
    return MapNode.of("tenancy", untrusted.with("charts", ListNode.of(chart)));
  }

  /** Every leaf key under {@code prefix}, descending into each key that has a table of its own. */
  private static void leaves(String prefix, io.vavr.collection.Seq<String> keys,
      java.util.Map<String, io.vavr.collection.Seq<String>> sections, Set<String> known) {
    for (String key : keys) {
      String path = prefix + key;
      if (sections.containsKey(path)) {
        leaves(path + ".", sections.get(path), sections, known);
      } else if (sections.containsKey(path + "[]")) {
        leaves(path + "[].", sections.get(path + "[]"), sections, known);
      } else {
        known.add(path);
      }
    }
  }

  // ---- probes -------------------------------------------------------------------------------

  /**
   * The embedded profile as a file would see it: a file inherits no tenancy, host Secret mapping
   * or extra rule (spec 10.2), so the comparison changes only the row's key.
   */
  private static PlatformProfile base() {
    return ProfileDecoder.decode(BASE, IntegratnProfile.PROFILE).get();
  }

  private static Function<PlatformProfile, Set<String>> main(MapNode request) {
    return p -> render(request, ImmutablePlatformProfile.copyOf(p).withTenancy(base().tenancy()));
  }

  /** The orchestrator's rendering with the profile's own tenancy (spec 10.2 rows). */
  private static Function<PlatformProfile, Set<String>> tenant(MapNode request) {
    return p -> render(request, p);
  }

  private static Set<String> render(MapNode request, PlatformProfile profile) {
    Either<Rejection, Rendered> r = Docs.configure(request, profile, "vcluster-orchestrator-v2");
    Set<String> lines = new LinkedHashSet<>();
    if (r.isLeft()) {
      r.getLeft().problems().forEach(x -> lines.add("problem|" + Problems.render(x)));
      return lines;
    }
    files(r.get().files(), lines);
    flatten("status|", r.get().status().toNode(), lines);
    return lines;
  }

  private static Function<PlatformProfile, Set<String>> registration() {
    MapNode request = MapNode.of("apiVersion", Node.text("platform.integratn.tech/v1alpha1"))
        .with("kind", ArgoCDClusterRegistrationPromise.KIND)
        .with("metadata", MapNode.of("name", Node.text("demo-cluster-registration")).with("namespace", "platform-requests"))
        .with("spec", MapNode.of("name", Node.text("demo")).with("targetNamespace", "vc-demo-ns")
            .with("kubeconfigSecret", "vc-demo").with("externalServerURL", "https://demo.integratn.tech:443"));
    return p -> {
      Either<Rejection, Rendering<ClusterRegistration>> r = ArgoCDClusterRegistrationPromise.INSTANCE.configure(request, p,
          ArgoCDClusterRegistrationPromise.PROMISE_NAME);
      assertThat(r.isRight()).as("registration renders: %s", r).isTrue();
      Set<String> lines = new LinkedHashSet<>();
      files(r.get().files(), lines);
      return lines;
    };
  }

  private static Function<PlatformProfile, Set<String>> cleanup() {
    return p -> HostCleanupPlan.of(p, "demo", "vc-demo").map(c -> Set.of("selector=" + c.selector()))
        .getOrElse(Set.of("cleanup=none"));
  }

  private static void files(io.vavr.collection.Seq<OutputFile> files, Set<String> lines) {
    for (OutputFile f : files) {
      for (KubernetesObject o : f.objects()) {
        Set<String> object = new LinkedHashSet<>();
        flatten(f.path() + "|" + o.kind() + "|", o.toNode(), object);
        // the object's name after each line: two policies of one file have the same paths
        for (String line : object) {
          lines.add(line + " @" + o.metadata().name());
        }
      }
    }
  }

  /** {@code prefix<dotted path>=<scalar>} for every scalar under {@code node}. */
  private static void flatten(String prefix, Node node, Set<String> lines) {
    flatten(prefix, "", node, lines);
  }

  private static void flatten(String prefix, String path, Node node, Set<String> lines) {
    if (node instanceof MapNode m) {
      for (Tuple2<String, Node> e : m.entries()) {
        flatten(prefix, path.isEmpty() ? e._1 : path + "." + e._1, e._2, lines);
      }
    } else if (node instanceof ListNode l) {
      for (int i = 0; i < l.items().size(); i++) {
        flatten(prefix, path + "[" + i + "]", l.items().get(i), lines);
      }
    } else {
      String text = node instanceof Node.Text t ? t.value()
          : node instanceof Node.Int i ? i.value().toString()
          : node instanceof Node.Bool b ? String.valueOf(b.value()) : node.toString();
      lines.add(prefix + path + "=" + text);
    }
  }

  // ---- documents ----------------------------------------------------------------------------

  private static MapNode minimal() {
    return MapNode.of("apiVersion", Node.text("platform.integratn.tech/v1alpha1"))
        .with("kind", "VClusterOrchestratorV2")
        .with("metadata", MapNode.of("name", Node.text("demo")).with("namespace", "platform-requests"))
        .with("spec", MapNode.of("name", Node.text("demo")));
  }

  private static MapNode with(MapNode doc, String path, Node value) {
    return Paths.put(doc, List.of(path.split("\\.")), value);
  }

  private static Node nest(List<String> path, Node value) {
    return path.isEmpty() ? value : MapNode.of(path.head(), nest(path.tail(), value));
  }
}
