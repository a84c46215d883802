package tech.integratn.vcluster.adapters.fs.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.SourceDSL;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import tech.integratn.vcluster.adapters.fs.testdata.SharedData;
import tech.integratn.vcluster.adapters.fs.typed.RenderedRequests;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.orchestrator.ClusterPlan;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The emitter against two oracles: what it writes reads back as the same tree (with our reader,
 * and as strings where strings were written with a YAML 1.1 reader, SnakeYAML's default
 * resolver), and it is what Jackson's YAML generator wrote, byte for byte, except for the kinds
 * of string and decimal where {@link ScalarStyle} documents a different choice. Every decimal is
 * also a float to YAML 1.1, YAML 1.2 and go-yaml.
 */
class YamlTreeWriterTest {

  static final YamlTreeWriter WRITER = new YamlTreeWriter();
  static final YamlTreeReader READER = new YamlTreeReader();

  @Test
  void everyRenderingIsWrittenAsJacksonWroteIt() {
    int documents = 0;
    for (Path request : RenderedRequests.requests()) {
      Rendering<ClusterPlan> rendering = RenderedRequests.render(request);
      for (OutputFile file : rendering.files()) {
        List<Node> objects = new ArrayList<>();
        for (KubernetesObject object : file.objects()) {
          objects.add(object.toNode());
        }
        assertThat(WRITER.write(objects)).as("%s %s", request, file.path()).isEqualTo(JacksonYamlOracle.write(objects));
        documents += objects.size();
      }
      Node status = rendering.status().toNode();
      assertThat(WRITER.write(status)).as("%s status", request).isEqualTo(JacksonYamlOracle.write(status));
    }
    SharedData.corpus(); // the examples' renderings were compared above; the count is of the corpus's
    assertThat(documents).as("documents compared").isGreaterThan(94 * 6);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      plain words           | a b c           | a b c
      keyword               | yes             | "yes"
      number-like           | 0755            | "0755"
      version               | 1.34.3          | 1.34.3
      alias indicator       | *               | '*'
      tag indicator         | !x              | '!x'
      dash before blank     | - x             | '- x'
      dash before text      | -x              | -x
      leading blank         | ` x`            | ' x'
      quote inside          | it's            | it's
      quoted quote          | 'q'             | '''q'''
      mapping indicator     | a: b            | "a: b"
      comment               | a #b            | "a #b"
      flow indicator        | a,b             | "a,b"
      document marker       | ---             | '---'
      """)
  void singleLineValues(String what, String text, String written) {
    assertThat(WRITER.write(MapNode.of("k", Node.text(text)))).as(what).isEqualTo("---\nk: " + written + "\n");
  }

  @Test
  void escapesInDoubleQuotes() {
    String text = "\"\\\0\u0007\b\t\u000B\f\r\u001B\u0085\u00A0\u2028\u2029\u0001\u007F\uD800\uFFFE\uFEFFé😀";
    assertThat(WRITER.write(MapNode.of("k", Node.text(text))))
        .isEqualTo("---\nk: \"\\\"\\\\\\0\\a\\b\\t\\v\\f\\r\\e\\N\\_\\L\\P\\x01\\x7f\\ud800\\ufffe\\ufeffé😀\"\n");
  }

  @Test
  void multiLineTextIsALiteralBlockWhenABlockKeepsItExactly() {
    MapNode doc = MapNode.of("keep-one", Node.text("a\n  b\n")).with("strip", Node.text("a\n\nb"))
        .with("keep-all", Node.text("x\n\n")).with("leading-blank", Node.text(" a\nb"))
        .with("trailing-blank", Node.text("a \nb")).with("tab", Node.text("a\n\tb"))
        .with("list", ListNode.of(Node.text("a\nb\n")));
    assertThat(WRITER.write(doc)).isEqualTo("""
        ---
        keep-one: |
          a
            b
        strip: |-
          a

          b
        keep-all: |+
          x

        leading-blank: " a\\nb"
        trailing-blank: "a \\nb"
        tab: "a\\n\\tb"
        list:
          - |
            a
            b
        """);
  }

  @Test
  void collectionsKeysAndDocuments() {
    MapNode doc = MapNode.of("nested", ListNode.of(ListNode.of(Node.text("a"), Node.text("b")),
            MapNode.of("x", Node.integer(1)).with("y", Node.integer(2)), MapNode.empty(), ListNode.of(), Node.Null.NULL))
        .with("<<", Node.text("not a merge")).with("", Node.bool(true)).with("k".repeat(128), MapNode.of("a", Node.integer(1)))
        .with("d", new Node.Decimal(new BigDecimal("1E+3")));
    assertThat(WRITER.write(List.of(doc, MapNode.empty()))).isEqualTo("""
        ---
        nested:
          -   - a
              - b
          - x: 1
            "y": 2
          - {}
          - []
          - null
        "<<": not a merge
        ? ""
        : true
        ? %s
        : a: 1
        d: 1.E+3
        --- {}
        """.formatted("k".repeat(128)));
  }

  // ---- generated trees ------------------------------------------------------------------------

  /** Pieces of strings: indicators, blanks, breaks, keywords, numbers, odd and non-BMP characters. */
  static final List<String> PIECES = List.of(
      "a", "b", "x y", "Z", "0", "1", "12", ".", "-", "+", "_", "e", ":", ": ", " :", "#", " #", "?", "? ", "- ", ",",
      "[", "]", "{", "}", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "~", "<<", "=", "\\", " ", "  ", "\t", "\n",
      "\n\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\u0000", "\u0001", "\u001B", "\u007F", "\u0080", "\u00A0",
      "\uFEFF", "\uFFFE", "😀", "é", "名", "yes", "No", "ON", "null", "true", "0x1F", "0o17", "1e3",
      ".inf", ".NaN", "2026-11-26", "12:30", "1_000", "---", "...", "v1.34.3", "10.0.0.0/16", "k".repeat(60),
      "0X", "0B", "0O", "=", "e", "E", "+_", "9");

  static String text(SplittableRandom random) {
    int pieces = random.nextInt(5);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES.get(random.nextInt(PIECES.size())));
    }
    return text.toString();
  }

  static Node tree(SplittableRandom random, int depth) {
    int kind = random.nextInt(depth > 3 ? 6 : 10);
    switch (kind) {
      case 0: return Node.integer(random.nextInt(2001) - 1000);
      case 1: return new Node.Int(BigInteger.TEN.pow(random.nextInt(19)).negate()); // 64 bits: Go reads more as a float
      case 2: return new Node.Decimal(new BigDecimal(List.of("0.5", "-1.25", "1E+3", "1e-7", "443.0", "7", "-0").get(random.nextInt(7))));
      case 3: return Node.bool(random.nextBoolean());
      case 4: return Node.Null.NULL;
      case 5: return Node.text(text(random));
      case 6: case 7: {
        MapNode map = MapNode.empty();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
          map = map.with(random.nextInt(8) == 0 ? "k".repeat(120 + random.nextInt(16)) : text(random), tree(random, depth + 1));
        }
        return map;
      }
      default: {
        List<Node> items = new ArrayList<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
          items.add(tree(random, depth + 1));
        }
        return new ListNode(Vector.ofAll(items));
      }
    }
  }

  @Test
  void generatedTreesReadBackAndMatchJacksonOutsideTheDocumentedDifferences() {
    AtomicInteger compared = new AtomicInteger();
    qt().withFixedSeed(Long.getLong("fuzz.seed", 20261126L)).withExamples(4_000)
        .forAll(SourceDSL.longs().all())
        .checkAssert(seed -> {
          Node tree = tree(new SplittableRandom(seed), 0);
          MapNode document = tree instanceof MapNode map ? map : MapNode.of("root", tree);
          String yaml = WRITER.write(document);
          String why = "seed " + seed + ", written as:\n" + yaml;
          Either<RequestProblem, Node> read = READER.read("written.yaml", yaml.getBytes(StandardCharsets.UTF_8));
          assertThat(read).as(why).isEqualTo(Either.right(document));
          assertSameStrings(document, new Yaml(new LoaderOptions()).load(yaml), why);
          if (!documentedDifference(document)) {
            assertThat(yaml).as(why).isEqualTo(JacksonYamlOracle.write(document));
            compared.incrementAndGet();
          }
        });
    assertThat(compared.get()).as("trees compared with Jackson's output").isGreaterThan(1_000);
  }

  // ---- decimals ---------------------------------------------------------------------------------

  /** The YAML 1.1 float form (yaml.org/type/float.html) without base 60, {@code .inf} and {@code .nan}. */
  static final java.util.regex.Pattern YAML11_FLOAT = java.util.regex.Pattern.compile("[-+]?([0-9][0-9_]*)?\\.[0-9.]*([eE][-+][0-9]+)?");
  /** The YAML 1.2 core schema's float form without {@code .inf} and {@code .nan}. */
  static final java.util.regex.Pattern YAML12_FLOAT = java.util.regex.Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  /** The plain scalar the writer writes for {@code value}. */
  static String written(BigDecimal value) {
    String yaml = WRITER.write(MapNode.of("d", new Node.Decimal(value)));
    assertThat(yaml).startsWith("---\nd: ").endsWith("\n");
    return yaml.substring("---\nd: ".length(), yaml.length() - 1);
  }

  /**
   * Issue 12 item 7: every decimal is a float to YAML 1.1 readers (PyYAML on libyaml read
   * {@code 1E-7} as a string), to YAML 1.2 and go-yaml, and reads back as the same number with our
   * reader (the same scale too), with Jackson's and with SnakeYAML's YAML 1.1 resolver.
   */
  static void assertReadBackAsTheSameNumber(BigDecimal value) {
    String scalar = written(value);
    String why = value.unscaledValue() + "E" + (-value.scale()) + " written as " + scalar;
    assertThat(YAML11_FLOAT.matcher(scalar).matches()).as("a YAML 1.1 float: %s", why).isTrue();
    assertThat(YAML12_FLOAT.matcher(scalar).matches()).as("a YAML 1.2 float: %s", why).isTrue();
    assertThat(GO_FLOAT.matcher(scalar).matches() && !GO_INT.matcher(scalar).matches()).as("a go-yaml float: %s", why).isTrue();
    String yaml = "d: " + scalar + "\n";
    MapNode expected = MapNode.of("d", new Node.Decimal(value));
    assertThat(READER.read("d.yaml", yaml.getBytes(StandardCharsets.UTF_8))).as(why).isEqualTo(Either.right(expected));
    assertThat(READER.readEvents("d.yaml", yaml)).as(why).isEqualTo(Either.right(expected));
    Node jackson = new JacksonYamlReader().read("d.yaml", yaml.getBytes(StandardCharsets.UTF_8)).get();
    assertThat(((MapNode) jackson).get("d").get()).as(why).isInstanceOfSatisfying(Node.Decimal.class,
        d -> assertThat(d.value()).as(why).isEqualByComparingTo(value));
    Object snake = ((Map<?, ?>) new Yaml(new LoaderOptions()).load(yaml)).get("d");
    assertThat(snake).as(why).isEqualTo(value.doubleValue());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      1E-7      | 1.E-7
      0.0000001 | 1.E-7
      1E+3      | 1.E+3
      -5E+3     | -5.E+3
      0E-10     | 0.E-10
      0E+2      | 0.E+2
      5         | 5.
      -0        | 0.
      0.25      | 0.25
      443.0     | 443.0
      -1.25     | -1.25
      1.5E+10   | 1.5E+10
      1.23E-8   | 1.23E-8
      0.000001  | 0.000001
      """)
  void decimalsAreWrittenWithAPointInTheMantissa(String value, String written) {
    assertThat(written(new BigDecimal(value))).isEqualTo(written);
    assertReadBackAsTheSameNumber(new BigDecimal(value));
  }

  @Test
  void everyDecimalReadsBackAsTheSameNumberInYaml11And12() {
    qt().withFixedSeed(Long.getLong("fuzz.seed", 20261126L)).withExamples(20_000)
        .forAll(SourceDSL.longs().all())
        .checkAssert(seed -> {
          java.util.Random random = new java.util.Random(seed);
          BigInteger unscaled = new BigInteger(random.nextInt(131), random);
          int scale = random.nextInt(3) == 0
              // down to 1E+300 at most: a float64 (Go) holds no larger number, and the reader keeps one as text
              ? random.nextInt(YamlScalars.LARGEST_SCALE + 261) - 260
              : random.nextInt(41) - 20;
          assertReadBackAsTheSameNumber(new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), scale));
        });
  }

  /** YAML 1.1 resolution (SnakeYAML's default) reads every written string as that string. */
  static void assertSameStrings(Node node, Object loaded, String why) {
    if (node instanceof Node.Text t) {
      assertThat(loaded).as(why).isEqualTo(t.value());
    } else if (node instanceof MapNode map) {
      assertThat(loaded).as(why).isInstanceOf(Map.class);
      Map<?, ?> m = (Map<?, ?>) loaded;
      assertThat(m).as(why).hasSize(map.size());
      for (Tuple2<String, Node> e : map.entries()) {
        assertThat(m.containsKey(e._1)).as("key %s; %s", Node.quote(e._1), why).isTrue();
        assertSameStrings(e._2, m.get(e._1), why);
      }
    } else if (node instanceof ListNode list) {
      assertThat(loaded).as(why).isInstanceOf(List.class);
      List<?> l = (List<?>) loaded;
      assertThat(l).as(why).hasSize(list.items().size());
      for (int i = 0; i < l.size(); i++) {
        assertSameStrings(list.items().get(i), l.get(i), why);
      }
    } else if (node instanceof Node.Int i) {
      assertThat(new BigInteger(String.valueOf(loaded))).as(why).isEqualTo(i.value());
    } else if (node instanceof Node.Bool b) {
      assertThat(loaded).as(why).isEqualTo(b.value());
    } else if (node instanceof Node.Null) {
      assertThat(loaded).as(why).isNull();
    }
  }

  /** The kinds of scalar we write differently from Jackson's generator (see {@link ScalarStyle}). */
  static boolean documentedDifference(Node node) {
    if (node instanceof Node.Decimal d) {
      return d.value().toString().indexOf('.') < 0;
    }
    if (node instanceof Node.Text t) {
      String s = t.value();
      return s.indexOf('\uFEFF') >= 0 || YamlScalars.hasUnpairedSurrogate(s) || s.equals("<<") || s.equals("=") || goNumberOnly(s)
          || (s.indexOf('\n') >= 0 && !PlainScalarSafety.hasUnicodeBreak(s) && (s.charAt(0) == ' ' || s.charAt(0) == '\n'));
    }
    if (node instanceof MapNode map) {
      for (Tuple2<String, Node> e : map.entries()) {
        if (e._1.equals("<<") || e._1.equals("=") || goNumberOnly(e._1) || e._1.indexOf('\uFEFF') >= 0
            || YamlScalars.hasUnpairedSurrogate(e._1) || documentedDifference(e._2)) {
          return true;
        }
      }
    } else if (node instanceof ListNode list) {
      for (Node item : list.items()) {
        if (documentedDifference(item)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A number to go-yaml that the YAML 1.1 and 1.2 forms (and so Jackson's writer) do not quote. */
  static boolean goNumberOnly(String s) {
    return !s.isEmpty() && s.indexOf('\n') < 0 && PlainScalarSafety.goYamlNumber(s) && !PlainScalarSafety.ambiguous(s);
  }

  /**
   * go-yaml's resolution of plain scalars to numbers (its resolve.go: drop every {@code _}, then Go's
   * integer syntax with any base prefix, then its float expression), as the test's own oracle.
   */
  static final java.util.regex.Pattern GO_INT = java.util.regex.Pattern.compile("[-+]?(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|[0-9]+)");
  static final java.util.regex.Pattern GO_FLOAT = java.util.regex.Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  static boolean goYamlReadsANumber(String plain) {
    if (plain.isEmpty() || "+-.0123456789".indexOf(plain.charAt(0)) < 0) {
      return false;
    }
    String p = plain.replace("_", "");
    return GO_INT.matcher(p).matches() || GO_FLOAT.matcher(p).matches();
  }

  /** No plain scalar the writer writes is a number to go-yaml (the readers behind kubectl, Argo CD, Kratix). */
  @Test
  void noPlainScalarIsANumberToGoYaml() {
    String alphabet = "0123456789+-._xXbBoOeEaAfF :";
    qt().withFixedSeed(Long.getLong("fuzz.seed", 20261126L)).withExamples(50_000)
        .forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, alphabet.length() - 1)).ofSizeBetween(1, 8))
        .checkAssert(indexes -> {
          StringBuilder text = new StringBuilder();
          indexes.forEach(i -> text.append(alphabet.charAt(i)));
          String s = text.toString();
          if (goYamlReadsANumber(s)) {
            assertThat(ScalarStyle.forValue(s)).as(s).isNotEqualTo(ScalarStyle.Style.PLAIN);
            assertThat(ScalarStyle.forKey(s)).as(s).isNotEqualTo(ScalarStyle.Style.PLAIN);
          }
        });
    for (String s : new String[] {"0X1F", "0B101", "0O17", "+_1", "-_0x1", "0_x1", "1e_3", "1.5e_3", "1e3_"}) {
      assertThat(goYamlReadsANumber(s)).as(s).isTrue();
      assertThat(WRITER.write(MapNode.of(s, Node.text(s)))).isEqualTo("---\n\"" + s + "\": \"" + s + "\"\n");
    }
  }
}
