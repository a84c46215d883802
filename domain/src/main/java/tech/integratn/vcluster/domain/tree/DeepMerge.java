package tech.integratn.vcluster.domain.tree;

import io.vavr.Tuple2;
import io.vavr.control.Option;

/**
 * The deep merge of the contract: maps merge recursively key by key, anything else (lists,
 * scalars, a map over a scalar) is replaced by the overriding value. Keys of the base keep their
 * position; keys only in the override are appended in its order.
 */
public final class DeepMerge {

  private DeepMerge() {}

  public static Node merge(Node base, Node override) {
    if (base instanceof MapNode b && override instanceof MapNode o) {
      return mergeMaps(b, o);
    }
    return override;
  }

  public static MapNode mergeMaps(MapNode base, MapNode override) {
    MapNode result = base;
    for (Tuple2<String, Node> e : override.entries()) {
      Option<Node> b = base.get(e._1);
      Node merged = b.isDefined() ? merge(b.get(), e._2) : e._2;
      result = result.with(e._1, merged);
    }
    return result;
  }
}
