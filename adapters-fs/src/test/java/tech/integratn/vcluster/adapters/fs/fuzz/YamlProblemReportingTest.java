package tech.integratn.vcluster.adapters.fs.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tech.integratn.vcluster.adapters.fs.FileRequestSource;
import tech.integratn.vcluster.adapters.fs.yaml.YamlLimits;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeReader;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeWriter;
import tech.integratn.vcluster.domain.contract.FieldType;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.orchestrator.RequestFields;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/**
 * Broken YAML is reported with its line and column, wrong types with the field's path, and no
 * problem text ever carries Java internals or a line break.
 */
class YamlProblemReportingTest {

  private static final YamlTreeReader READER = new YamlTreeReader(YamlLimits.DEFAULT);

  @TempDir
  Path temp;

  // ---- the three broken corpus requests -----------------------------------------------------------

  /**
   * The line where each file stops being YAML, found by reading the files: two indent with TABs
   * from line 4 ({@code <TAB>name: ...}); one holds a heredoc inside a block scalar whose body
   * starts at column 0 on line 100 ({@code [ req ]}), which ends the scalar and every block above.
   * {@code [ req ]} could still start a flow key, so the parser notices only on line 101 (no
   * {@code :}); then the message must name line 100, where the key started.
   */
  @ParameterizedTest(name = "{0} breaks on line {1}")
  @CsvSource({
      "invalid-test-501f081f.yaml, 4",
      "invalid-vcluster-media-c0a646fc.yaml, 4",
      "invalid-vcluster-media-472dea14.yaml, 100"})
  void unparseableCorpusRequestsNameTheLineWhereTheYamlBreaks(String name, int line) {
    Path file = Corpus.directory().resolve(name);
    Either<RequestProblem, Node> read = new FileRequestSource(file).load();
    assertThat(read.isLeft()).as("%s is refused", name).isTrue();
    assertThat(read.getLeft()).isInstanceOf(RequestProblem.Syntax.class);
    RequestProblem.Syntax syntax = (RequestProblem.Syntax) read.getLeft();
    String text = Problems.render(syntax);
    EngineRun.assertClear(text, name);
    assertThat(syntax.column()).as(text).isPositive();
    assertThat(text).startsWith(file + ":" + syntax.line() + ":" + syntax.column() + ": not valid YAML: ");
    if (syntax.line() != line) {
      assertThat(syntax.line()).as("reported on the next line: %s", text).isEqualTo(line + 1);
      assertThat(text).as("names the line where the YAML breaks").contains("started at line " + line + ",");
    }
  }

  /** The TAB files break exactly at the first TAB: line 4, column 1. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"invalid-test-501f081f.yaml", "invalid-vcluster-media-c0a646fc.yaml"})
  void tabIndentationIsReportedAtTheFirstTab(String name) {
    Path file = Corpus.directory().resolve(name);
    Either<RequestProblem, Node> read = new FileRequestSource(file).load();
    assertThat(read.isLeft()).as("%s is refused", name).isTrue();
    assertThat(read.getLeft()).isInstanceOf(RequestProblem.Syntax.class);
    RequestProblem.Syntax syntax = (RequestProblem.Syntax) read.getLeft();
    String text = Problems.render(syntax);
    EngineRun.assertClear(text, name);
    assertThat(text).startsWith(file + ":4:1: not valid YAML: ");
  }

  // ---- wrong types ------------------------------------------------------------------------------

  @Test
  void aStringWhereAnIntegerBelongsNamesTheField() {
    String request = Corpus.named("test-04583083.yaml").text();
    assertThat(request).contains("    replicas: 1\n");
    byte[] bytes = request.replaceFirst("(?m)^    replicas: 1$", "    replicas: \"three\"").getBytes(StandardCharsets.UTF_8);
    EngineRun.Outcome outcome = EngineRun.run("request.yaml", bytes, "replicas: three");
    EngineRun.check(outcome, temp, "replicas: three");
    assertThat(outcome.rejection()).as(outcome.summary()).isNotNull();
    assertThat(outcome.rejection().problems().map(Problems::render))
        .containsExactly("spec.vcluster.replicas: must be an integer (got \"three\")");
  }

  @Test
  void aQuotedNumberWhereAnIntegerBelongsNamesTheField() {
    String request = Corpus.named("demo-07668c36.yaml").text();
    assertThat(request).contains("    apiPort: 443\n");
    byte[] bytes = request.replaceFirst("(?m)^    apiPort: 443$", "    apiPort: \"443\"").getBytes(StandardCharsets.UTF_8);
    EngineRun.Outcome outcome = EngineRun.run("request.yaml", bytes, "apiPort: \"443\"");
    assertThat(outcome.rejection()).as(outcome.summary()).isNotNull();
    assertThat(outcome.rejection().problems().map(Problems::render))
        .containsExactly("spec.exposure.apiPort: must be an integer (got \"443\")");
  }

  static Stream<Arguments> fieldsAndWrongValues() {
    return RequestFields.all(IntegratnProfile.PROFILE).toJavaStream()
        .filter(f -> !f.path().startsWith("spec.networkPolicies.extraEgress."))
        .flatMap(f -> Stream.of(Node.text("three"), Node.integer(3), Node.bool(true), MapNode.of("a", Node.text("b")),
                ListNode.of(Node.text("a")))
            .filter(v -> !f.type().accepts(v))
            .map(v -> Arguments.of(f.path(), f.type(), v)));
  }


  /** Every field, every wrong type, written as YAML and read back: one problem naming that field. */
  @ParameterizedTest(name = "{0} ({1}) = {2}")
  @MethodSource("fieldsAndWrongValues")
  void everyWrongTypeIsAProblemNamingItsField(String path, FieldType type, Node value) {
    Node document = READER.read("c", Corpus.named("demo-07668c36.yaml").bytes()).get();
    MapNode mutated = Paths.put((MapNode) document, io.vavr.collection.List.of(path.split("\\.")), value);
    byte[] bytes = new YamlTreeWriter().write(mutated).getBytes(StandardCharsets.UTF_8);
    String context = path + " = " + Node.describe(value);
    EngineRun.Outcome outcome = EngineRun.run("request.yaml", bytes, context);
    EngineRun.check(outcome, temp, context);
    assertThat(outcome.rejection()).as("%s: %s", context, outcome.summary()).isNotNull();
    assertThat(outcome.rejection().problems())
        .as(context)
        .anySatisfy(p -> {
          assertThat(p).isInstanceOf(RequestProblem.WrongType.class);
          assertThat(Problems.render(p)).startsWith(path + ": must be " + type.expected() + " (got ");
        });
  }

  // ---- messages stay clear for odd input (each of these was found by the mutation properties) ----

  @Test
  void aNumberLongerThanTheParserAllowsIsAClearProblemWithItsLine() {
    String request = Corpus.named("test-04583083.yaml").text();
    int line = lineOf(request, "    replicas: 1");
    byte[] bytes = request.replaceFirst("(?m)^    replicas: 1$", "    replicas: 1" + "0".repeat(200))
        .getBytes(StandardCharsets.UTF_8);
    EngineRun.Outcome outcome = EngineRun.run("request.yaml", bytes, "200-digit number");
    EngineRun.check(outcome, temp, "200-digit number");
    if (outcome.refused() != null) {
      assertThat(Problems.render(outcome.refused())).startsWith("request.yaml:" + line + ":");
    } else {
      assertThat(outcome.rejection().problems().map(Problems::render)).anyMatch(t -> t.startsWith("spec.vcluster.replicas: "));
    }
  }

  static Stream<Arguments> oddKeys() {
    return Stream.of(
        Arguments.of("a map as a key", "? {a: b}\n: c\n"),
        Arguments.of("a list as a key", "? [a]\n: c\n"),
        Arguments.of("an alias as a key", "a: &x k\n*x : c\n"),
        Arguments.of("a block map as a key", "? a: b\n: c\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oddKeys")
  void oddKeysAreAClearSyntaxProblem(String what, String yaml) {
    Either<RequestProblem, Node> read = READER.read("keys.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(read.isLeft()).as("%s: %s", what, read).isTrue();
    String text = Problems.render(read.getLeft());
    EngineRun.assertClear(text, what);
    assertThat(read.getLeft()).isInstanceOf(RequestProblem.Syntax.class);
    assertThat(((RequestProblem.Syntax) read.getLeft()).line()).as(text).isPositive();
  }

  static Stream<Arguments> lineBreakingValues() {
    return Stream.of(
        Arguments.of("carriage return in a value", io.vavr.collection.List.of("spec", "vcluster", "preset"), "dev\r"),
        Arguments.of("carriage return in a label key",
            io.vavr.collection.List.of("spec", "integrations", "argocd", "clusterLabels", "a\rb"), "x"),
        Arguments.of("line feed in a label key",
            io.vavr.collection.List.of("spec", "integrations", "argocd", "clusterLabels", "a\nb"), "x"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lineBreakingValues")
  void problemTextStaysOnOneLine(String what, io.vavr.collection.List<String> keys, String value) {
    Node document = READER.read("c", Corpus.named("demo-07668c36.yaml").bytes()).get();
    MapNode mutated = Paths.put((MapNode) document, keys, Node.text(value));
    EngineRun.Outcome outcome = EngineRun.render("request.yaml", mutated, what);
    assertThat(outcome.rejection()).as("%s: %s", what, outcome.summary()).isNotNull();
    for (RequestProblem p : outcome.rejection().problems()) {
      String text = Problems.render(p);
      assertThat(text).as(what).doesNotContain("\n", "\r");
    }
  }

  // ---- what the writer writes, the reader reads back --------------------------------------------

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"0085", "2028", "2029", "000D", "0000", "FEFF", "FFFE", "001B"})
  void writtenStringsReadBackUnchanged(String hex) {
    String odd = "a" + Character.toString(Integer.parseInt(hex, 16)) + "b";
    MapNode tree = MapNode.of("value", Node.text(odd)).with(odd, Node.text("key"))
        .with("list", ListNode.of(Node.text(odd + " " + odd)));
    String yaml = new YamlTreeWriter().write(tree);
    Either<RequestProblem, Node> read = READER.read("written.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(read).as("U+%s written as:%n%s", hex, Mutations.escape(yaml)).isEqualTo(Either.right(tree));
  }

  private static int lineOf(String text, String line) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].equals(line)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("no line " + line);
  }
}
