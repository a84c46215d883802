package tech.integratn.vcluster.adapters.fs.yaml;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.vavr.Tuple2;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Writes {@link Node} trees as YAML with Jackson's streaming generator: keys in tree order, no
 * timestamps, multi-line strings as literal blocks, every document opened with {@code ---}, and
 * strings quoted wherever a YAML 1.1 or 1.2 reader could take them for another type. The same
 * tree always gives the same bytes. The factory is thread-safe and shared by every writer of the
 * process (building it is a measurable part of a pipeline run's cold start).
 */
public final class YamlTreeWriter {

  private static final YAMLFactory FACTORY = new ExactStringYamlFactory(YAMLFactory.builder()
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .disable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .enable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .disable(YAMLGenerator.Feature.USE_PLATFORM_LINE_BREAKS)
      .stringQuotingChecker(new PlainScalarSafety()));

  /** The documents, one after the other, as one YAML stream. */
  public String write(Iterable<? extends Node> documents) {
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

  public String write(Node document) {
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
}
