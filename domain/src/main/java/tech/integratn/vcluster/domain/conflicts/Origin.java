package tech.integratn.vcluster.domain.conflicts;

/**
 * The request field a value comes from and what the field holds, as a conflict names it
 * ({@code spec.name media}; for a default, the field the default derives from).
 */
public record Origin(String field, String value) {

  /** {@code field value}. */
  public String text() {
    return field + " " + value;
  }
}
