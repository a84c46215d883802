package tech.integratn.vcluster.domain.diff;

/**
 * The seam through which the text of a diff or an explanation learns which strings a YAML reader
 * would not read back as strings when written plain ({@code yes}, {@code on}, {@code 0x10},
 * {@code ~}...): the YAML codec decides (it writes the renderings), the domain only asks, and
 * quotes such a string ({@link DiffTexts#value(tech.integratn.vcluster.domain.tree.Node, ScalarQuoting)}).
 */
public interface ScalarQuoting {

  /** Whether {@code text}, written without quotes, would read back as something other than this string. */
  boolean readsAsOther(String text);
}
