package tech.integratn.vcluster.domain.clusterregistration;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.clusterregistration.Registrations.PROFILE;
import static tech.integratn.vcluster.domain.clusterregistration.Registrations.PROMISE;
import static tech.integratn.vcluster.domain.clusterregistration.Registrations.minimal;
import static tech.integratn.vcluster.domain.clusterregistration.Registrations.render;
import static tech.integratn.vcluster.domain.clusterregistration.Registrations.with;
import static tech.integratn.vcluster.domain.clusterregistration.Registrations.without;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.Deletion;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** The status of configure, delete and a refused request; delete never refuses. */
class ClusterRegistrationStatusTest {

  @Test
  void configuredNamesEverySecretAndTheItem() {
    assertThat(render(minimal()).status().toNode()).isEqualTo(MapNode.of("phase", Node.text("Configured"))
        .with("message", "Cluster demo registration resources configured")
        .with("clusterName", "demo")
        .with("targetNamespace", "vc-demo-ns")
        .with("externalServerURL", "https://demo.integratn.tech:443")
        .with("environment", "development")
        .with("onePasswordItem", "vcluster-demo-kubeconfig")
        .with("kubeconfigSecret", "vcluster-demo-kubeconfig")
        .with("sourceSecret", "vc-demo")
        .with("clusterSecret", "cluster-demo"));
    assertThat(render(with(minimal(), "name", "edge")).status().toNode().get("onePasswordItem").get())
        .isEqualTo(Node.text("vcluster-edge-kubeconfig"));
  }

  @Test
  void deleteListsTheFiveObjectsOfConfigure() {
    Deletion deletion = ArgoCDClusterRegistrationPromise.INSTANCE.delete(minimal(), PROFILE, PROMISE);
    assertThat(deletion.files()).isEqualTo(render(minimal()).files());
    assertThat(deletion.files().flatMap(OutputFile::objects)).hasSize(5);
    assertThat(deletion.notListed()).isEmpty();
    assertThat(deletion.status().toNode()).isEqualTo(MapNode.of("phase", Node.text("Deleting"))
        .with("message", "Cluster demo registration resources scheduled for deletion")
        .with("clusterName", "demo"));
  }

  @Test
  void deleteOfAnInvalidRequestSaysWhatItCannotList() {
    MapNode invalid = with(without(minimal(), "externalServerURL"), "kubeconfigKey", "..");
    Deletion deletion = ArgoCDClusterRegistrationPromise.INSTANCE.delete(invalid, PROFILE, PROMISE);
    assertThat(deletion.files()).isEmpty();
    assertThat(deletion.notListed().map(tech.integratn.vcluster.domain.contract.Problems::render)).containsExactly(
        "spec.kubeconfigKey: must be a Secret key (letters, digits, '-', '_' and '.'; not '.' and not starting with '..')"
            + " (got \"..\")",
        "spec.externalServerURL: is required");
    assertThat(deletion.status().phase()).isEqualTo("Deleting");
    assertThat(deletion.status().toNode().get("clusterName").get()).isEqualTo(Node.text("demo"));
  }

  @Test
  void deleteOfADocumentWithoutAUsableSpec() {
    Deletion noSpec = ArgoCDClusterRegistrationPromise.INSTANCE.delete(minimal().without("spec"), PROFILE, PROMISE);
    assertThat(noSpec.files()).isEmpty();
    assertThat(noSpec.notListed().map(tech.integratn.vcluster.domain.contract.Problems::render)).containsExactly("spec: is required");
    // named by metadata.name when spec.name cannot name it
    assertThat(noSpec.status().message()).isEqualTo("Cluster demo-cluster-registration registration resources scheduled for deletion");
    Deletion notAMap = ArgoCDClusterRegistrationPromise.INSTANCE.delete(ListNode.of(), PROFILE, PROMISE);
    assertThat(notAMap.status().phase()).isEqualTo("Deleting");
    Deletion badName = ArgoCDClusterRegistrationPromise.INSTANCE.delete(
        with(minimal(), "name", Node.integer(5)), PROFILE, PROMISE);
    assertThat(badName.status().toNode().get("clusterName").get()).isEqualTo(Node.text("demo-cluster-registration"));
  }

  @Test
  void invalidCarriesTheProblemsInAConditionLikeTheOrchestrator() {
    MapNode status = ArgoCDClusterRegistrationPromise.INSTANCE
        .invalid(Option.some("demo"), List.of("spec.name: a", "spec.kubeconfigSecret: b")).toNode();
    String message = "Request is invalid: spec.name: a; spec.kubeconfigSecret: b";
    assertThat(status).isEqualTo(MapNode.of("phase", Node.text("Invalid"))
        .with("message", message)
        .with("clusterName", "demo")
        .with("conditions", ListNode.of(MapNode.of("type", Node.text("RequestValid"))
            .with("status", "False").with("reason", "ValidationFailed").with("message", message))));
    assertThat(ArgoCDClusterRegistrationPromise.INSTANCE.invalid(Option.none(), List.of("x")).toNode().keys())
        .containsExactly("phase", "message", "conditions");
  }
}
