package tech.integratn.vcluster.domain.conflicts;

import io.vavr.control.Option;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/**
 * The request field a value comes from and what the field holds, as a conflict names it
 * ({@code spec.name media}; for a default, the field the default derives from).
 */
public record Origin(String field, String value) {

  /** The field a request's objects are named from: {@code spec.name}, else {@code metadata.name}. */
  public static Origin ofName(Node document) {
    String name = text(document, "spec", "name");
    return name.isEmpty() ? new Origin("metadata.name", text(document, "metadata", "name")) : new Origin("spec.name", name);
  }

  /** The string at {@code keys} of {@code root}, or {@code ""}. */
  private static String text(Node root, String... keys) {
    Option<Node> value = Paths.at(root, keys);
    return value.isDefined() && value.get() instanceof Node.Text t ? t.value() : "";
  }

  /** {@code field value}. */
  public String text() {
    return field + " " + value;
  }
}
