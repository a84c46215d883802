package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.collection.Seq;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.RequestWarning;
import tech.integratn.vcluster.domain.orchestrator.VClusterOrchestratorV2Status;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** The result of a configure render: the plan, the typed objects, the status and any warnings. */
public record Rendering(
    ClusterPlan plan, VClusterResources resources, VClusterOrchestratorV2Status status, Seq<RequestWarning> warnings) {

  public Seq<OutputFile> files() {
    return resources.files();
  }

  static Rendering of(ClusterPlan plan, VClusterResources resources, Seq<RequestWarning> warnings) {
    MapNode body = MapNode.of("resourceRequestsGenerated", Node.integer(resources.resourceRequests()))
        .with("directResourcesGenerated", Node.integer(resources.directResources()))
        .with("vclusterName", plan.name())
        .with("targetNamespace", plan.targetNamespace())
        .with("hostname", plan.hostname())
        .with("environment", plan.environment())
        .with("endpoints", MapNode.of("api", Node.text(plan.externalServerUrl()))
            .with("argocd", plan.argocdApplicationUrl()))
        .with("credentials", MapNode.of("kubeconfigSecret", Node.text(plan.kubeconfigSecret()))
            .with("onePasswordItem", plan.onePasswordItem()));
    VClusterOrchestratorV2Status status =
        new VClusterOrchestratorV2Status("Scheduled", "VCluster resources scheduled for creation", body);
    return new Rendering(plan, resources, status, warnings);
  }
}
