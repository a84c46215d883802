package tech.integratn.vcluster.adapters.fs.yaml;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import io.vavr.Tuple2;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.yaml.snakeyaml.DumperOptions;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The writer the project used before {@link YamlTreeWriter} had its own emitter, kept as a test
 * oracle: Jackson's YAML generator (minimised quotes, literal blocks, sequences indented under their
 * key, no line splitting) with the same quoting rule for ambiguous strings, and double quotes for
 * text with Unicode line breaks.
 */
final class JacksonYamlOracle {

  private static final YAMLFactory FACTORY = new Factory();

  private JacksonYamlOracle() {}

  static String write(Iterable<? extends Node> documents) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      for (Node document : documents) {
        value(generator, document);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String write(Node document) {
    return write(java.util.List.of(document));
  }

  private static void value(JsonGenerator g, Node node) throws IOException {
    if (node instanceof MapNode map) {
      g.writeStartObject();
      for (Tuple2<String, Node> e : map.entries()) {
        g.writeFieldName(e._1);
        value(g, e._2);
      }
      g.writeEndObject();
    } else if (node instanceof ListNode list) {
      g.writeStartArray();
      for (Node item : list.items()) {
        value(g, item);
      }
      g.writeEndArray();
    } else if (node instanceof Node.Text t) {
      g.writeString(t.value());
    } else if (node instanceof Node.Int i) {
      g.writeNumber(i.value());
    } else if (node instanceof Node.Decimal d) {
      g.writeNumber(d.value());
    } else if (node instanceof Node.Bool b) {
      g.writeBoolean(b.value());
    } else {
      g.writeNull();
    }
  }

  /** Jackson's quoting rule plus ours for numbers, dates and keywords in any YAML version. */
  static final class Checker extends StringQuotingChecker {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteName(String name) {
      return isReservedKeyword(name) || nameHasQuotableChar(name) || PlainScalarSafety.ambiguous(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
      return isReservedKeyword(value) || valueHasQuotableChar(value) || PlainScalarSafety.ambiguous(value);
    }
  }

  private static final class Factory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    Factory() {
      super(YAMLFactory.builder()
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .disable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .enable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .disable(YAMLGenerator.Feature.SPLIT_LINES)
          .disable(YAMLGenerator.Feature.USE_PLATFORM_LINE_BREAKS)
          .stringQuotingChecker(new Checker()));
    }

    @Override
    protected YAMLGenerator _createGenerator(Writer out, IOContext ctxt) throws IOException {
      return new Generator(ctxt, _generatorFeatures, _yamlGeneratorFeatures, _quotingChecker, out, _version);
    }
  }

  /** Double quotes for strings a block or plain scalar would change (SnakeYAML folds NEL, LS, PS). */
  private static final class Generator extends YAMLGenerator {
    Generator(IOContext ctxt, int jsonFeatures, int yamlFeatures, StringQuotingChecker checker, Writer out,
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
