package tech.integratn.vcluster.domain.resource;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** Name, namespace, labels and annotations of a rendered object. */
public record ObjectMeta(
    String name, Option<String> namespace, Map<String, String> labels, Map<String, String> annotations) {

  public static ObjectMeta of(String name, String namespace, Map<String, String> labels) {
    return new ObjectMeta(name, Option.some(namespace), labels, LinkedHashMap.empty());
  }

  public static ObjectMeta clusterScoped(String name, Map<String, String> labels) {
    return new ObjectMeta(name, Option.none(), labels, LinkedHashMap.empty());
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
