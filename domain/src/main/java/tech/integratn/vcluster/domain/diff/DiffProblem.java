package tech.integratn.vcluster.domain.diff;

/** Why two outputs cannot be compared; worded in {@link DiffTexts#problem}. */
public sealed interface DiffProblem permits DiffProblem.NotAnObject, DiffProblem.Duplicate {

  /** Which output a problem is in. */
  enum Side {
    PREVIOUS("previous output"),
    NEW("new output");

    private final String text;

    Side(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  /** A document without apiVersion, kind or metadata.name. */
  record NotAnObject(Side side, String source, String reason) implements DiffProblem {}

  /** Two documents of one output with the same key. */
  record Duplicate(Side side, ObjectKey key, String first, String second) implements DiffProblem {}
}
