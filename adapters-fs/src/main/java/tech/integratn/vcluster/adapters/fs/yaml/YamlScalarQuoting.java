package tech.integratn.vcluster.adapters.fs.yaml;

import tech.integratn.vcluster.domain.diff.ScalarQuoting;

/**
 * The codec's own decision of which strings a YAML reader would not read back as strings when
 * written plain, for the texts of {@code diff} and {@code explain}: the same test
 * {@link YamlTreeWriter} applies before it double-quotes a value ({@link ScalarStyle#readsAsOther}).
 */
public final class YamlScalarQuoting implements ScalarQuoting {

  public static final YamlScalarQuoting INSTANCE = new YamlScalarQuoting();

  private YamlScalarQuoting() {}

  @Override
  public boolean readsAsOther(String text) {
    return ScalarStyle.readsAsOther(text);
  }
}
