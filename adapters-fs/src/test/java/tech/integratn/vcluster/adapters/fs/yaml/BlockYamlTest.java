package tech.integratn.vcluster.adapters.fs.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.SourceDSL;
import tech.integratn.vcluster.adapters.fs.testdata.SharedData;
import tech.integratn.vcluster.adapters.fs.typed.RenderedRequests;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The plain-block reader answers only where SnakeYAML would give the same tree: on every request,
 * on requests mutated line by line and character by character, and on generated documents; and it
 * answers often enough to matter.
 */
class BlockYamlTest {

  static final YamlTreeReader EVENTS = new YamlTreeReader();
  static final long SEED = Long.getLong("fuzz.seed", 20261126L);

  /** SnakeYAML's reading agrees wherever the block reader answers; true when it answered. */
  static boolean agrees(String text, String context) {
    Node fast = BlockYaml.read(text, YamlLimits.DEFAULT);
    if (fast == null) {
      return false;
    }
    Either<RequestProblem, Node> events = EVENTS.readEvents("t.yaml", text);
    assertThat(events).as("%s%n--- block reader: %s%n--- input:%n%s", context, fast, text).isEqualTo(Either.right(fast));
    return true;
  }

  static List<String> requests() {
    List<String> texts = new ArrayList<>();
    for (Path p : RenderedRequests.requests()) {
      texts.add(read(p));
    }
    if (!SharedData.hasCorpus()) {
      return texts;
    }
    try (Stream<Path> broken = Files.list(SharedData.corpusDirectory())) {
      broken.filter(p -> p.getFileName().toString().startsWith("invalid-")).forEach(p -> texts.add(read(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyRequestItAnswersForReadsAsSnakeYamlReadsIt() {
    int answered = 0;
    List<String> texts = requests();
    for (String text : texts) {
      if (agrees(text, "request")) {
        answered++;
      }
    }
    for (Path example : RenderedRequests.requests().filter(p -> p.toString().contains("examples"))) {
      assertThat(BlockYaml.read(read(example), YamlLimits.DEFAULT)).as("%s is plain block YAML", example).isNotNull();
    }
    SharedData.corpus(); // the examples were checked above; the count is of the corpus's requests
    assertThat(answered).as("requests read without SnakeYAML, of %d", texts.size()).isGreaterThan(90);
  }

  /** Pieces inserted by the mutations: indicators, quotes, comments, breaks, blanks, tabs, markers. */
  static final List<String> PIECES = List.of(" ", "  ", "\n", "\n  ", "- ", "-", ": ", ":", "#", " #", " # c", "'", "''", "\"",
      "\\", "{", "}", "[", "]", "{}", "[]", ",", "&a ", "*a", "!!str ", "!", "|", "|-\n", ">", "? ", "%", "@", "`", "---",
      "...", "\t", "\r", "\u00a0", "\u2028", "~", "null", "yes", "0x1F", "1e3", "1:30", "12", "-1", ".inf", "<<", "=",
      "key: value\n", "- item\n", "k:\n  - a\n", "é", "名", "😀", "x".repeat(40));

  static String mutate(String text, SplittableRandom random) {
    String[] lines = text.split("\n", -1);
    int at = random.nextInt(lines.length);
    switch (random.nextInt(7)) {
      case 0: {
        int offset = random.nextInt(text.length() + 1);
        return text.substring(0, offset) + PIECES.get(random.nextInt(PIECES.size())) + text.substring(offset);
      }
      case 1: {
        int offset = random.nextInt(text.length() + 1);
        int end = Math.min(text.length(), offset + 1 + random.nextInt(4));
        return text.substring(0, offset) + text.substring(end);
      }
      case 2:
        lines[at] = " ".repeat(1 + random.nextInt(3)) + lines[at];
        return String.join("\n", lines);
      case 3:
        lines[at] = lines[at].replaceFirst("^ {1," + (1 + random.nextInt(3)) + "}", "");
        return String.join("\n", lines);
      case 4: {
        int other = random.nextInt(lines.length);
        String swap = lines[at];
        lines[at] = lines[other];
        lines[other] = swap;
        return String.join("\n", lines);
      }
      case 5:
        lines[at] = lines[at] + "\n" + lines[at];
        return String.join("\n", lines);
      default: {
        int indent = lines[at].length() - lines[at].stripLeading().length();
        lines[at] = lines[at] + "\n" + " ".repeat(Math.max(0, indent + random.nextInt(5) - 2))
            + PIECES.get(random.nextInt(PIECES.size())) + PIECES.get(random.nextInt(PIECES.size()));
        return String.join("\n", lines);
      }
    }
  }

  @Test
  void mutatedRequestsItAnswersForReadAsSnakeYamlReadsThem() {
    List<String> texts = requests();
    AtomicInteger answered = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(20_000).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      String text = texts.get(random.nextInt(texts.size()));
      int count = 1 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        text = mutate(text, random);
      }
      if (agrees(text, "seed " + seed)) {
        answered.incrementAndGet();
      }
    });
    SharedData.corpus(); // the mutated examples were checked above; the count is calibrated on the corpus
    assertThat(answered.get()).as("mutated requests read without SnakeYAML").isGreaterThan(2_500);
  }

  @Test
  void generatedDocumentsItAnswersForReadAsSnakeYamlReadsThem() {
    AtomicInteger answered = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(10_000).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      Node tree = YamlTreeWriterTest.tree(new SplittableRandom(seed), 0);
      MapNode document = tree instanceof MapNode map && !map.entries().isEmpty() ? map : MapNode.of("root", tree);
      String text = new YamlTreeWriter().write(document);
      if (agrees(text, "seed " + seed)) {
        answered.incrementAndGet();
        assertThat(BlockYaml.read(text, YamlLimits.DEFAULT)).isEqualTo(document);
      }
    });
    assertThat(answered.get()).as("generated documents read without SnakeYAML").isGreaterThan(1_000);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "a: 1\n  b: 2\n", "a: x\n  y\n", "- a\n  b\n", "a: - x\n", "a:\n  - x\n  b: 1\n", "a: 'x\ny'\n", "a: \"x\\/y\"\n",
      "a: {b: 1}\n", "a: [1]\n", "a: &x 1\n", "a: !!str 1\n", "a: >\n  x\n", "? a\n: 1\n", "'a': 1\n", "a: 1\na: 2\n",
      "---\na: 1\n---\nb: 2\n", "a: 1\n...\n", "%YAML 1.1\n---\na: 1\n", "a:\tb\n", "a: b\r\n", "\ufeffa: 1\n", "- a\n",
      "a\n", "a: b: c\n", "a :b\n", "a: 'x'y\n", "a: {}x\n", "# only a comment\n", ""})
  void leavesEverythingElseToSnakeYaml(String text) {
    assertThat(BlockYaml.read(text, YamlLimits.DEFAULT)).as(text).isNull();
  }

  /**
   * Literal blocks outside the simple part (an indentation indicator, an empty first line, a line of
   * blanks, a line between the owner's and the block's indentation, anything after the header) and
   * folded ones are SnakeYAML's to read, errors included.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "a: |2\n  x\n", "a: |-2\n  x\n", "a: |2-\n  x\n", "a: |1\n   x\n", "a: |0\n  x\n", "a: |+-\n  x\n", "a: |x\n",
      "a: |#c\n  x\n", "a: | x\n  y\n", "a: |\n\n  x\n", "a: |\n  \n  x\n", "a: |\n  x\n   \n  y\n", "a: |\n  x\n \nb: 1\n",
      "a: |\n  x\n  ", "a: |\n    x\n  y\n", "a: |\n    x\n  # c\n", "a: |\n  x\n\tb\n", "a: |\n  x\r\n",
      "a: |\n  \u00e9\ud83d\ude00\n", "a: >-\n  x\n", "a: |\nx\n", "- |\n  x\n",
      "a:\n  - |\n  x\n", "a: |\n  x\n  ---\n---\nb: 1\n"})
  void leavesUnusualLiteralBlocksToSnakeYaml(String text) {
    assertThat(BlockYaml.read(text, YamlLimits.DEFAULT)).as(text).isNull();
  }

  @Test
  void readsLiteralBlocksAsSnakeYamlReadsThem() {
    String text = "a: |\n  one\n    two  \n\n  # not a comment\n\n\nb: |-\n  x\n  y\n# a comment\nc: |+\n  z\n\n\n"
        + "d: |   # comment\ne: |\n   - item: x\nf:\n- |\n  in a list\n-   k: |+\n      v\n    l: 1\ng:\n  - |-\n    last\n    line";
    assertThat(agrees(text, "literal blocks")).isTrue();
    assertThat(BlockYaml.read(text, YamlLimits.DEFAULT)).isEqualTo(MapNode.of("a", Node.text("one\n  two  \n\n# not a comment\n"))
        .with("b", Node.text("x\ny")).with("c", Node.text("z\n\n\n")).with("d", Node.text("")).with("e", Node.text("- item: x\n"))
        .with("f", tech.integratn.vcluster.domain.tree.ListNode.of(Node.text("in a list\n"),
            MapNode.of("k", Node.text("v\n")).with("l", Node.integer(1))))
        .with("g", tech.integratn.vcluster.domain.tree.ListNode.of(Node.text("last\nline"))));
  }

  /**
   * Every example, of every kind, and every sub-request the orchestrator renders (what the
   * sub-promises' pipelines read, the argocd-application one with its literal CoreDNS block) is read
   * without SnakeYAML, but one hand-written example.
   */
  @Test
  void everyExampleAndRenderedSubRequestIsReadWithoutSnakeYaml() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(RenderedRequests.repositoryRoot().resolve("examples"))) {
      files = walk.filter(p -> p.getFileName().toString().equals("request.yaml") || p.getFileName().toString().endsWith("-request.yaml"))
          .sorted().collect(java.util.stream.Collectors.toList());
    }
    assertThat(files).hasSizeGreaterThan(20);
    List<String> left = new ArrayList<>();
    for (Path file : files) {
      if (!agrees(read(file), file.toString())) {
        left.add(file.toString());
      }
    }
    // hand-written: "description: Applications of team A, deployed ..." (a comma in a plain scalar is
    // outside the subset: SnakeYAML reads it; the orchestrator renders no such description)
    assertThat(left).containsExactly(RenderedRequests.repositoryRoot().resolve("examples/argocd-project-full/request.yaml").toString());
  }

  /**
   * Generated literal blocks: random lines (more indented ones, comments, indicators, trailing
   * blanks), empty lines inside and after, every chomping, with and without a final line break, as
   * values of entries and items at several columns, followed by siblings, comments or the end.
   */
  @Test
  void generatedLiteralBlocksItAnswersForReadAsSnakeYamlReadsThem() {
    AtomicInteger answered = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(20_000).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      String text = literalDocument(new SplittableRandom(seed));
      if (agrees(text, "seed " + seed)) {
        answered.incrementAndGet();
      }
    });
    assertThat(answered.get()).as("generated literal blocks read without SnakeYAML").isGreaterThan(5_000);
  }

  static final List<String> LINE_PIECES = List.of("x", "abc", "key: value", "- item", "# hash", "a #b", "{", "}", "[]", "'", "\"",
      "|", ">", "---", "...", ":", " ", "  ", "\\", "%", "&a", "*a", "!t", "é", "名", "1", "true", "~", ".:1053 {");

  static String literalDocument(SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    int blocks = 1 + random.nextInt(3);
    for (int b = 0; b < blocks; b++) {
      int shape = random.nextInt(4);
      int owner;
      switch (shape) {
        case 0: // a: |
          owner = 0;
          out.append("k").append(b).append(": ");
          break;
        case 1: // nested entry
          owner = 2;
          out.append("k").append(b).append(":\n  n: ");
          break;
        case 2: // item of an indentless sequence
          owner = 0;
          out.append("k").append(b).append(":\n- ");
          break;
        default: // entry of a mapping in an item
          owner = 4;
          out.append("k").append(b).append(":\n  - m: 1\n    n: ");
          break;
      }
      out.append('|').append(List.of("", "", "-", "+", "2", " ", " # c").get(random.nextInt(7))).append('\n');
      int indent = owner + 1 + random.nextInt(3);
      int lines = random.nextInt(5);
      for (int l = 0; l < lines; l++) {
        int kind = random.nextInt(12);
        if (kind == 0) {
          out.append('\n');
        } else if (kind == 1) {
          out.append(" ".repeat(random.nextInt(indent + 3))).append('\n'); // blanks only, sometimes none
        } else {
          int column = kind == 2 ? random.nextInt(indent + 3) : kind == 3 ? indent + 1 + random.nextInt(3) : indent;
          out.append(" ".repeat(column));
          int pieces = 1 + random.nextInt(3);
          for (int p = 0; p < pieces; p++) {
            out.append(LINE_PIECES.get(random.nextInt(LINE_PIECES.size())));
          }
          if (random.nextInt(6) == 0) {
            out.append("  ");
          }
          out.append('\n');
        }
      }
      int empty = random.nextInt(6) == 0 ? 1 + random.nextInt(3) : 0;
      out.append("\n".repeat(empty));
      if (random.nextInt(5) == 0) {
        out.append(" ".repeat(random.nextInt(owner + 2))).append("# after\n");
      }
    }
    if (random.nextInt(5) == 0) {
      out.append("last: 1\n");
    }
    if (random.nextInt(4) == 0 && out.charAt(out.length() - 1) == '\n') {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  /** Multi-line text as the writer writes it (literal blocks of every chomping) is read back without SnakeYAML. */
  @Test
  void multiLineTextAsTheWriterWritesItIsReadWithoutSnakeYaml() {
    AtomicInteger blocks = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(10_000).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      StringBuilder value = new StringBuilder();
      int lines = 1 + random.nextInt(5);
      for (int l = 0; l < lines; l++) {
        if (l > 0) {
          value.append("\n".repeat(1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0)));
        }
        value.append(" ".repeat(l > 0 && random.nextInt(4) == 0 ? random.nextInt(4) : 0));
        value.append(LINE_PIECES.get(random.nextInt(LINE_PIECES.size())).strip());
        value.append(LINE_PIECES.get(random.nextInt(LINE_PIECES.size())).strip());
      }
      value.append("\n".repeat(random.nextInt(4)));
      Node text = Node.text(value.toString());
      Node tree = random.nextBoolean() ? MapNode.of("a", text)
          : MapNode.of("a", MapNode.of("b", tech.integratn.vcluster.domain.tree.ListNode.of(text, MapNode.of("c", text).with("d", text))))
              .with("e", Node.integer(1));
      String yaml = new YamlTreeWriter().write((MapNode) tree);
      if (ScalarStyle.forValue(value.toString()) != ScalarStyle.Style.LITERAL) {
        return; // one line, or a block would change it (a leading space or break, a space before a break)
      }
      blocks.incrementAndGet();
      assertThat(agrees(yaml, "seed " + seed)).as("seed %d, written as:%n%s", seed, yaml).isTrue();
      assertThat(BlockYaml.read(yaml, YamlLimits.DEFAULT)).isEqualTo(tree);
    });
    assertThat(blocks.get()).as("documents with literal blocks").isGreaterThan(5_000);
  }

  @Test
  void quotedScalarsFoldOverLinesAsSnakeYamlFoldsThem() {
    String text = "a: 'x\n  y'\nb: \"one\\ttwo \\x41\\u00e9\\U0001F600\"\nc: \"abc\\\n  \\ def\n\n  ghi  \n  jkl\"\n"
        + "d: 'it''s\n\n\n   ok'\n- no\n";
    assertThat(BlockYaml.read(text, YamlLimits.DEFAULT)).as("a sequence after a mapping is an error").isNull();
    String ok = text.substring(0, text.lastIndexOf("- no\n"));
    assertThat(agrees(ok, "folded")).isTrue();
    assertThat(BlockYaml.read(ok, YamlLimits.DEFAULT)).isEqualTo(MapNode.of("a", Node.text("x y"))
        .with("b", Node.text("one\ttwo A\u00e9\uD83D\uDE00")).with("c", Node.text("abc def\nghi jkl"))
        .with("d", Node.text("it's\n\nok")));
  }

  @Test
  void readsThePlainBlockForms() {
    String text = "---\n# comment\napiVersion: v1 # trailing\nlist:\n- a\n- 'it''s'\n-\n  k: \"q\"\nnested:\n  - x: 1\n    y: [] \n"
        + "  -   - z\n";
    assertThat(BlockYaml.read(text, YamlLimits.DEFAULT)).as("nested compact sequence is not read").isNull();
    String plain = "---\n# comment\napiVersion: v1 # trailing\nlist:\n- a\n- 'it''s'\n-\n  k: \"q\"\nnested:\n  - x: 1\n    y: [] \n"
        + "empty:\nafter: ~\n";
    assertThat(agrees(plain, "plain")).isTrue();
    assertThat(BlockYaml.read(plain, YamlLimits.DEFAULT)).isEqualTo(MapNode.of("apiVersion", Node.text("v1"))
        .with("list", tech.integratn.vcluster.domain.tree.ListNode.of(Node.text("a"), Node.text("it's"), MapNode.of("k", Node.text("q"))))
        .with("nested", tech.integratn.vcluster.domain.tree.ListNode.of(MapNode.of("x", Node.integer(1))
            .with("y", tech.integratn.vcluster.domain.tree.ListNode.of())))
        .with("empty", Node.text("")).with("after", Node.Null.NULL));
  }

  @Test
  void limitsAreLeftToSnakeYaml() {
    StringBuilder deep = new StringBuilder();
    for (int depth = 0; depth <= YamlLimits.DEFAULT.maxDepth() + 1; depth++) {
      deep.append("  ".repeat(depth)).append("k:\n");
    }
    assertThat(BlockYaml.read(deep.toString(), YamlLimits.DEFAULT)).isNull();
    StringBuilder ok = new StringBuilder();
    for (int depth = 0; depth < YamlLimits.DEFAULT.maxDepth(); depth++) {
      ok.append("  ".repeat(depth)).append("k:\n");
    }
    assertThat(agrees(ok.toString(), "64 levels")).isTrue();
  }
}
