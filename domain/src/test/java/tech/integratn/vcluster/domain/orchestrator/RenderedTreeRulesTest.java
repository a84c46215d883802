package tech.integratn.vcluster.domain.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.orchestrator.RenderedPaths.NameRule;
import tech.integratn.vcluster.domain.orchestrator.RenderedTreeRules.RenderedFile;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** The rules of a rendered tree and the table they read, on small hand-made trees. */
class RenderedTreeRulesTest {

  static MapNode labels(String resourceName) {
    return MapNode.of("app.kubernetes.io/managed-by", Node.text("kratix"))
        .with("kratix.io/promise-name", "vcluster-orchestrator-v2").with("kratix.io/resource-name", resourceName);
  }

  static MapNode object(String apiVersion, String kind, MapNode metadata) {
    return MapNode.of("apiVersion", Node.text(apiVersion)).with("kind", kind).with("metadata", metadata);
  }

  static Seq<String> check(RenderedFile... files) {
    return RenderedTreeRules.check(List.of(files).map(RenderedFile::path), List.of(files), false).map(Problems::render);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      SUBDOMAIN | a                    | true
      SUBDOMAIN | vc-demo.coredns      | true
      SUBDOMAIN | Demo                 | false
      SUBDOMAIN | -a                   | false
      SUBDOMAIN | a.                   | false
      SUBDOMAIN | a..b                 | false
      SUBDOMAIN | a_b                  | false
      LABEL     | platform-requests    | true
      LABEL     | Test_Bad             | false
      LABEL     | a.b                  | false
      JOB       | demo-etcd-certs-merge | true
      JOB       | a.b                  | true
      """)
  void namesFollowTheirKindsRule(NameRule rule, String name, boolean accepted) {
    assertThat(rule.accepts(name)).isEqualTo(accepted);
  }

  @Test
  void everyNamespacedObjectLivesInTheTreesNamespace() {
    RenderedFile namespace = new RenderedFile("resources/namespace.yaml",
        List.of(object("v1", "Namespace", MapNode.of("name", Node.text("vc-demo")).with("labels", labels("demo")))));
    RenderedFile configMap = new RenderedFile("resources/coredns-configmap.yaml", List.of(object("v1", "ConfigMap",
        MapNode.of("name", Node.text("vc-demo-coredns")).with("namespace", "other-ns").with("labels", labels("demo")))));
    assertThat(check(namespace, configMap)).contains("resources/coredns-configmap.yaml#0 metadata.namespace: must be "
        + "the vcluster's namespace vc-demo (the Namespace of resources/namespace.yaml) (got \"other-ns\")");
    RenderedFile inPlace = new RenderedFile("resources/coredns-configmap.yaml", List.of(object("v1", "ConfigMap",
        MapNode.of("name", Node.text("vc-demo-coredns")).with("namespace", "vc-demo").with("labels", labels("demo")))));
    assertThat(check(namespace, inPlace)).noneMatch(p -> p.contains("metadata.namespace"));
  }

  @Test
  void lengthsAreKubernetesLimits() {
    assertThat(NameRule.LABEL.accepts("a".repeat(63))).isTrue();
    assertThat(NameRule.LABEL.accepts("a".repeat(64))).isFalse();
    assertThat(NameRule.JOB.accepts("a".repeat(64))).isFalse();
    assertThat(NameRule.SUBDOMAIN.accepts("a".repeat(100) + "." + "b".repeat(152))).isTrue();
    assertThat(NameRule.SUBDOMAIN.accepts("a".repeat(254))).isFalse();
    assertThat(NameRule.SUBDOMAIN.accepts("")).isFalse();
  }

  @Test
  void theTableHasOneRowPerPathUnderResourcesAndEveryPipelineAlwaysWritesSomething() {
    assertThat(RenderedPaths.ROWS.map(RenderedPaths.Row::path).distinct()).hasSize(RenderedPaths.ROWS.size());
    assertThat(RenderedPaths.ROWS.map(RenderedPaths.Row::path)).allMatch(p -> p.startsWith("resources/") && p.endsWith(".yaml"));
    assertThat(RenderedPaths.alwaysWritten(RenderedPaths.ORCHESTRATOR)).containsExactly(VClusterResources.PROJECT_FILE,
        VClusterResources.APPLICATION_FILE, VClusterResources.REGISTRATION_FILE, VClusterResources.NAMESPACE_FILE,
        VClusterResources.COREDNS_FILE);
    for (String pipeline : List.of(RenderedPaths.PROJECT_PIPELINE, RenderedPaths.APPLICATION_PIPELINE,
        RenderedPaths.REGISTRATION_PIPELINE)) {
      assertThat(RenderedPaths.alwaysWritten(pipeline)).as(pipeline).isNotEmpty();
    }
  }

  @Test
  void eachDocumentIsAnObjectWithItsLabelsAsAMap() {
    RenderedFile file = new RenderedFile(VClusterResources.ETCD_FILE, List.of(
        Node.text("just text"),
        object("batch/v1", "Job", MapNode.of("name", Node.text("a".repeat(64))).with("namespace", Node.integer(5))
            .with("labels", Node.text("none"))),
        object("cert-manager.io/v1", "Issuer", MapNode.of("name", Node.integer(1)).with("labels",
            labels("demo").with("app.kubernetes.io/managed-by", "helm").with("kratix.io/promise-name", "")))));
    assertThat(check(file)).containsExactly(
        "resources/etcd-certificates.yaml#0: must be a Kubernetes object (a map) (got \"just text\")",
        "resources/etcd-certificates.yaml#1 metadata.name: " + NameRule.JOB.rule() + " (got \"" + "a".repeat(64) + "\")",
        "resources/etcd-certificates.yaml#1 metadata.namespace: " + NameRule.LABEL.rule() + " (got 5)",
        "resources/etcd-certificates.yaml#1 metadata.labels: must be a map of labels (got \"none\")",
        "resources/etcd-certificates.yaml#2 metadata.name: must be a string (got 1)",
        "resources/etcd-certificates.yaml#2 metadata.namespace: is required",
        "resources/etcd-certificates.yaml#2 metadata.labels.app.kubernetes.io/managed-by: must be kratix (got \"helm\")",
        "resources/etcd-certificates.yaml#2 metadata.labels.kratix.io/promise-name: must not be empty (got \"\")");
  }

  @Test
  void labelsAreKubernetesLabelsAndANamespaceIsInNone() {
    RenderedFile file = new RenderedFile(VClusterResources.NAMESPACE_FILE, List.of(object("v1", "Namespace",
        MapNode.of("name", Node.text("team-a")).with("namespace", "default").with("labels", labels("demo")
            .with("bad key!", "x").with("app.kubernetes.io/name", "has space").with("n", Node.integer(5))))));
    String value = "must be a Kubernetes label value (a string of at most 63 letters, digits, '-', '_', '.', starting and"
        + " ending with a letter or digit)";
    assertThat(check(file)).containsExactly(
        "resources/namespace.yaml#0 metadata.namespace: must be absent: a Namespace is not in a namespace (got \"default\")",
        "resources/namespace.yaml#0 metadata.labels: every key must be a Kubernetes label key (an optional DNS-1123"
            + " subdomain and '/', then at most 63 letters, digits, '-', '_', '.') (got \"bad key!\")",
        "resources/namespace.yaml#0 metadata.labels.app.kubernetes.io/name: " + value + " (got \"has space\")",
        "resources/namespace.yaml#0 metadata.labels.n: " + value + " (got 5)");
  }

  @Test
  void eachObjectIsInTheTreeOnce() {
    MapNode metadata = MapNode.of("name", Node.text("vc-demo-coredns")).with("namespace", "vcluster-demo")
        .with("labels", labels("demo"));
    RenderedFile file = new RenderedFile(VClusterResources.COREDNS_FILE, List.of(object("v1", "ConfigMap", metadata),
        object("v1", "ConfigMap", metadata.with("namespace", "other")), object("v1", "ConfigMap", metadata)));
    RenderedFile etcd = new RenderedFile(VClusterResources.ETCD_FILE, List.of(object("v1", "ServiceAccount", metadata)));
    assertThat(check(file, etcd)).containsExactly("resources/coredns-configmap.yaml#2 metadata.name: must name another"
        + " object than resources/coredns-configmap.yaml#0, which is the same ConfigMap in vcluster-demo: a tree holds each"
        + " object once (got \"vc-demo-coredns\")");
  }

  @Test
  void aKnownFileWithoutAnObjectAndMissingFilesAreProblems() {
    Seq<String> problems = RenderedTreeRules.check(List.of(VClusterResources.COREDNS_FILE),
        List.of(new RenderedFile(VClusterResources.COREDNS_FILE, List.empty())), true).map(Problems::render);
    assertThat(problems).containsExactly(
        "resources/argocd-project-request.yaml: is required", "resources/argocd-application-request.yaml: is required",
        "resources/argocd-cluster-registration-request.yaml: is required", "resources/namespace.yaml: is required",
        "resources/coredns-configmap.yaml: holds no object; the pipelines never write an empty file");
    assertThat(RenderedTreeRules.check(List.empty(), List.empty(), true)).hasSize(5);
  }

  @Test
  void subPromiseNamesOnSubRequestsAreAccepted() {
    MapNode subLabels = labels("demo").with("kratix.io/promise-name", "argocd-project")
        .with("platform.integratn.tech/parent-promise", "vcluster-orchestrator-v2");
    RenderedFile project = new RenderedFile(VClusterResources.PROJECT_FILE, List.of(object("platform.integratn.tech/v1alpha1",
        "ArgoCDProject", MapNode.of("name", Node.text("vcluster-demo")).with("namespace", "platform-requests")
            .with("labels", subLabels))));
    RenderedFile config = new RenderedFile(VClusterResources.COREDNS_FILE, List.of(object("v1", "ConfigMap",
        MapNode.of("name", Node.text("vc-demo-coredns")).with("namespace", "vcluster-demo").with("labels", labels("demo")))));
    assertThat(check(project, config)).isEmpty();
  }
}
