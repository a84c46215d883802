package tech.integratn.vcluster.domain.argocdproject;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.resource.ObjectMeta;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * An {@code argoproj.io/v1alpha1 AppProject} (Argo CD 3.5). {@code spec} keys in the order of spec
 * 9.4: description (when given), sourceRepos, destinations, then the whitelists (when not empty).
 *
 * @param metadata name, namespace, labels and annotations
 * @param description the project's description, if any
 * @param sourceRepos repositories the project may deploy from
 * @param destinations where it may deploy to
 * @param clusterResourceWhitelist cluster-scoped kinds it may deploy; empty: omitted
 * @param namespaceResourceWhitelist namespaced kinds it may deploy; empty: omitted
 */
public record AppProject(
    ObjectMeta metadata,
    Option<String> description,
    Seq<String> sourceRepos,
    Seq<ProjectDestination> destinations,
    Seq<ProjectResource> clusterResourceWhitelist,
    Seq<ProjectResource> namespaceResourceWhitelist) implements KubernetesObject {

  public static final String API_VERSION = "argoproj.io/v1alpha1";
  public static final String KIND = "AppProject";

  @Override
  public String apiVersion() {
    return API_VERSION;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public MapNode body() {
    MapNode spec = MapNode.empty()
        .withSome("description", description.map(text -> Node.text(text)))
        .with("sourceRepos", ListNode.ofTexts(sourceRepos))
        .with("destinations", new ListNode(io.vavr.collection.Vector.<Node>ofAll(destinations.map(d -> d.toNode()))));
    if (!clusterResourceWhitelist.isEmpty()) {
      spec = spec.with("clusterResourceWhitelist", resources(clusterResourceWhitelist));
    }
    if (!namespaceResourceWhitelist.isEmpty()) {
      spec = spec.with("namespaceResourceWhitelist", resources(namespaceResourceWhitelist));
    }
    return MapNode.of("spec", spec);
  }

  private static ListNode resources(Seq<ProjectResource> resources) {
    return new ListNode(io.vavr.collection.Vector.<Node>ofAll(resources.map(r -> r.toNode())));
  }
}
