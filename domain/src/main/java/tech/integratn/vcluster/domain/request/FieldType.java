package tech.integratn.vcluster.domain.request;

/** The type of a request field, as the CRD schema and the decoder see it. */
public enum FieldType {
  STRING("a string"),
  INTEGER("an integer"),
  BOOLEAN("a boolean"),
  /** A Kubernetes quantity: an integer, a number or a string such as {@code 500m}. */
  QUANTITY("a Kubernetes quantity (integer or string)"),
  /** A map of string keys to string values. */
  STRING_MAP("a map of strings"),
  /** A free-form object, passed on as written. */
  OBJECT("a map"),
  /** A list of objects whose fields are described by child fields. */
  OBJECT_LIST("a list");

  private final String expected;

  FieldType(String expected) {
    this.expected = expected;
  }

  /** How the type reads in a message: {@code must be <expected>}. */
  public String expected() {
    return expected;
  }
}
