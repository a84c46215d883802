package tech.integratn.vcluster.domain.resource;

import io.vavr.control.Option;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.StringMap;

/** Name, namespace, labels and annotations of a rendered object. */
public record ObjectMeta(
    String name, Option<String> namespace, StringMap labels, StringMap annotations) {

  public static ObjectMeta of(String name, String namespace, StringMap labels) {
    return new ObjectMeta(name, Option.some(namespace), labels, StringMap.empty());
  }

  public static ObjectMeta clusterScoped(String name, StringMap labels) {
    return new ObjectMeta(name, Option.none(), labels, StringMap.empty());
  }

  public ObjectMeta withAnnotation(String key, String value) {
    return new ObjectMeta(name, namespace, labels, annotations.put(key, value));
  }

  public MapNode toNode() {
    MapNode node = MapNode.of("name", Node.text(name)).withSome("namespace", namespace.isDefined() ? Option.some(Node.text(namespace.get())) : Option.none());
    if (!labels.isEmpty()) {
      node = node.with("labels", MapNode.ofStrings(labels));
    }
    if (!annotations.isEmpty()) {
      node = node.with("annotations", MapNode.ofStrings(annotations));
    }
    return node;
  }
}
