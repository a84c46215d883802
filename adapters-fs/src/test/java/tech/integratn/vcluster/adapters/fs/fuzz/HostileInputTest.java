package tech.integratn.vcluster.adapters.fs.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tech.integratn.vcluster.adapters.fs.FileRequestSource;
import tech.integratn.vcluster.adapters.fs.yaml.YamlLimits;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeReader;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Hostile input is bounded: aliases ("billion laughs"), deep nesting, too many values and
 * oversized files are refused with a clear message naming the limit, never with an exception, a
 * stack overflow or a hang.
 *
 * <p>Each test asserts the refusal itself (which limit of {@link YamlLimits}, in which words), not a
 * time: the limits bound the work any document can cause. No test here reads a clock; a hang would
 * be caught by the one fork timeout of the build ({@code forkedProcessTimeoutInSeconds} in the root
 * {@code pom.xml}). Speed is measured by the benchmarks.
 */
class HostileInputTest {

  private static final YamlTreeReader READER = new YamlTreeReader(YamlLimits.DEFAULT);
  private static final int MAX_DEPTH = YamlLimits.DEFAULT.maxDepth();

  @TempDir
  Path temp;

  // ---- billion laughs ----------------------------------------------------------------------------

  /** The classic document: nine levels of ten aliases each, 10^9 "lol"s if expanded. */
  static String billionLaughs() {
    StringBuilder yaml = new StringBuilder("lol: &lol \"lol\"\n");
    String previous = "lol";
    for (int level = 1; level <= 9; level++) {
      String name = "lol" + level;
      yaml.append(name).append(": &").append(name).append(" [");
      for (int i = 0; i < 10; i++) {
        yaml.append(i == 0 ? "" : ", ").append('*').append(previous);
      }
      yaml.append("]\n");
      previous = name;
    }
    return yaml.toString();
  }

  @Test
  void billionLaughsIsRefusedWithAMessageAboutAliases() {
    byte[] bytes = billionLaughs().getBytes(StandardCharsets.UTF_8);
    Either<RequestProblem, Node> read = READER.read("laughs.yaml", bytes);
    assertThat(read.isLeft()).as("refused: %s", read).isTrue();
    String text = Problems.render(read.getLeft());
    EngineRun.assertClear(text, "billion laughs");
    assertThat(text).startsWith("laughs.yaml:2:").containsIgnoringCase("alias");
  }

  @Test
  void billionLaughsFromAFileIsRefusedToo() throws IOException {
    Path file = temp.resolve("laughs.yaml");
    Files.writeString(file, billionLaughs());
    Either<RequestProblem, Node> read = new FileRequestSource(file).load();
    assertThat(read.isLeft()).isTrue();
    assertThat(Problems.render(read.getLeft())).startsWith(file.toString() + ":").containsIgnoringCase("alias");
  }

  @Test
  void anAliasInsideARealRequestIsRefusedAtItsLine() {
    String request = Corpus.named("demo-07668c36.yaml").text().stripTrailing()
        + "\nextra:\n  rules: &rules\n    - name: nfs\n      cidr: 10.0.3.1/32\n      port: 2049\n"
        + "  copies: *rules\n";
    int aliasLine = (int) request.lines().takeWhile(l -> !l.contains("*rules")).count() + 1;
    Either<RequestProblem, Node> read = READER.read("request.yaml", request.getBytes(StandardCharsets.UTF_8));
    assertThat(read.isLeft()).as("%s", read).isTrue();
    String text = Problems.render(read.getLeft());
    EngineRun.assertClear(text, "alias in a request");
    assertThat(text).startsWith("request.yaml:" + aliasLine + ":").contains("*rules").containsIgnoringCase("alias");
  }

  // ---- nesting depth -----------------------------------------------------------------------------

  /** How a nested document is written. */
  enum Style {
    FLOW_MAPS, FLOW_LISTS, BLOCK_LISTS, BLOCK_MAPS, MIXED_FLOW
  }

  /** {@code levels} nested maps or lists (containers) around the scalar {@code x}. */
  static String nested(Style style, int levels) {
    StringBuilder s = new StringBuilder();
    switch (style) {
      case FLOW_MAPS:
        s.append("{a: ".repeat(levels)).append('x').append("}".repeat(levels));
        break;
      case FLOW_LISTS:
        s.append("[".repeat(levels)).append('x').append("]".repeat(levels));
        break;
      case BLOCK_LISTS:
        s.append("- ".repeat(levels)).append('x');
        break;
      case BLOCK_MAPS:
        for (int i = 0; i < levels; i++) {
          s.append(" ".repeat(i)).append("a:").append(i == levels - 1 ? " x" : "").append('\n');
        }
        break;
      default:
        for (int i = 0; i < levels; i++) {
          s.append(i % 2 == 0 ? "{a: " : "[");
        }
        s.append('x');
        for (int i = levels - 1; i >= 0; i--) {
          s.append(i % 2 == 0 ? "}" : "]");
        }
        break;
    }
    return s.append('\n').toString();
  }

  static Stream<Arguments> depths() {
    int[] levels = {10, MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1, MAX_DEPTH + 2, 100, 1_000, 10_000};
    return Stream.of(Style.values()).flatMap(style -> java.util.Arrays.stream(levels)
        // block maps indent every level, so 10 000 levels would hit the size cap instead
        .filter(n -> style != Style.BLOCK_MAPS || n <= 1_000)
        .mapToObj(n -> Arguments.of(style, n)));
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("depths")
  void nestingIsReadUpToTheLimitAndRefusedCleanlyBeyondIt(Style style, int levels) {
    byte[] bytes = nested(style, levels).getBytes(StandardCharsets.UTF_8);
    Either<RequestProblem, Node> read;
    try {
      read = READER.read("deep.yaml", bytes);
    } catch (StackOverflowError e) {
      throw new AssertionError("stack overflow reading " + levels + " levels of " + style, e);
    }
    String context = levels + " levels of " + style;
    if (levels <= MAX_DEPTH) {
      assertThat(read.isRight()).as("%s read: %s", context, read).isTrue();
      assertThat(RequestMutationPropertiesTest.depth(read.get())).isEqualTo(levels);
      // and the engine answers with problems (not a request), without an exception
      EngineRun.Outcome outcome = EngineRun.render("deep.yaml", read.get(), context);
      EngineRun.check(outcome, temp, context);
      return;
    }
    assertThat(read.isLeft()).as("%s refused: %s", context, read).isTrue();
    RequestProblem problem = read.getLeft();
    String text = Problems.render(problem);
    EngineRun.assertClear(text, context);
    assertThat(problem).as(context).isInstanceOf(RequestProblem.Syntax.class);
    RequestProblem.Syntax syntax = (RequestProblem.Syntax) problem;
    assertThat(syntax.line()).as("%s: the line of the level too deep (%s)", context, text).isPositive();
    assertThat(text).as(context).startsWith("deep.yaml:").contains("nested deeper than " + MAX_DEPTH + " levels");
  }

  @Test
  void aDeepValueInsideARealRequestIsRefusedNotRendered() {
    String request = Corpus.named("demo-07668c36.yaml").text().stripTrailing()
        + "\n  vcluster:\n    helmOverrides:\n      deep: " + nested(Style.FLOW_LISTS, 5_000);
    // the corpus request has a spec.vcluster already: drop it so the document has no duplicate key
    request = request.replaceFirst("(?m)^  vcluster:\\n(    .*\\n)+", "");
    byte[] bytes = request.getBytes(StandardCharsets.UTF_8);
    EngineRun.Outcome outcome = EngineRun.run("request.yaml", bytes, "deep");
    EngineRun.check(outcome, temp, "deep value in a request");
    assertThat(outcome.refused()).as(outcome.summary()).isNotNull();
    assertThat(Problems.render(outcome.refused())).contains("nested deeper than " + MAX_DEPTH + " levels");
  }

  // ---- value count -------------------------------------------------------------------------------

  @Test
  void tooManyValuesAreRefusedWithTheLimit() {
    int limit = YamlLimits.DEFAULT.maxNodes();
    String yaml = "[" + "0,".repeat(limit) + "0]\n";
    assertThat(yaml.length()).isLessThan(YamlLimits.DEFAULT.maxBytes());
    Either<RequestProblem, Node> read = READER.read("many.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(read.isLeft()).isTrue();
    String text = Problems.render(read.getLeft());
    EngineRun.assertClear(text, "many values");
    assertThat(text).startsWith("many.yaml:").contains(String.valueOf(limit));
  }

  // ---- size cap ----------------------------------------------------------------------------------

  /** A corpus request padded with a comment to exactly {@code size} bytes. */
  private Path paddedRequest(int size) throws IOException {
    byte[] request = Corpus.named("demo-07668c36.yaml").bytes();
    StringBuilder padded = new StringBuilder(new String(request, StandardCharsets.UTF_8));
    if (padded.charAt(padded.length() - 1) != '\n') {
      padded.append('\n');
    }
    padded.append("# ");
    padded.append("x".repeat(size - padded.length() - 1)).append('\n');
    Path file = temp.resolve("request-" + size + ".yaml");
    Files.writeString(file, padded);
    assertThat(Files.size(file)).isEqualTo(size);
    return file;
  }

  @Test
  void aRequestFileOfExactlyTheLimitIsRead() throws IOException {
    Path file = paddedRequest(YamlLimits.DEFAULT.maxBytes());
    Either<RequestProblem, Node> read = new FileRequestSource(file).load();
    assertThat(read.isRight()).as("%s", read.isLeft() ? Problems.render(read.getLeft()) : "").isTrue();
  }

  @Test
  void aRequestFileOneByteOverTheLimitIsRefusedNamingTheLimit() throws IOException {
    Path file = paddedRequest(YamlLimits.DEFAULT.maxBytes() + 1);
    Either<RequestProblem, Node> read = new FileRequestSource(file).load();
    assertThat(read.isLeft()).isTrue();
    assertThat(read.getLeft()).isInstanceOf(RequestProblem.Unreadable.class);
    String text = Problems.render(read.getLeft());
    EngineRun.assertClear(text, "oversized file");
    assertThat(text).startsWith(file.toString() + ":").contains(String.valueOf(YamlLimits.DEFAULT.maxBytes()));
  }

  @Test
  void aHugeRequestFileIsRefusedWithoutReadingItAll() throws IOException {
    Path file = temp.resolve("huge.yaml");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(4L << 30); // 4 GiB of zeros, sparse: more than a byte[] could hold
    }
    Either<RequestProblem, Node> read = new FileRequestSource(file).load();
    assertThat(read.isLeft()).isTrue();
    String text = Problems.render(read.getLeft());
    EngineRun.assertClear(text, "huge file");
    assertThat(text).startsWith(file.toString() + ":").contains(String.valueOf(YamlLimits.DEFAULT.maxBytes()));
  }

  @Test
  void oversizedBytesGivenToTheReaderAreRefusedNamingTheLimit() {
    byte[] bytes = new byte[YamlLimits.DEFAULT.maxBytes() + 1];
    java.util.Arrays.fill(bytes, (byte) ' ');
    Either<RequestProblem, Node> read = READER.read("big.yaml", bytes);
    assertThat(read.isLeft()).isTrue();
    assertThat(Problems.render(read.getLeft())).startsWith("big.yaml:").contains(String.valueOf(YamlLimits.DEFAULT.maxBytes()));
  }
}
