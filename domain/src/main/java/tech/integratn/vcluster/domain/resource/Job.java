package tech.integratn.vcluster.domain.resource;

import io.vavr.collection.Seq;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * A {@code batch/v1 Job} running one hardened container under a service account.
 *
 * @param metadata the job's metadata
 * @param podLabels labels of the pod template
 * @param serviceAccountName the pod's service account
 * @param containerName the container's name
 * @param image the container image
 * @param command the container command
 * @param backoffLimit retries before the job fails
 */
public record Job(
    ObjectMeta metadata,
    StringMap podLabels,
    String serviceAccountName,
    String containerName,
    String image,
    Seq<String> command,
    int backoffLimit)
    implements KubernetesObject {

  @Override
  public String apiVersion() {
    return "batch/v1";
  }

  @Override
  public String kind() {
    return "Job";
  }

  @Override
  public MapNode body() {
    MapNode container = MapNode.of("name", Node.text(containerName))
        .with("image", image)
        .with("command", ListNode.ofTexts(command))
        .with("env", ListNode.of(MapNode.of("name", Node.text("HOME")).with("value", "/tmp")))
        .with("securityContext", MapNode.of("allowPrivilegeEscalation", Node.bool(false))
            .with("capabilities", MapNode.of("drop", ListNode.of(Node.text("ALL"))))
            .with("runAsNonRoot", Node.bool(true))
            .with("runAsUser", Node.integer(65532))
            .with("seccompProfile", MapNode.of("type", Node.text("RuntimeDefault"))));
    MapNode podSpec = MapNode.of("serviceAccountName", Node.text(serviceAccountName))
        .with("restartPolicy", "OnFailure")
        .with("containers", ListNode.of(container));
    return MapNode.of(
        "spec",
        MapNode.of("backoffLimit", Node.integer(backoffLimit))
            .with("template", MapNode.of("metadata", MapNode.of("labels", MapNode.ofStrings(podLabels)))
                .with("spec", podSpec)));
  }
}
