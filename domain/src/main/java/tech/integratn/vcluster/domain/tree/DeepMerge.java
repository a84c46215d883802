package tech.integratn.vcluster.domain.tree;

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

  /** Linear in the sizes of both maps. */
  public static MapNode mergeMaps(MapNode base, MapNode override) {
    return base.overlaid(override, true);
  }
}
