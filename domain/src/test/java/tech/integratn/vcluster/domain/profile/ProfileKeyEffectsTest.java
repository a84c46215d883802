package tech.integratn.vcluster.domain.profile;

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
import tech.integratn.vcluster.domain.contract.SubRequestRendering;
import tech.integratn.vcluster.domain.render.Rendering;
import tech.integratn.vcluster.domain.render.VClusterRenderer;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/**
 * Issue 18 item 5: every key the profile decoder reads (spec 6 and 9.6) changes what is rendered.
 * One row per key: the key's path, a non-default value, what is observed (the rendered files as
 * {@code file|kind|path=value} lines, the status, the problems or the delete plan) and one line that
 * must appear with the value and not with the embedded profile. A key the decoder knows without a
 * row fails {@link #everyKeyTheDecoderReadsHasARow()}.
 */
class ProfileKeyEffectsTest {

  /** One key: set {@code value} at {@code key}, observe {@code probe}, expect {@code line} among what changed. */
  record Row(String key, Node value, Function<PlatformProfile, Set<String>> probe, String line) {
    @Override
    public String toString() {
      return key;
    }
  }

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
    return rows.stream();
  }

  @ParameterizedTest(name = "[{0}]")
  @MethodSource("rows")
  void aNonDefaultValueChangesTheRendering(Row row) {
    MapNode doc = (MapNode) nest(List.of(row.key().split("\\.")), row.value());
    Either<io.vavr.collection.Seq<String>, PlatformProfile> decoded = ProfileDecoder.decode(doc, IntegratnProfile.PROFILE);
    assertThat(decoded.isRight()).as("%s decodes: %s", row.key(), decoded).isTrue();
    Set<String> before = row.probe().apply(base());
    Set<String> after = new TreeSet<>(row.probe().apply(decoded.get()));
    after.removeAll(before);
    assertThat(after).as("%s: what changed", row.key()).anyMatch(l -> l.contains(row.line()));
  }

  @Test
  void everyKeyTheDecoderReadsHasARow() {
    Set<String> known = new TreeSet<>();
    for (String key : ProfileDecoder.topLevelKeys()) {
      if (!ProfileDecoder.SECTIONS.containsKey(key)) {
        known.add(key);
      }
    }
    for (java.util.Map.Entry<String, io.vavr.collection.Seq<String>> e : ProfileDecoder.SECTIONS.entrySet()) {
      for (String key : e.getValue()) {
        if (!ProfileDecoder.SECTIONS.containsKey(e.getKey() + "." + key)) {
          known.add(e.getKey() + "." + key);
        }
      }
    }
    // the network policies (spec 8.5) and tenancy (spec 10.2) have their own tables
    known.removeAll(Set.of("networkPolicies", "tenancy", "hostSecretMappings", "clusterRoleExtraRules"));
    // job is its only value until the PushSecret CRD is vendored (spec 9.7): there is no non-default to set
    known.remove("registration.kubeconfigSync");
    Set<String> covered = new TreeSet<>();
    rows().forEach(r -> covered.add(r.key()));
    assertThat(covered).containsExactlyElementsOf(known);
  }

  // ---- probes -------------------------------------------------------------------------------

  /**
   * The embedded profile as a file would see it: a file inherits no tenancy, host Secret mapping
   * or extra rule (spec 10.2), so the comparison changes only the row's key.
   */
  private static PlatformProfile base() {
    return ProfileDecoder.decode(MapNode.of("tenancy", MapNode.of("untrustedRequests", Node.bool(false))),
        IntegratnProfile.PROFILE).get();
  }

  private static Function<PlatformProfile, Set<String>> main(MapNode request) {
    return p -> {
      PlatformProfile trusted = ImmutablePlatformProfile.copyOf(p).withTenancy(base().tenancy());
      Either<Rejection, Rendering> r = VClusterRenderer.render(request, trusted, "vcluster-orchestrator-v2");
      Set<String> lines = new LinkedHashSet<>();
      if (r.isLeft()) {
        r.getLeft().problems().forEach(x -> lines.add("problem|" + Problems.render(x)));
        return lines;
      }
      files(r.get().files(), lines);
      flatten("status|", r.get().status().toNode(), lines);
      return lines;
    };
  }

  private static Function<PlatformProfile, Set<String>> registration() {
    MapNode request = MapNode.of("apiVersion", Node.text("platform.integratn.tech/v1alpha1"))
        .with("kind", ArgoCDClusterRegistrationPromise.KIND)
        .with("metadata", MapNode.of("name", Node.text("demo-cluster-registration")).with("namespace", "platform-requests"))
        .with("spec", MapNode.of("name", Node.text("demo")).with("targetNamespace", "vc-demo-ns")
            .with("kubeconfigSecret", "vc-demo").with("externalServerURL", "https://demo.integratn.tech:443"));
    return p -> {
      Either<Rejection, SubRequestRendering> r = ArgoCDClusterRegistrationPromise.INSTANCE.configure(request, p,
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
        flatten(f.path() + "|" + o.kind() + "|", o.toNode(), lines);
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
