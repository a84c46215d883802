package tech.integratn.vcluster.domain.contract;

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

  /** {@code path.key}, or {@code path["key"]} (escaped) for a key that is not a plain word. */
  public static String shown(String path, String key) {
    return isWord(key) ? path + "." + key : path + "[" + Node.quote(key) + "]";
  }

  /** {@code [A-Za-z0-9_-]+}. */
  private static boolean isWord(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }
}
