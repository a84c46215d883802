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
    for (Piece piece : pieces(text)) {
      RequestProblem problem = read(reader, path, piece, documents);
      if (problem != null) {
        return Either.left(problem);
      }
    }
    return Either.right(Vector.ofAll(documents));
  }

  /** The text of one document of a file and the line of the file it starts on (from 0). */
  record Piece(String text, int firstLine) {}

  /** The documents of {@code text}, cut at each line that starts one; those that hold nothing left out. */
  static List<Piece> pieces(String text) {
    List<Piece> pieces = new ArrayList<>();
    int start = 0;
    int startLine = 0;
    int line = 0;
    int at = 0;
    while (at < text.length()) {
      int end = text.indexOf('\n', at);
      end = end < 0 ? text.length() : end;
      if (at > start && startsDocument(text, at, end)) {
        addPiece(pieces, text.substring(start, at), startLine);
        start = at;
        startLine = line;
      }
      at = end + 1;
      line++;
    }
    addPiece(pieces, text.substring(start), startLine);
    return pieces;
  }

  private static void addPiece(List<Piece> pieces, String text, int firstLine) {
    if (!holdsNothing(text)) {
      pieces.add(new Piece(text, firstLine));
    }
  }

  /** Whether the line {@code [from, to)} starts a document: {@code ---} alone or before a blank. */
  static boolean startsDocument(String text, int from, int to) {
    if (!text.startsWith("---", from)) {
      return false;
    }
    int after = from + 3;
    return after >= to || text.charAt(after) == ' ' || text.charAt(after) == '\t' || text.charAt(after) == '\r';
  }

  /** Reads one document into {@code documents}; returns why it cannot be read (at its line in the file), else null. */
  private static @Nullable RequestProblem read(YamlTreeReader reader, String path, Piece piece, List<Node> documents) {
    Either<RequestProblem, Node> read = reader.read(path, piece.text().getBytes(StandardCharsets.UTF_8));
    if (read.isRight()) {
      documents.add(read.get());
      return null;
    }
    return atLine(read.getLeft(), piece.firstLine());
  }

  /** {@code problem} with its line counted in the whole file, for a document that starts on {@code firstLine}. */
  static RequestProblem atLine(RequestProblem problem, int firstLine) {
    return problem instanceof RequestProblem.Syntax s
        ? new RequestProblem.Syntax(s.source(), s.line() + firstLine, s.column(), s.message()) : problem;
  }

  /** Nothing but a document marker, blank lines and comments. */
  private static boolean holdsNothing(String document) {
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
