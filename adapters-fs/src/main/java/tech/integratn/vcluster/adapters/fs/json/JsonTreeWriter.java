package tech.integratn.vcluster.adapters.fs.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.vavr.Tuple2;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Writes a {@link Node} tree as JSON with Jackson's streaming generator (no data binding): keys in
 * tree order, two spaces of indentation, one member or item per line, {@code "key": value},
 * {@code {}} and {@code []} for empty ones, a final line break; integers and decimals exactly as
 * the tree holds them. The same tree always gives the same text (the {@code diff --output-format
 * json} form, spec 12.2).
 */
public final class JsonTreeWriter {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonTreeWriter() {}

  public static String write(Node tree) {
    StringWriter out = new StringWriter();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter);
    pretty.indentArraysWith(indenter);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.setPrettyPrinter(pretty);
      write(tree, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.append('\n').toString();
  }

  private static void write(Node node, JsonGenerator json) throws IOException {
    if (node instanceof MapNode map) {
      json.writeStartObject();
      for (Tuple2<String, Node> e : map.entries()) {
        json.writeFieldName(e._1);
        write(e._2, json);
      }
      json.writeEndObject();
    } else if (node instanceof ListNode list) {
      json.writeStartArray();
      for (Node item : list.items()) {
        write(item, json);
      }
      json.writeEndArray();
    } else if (node instanceof Node.Text t) {
      json.writeString(t.value());
    } else if (node instanceof Node.Int i) {
      json.writeNumber(i.value());
    } else if (node instanceof Node.Decimal d) {
      json.writeNumber(d.value());
    } else if (node instanceof Node.Bool b) {
      json.writeBoolean(b.value());
    } else {
      json.writeNull();
    }
  }
}
