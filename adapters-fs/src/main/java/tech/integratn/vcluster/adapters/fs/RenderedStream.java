package tech.integratn.vcluster.adapters.fs;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.integratn.vcluster.adapters.fs.yaml.YamlLimits;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeReader;
import tech.integratn.vcluster.application.port.out.RenderedTreeSource;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * A rendered tree as one multi-document stream, as {@code render --output -} writes it: each
 * document belongs to the file its {@code # Source: <path>} comment names. A document without
 * that comment belongs to the file of the document before it (the first to {@link #UNNAMED}).
 */
public final class RenderedStream implements RenderedTreeSource {

  /** The most the stream may hold: sixteen documents at the reader's own size limit. */
  static final int MAX_BYTES = 16 * YamlLimits.DEFAULT.maxBytes();

  /** The path of documents before the first {@code # Source:} comment. */
  public static final String UNNAMED = "(no # Source comment)";

  private static final String SOURCE = "# Source: ";

  private final String name;
  private final InputStream in;
  private final YamlTreeReader reader = new YamlTreeReader();
  private Either<String, Map<String, String>> files = Either.left("not read yet");
  private boolean read;

  public RenderedStream(String name, InputStream in) {
    this.name = name;
    this.in = in;
  }

  @Override
  public Either<String, Seq<String>> paths() {
    Either<String, Map<String, String>> all = files();
    if (all.isLeft()) {
      return Either.left(all.getLeft());
    }
    List<String> paths = new ArrayList<>(all.get().keySet());
    Collections.sort(paths);
    return Either.right(Vector.ofAll(paths));
  }

  @Override
  public Either<RequestProblem, Seq<Node>> documents(String path) {
    Either<String, Map<String, String>> all = files();
    if (all.isLeft()) {
      return Either.left(new RequestProblem.Unreadable(path, all.getLeft()));
    }
    String text = all.get().get(path);
    return RenderedDirectory.split(reader, path, text == null ? "" : text);
  }

  /** The stream, read once, cut into its files' texts by their {@code # Source:} comments. */
  private Either<String, Map<String, String>> files() {
    if (read) {
      return files;
    }
    read = true;
    String text;
    try {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        files = Either.left("more than " + (MAX_BYTES >> 20) + " MiB on standard input; a rendered tree is far smaller");
        return files;
      }
      text = new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      files = Either.left("cannot read: " + IoErrors.describe(e));
      return files;
    }
    Map<String, StringBuilder> texts = new TreeMap<>();
    String current = UNNAMED;
    int start = 0;
    int at = 0;
    while (at < text.length()) {
      int end = text.indexOf('\n', at);
      end = end < 0 ? text.length() : end;
      if (at > start && RenderedDirectory.startsDocument(text, at, end)) {
        String document = text.substring(start, at);
        current = source(document, current);
        append(texts, current, document);
        start = at;
      }
      at = end + 1;
    }
    String document = text.substring(Math.min(start, text.length()));
    append(texts, source(document, current), document);
    Map<String, String> result = new TreeMap<>();
    for (Map.Entry<String, StringBuilder> file : texts.entrySet()) {
      result.put(file.getKey(), file.getValue().toString());
    }
    files = Either.right(result);
    return files;
  }

  private static void append(Map<String, StringBuilder> texts, String path, String document) {
    if (document.isBlank()) {
      return;
    }
    StringBuilder file = texts.computeIfAbsent(path, p -> new StringBuilder());
    if (file.length() > 0 && !document.startsWith("---")) {
      file.append("---\n");
    }
    file.append(document);
    if (!document.endsWith("\n")) {
      file.append('\n');
    }
  }

  /** The path named by the document's first {@code # Source:} comment, else {@code current}. */
  private static String source(String document, String current) {
    for (String line : document.split("\n", -1)) {
      if (line.startsWith(SOURCE)) {
        return line.substring(SOURCE.length()).strip();
      }
    }
    return current;
  }

  @Override
  public String describe() {
    return name;
  }
}
