package tech.integratn.vcluster.domain.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.orchestrator.RenderedTreeRulesTest.labels;
import static tech.integratn.vcluster.domain.orchestrator.RenderedTreeRulesTest.object;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.orchestrator.RenderedTreeRules.RenderedFile;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The tree-wide rules of {@link RenderedTreeRules}: which pipeline a mixed tree belongs to, where
 * the vcluster's objects live when the Namespace was renamed, which request owns the tree, shared
 * request namespaces and the sub-requests' namespace, each with its exact message.
 */
class RenderedTreeRulesEdgesTest {

  private static final String PLATFORM = "platform.integratn.tech/v1alpha1";

  private static Seq<String> check(boolean requireFiles, RenderedFile... files) {
    return RenderedTreeRules.check(List.of(files).map(RenderedFile::path), List.of(files), requireFiles)
        .map(Problems::render);
  }

  private static Seq<String> check(RenderedFile... files) {
    return check(false, files);
  }

  private static MapNode meta(String name, String namespace, String owner) {
    return MapNode.of("name", Node.text(name)).with("namespace", namespace).with("labels", labels(owner));
  }

  private static RenderedFile file(String path, Node... documents) {
    return new RenderedFile(path, List.of(documents));
  }

  private static RenderedFile namespaceFile(String name) {
    return file(VClusterResources.NAMESPACE_FILE, object("v1", "Namespace", MapNode.of("name", Node.text(name))
        .with("labels", labels("demo"))));
  }

  private static RenderedFile configMap(String name, String namespace) {
    return file(VClusterResources.COREDNS_FILE, object("v1", "ConfigMap", meta(name, namespace, "demo")));
  }

  private static Node serviceAccount(String name, String namespace) {
    return object("v1", "ServiceAccount", meta(name, namespace, "demo"));
  }

  @Test
  void isYamlKnowsBothExtensions() {
    assertThat(RenderedTreeRules.isYaml("a.yaml")).isTrue();
    assertThat(RenderedTreeRules.isYaml("a.yml")).isTrue();
    assertThat(RenderedTreeRules.isYaml("a.json")).isFalse();
    assertThat(RenderedTreeRules.isYaml("yaml")).isFalse();
  }

  @Test
  void aFileUnderResourcesNoPipelineWritesIsReportedAndOnlyItsSecretIsChecked() {
    RenderedFile odd = file("resources/extra.yaml", object("v1", "Secret", MapNode.of("name", Node.text("s"))),
        object("v1", "ConfigMap", MapNode.of("name", Node.text("Not A Name"))));
    RenderedFile outside = file("README.yaml", Node.text("anything"));
    assertThat(check(odd, outside)).containsExactly(
        "resources/extra.yaml: not a file the pipelines render (validate --rendered knows every file they write under"
            + " resources/; see the README)",
        "resources/extra.yaml#0 kind: must not be a Secret: the pipelines never render a Secret (got Secret)");
  }

  @Test
  void aSecretInAKnownFileIsOneProblemNotAlsoAWrongKind() {
    RenderedFile secret = file(VClusterResources.COREDNS_FILE,
        object("v1", "Secret", meta("vc-demo-coredns", "vc-demo", "demo")));
    assertThat(check(secret)).containsExactly("resources/coredns-configmap.yaml#0 kind: must not be a Secret: the"
        + " pipelines never render a Secret (got Secret)");
  }

  @Test
  void aWrongKindNamesTheKindsItsFileMayHold() {
    RenderedFile coredns = file(VClusterResources.COREDNS_FILE,
        MapNode.of("apiVersion", Node.text("v2")).with("metadata", meta("vc-demo-coredns", "vc-demo", "demo")));
    RenderedFile etcd = file(VClusterResources.ETCD_FILE,
        MapNode.of("kind", Node.text("Job")).with("metadata", meta("vc-demo-job", "vc-demo", "demo")));
    assertThat(check(coredns, etcd)).containsExactly(
        "resources/coredns-configmap.yaml#0: must be a v1 ConfigMap (got apiVersion \"v2\", kind (none))",
        "resources/etcd-certificates.yaml#0: must be one of v1 ServiceAccount, rbac.authorization.k8s.io/v1 Role,"
            + " rbac.authorization.k8s.io/v1 RoleBinding, cert-manager.io/v1 Issuer, cert-manager.io/v1 Certificate,"
            + " batch/v1 Job (got apiVersion (none), kind \"Job\")");
  }

  @Test
  void aNamespacedObjectWithoutANamespaceAndAMissingNameAreRequired() {
    RenderedFile coredns = file(VClusterResources.COREDNS_FILE, object("v1", "ConfigMap",
        MapNode.of("labels", labels("demo"))));
    assertThat(check(coredns)).containsExactly("resources/coredns-configmap.yaml#0 metadata.name: is required",
        "resources/coredns-configmap.yaml#0 metadata.namespace: is required");
  }

  @Test
  void theFewerFilesOfAMixedTreeAreTheOddOnesAndATieKeepsTheFirstPipeline() {
    RenderedFile project = file("resources/appproject.yaml", object("argoproj.io/v1alpha1", "AppProject",
        meta("demo", "argocd", "demo")));
    RenderedFile application = file("resources/application.yaml", object("argoproj.io/v1alpha1", "Application",
        meta("demo", "argocd", "demo")));
    RenderedFile coredns = configMap("vc-demo-coredns", "vc-demo");
    assertThat(check(project, coredns)).containsExactly("resources/coredns-configmap.yaml: is a file of"
        + " vcluster-orchestrator-v2, but the other files are of argocd-project; an output directory holds the files of"
        + " one pipeline run");
    assertThat(check(coredns, project)).containsExactly("resources/appproject.yaml: is a file of argocd-project, but the"
        + " other files are of vcluster-orchestrator-v2; an output directory holds the files of one pipeline run");
    assertThat(check(project, coredns, namespaceFile("vc-demo"))).containsExactly("resources/appproject.yaml: is a file"
        + " of argocd-project, but the other files are of vcluster-orchestrator-v2; an output directory holds the files"
        + " of one pipeline run", "resources/appproject.yaml#0 metadata.namespace: must be the vcluster's namespace"
        + " vc-demo (the Namespace of resources/namespace.yaml) (got \"argocd\")");
    assertThat(check(project, application, application)).containsExactly(
        "resources/appproject.yaml: is a file of argocd-project, but the other files are of argocd-application; an"
            + " output directory holds the files of one pipeline run",
        "resources/application.yaml#0 metadata.name: must name another object than resources/application.yaml#0, which"
            + " is the same Application in argocd: a tree holds each object once (got \"demo\")");
  }

  @Test
  void theFilesAlwaysWrittenAreThoseOfTheTreesPipeline() {
    RenderedFile project = file("resources/appproject.yaml", object("argoproj.io/v1alpha1", "AppProject",
        meta("demo", "argocd", "demo")));
    assertThat(check(true, project)).isEmpty();
    RenderedFile job = file("resources/kubeconfig-sync-job.yaml", object("batch/v1", "Job",
        meta("demo-sync", "argocd", "demo")));
    assertThat(check(true, job)).containsExactly("resources/kubeconfig-sync-rbac.yaml: is required",
        "resources/kubeconfig-external-secret.yaml: is required",
        "resources/argocd-cluster-external-secret.yaml: is required");
  }

  @Test
  void aRenamedNamespaceIsTheOddOneWhenTwoObjectsAgreeElsewhere() {
    RenderedFile etcd = file(VClusterResources.ETCD_FILE, serviceAccount("a", "vc-demo"), serviceAccount("b", "vc-demo"));
    assertThat(check(namespaceFile("vc-renamed"), etcd)).containsExactly("resources/namespace.yaml#0 metadata.name:"
        + " must be the namespace the vcluster's other objects are in, \"vc-demo\" (a renamed Namespace leaves them"
        + " behind) (got \"vc-renamed\")");
    RenderedFile coredns = configMap("c", "vc-demo");
    assertThat(check(namespaceFile("vc-renamed"), etcd, coredns)).containsExactly("resources/namespace.yaml#0"
        + " metadata.name: must be the namespace the vcluster's other objects are in, \"vc-demo\" (a renamed Namespace"
        + " leaves them behind) (got \"vc-renamed\")");
  }

  @Test
  void oneObjectElsewhereIsTheOddOneNotTheNamespace() {
    RenderedFile etcd = file(VClusterResources.ETCD_FILE, serviceAccount("a", "vc-demo"));
    assertThat(check(namespaceFile("vc-renamed"), etcd)).containsExactly("resources/etcd-certificates.yaml#0"
        + " metadata.namespace: must be the vcluster's namespace vc-renamed (the Namespace of resources/namespace.yaml)"
        + " (got \"vc-demo\")");
  }

  @Test
  void asManyObjectsInTheNamespaceAsElsewhereKeepTheNamespace() {
    RenderedFile etcd = file(VClusterResources.ETCD_FILE, serviceAccount("a", "vc-demo"), serviceAccount("b", "vc-demo"),
        serviceAccount("c", "vc-ns"), serviceAccount("d", "vc-ns"));
    String wrong = " metadata.namespace: must be the vcluster's namespace vc-ns (the Namespace of resources/namespace.yaml)"
        + " (got \"vc-demo\")";
    assertThat(check(namespaceFile("vc-ns"), etcd)).containsExactly("resources/etcd-certificates.yaml#0" + wrong,
        "resources/etcd-certificates.yaml#1" + wrong);
  }

  @Test
  void objectsOfUnknownFilesSubRequestsAndNamespacesDoNotMoveTheNamespace() {
    RenderedFile odd = file("resources/extra.yaml", serviceAccount("a", "vc-demo"), serviceAccount("b", "vc-demo"));
    assertThat(check(namespaceFile("vc-ns"), odd)).containsExactly("resources/extra.yaml: not a file the pipelines"
        + " render (validate --rendered knows every file they write under resources/; see the README)");
    RenderedFile project = file(VClusterResources.PROJECT_FILE, object(PLATFORM, "ArgoCDProject",
        meta("vcluster-demo", "vc-demo", "demo")), object(PLATFORM, "ArgoCDProject", meta("vcluster-other", "vc-demo", "demo")));
    assertThat(check(namespaceFile("vc-ns"), project)).isEmpty();
    RenderedFile namespaces = file(VClusterResources.NAMESPACE_FILE,
        object("v1", "Namespace", MapNode.of("name", Node.text("vc-ns")).with("labels", labels("demo"))),
        object("v1", "Namespace", meta("vc-x", "vc-demo", "demo")), object("v1", "Namespace", meta("vc-y", "vc-demo", "demo")));
    assertThat(check(namespaces)).containsExactly(
        "resources/namespace.yaml#1 metadata.namespace: must be absent: a Namespace is not in a namespace (got \"vc-demo\")",
        "resources/namespace.yaml#2 metadata.namespace: must be absent: a Namespace is not in a namespace (got \"vc-demo\")");
  }

  @Test
  void theHostNamespaceIsTheFirstV1NamespaceOfItsFile() {
    RenderedFile namespaces = file(VClusterResources.NAMESPACE_FILE,
        object("v1", "ConfigMap", meta("vc-x", "vc-a", "demo")),
        object("v2", "Namespace", MapNode.of("name", Node.text("vc-b")).with("labels", labels("demo"))),
        object("v1", "Namespace", MapNode.of("labels", labels("demo"))),
        object("v1", "Namespace", MapNode.of("name", Node.text("vc-c")).with("labels", labels("demo"))));
    RenderedFile etcd = file(VClusterResources.ETCD_FILE, serviceAccount("a", "vc-d"), serviceAccount("b", "vc-d"));
    assertThat(check(namespaces, etcd)).contains("resources/namespace.yaml#3 metadata.name: must be the namespace the"
        + " vcluster's other objects are in, \"vc-d\" (a renamed Namespace leaves them behind) (got \"vc-c\")");
  }

  @Test
  void theRequestMostObjectsNameOwnsTheTree() {
    RenderedFile etcd = file(VClusterResources.ETCD_FILE,
        object("v1", "ServiceAccount", MapNode.of("name", Node.text("a")).with("namespace", "vc-demo")
            .with("labels", labels(""))),
        serviceAccount("b", "vc-demo"), object("v1", "ServiceAccount", meta("c", "vc-demo", "other")),
        serviceAccount("d", "vc-demo"));
    assertThat(check(etcd)).containsExactly(
        "resources/etcd-certificates.yaml#0 metadata.labels.kratix.io/resource-name: must not be empty (got \"\")",
        "resources/etcd-certificates.yaml#2 metadata.labels.kratix.io/resource-name: must name the request every other"
            + " object names, \"demo\" as in resources/etcd-certificates.yaml#1: a tree holds the files of one request"
            + " (got \"other\")");
  }

  @Test
  void aTieOfOwnersKeepsTheFirstSeenAndUnknownFilesDoNotVote() {
    RenderedFile odd = file("resources/extra.yaml", object("v1", "ServiceAccount", meta("x", "vc-demo", "other")),
        object("v1", "ServiceAccount", meta("y", "vc-demo", "other")));
    RenderedFile etcd = file(VClusterResources.ETCD_FILE, object("v1", "ServiceAccount", meta("c", "vc-demo", "other")),
        serviceAccount("d", "vc-demo"));
    assertThat(check(odd, etcd)).containsExactly("resources/extra.yaml: not a file the pipelines render (validate"
            + " --rendered knows every file they write under resources/; see the README)",
        "resources/etcd-certificates.yaml#1 metadata.labels.kratix.io/resource-name: must name the request every other"
            + " object names, \"other\" as in resources/etcd-certificates.yaml#0: a tree holds the files of one request"
            + " (got \"demo\")");
  }

  @Test
  void theBaseLabelsAreRequiredAndAResourceNameThatIsNoTextIsALabelValueProblemOnly() {
    RenderedFile etcd = file(VClusterResources.ETCD_FILE,
        object("v1", "ServiceAccount", MapNode.of("name", Node.text("a")).with("namespace", "vc-demo")),
        object("v1", "ServiceAccount", MapNode.of("name", Node.text("b")).with("namespace", "vc-demo")
            .with("labels", labels("demo").with("kratix.io/resource-name", Node.integer(7)))));
    assertThat(check(etcd)).containsExactly(
        "resources/etcd-certificates.yaml#0 metadata.labels.app.kubernetes.io/managed-by: is required",
        "resources/etcd-certificates.yaml#0 metadata.labels.kratix.io/promise-name: is required",
        "resources/etcd-certificates.yaml#0 metadata.labels.kratix.io/resource-name: is required",
        "resources/etcd-certificates.yaml#1 metadata.labels.kratix.io/resource-name: must be a Kubernetes label value (a"
            + " string of at most 63 letters, digits, '-', '_', '.', starting and ending with a letter or digit) (got 7)");
  }

  private static MapNode sharedNamespace(String name, String argocd, String flux) {
    MapNode labels = labels("demo").without("kratix.io/resource-name");
    return object("v1", "Namespace", MapNode.of("name", Node.text(name)).with("labels", labels)
        .with("annotations", MapNode.of(RenderedTreeRules.ARGOCD_SYNC_OPTIONS, Node.text(argocd))
            .with(RenderedTreeRules.FLUX_PRUNE, flux)));
  }

  private static RenderedFile projectRequest(String namespace) {
    MapNode subLabels = labels("demo").with("kratix.io/promise-name", "argocd-project");
    return file(VClusterResources.PROJECT_FILE, object(PLATFORM, "ArgoCDProject",
        MapNode.of("name", Node.text("vcluster-demo")).with("namespace", namespace).with("labels", subLabels)));
  }

  @Test
  void aSharedRequestNamespaceHasBothNoPruneAnnotationsAndTheRequestsNamespaceName() {
    String required = "resources/namespace.yaml#0 metadata.labels.kratix.io/resource-name: is required, except on a"
        + " shared request namespace, which has the annotations argocd.argoproj.io/sync-options: Prune=false and"
        + " kustomize.toolkit.fluxcd.io/prune: disabled instead (got neither the label nor both annotations)";
    assertThat(check(file(VClusterResources.NAMESPACE_FILE, sharedNamespace("team-a", "Prune=false", "disabled"))))
        .isEmpty();
    assertThat(check(file(VClusterResources.NAMESPACE_FILE, sharedNamespace("team-a", "Prune=true", "disabled"))))
        .containsExactly(required);
    assertThat(check(file(VClusterResources.NAMESPACE_FILE, sharedNamespace("team-a", "Prune=false", "enabled"))))
        .containsExactly(required);
    assertThat(check(projectRequest("team-a"), file(VClusterResources.NAMESPACE_FILE,
        sharedNamespace("team-a", "Prune=false", "disabled")))).isEmpty();
    assertThat(check(projectRequest("team-a"), file(VClusterResources.NAMESPACE_FILE,
        sharedNamespace("team-b", "Prune=false", "disabled")))).containsExactly("resources/namespace.yaml#0"
            + " metadata.name: must be the request's namespace, \"team-a\", for a Namespace without"
            + " kratix.io/resource-name (a shared request namespace) (got \"team-b\")");
  }

  @Test
  void everySubRequestIsInTheFirstSubRequestsNamespace() {
    MapNode appLabels = labels("demo").with("kratix.io/promise-name", "argocd-application");
    RenderedFile application = file(VClusterResources.APPLICATION_FILE, object(PLATFORM, "ArgoCDApplication",
        MapNode.of("name", Node.text("vcluster-demo")).with("namespace", "team-b").with("labels", appLabels)),
        object(PLATFORM, "ArgoCDApplication", MapNode.of("name", Node.text("vcluster-demo-2")).with("namespace", "team-a")
            .with("labels", appLabels)));
    assertThat(check(projectRequest("team-a"), application)).containsExactly("resources/argocd-application-request.yaml#0"
        + " metadata.namespace: must be the request's namespace, \"team-a\" as in resources/argocd-project-request.yaml#0:"
        + " every sub-request of one request is in its namespace (got \"team-b\")");
  }

  @Test
  void objectsOfOneKindAndNameInOtherGroupsOrNamespacesAreDifferentObjects() {
    RenderedFile etcd = file(VClusterResources.ETCD_FILE, serviceAccount("a", "vc-demo"),
        object("example.io/v1", "ServiceAccount", meta("a", "vc-demo", "demo")));
    assertThat(check(etcd)).containsExactly("resources/etcd-certificates.yaml#1: must be one of v1 ServiceAccount,"
        + " rbac.authorization.k8s.io/v1 Role, rbac.authorization.k8s.io/v1 RoleBinding, cert-manager.io/v1 Issuer,"
        + " cert-manager.io/v1 Certificate, batch/v1 Job (got apiVersion \"example.io/v1\", kind \"ServiceAccount\")");
    RenderedFile twice = file(VClusterResources.NAMESPACE_FILE,
        object("v1", "Namespace", MapNode.of("name", Node.text("vc-demo")).with("labels", labels("demo"))),
        object("v1", "Namespace", MapNode.of("name", Node.text("vc-demo")).with("labels", labels("demo"))),
        MapNode.of("apiVersion", Node.text("v1")).with("metadata", MapNode.of("name", Node.text("vc-demo"))
            .with("labels", labels("demo"))));
    assertThat(check(twice)).containsExactly("resources/namespace.yaml#1 metadata.name: must name another object than"
            + " resources/namespace.yaml#0, which is the same Namespace: a tree holds each object once (got \"vc-demo\")",
        "resources/namespace.yaml#2: must be a v1 Namespace (got apiVersion \"v1\", kind (none))");
  }

  @Test
  void anApplicationsSyncPolicyKeepsArgoCdsShape() {
    RenderedFile application = file("resources/application.yaml", object("argoproj.io/v1alpha1", "Application",
        meta("demo", "argocd", "demo")).with("spec", MapNode.of("syncPolicy", MapNode.of("selfheal", Node.bool(true)))));
    assertThat(check(application)).hasSize(1).first().asString()
        .startsWith("resources/application.yaml#0 spec.syncPolicy.selfheal: ");
    MapNode appLabels = labels("demo").with("kratix.io/promise-name", "argocd-application");
    RenderedFile request = file(VClusterResources.APPLICATION_FILE, object(PLATFORM, "ArgoCDApplication",
        MapNode.of("name", Node.text("vcluster-demo")).with("namespace", "team-a").with("labels", appLabels))
        .with("spec", MapNode.of("syncPolicy", MapNode.of("selfheal", Node.bool(true)))));
    assertThat(check(request)).hasSize(1).first().asString()
        .startsWith("resources/argocd-application-request.yaml#0 spec.syncPolicy.selfheal: ");
    RenderedFile project = file("resources/appproject.yaml", object("argoproj.io/v1alpha1", "AppProject",
        meta("demo", "argocd", "demo")).with("spec", MapNode.of("syncPolicy", MapNode.of("selfheal", Node.bool(true)))));
    assertThat(check(project)).isEmpty();
  }
}
