package tech.integratn.vcluster.domain.argocdapplication;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.resource.ObjectMeta;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The rendered {@code argoproj.io/v1alpha1 Application} (spec 9.5): metadata with its finalizers,
 * then {@code spec} in the order project, destination, source, syncPolicy.
 *
 * @param metadata name, namespace, labels and annotations
 * @param finalizers {@code metadata.finalizers}, omitted when empty
 * @param project the Argo CD project
 * @param destination where it deploys
 * @param source what it deploys
 * @param syncPolicy the sync policy, as written
 */
public record Application(
    ObjectMeta metadata,
    Seq<String> finalizers,
    String project,
    ApplicationDestination destination,
    ApplicationSource source,
    Option<MapNode> syncPolicy) implements KubernetesObject {

  public static final String API_VERSION = "argoproj.io/v1alpha1";
  public static final String KIND = "Application";

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
    MapNode spec = MapNode.of("project", Node.text(project))
        .with("destination", destination.toNode())
        .with("source", source.toNode());
    if (syncPolicy.isDefined()) {
      spec = spec.with("syncPolicy", syncPolicy.get());
    }
    return MapNode.of("spec", spec);
  }

  /** The whole document; {@code metadata.finalizers} follows the annotations. */
  @Override
  public MapNode toNode() {
    MapNode meta = metadata.toNode();
    if (!finalizers.isEmpty()) {
      meta = meta.with("finalizers", ListNode.ofTexts(finalizers));
    }
    return MapNode.of("apiVersion", Node.text(API_VERSION))
        .with("kind", KIND)
        .with("metadata", meta)
        .withAll(body());
  }
}
