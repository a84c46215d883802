package tech.integratn.vcluster.adapters.fs;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeReader;
import tech.integratn.vcluster.application.port.out.RenderedTreeSource;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * A rendered output directory: every regular file below it, and the YAML documents of a file.
 * A file is cut into documents at each line that starts one ({@code ---} alone or before a
 * value, as the writer writes them); each is read by {@link YamlTreeReader}, and a YAML error is
 * reported at its line in the whole file.
 */
public final class RenderedDirectory implements RenderedTreeSource {

  private final Path root;
  private final YamlTreeReader reader = new YamlTreeReader();

  public RenderedDirectory(Path root) {
    this.root = root;
  }

  @Override
  public Either<String, Seq<String>> paths() {
    if (!Files.isDirectory(root)) {
      return Either.left("not a directory");
    }
    List<String> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : (Iterable<Path>) walk::iterator) {
        if (Files.isRegularFile(file)) {
          paths.add(root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
        }
      }
    } catch (IOException e) {
      return Either.left("cannot read: " + IoErrors.describe(e));
    } catch (java.io.UncheckedIOException e) {
      return Either.left("cannot read: " + IoErrors.describe(e.getCause()));
    }
    Collections.sort(paths);
    return Either.right(Vector.ofAll(paths));
  }

  @Override
  public Either<RequestProblem, Seq<Node>> documents(String path) {
    String text;
    try {
      text = new String(Files.readAllBytes(root.resolve(path)), StandardCharsets.UTF_8); // as the reader decodes
    } catch (IOException e) {
      return Either.left(new RequestProblem.Unreadable(path, "cannot read: " + IoErrors.describe(e)));
    }
    return split(reader, path, text);
  }

  /**
   * The documents of {@code text}, the content of the file {@code path}, cut at each line that
   * starts one; a YAML error is reported at its line in the whole text.
   */
  static Either<RequestProblem, Seq<Node>> split(YamlTreeReader reader, String path, String text) {
    List<Node> documents = new ArrayList<>();
    int start = 0;
    int startLine = 0;
    int line = 0;
    int at = 0;
    while (at < text.length()) {
      int end = text.indexOf('\n', at);
      end = end < 0 ? text.length() : end;
      if (at > start && startsDocument(text, at, end)) {
        RequestProblem problem = read(reader, path, text.substring(start, at), startLine, documents);
        if (problem != null) {
          return Either.left(problem);
        }
        start = at;
        startLine = line;
      }
      at = end + 1;
      line++;
    }
    RequestProblem problem = read(reader, path, text.substring(start), startLine, documents);
    return problem != null ? Either.left(problem) : Either.right(Vector.ofAll(documents));
  }

  /** Whether the line {@code [from, to)} starts a document: {@code ---} alone or before a blank. */
  static boolean startsDocument(String text, int from, int to) {
    if (!text.startsWith("---", from)) {
      return false;
    }
    int after = from + 3;
    return after >= to || text.charAt(after) == ' ' || text.charAt(after) == '\t' || text.charAt(after) == '\r';
  }

  /**
   * Reads the text of one document, which starts on line {@code firstLine} of the file (from 0),
   * into {@code documents} unless it holds nothing; returns why it cannot be read, else null.
   */
  private static @Nullable RequestProblem read(YamlTreeReader reader, String path, String document, int firstLine, List<Node> documents) {
    if (holdsNothing(document)) {
      return null;
    }
    Either<RequestProblem, Node> read = reader.read(path, document.getBytes(StandardCharsets.UTF_8));
    if (read.isRight()) {
      documents.add(read.get());
      return null;
    }
    if (read.getLeft() instanceof RequestProblem.Syntax s) {
      return new RequestProblem.Syntax(s.source(), s.line() + firstLine, s.column(), s.message());
    }
    return read.getLeft();
  }

  /** Nothing but a document marker, blank lines and comments. */
  static boolean holdsNothing(String document) {
    for (String line : document.split("\n", -1)) {
      String content = line.startsWith("---") ? line.substring(3).strip() : line.strip();
      if (!content.isEmpty() && !content.startsWith("#") && !content.equals("...")) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String describe() {
    return root.toString();
  }
}
