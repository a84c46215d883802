package tech.integratn.vcluster.adapters.fs.yaml;

import tech.integratn.vcluster.domain.tree.Node;

/** Test access to the reader's resolution of an untagged plain scalar (go-yaml v2's). */
public final class GoScalars {

  private GoScalars() {}

  public static Node plain(String text) {
    return text.isEmpty() ? Node.text(text) : YamlScalars.plain(text);
  }
}
