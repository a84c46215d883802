package tech.integratn.vcluster.adapters.fs.yaml;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.Writer;
import org.yaml.snakeyaml.DumperOptions;

/**
 * A YAML factory whose generator writes every string so that it reads back exactly. Jackson
 * writes any string with a line feed as a literal block, and SnakeYAML drops or folds the
 * Unicode line breaks (NEL, LS, PS) in block, plain and single-quoted scalars; such strings are
 * written double-quoted, where they are escaped.
 */
final class ExactStringYamlFactory extends YAMLFactory {

  private static final long serialVersionUID = 1L;

  ExactStringYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  @Override
  protected YAMLGenerator _createGenerator(Writer out, IOContext ctxt) throws IOException {
    return new ExactStringGenerator(ctxt, _generatorFeatures, _yamlGeneratorFeatures, _quotingChecker, out, _version);
  }

  /** The generator: double quotes for strings a block or plain scalar would change. */
  static final class ExactStringGenerator extends YAMLGenerator {

    ExactStringGenerator(IOContext ctxt, int jsonFeatures, int yamlFeatures,
        com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker checker, Writer out,
        DumperOptions.Version version) throws IOException {
      super(ctxt, jsonFeatures, yamlFeatures, checker, null, out, version);
    }

    @Override
    public void writeString(String text) throws IOException {
      if (text != null && PlainScalarSafety.hasUnicodeBreak(text)) {
        _verifyValueWrite("write String value");
        _writeScalar(text, "string", DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        return;
      }
      super.writeString(text);
    }
  }
}
