package tech.integratn.vcluster.domain.conflicts;

import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/**
 * The request field a value comes from and what the field holds, as a conflict names it
 * ({@code spec.name media}; for a default, the field the default derives from).
 */
public record Origin(String field, String value) {

  /** The field a request's objects are named from: {@code spec.name}, else {@code metadata.name}. */
  public static Origin ofName(Node document) {
    String name = Paths.text(document, "spec", "name").getOrElse("");
    return name.isEmpty() ? new Origin("metadata.name", Paths.text(document, "metadata", "name").getOrElse(""))
        : new Origin("spec.name", name);
  }

  /** {@code field value}. */
  public String text() {
    return field + " " + value;
  }
}
