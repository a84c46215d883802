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
    try (Stream<Path> broken = Files.list(RenderedRequests.sharedDir().resolve("corpus/requests"))) {
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
      "a: {b: 1}\n", "a: [1]\n", "a: &x 1\n", "a: !!str 1\n", "a: |\n  x\n", "? a\n: 1\n", "'a': 1\n", "a: 1\na: 2\n",
      "---\na: 1\n---\nb: 2\n", "a: 1\n...\n", "%YAML 1.1\n---\na: 1\n", "a:\tb\n", "a: b\r\n", "\ufeffa: 1\n", "- a\n",
      "a\n", "a: b: c\n", "a :b\n", "a: 'x'y\n", "a: {}x\n", "# only a comment\n", ""})
  void leavesEverythingElseToSnakeYaml(String text) {
    assertThat(BlockYaml.read(text, YamlLimits.DEFAULT)).as(text).isNull();
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
