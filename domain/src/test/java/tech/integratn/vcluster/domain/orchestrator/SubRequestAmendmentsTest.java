package tech.integratn.vcluster.domain.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.Docs.minimal;
import static tech.integratn.vcluster.domain.Docs.with;

import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.Docs;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/** Section 4 as amended by section 9: the sub-requests' own labels, the application's labels, the export. */
class SubRequestAmendmentsTest {

  static MapNode own() {
    return with(minimal(), "spec.targetNamespace", "vc-demo");
  }

  @Test
  void eachSubRequestNamesThePromiseThatFulfilsItAndTheOrchestratorAsParent() {
    VClusterResources r = Docs.render(own()).resources();
    check(r.project(), "argocd-project");
    check(r.application(), "argocd-application");
    check(r.clusterRegistration(), "argocd-cluster-registration");
    // the labels inside the specs point back to the user's request
    assertThat(Paths.at(r.application().toNode(), "spec", "labels", "kratix.io/promise-name"))
        .contains(Node.text(Docs.PROMISE));
    assertThat(Paths.at(r.project().toNode(), "spec", "labels", "kratix.io/promise-name"))
        .contains(Node.text(Docs.PROMISE));
  }

  private static void check(KubernetesObject o, String promise) {
    assertThat(o.metadata().labels().keys()).containsExactly("app.kubernetes.io/managed-by", "kratix.io/promise-name",
        "kratix.io/resource-name", "platform.integratn.tech/parent-promise", "app.kubernetes.io/name");
    assertThat(o.metadata().labels().get("kratix.io/promise-name")).contains(promise);
    assertThat(o.metadata().labels().get("platform.integratn.tech/parent-promise")).contains(Docs.PROMISE);
    assertThat(o.metadata().labels().get("kratix.io/resource-name")).contains("demo");
  }

  @Test
  void theRegistrationReadsTheSecretTheExportNames() {
    assertThat(Docs.render(own()).resources().clusterRegistration().spec().kubeconfigSecret()).isEqualTo("vc-demo");
    MapNode named = with(own(), "spec.vcluster.exportKubeConfig.secret.name", "demo-admin");
    assertThat(Docs.render(named).resources().clusterRegistration().spec().kubeconfigSecret()).isEqualTo("demo-admin");
  }

  @Test
  void anExportTheRegistrationCannotUseIsRefused() {
    MapNode doc = with(with(with(own(), "spec.vcluster.exportKubeConfig.serviceAccount.name", "admin"),
        "spec.vcluster.exportKubeConfig.insecure", Node.bool(true)),
        "spec.vcluster.exportKubeConfig.secret.name", "vcluster-demo-kubeconfig");
    assertThat(Docs.problems(doc)).containsExactlyInAnyOrder(
        "spec.vcluster.exportKubeConfig.serviceAccount: is not supported: the cluster registration needs a client "
            + "certificate and a CA (got \"admin\")",
        "spec.vcluster.exportKubeConfig.insecure: must not be true: the cluster registration never registers an "
            + "unverified cluster (got true)",
        "spec.vcluster.exportKubeConfig.secret.name: must not be vcluster-demo-kubeconfig, the Secret the cluster "
            + "registration writes from 1Password (it would overwrite its own source) (got \"vcluster-demo-kubeconfig\")");
    assertThat(Docs.problems(with(own(), "spec.vcluster.exportKubeConfig.secret.name", "Bad_Name")))
        .singleElement().asString().startsWith("spec.vcluster.exportKubeConfig.secret.name: must be a DNS-1123 subdomain");
    assertThat(Docs.render(with(own(), "spec.vcluster.exportKubeConfig.insecure", Node.bool(false)))).isNotNull();
  }

  @Test
  void theChartsEmptyDefaultExportIsAcceptedAndAnOverriddenExportIsCheckedAndRead() {
    MapNode chartDefaults = with(with(with(own(), "spec.vcluster.exportKubeConfig.secret.name", ""),
        "spec.vcluster.exportKubeConfig.serviceAccount.name", ""), "spec.vcluster.exportKubeConfig.insecure", Node.bool(false));
    assertThat(Docs.render(chartDefaults).resources().clusterRegistration().spec().kubeconfigSecret()).isEqualTo("vc-demo");
    MapNode overridden = with(own(), "spec.vcluster.helmOverrides.exportKubeConfig.secret.name", "from-override");
    assertThat(Docs.render(overridden).resources().clusterRegistration().spec().kubeconfigSecret())
        .isEqualTo("from-override");
    assertThat(Docs.problems(with(own(), "spec.vcluster.helmOverrides.exportKubeConfig.insecure", Node.bool(true))))
        .containsExactly("spec.vcluster.helmOverrides.exportKubeConfig.insecure: must not be true: the cluster "
            + "registration never registers an unverified cluster (got true)");
  }
}
