package tech.integratn.vcluster.domain.request;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * One field of the request contract: its path below the object root, type, rules, the default
 * the CRD publishes (if a static one exists) and its description.
 *
 * @param path dotted path from the object root, e.g. {@code spec.exposure.apiPort}
 * @param type the value's type
 * @param constraints the rules of the value
 * @param required whether the field must be present
 * @param crdDefault the default the CRD schema publishes, if it is static
 * @param description one sentence for the CRD schema and the README
 */
public record RequestField(
    String path,
    FieldType type,
    Seq<Constraint> constraints,
    boolean required,
    Option<Node> crdDefault,
    String description) {

  /** The path split into keys. */
  public List<String> keys() {
    return List.of(path.split("\\."));
  }

  /** The last key of the path. */
  public String key() {
    return keys().last();
  }
}
