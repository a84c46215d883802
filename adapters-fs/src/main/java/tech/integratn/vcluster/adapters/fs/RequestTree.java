package tech.integratn.vcluster.adapters.fs;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeReader;
import tech.integratn.vcluster.application.port.out.RequestRepository;
import tech.integratn.vcluster.domain.conflicts.RequestFile;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.promise.PromiseKind;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The requests of a repository, as {@code validate --input DIR} reads them (spec 12.1): every file
 * named {@code *.yaml} or {@code *.yml} below DIR, at any depth, in path order; directories whose
 * name starts with a dot ({@code .git}, {@code .github}) skipped without a note; symbolic links
 * never followed (each noted); every document of a file read (documents numbered from 1, empty
 * ones not counted, as {@link RenderedDirectory} cuts them). A document whose {@code kind} is one of
 * the four request kinds is a request (its apiVersion is its own rules' to check); any other
 * document is skipped with a note; a file that cannot be read or parsed, or is larger than
 * {@link #MAX_FILE_BYTES}, is reported whole (the caller counts it an invalid request). A
 * well-formed document the YAML reader refuses (an alias, a merge key, a tag) is a request only
 * when its top-level {@code kind}, read without resolving anything, names one of the four kinds;
 * otherwise it is skipped with a note giving the refusal.
 */
public final class RequestTree {

  /**
   * The largest file read, 16 MiB: each document is bounded by the YAML reader's limits (1 MiB),
   * a file of many documents by this.
   */
  public static final long MAX_FILE_BYTES = 16L << 20;

  private final YamlTreeReader reader = new YamlTreeReader();

  /** What the walk found at one place, in path order. */
  public sealed interface Entry permits Request, Skipped, Unreadable {}

  /** A request of one of the four kinds. */
  public record Request(RequestFile file, PromiseKind kind, Node document) implements Entry {}

  /** Not a request, or a link not followed: a note. {@code document} is 0 for a whole file. */
  public record Skipped(String path, int document, String reason) implements Entry {}

  /** A file that cannot be read or is not YAML. */
  public record Unreadable(String path, RequestProblem problem) implements Entry {}

  /** Everything below {@code dir}, or why {@code dir} cannot be walked. */
  public Either<String, Seq<Entry>> walk(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Either.left(dir + ": not a directory");
    }
    List<Entry> entries = new ArrayList<>();
    try {
      walk(dir, dir, entries);
    } catch (IOException e) {
      return Either.left(dir + ": cannot read: " + IoErrors.describe(e));
    }
    return Either.right(Vector.ofAll(entries));
  }

  private void walk(Path root, Path dir, List<Entry> entries) throws IOException {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path child : stream) {
        children.add(child);
      }
    }
    Collections.sort(children);
    for (Path child : children) {
      String name = child.getFileName().toString();
      String path = relative(root, child);
      if (Files.isSymbolicLink(child)) {
        entries.add(new Skipped(path, 0, "symbolic link, not followed"));
      } else if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        if (!name.startsWith(".")) {
          walk(root, child, entries);
        }
      } else if ((name.endsWith(".yaml") || name.endsWith(".yml")) && Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)) {
        read(path, child, entries);
      }
    }
  }

  private void read(String path, Path file, List<Entry> entries) {
    String text;
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        entries.add(new Unreadable(path, tooLarge(path, size)));
        return;
      }
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      entries.add(new Unreadable(path, new RequestProblem.Unreadable(path, "cannot read: " + IoErrors.describe(e))));
      return;
    }
    Either<RequestProblem, Seq<Node>> documents = RenderedDirectory.split(reader, path, text);
    if (documents.isLeft()) {
      List<Entry> each = refusedDocuments(path, text);
      if (each == null) {
        entries.add(new Unreadable(path, documents.getLeft()));
      } else {
        entries.addAll(each);
      }
      return;
    }
    boolean several = documents.get().size() > 1;
    int n = 0;
    for (Node document : documents.get()) {
      n++;
      Option<PromiseKind> kind = kind(document);
      if (kind.isDefined()) {
        entries.add(new Request(new RequestFile(path, n, several), kind.get(), document));
      } else {
        entries.add(new Skipped(path, several ? n : 0, "not a request of the four kinds (" + what(document) + ")"));
      }
    }
  }

  /**
   * The entries of a file the reader refuses, document by document, when every document of it is
   * well-formed YAML: a document the reader refuses for a construct it does not take (an alias, a
   * merge key, a tag...) is a request only if its top-level {@code kind}, read without resolving
   * anything, is one of the four request kinds (then the refusal stands: an invalid request);
   * otherwise it is skipped with a note giving the reader's refusal. Null when a document is not
   * well-formed YAML: the whole file is then unreadable, as any YAML error makes it.
   */
  private @Nullable List<Entry> refusedDocuments(String path, String text) {
    List<RenderedDirectory.Piece> pieces = RenderedDirectory.pieces(text);
    boolean several = pieces.size() > 1;
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      int n = i + 1;
      Either<RequestProblem, Node> read = reader.read(path, pieces.get(i).text().getBytes(StandardCharsets.UTF_8));
      if (read.isRight()) {
        Option<PromiseKind> kind = kind(read.get());
        entries.add(kind.isDefined() ? new Request(new RequestFile(path, n, several), kind.get(), read.get())
            : new Skipped(path, several ? n : 0, "not a request of the four kinds (" + what(read.get()) + ")"));
        continue;
      }
      Either<RequestProblem, Map<String, String>> top = reader.topLevelScalars(path, pieces.get(i).text());
      if (top.isLeft()) {
        return null;
      }
      RequestProblem refusal = RenderedDirectory.atLine(read.getLeft(), pieces.get(i).firstLine());
      String kindName = top.get().get("kind");
      Option<PromiseKind> kind = kindName == null ? Option.none() : kind(kindName);
      if (kind.isDefined()) {
        entries.add(new Unreadable(path, refusal));
      } else {
        String apiVersion = top.get().get("apiVersion");
        entries.add(new Skipped(path, several ? n : 0, "not a request of the four kinds ("
            + (apiVersion == null ? "no apiVersion" : "apiVersion \"" + apiVersion + "\"") + ", "
            + (kindName == null ? "no kind" : "kind \"" + kindName + "\"") + "); the reader refuses it: "
            + (refusal instanceof RequestProblem.Syntax r
                ? "line " + r.line() + ", column " + r.column() + ": " + r.message() : Problems.render(refusal))));
      }
    }
    return entries;
  }

  /** A file beyond {@link #MAX_FILE_BYTES}. */
  static RequestProblem tooLarge(String path, long size) {
    return new RequestProblem.Unreadable(path, "file is " + size + " bytes; the limit is " + MAX_FILE_BYTES + " bytes");
  }

  /** The request kind {@code document} names, whatever its apiVersion. */
  static Option<PromiseKind> kind(Node document) {
    if (document instanceof MapNode map && map.get("kind").getOrNull() instanceof Node.Text kind) {
      return kind(kind.value());
    }
    return Option.none();
  }

  private static Option<PromiseKind> kind(String kind) {
    for (PromiseKind p : PromiseKind.values()) {
      if (p.kind().equals(kind)) {
        return Option.some(p);
      }
    }
    return Option.none();
  }

  private static String what(Node document) {
    if (!(document instanceof MapNode map)) {
      return "a " + document.typeName();
    }
    Option<Node> apiVersion = map.get("apiVersion");
    Option<Node> kind = map.get("kind");
    return (apiVersion.isDefined() ? "apiVersion " + Node.describe(apiVersion.get()) : "no apiVersion") + ", "
        + (kind.isDefined() ? "kind " + Node.describe(kind.get()) : "no kind");
  }

  /** The repository below {@code dir}, as the application reads it (the out-port of {@code validate --input DIR}). */
  public RequestRepository repository(Path dir) {
    return new Repository(this, dir);
  }

  /** {@link #walk} behind the application's out-port. */
  private static final class Repository implements RequestRepository {
    private final RequestTree tree;
    private final Path dir;

    Repository(RequestTree tree, Path dir) {
      this.tree = tree;
      this.dir = dir;
    }

    @Override
    public Either<String, Seq<RequestRepository.Entry>> requests() {
      Either<String, Seq<RequestTree.Entry>> walked = tree.walk(dir);
      if (walked.isLeft()) {
        return Either.left(walked.getLeft());
      }
      List<RequestRepository.Entry> entries = new ArrayList<>();
      for (RequestTree.Entry entry : walked.get()) {
        if (entry instanceof RequestTree.Request r) {
          entries.add(new RequestRepository.Request(r.file(), r.document()));
        } else if (entry instanceof RequestTree.Unreadable u) {
          entries.add(new RequestRepository.Unreadable(u.path(), u.problem()));
        } else {
          entries.add(new RequestRepository.Note(text(entry)));
        }
      }
      return Either.right(Vector.ofAll(entries));
    }

    @Override
    public String describe() {
      return dir.toString();
    }
  }

  /** The one wording of a note or an unreadable file. */
  public static String text(Entry entry) {
    if (entry instanceof Skipped s) {
      return s.path() + (s.document() > 0 ? " (document " + s.document() + ")" : "") + ": skipped, " + s.reason();
    }
    if (entry instanceof Unreadable u) {
      return Problems.render(u.problem());
    }
    Request r = (Request) entry;
    return r.file().path() + (r.file().severalInFile() ? " (document " + r.file().document() + ")" : "") + ": "
        + r.kind().kind();
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }
}
