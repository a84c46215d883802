package tech.integratn.vcluster.domain.clusterregistration;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.clusterregistration.Registrations.OTHER;
import static tech.integratn.vcluster.domain.clusterregistration.Registrations.PROFILE;
import static tech.integratn.vcluster.domain.clusterregistration.Registrations.at;
import static tech.integratn.vcluster.domain.clusterregistration.Registrations.documents;
import static tech.integratn.vcluster.domain.clusterregistration.Registrations.keys;
import static tech.integratn.vcluster.domain.clusterregistration.Registrations.minimal;
import static tech.integratn.vcluster.domain.clusterregistration.Registrations.render;
import static tech.integratn.vcluster.domain.clusterregistration.Registrations.text;
import static tech.integratn.vcluster.domain.clusterregistration.Registrations.with;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.contract.ExternalObject;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.profile.ImmutablePlatformProfile;
import tech.integratn.vcluster.domain.profile.ImmutableRegistrationProfile;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** The four files of 9.6: objects, namespaces, labels, field order, defaults and the Job's script. */
class ClusterRegistrationRenderingTest {

  static MapNode full() {
    MapNode r = minimal();
    r = with(r, "kubeconfigKey", "admin.conf");
    // the only values 10.1 accepts: the profile's own
    r = with(r, "onePasswordItem", "vcluster-demo-kubeconfig");
    r = with(r, "onePasswordConnectHost", "https://connect.integratn.tech");
    r = with(r, "environment", "staging");
    r = with(r, "baseDomain", "lab.example");
    r = with(r, "baseDomainSanitized", "lab-ex");
    r = with(r, "clusterLabels", MapNode.of("team", Node.text("platform"))
        .with("integratn.tech/environment", "edge")
        .with("argocd.argoproj.io/secret-type", "cluster"));
    r = with(r, "clusterAnnotations", MapNode.of("owner", Node.text("platform <p@example.org>")));
    return with(r, "syncJobName", "demo-sync-42");
  }

  @Test
  void fourFilesWithTheirObjectsInOrder() {
    Rendering<?> rendering = render(minimal());
    assertThat(rendering.files().map(OutputFile::path)).containsExactly(
        "resources/kubeconfig-sync-rbac.yaml", "resources/kubeconfig-sync-job.yaml",
        "resources/kubeconfig-external-secret.yaml", "resources/argocd-cluster-external-secret.yaml");
    List<String> objects = documents(rendering).stream()
        .map(d -> text(d, "apiVersion") + " " + text(d, "kind") + " " + text(d, "metadata", "namespace") + "/"
            + text(d, "metadata", "name"))
        .toList();
    assertThat(objects).containsExactly(
        "external-secrets.io/v1 ExternalSecret vc-demo-ns/demo-onepassword-token",
        "v1 ServiceAccount vc-demo-ns/demo-kubeconfig-sync",
        "batch/v1 Job vc-demo-ns/demo-kubeconfig-sync",
        "external-secrets.io/v1 ExternalSecret vc-demo-ns/demo-kubeconfig",
        "external-secrets.io/v1 ExternalSecret argocd/demo-argocd-cluster");
  }

  @Test
  void theOnePasswordItemIsWhatItPutsInPlaceOutsideTheCluster() {
    ClusterRegistration registration = Registrations.configure(full(), PROFILE).get().request();
    assertThat(ArgoCDClusterRegistrationPromise.INSTANCE.externalObjects(registration))
        .containsExactly(new ExternalObject("1Password item", "vcluster-demo-kubeconfig"));
  }

  @Test
  void neverASecretNorARole() {
    for (MapNode request : List.of(minimal(), full())) {
      for (MapNode d : documents(render(request))) {
        assertThat(text(d, "kind")).isNotIn("Secret", "Role", "RoleBinding", "ClusterRole", "ClusterRoleBinding");
      }
    }
  }

  @Test
  void baseLabelsFirstThenEachObjectsOwn() {
    List<MapNode> docs = documents(render(minimal()));
    List<String> base = List.of("app.kubernetes.io/managed-by", "kratix.io/promise-name", "kratix.io/resource-name");
    for (MapNode d : docs) {
      MapNode labels = (MapNode) at(d, "metadata", "labels");
      assertThat(keys(labels).subList(0, 3)).isEqualTo(base);
      assertThat(text(labels, "app.kubernetes.io/managed-by")).isEqualTo("kratix");
      assertThat(text(labels, "kratix.io/promise-name")).isEqualTo("argocd-cluster-registration");
      assertThat(text(labels, "kratix.io/resource-name")).isEqualTo("demo");
    }
    assertThat(at(docs.get(0), "metadata", "labels")).isEqualTo(labels("external-secret", "kubeconfig-sync"));
    assertThat(at(docs.get(1), "metadata", "labels")).isEqualTo(labels("kubeconfig-sync", null));
    assertThat(at(docs.get(2), "metadata", "labels")).isEqualTo(labels("kubeconfig-sync", null));
    assertThat(at(docs.get(3), "metadata", "labels")).isEqualTo(labels("external-secret", "kubeconfig"));
    assertThat(at(docs.get(4), "metadata", "labels")).isEqualTo(labels("external-secret", "argocd-cluster"));
  }

  private static MapNode labels(String name, String component) {
    MapNode labels = MapNode.of("app.kubernetes.io/managed-by", Node.text("kratix"))
        .with("kratix.io/promise-name", "argocd-cluster-registration")
        .with("kratix.io/resource-name", "demo")
        .with("app.kubernetes.io/name", name);
    return component == null ? labels : labels.with("app.kubernetes.io/component", component);
  }

  @Test
  void theTokenExternalSecretAndTheServiceAccount() {
    List<MapNode> docs = documents(render(minimal()));
    assertThat(at(docs.get(0), "spec")).isEqualTo(MapNode.of("secretStoreRef",
            MapNode.of("kind", Node.text("ClusterSecretStore")).with("name", "onepassword-store"))
        .with("target", MapNode.of("name", Node.text("demo-onepassword-token")))
        .with("data", ListNode.of(
            MapNode.of("secretKey", Node.text("token")).with("remoteRef",
                MapNode.of("key", Node.text("onepassword-access-token")).with("property", "credential")),
            MapNode.of("secretKey", Node.text("vault")).with("remoteRef",
                MapNode.of("key", Node.text("onepassword-access-token")).with("property", "vault")))));
    assertThat(keys(docs.get(1))).containsExactly("apiVersion", "kind", "metadata", "automountServiceAccountToken");
    assertThat(at(docs.get(1), "automountServiceAccountToken")).isEqualTo(Node.bool(false));
  }

  @Test
  void theJobAsTheSpecShowsIt() {
    MapNode job = documents(render(minimal())).get(2);
    assertThat(at(job, "metadata", "annotations"))
        .isEqualTo(MapNode.of("argocd.argoproj.io/sync-options", Node.text("Force=true,Replace=true")));
    assertThat(keys(at(job, "spec"))).containsExactly("backoffLimit", "activeDeadlineSeconds", "template");
    assertThat(at(job, "spec", "backoffLimit")).isEqualTo(Node.integer(3));
    assertThat(at(job, "spec", "activeDeadlineSeconds")).isEqualTo(Node.integer(1800));
    assertThat(at(job, "spec", "template", "metadata")).isEqualTo(MapNode.of("labels",
        MapNode.of("app.kubernetes.io/name", Node.text("kubeconfig-sync")).with("app.kubernetes.io/instance", "demo")));
    Node pod = at(job, "spec", "template", "spec");
    assertThat(keys(pod)).containsExactly("serviceAccountName", "automountServiceAccountToken", "restartPolicy",
        "securityContext", "containers", "volumes");
    assertThat(text(pod, "serviceAccountName")).isEqualTo("demo-kubeconfig-sync");
    assertThat(at(pod, "automountServiceAccountToken")).isEqualTo(Node.bool(false));
    assertThat(text(pod, "restartPolicy")).isEqualTo("OnFailure");
    assertThat(at(pod, "securityContext")).isEqualTo(MapNode.of("runAsNonRoot", Node.bool(true))
        .with("runAsUser", Node.integer(65532)).with("runAsGroup", Node.integer(65532))
        .with("seccompProfile", MapNode.of("type", Node.text("RuntimeDefault"))));
    assertThat(at(pod, "volumes")).isEqualTo(ListNode.of(
        MapNode.of("name", Node.text("kubeconfig")).with("secret", MapNode.of("secretName", Node.text("vc-demo"))),
        MapNode.of("name", Node.text("tmp")).with("emptyDir", MapNode.of("medium", Node.text("Memory")).with("sizeLimit", "1Mi"))));
    Node container = at(pod, "containers", 0);
    assertThat(((ListNode) at(pod, "containers")).items()).hasSize(1);
    assertThat(keys(container)).containsExactly("name", "image", "command", "env", "resources", "securityContext",
        "volumeMounts");
    assertThat(text(container, "name")).isEqualTo("sync-to-onepassword");
    assertThat(text(container, "image")).isEqualTo("alpine/k8s:1.34.3");
    assertThat(at(container, "resources")).isEqualTo(MapNode.of("requests",
            MapNode.of("cpu", Node.text("10m")).with("memory", "32Mi"))
        .with("limits", MapNode.of("memory", Node.text("64Mi"))));
    assertThat(at(container, "securityContext")).isEqualTo(MapNode.of("allowPrivilegeEscalation", Node.bool(false))
        .with("readOnlyRootFilesystem", Node.bool(true))
        .with("capabilities", MapNode.of("drop", ListNode.of(Node.text("ALL")))));
    assertThat(at(container, "volumeMounts")).isEqualTo(ListNode.of(
        MapNode.of("name", Node.text("kubeconfig")).with("mountPath", "/kubeconfig").with("readOnly", Node.bool(true)),
        MapNode.of("name", Node.text("tmp")).with("mountPath", "/tmp")));
    assertThat(env(job)).containsExactly(
        "OP_CONNECT_HOST=https://connect.integratn.tech",
        "OP_CONNECT_TOKEN=secret demo-onepassword-token/token",
        "OP_VAULT=secret demo-onepassword-token/vault",
        "OP_VAULT_NAME=homelab",
        "CLUSTER_NAME=demo",
        "KUBECONFIG_KEY=config",
        "OP_ITEM_NAME=vcluster-demo-kubeconfig",
        "BASE_DOMAIN=integratn.tech",
        "BASE_DOMAIN_SANITIZED=integratn-tech",
        "EXTERNAL_SERVER_URL=https://demo.integratn.tech:443",
        "ARGOCD_ENVIRONMENT=development");
  }

  static List<String> env(MapNode job) {
    ListNode env = (ListNode) at(job, "spec", "template", "spec", "containers", 0, "env");
    return env.items().toJavaStream().map(e -> {
      MapNode m = (MapNode) e;
      return text(m, "name") + "=" + (m.containsKey("value") ? text(m, "value")
          : "secret " + text(m, "valueFrom", "secretKeyRef", "name") + "/" + text(m, "valueFrom", "secretKeyRef", "key"));
    }).toList();
  }

  @Test
  void theJobRunsTheConstantScriptVerbatimAndTakesEveryValueFromItsEnvironment() {
    for (MapNode request : List.of(minimal(), full())) {
      MapNode job = documents(render(request)).get(2);
      assertThat(at(job, "spec", "template", "spec", "containers", 0, "command"))
          .isEqualTo(ListNode.of(Node.text("/bin/sh"), Node.text("-c"), Node.text(KubeconfigSyncScript.TEXT)));
    }
    // no request value reaches the script: the values are unusual enough never to occur in it by chance
    MapNode odd = with(with(with(minimal(), "name", "zq-odd-cluster-xy"),
        "externalServerURL", "https://zz-odd.example.qq:7443"), "baseDomain", "qzx.example");
    for (String value : List.of("zq-odd-cluster-xy", "zz-odd.example.qq", "qzx", "vc-demo")) {
      assertThat(KubeconfigSyncScript.TEXT).doesNotContain(value);
    }
    MapNode job = documents(render(odd)).get(2);
    assertThat(text(job, "spec", "template", "spec", "containers", 0, "command", 2)).isEqualTo(KubeconfigSyncScript.TEXT);
    assertThat(env(job)).contains("CLUSTER_NAME=zq-odd-cluster-xy", "OP_ITEM_NAME=vcluster-zq-odd-cluster-xy-kubeconfig",
        "EXTERNAL_SERVER_URL=https://zz-odd.example.qq:7443", "BASE_DOMAIN=qzx.example", "BASE_DOMAIN_SANITIZED=qzx-example");
  }

  @Test
  void theKubeconfigExternalSecret() {
    MapNode es = documents(render(full())).get(3);
    assertThat(at(es, "spec")).isEqualTo(MapNode.of("refreshInterval", Node.text("15m"))
        .with("secretStoreRef", MapNode.of("kind", Node.text("ClusterSecretStore")).with("name", "onepassword-store"))
        .with("target", MapNode.of("name", Node.text("vcluster-demo-kubeconfig"))
            .with("template", MapNode.of("engineVersion", Node.text("v2"))
                .with("data", MapNode.of("admin.conf", Node.text("{{ .kubeconfig }}\n")))))
        .with("dataFrom", ListNode.of(MapNode.of("extract", MapNode.of("key", Node.text("vcluster-demo-kubeconfig"))))));
  }

  @Test
  void theClusterExternalSecretMergesLabelsKeepingFirstPositions() {
    MapNode es = documents(render(full())).get(4);
    assertThat(text(es, "metadata", "namespace")).isEqualTo("argocd");
    assertThat(at(es, "spec")).isEqualTo(MapNode.of("refreshInterval", Node.text("1m"))
        .with("secretStoreRef", MapNode.of("kind", Node.text("ClusterSecretStore")).with("name", "onepassword-store"))
        .with("target", MapNode.of("name", Node.text("cluster-demo"))
            .with("template", MapNode.of("engineVersion", Node.text("v2"))
                .with("type", "Opaque")
                .with("metadata", MapNode.of("labels", MapNode.of("argocd.argoproj.io/secret-type", Node.text("cluster"))
                        .with("integratn.tech/cluster-name", "demo")
                        .with("integratn.tech/environment", "edge")
                        .with("team", "platform"))
                    .with("annotations", MapNode.of("owner", Node.text("platform <p@example.org>"))))
                .with("data", MapNode.of("name", Node.text("{{ index . \"argocd-name\" }}"))
                    .with("server", "{{ index . \"argocd-server\" }}")
                    .with("config", "{{ index . \"argocd-config\" }}"))))
        .with("dataFrom", ListNode.of(MapNode.of("extract", MapNode.of("key", Node.text("vcluster-demo-kubeconfig"))
            .with("conversionStrategy", "Default").with("decodingStrategy", "None")))));
    // the cluster labels and annotations go on the generated Secret only
    assertThat(keys(at(es, "metadata"))).containsExactly("name", "namespace", "labels");
    assertThat(keys(at(es, "metadata", "labels"))).doesNotContain("team", "argocd.argoproj.io/secret-type");
  }

  @Test
  void noAnnotationsWithoutClusterAnnotations() {
    MapNode es = documents(render(minimal())).get(4);
    assertThat(at(es, "spec", "target", "template", "metadata")).isEqualTo(MapNode.of("labels",
        MapNode.of("argocd.argoproj.io/secret-type", Node.text("cluster"))
            .with("integratn.tech/cluster-name", "demo")
            .with("integratn.tech/environment", "development")));
  }

  @Test
  void defaultsComeFromTheProfile() {
    Rendering<?> rendering = render(minimal(), OTHER);
    List<MapNode> docs = documents(rendering);
    // no vault property: no vault entry, no OP_VAULT
    assertThat(at(docs.get(0), "spec")).isEqualTo(MapNode.of("secretStoreRef",
            MapNode.of("kind", Node.text("SecretStore")).with("name", "vault-store"))
        .with("target", MapNode.of("name", Node.text("demo-onepassword-token")))
        .with("data", ListNode.of(MapNode.of("secretKey", Node.text("token")).with("remoteRef",
            MapNode.of("key", Node.text("connect-token")).with("property", "password")))));
    assertThat(env(docs.get(2))).containsExactly(
        "OP_CONNECT_HOST=https://op.example.org",
        "OP_CONNECT_TOKEN=secret demo-onepassword-token/token",
        "OP_VAULT_NAME=clusters",
        "CLUSTER_NAME=demo",
        "KUBECONFIG_KEY=config",
        "OP_ITEM_NAME=k8s-demo",
        "BASE_DOMAIN=example.org",
        "BASE_DOMAIN_SANITIZED=example-org",
        "EXTERNAL_SERVER_URL=https://demo.integratn.tech:443",
        "ARGOCD_ENVIRONMENT=development");
    assertThat(text(docs.get(2), "spec", "template", "spec", "containers", 0, "image"))
        .isEqualTo("registry.example.org/tools/k8s:1.31.0");
    assertThat(text(docs.get(3), "spec", "target", "name")).isEqualTo("demo-registered-kubeconfig");
    assertThat(text(docs.get(3), "spec", "dataFrom", 0, "extract", "key")).isEqualTo("k8s-demo");
    assertThat(text(docs.get(4), "metadata", "namespace")).isEqualTo("gitops");
    assertThat(keys(at(docs.get(4), "spec", "target", "template", "metadata", "labels")))
        .containsExactly("argocd.argoproj.io/secret-type", "example.org/cluster-name", "example.org/environment");
    assertThat(rendering.status().toNode().get("kubeconfigSecret").get()).isEqualTo(Node.text("demo-registered-kubeconfig"));
    assertThat(rendering.status().toNode().get("onePasswordItem").get()).isEqualTo(Node.text("k8s-demo"));
  }

  @Test
  void theJobsDeadlineIsTheProfilesSyncDeadlineAndNothingElseChanges() {
    PlatformProfile quick = ImmutablePlatformProfile.copyOf(PROFILE)
        .withRegistration(ImmutableRegistrationProfile.copyOf(PROFILE.registration()).withSyncDeadlineSeconds(45));
    List<MapNode> usual = documents(render(full()));
    List<MapNode> docs = documents(render(full(), quick));
    assertThat(at(docs.get(2), "spec", "activeDeadlineSeconds")).isEqualTo(Node.integer(45));
    assertThat(keys(at(docs.get(2), "spec"))).containsExactly("backoffLimit", "activeDeadlineSeconds", "template");
    MapNode usualJobSpec = (MapNode) at(usual.get(2), "spec");
    MapNode jobSpec = (MapNode) at(docs.get(2), "spec");
    assertThat(jobSpec.without("activeDeadlineSeconds")).isEqualTo(usualJobSpec.without("activeDeadlineSeconds"));
    for (int i : new int[] {0, 1, 3, 4}) {
      assertThat(docs.get(i)).isEqualTo(usual.get(i));
    }
  }

  @Test
  void anExplicitBaseDomainGivesTheSanitizedDefault() {
    MapNode job = documents(render(with(minimal(), "baseDomain", "a.b.example"))).get(2);
    assertThat(env(job)).contains("BASE_DOMAIN=a.b.example", "BASE_DOMAIN_SANITIZED=a-b-example");
  }

  @Test
  void thePromiseNameOfARenamedInstallationLabelsEverything() {
    var rendering = ArgoCDClusterRegistrationPromise.INSTANCE.configure(minimal(), Registrations.PROFILE, "acr-renamed").get();
    for (MapNode d : documents(rendering)) {
      assertThat(text(d, "metadata", "labels", "kratix.io/promise-name")).isEqualTo("acr-renamed");
    }
  }

  @Test
  void theOrderOfTheRequestsFieldsDoesNotChangeTheObjects() {
    // a request written with its spec fields in reverse order (YAML key order is the author's)
    MapNode request = full();
    MapNode spec = (MapNode) request.get("spec").get();
    MapNode reversed = request.with("spec", new MapNode(spec.entries().reverse()));
    assertThat(reversed).isNotEqualTo(request);
    assertThat(documents(render(reversed))).isEqualTo(documents(render(request)));
  }
}
