package tech.integratn.vcluster.adapters.fs.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** Reading and writing YAML without data binding. */
class YamlTreeTest {

  final YamlTreeReader reader = new YamlTreeReader();
  final YamlTreeWriter writer = new YamlTreeWriter();

  Node read(String yaml) {
    return reader.read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8)).get();
  }

  String problem(String yaml) {
    return Problems.render(reader.read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8)).getLeft());
  }

  @Test
  void readsScalarsWithTheirTypesAndKeepsKeyOrder() {
    Node doc = read("b: 1\na: '1'\nc: true\nd: ~\ne: 1.5\nf: [x, 2]\n");
    assertThat(doc).isEqualTo(MapNode.of("b", Node.integer(1)).with("a", "1").with("c", Node.bool(true))
        .with("d", Node.Null.NULL).with("e", new Node.Decimal(new java.math.BigDecimal("1.5")))
        .with("f", ListNode.of(Node.text("x"), Node.integer(2))));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      0x1F         | int 31
      017          | int 15
      0o17         | int 15
      0O17         | int 15
      0b-1         | int -1
      0b_+1        | int 1
      0o-7         | text 0o-7
      08           | decimal 8
      -0b11        | int -3
      1_000        | int 1000
      +1           | int 1
      1:30         | text 1:30
      1.5          | decimal 1.5
      1e3          | decimal 1E+3
      .5           | decimal 0.5
      .inf         | text .inf
      1_0.5        | decimal 10.5
      .5_5         | decimal 0.55
      ._5          | text ._5
      1e400        | text 1e400
      .5e400       | text .5e400
      18446744073709551615 | int 18446744073709551615
      18446744073709551616 | decimal 18446744073709551616
      -9223372036854775808 | int -9223372036854775808
      +9223372036854775808 | decimal 9223372036854775808
      0x10000000000000000  | text 0x10000000000000000
      0x0000000000000000001 | int 1
      yes          | bool true
      Off          | bool false
      y            | bool true
      N            | bool false
      yEs          | text yEs
      ~            | null
      NULL         | null
      2026-11-26   | text 2026-11-26
      '1'          | text 1
      !!str 1      | text 1
      !!float 5    | decimal 5
      !!bool y     | bool true
      !!null x     | null
      !!int x      | text x
      ! 5          | int 5
      """)
  void scalarsResolveAsSigsK8sYamlResolvesThem(String scalar, String expected) {
    Node value = ((MapNode) read("k: " + scalar + "\n")).get("k").get();
    String[] kind = expected.split(" ", 2);
    Node want = switch (kind[0]) {
      case "int" -> new Node.Int(new java.math.BigInteger(kind[1]));
      case "decimal" -> new Node.Decimal(new java.math.BigDecimal(kind[1]));
      case "bool" -> Node.bool(Boolean.parseBoolean(kind[1]));
      case "null" -> Node.Null.NULL;
      default -> Node.text(kind[1]);
    };
    assertThat(value).isEqualTo(want);
  }

  @Test
  void anEmptyValueIsTheEmptyTextAndBinaryIsRefused() {
    assertThat(read("a:\nb: ''\n")).isEqualTo(MapNode.of("a", Node.text("")).with("b", Node.text("")));
    assertThat(problem("a: !!binary aGk=\n")).isEqualTo("t.yaml:1:4: not valid YAML: binary values (!!binary) are not supported");
    assertThat(problem("a: *x\n")).contains("t.yaml:1:4: ");
    assertThat(problem("a: \"\\ud800\"\n")).isEqualTo("t.yaml:1:4: not valid YAML: an escape spells half of a UTF-16 "
        + "surrogate pair, which is not a Unicode character");
    assertThat(read("a: 1e999999999\nb: !!float 5.\n")).isEqualTo(MapNode.of("a", Node.text("1e999999999"))
        .with("b", new Node.Decimal(new java.math.BigDecimal("5."))));
  }

  /**
   * Issue 16 item 7, defect 2: numbers Go cannot hold are text to {@code sigs.k8s.io/yaml}, never a
   * huge decimal or a refusal of the whole request: an Ethereum address ({@code 0x} and 40 hex
   * digits), 101 hex digits, {@code 0b} past 64 bits, {@code 1e400}, a 1 200-digit integer (a
   * float too large for Go); a number of tiny magnitude is Go's nearest {@code float64}.
   */
  @Test
  void numbersGoCannotHoldAreTextAndNeverRefused() {
    String wallet = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    String hex = "0x" + "f".repeat(101);
    String binary = "0b1" + "0".repeat(64);
    String huge = "9".repeat(1200);
    Node doc = read("wallet: " + wallet + "\nhex: " + hex + "\nbinary: " + binary + "\nbig: 1e400\nhuge: " + huge
        + "\ntiny: 1e-999999\nsigned: -0b" + "1".repeat(64) + "\n");
    assertThat(doc).isEqualTo(MapNode.of("wallet", Node.text(wallet)).with("hex", Node.text(hex))
        .with("binary", Node.text(binary)).with("big", Node.text("1e400")).with("huge", Node.text(huge))
        .with("tiny", new Node.Decimal(new java.math.BigDecimal("0.0")))
        .with("signed", Node.text("-0b" + "1".repeat(64))));
    assertThat(BlockYaml.read("wallet: " + wallet + "\nhex: " + hex + "\n", YamlLimits.DEFAULT))
        .isEqualTo(MapNode.of("wallet", Node.text(wallet)).with("hex", Node.text(hex)));
  }

  /**
   * Issue 16 item 7, defect 1: go-yaml reads {@code 0b-1}, {@code 0b+1}, {@code 0b_+1} (v2 and v3)
   * and {@code 0o+7} (v3) as integers, so the writer quotes them, as values and as keys; two such
   * keys no longer collapse into one.
   */
  @Test
  void signedBinaryAndOctalTextsAreQuoted() {
    MapNode tree = MapNode.of("helmOverrides", MapNode.of("a", Node.text("0b-1")).with("b", Node.text("0o+7"))
        .with("c", Node.text("0O-7")).with("d", Node.text("-0b+1")))
        .with("0b+1", Node.text("x")).with("0b_+1", Node.text("y")).with("1", Node.text("z"));
    String yaml = writer.write(tree);
    assertThat(yaml).isEqualTo("""
        ---
        helmOverrides:
          a: "0b-1"
          b: "0o+7"
          c: "0O-7"
          d: "-0b+1"
        "0b+1": x
        "0b_+1": "y"
        "1": z
        """);
    assertThat(read(yaml)).isEqualTo(tree);
  }

  /**
   * Issue 12 item 7: an escape past the last Unicode character (U+10FFFF) is a YAML error at its
   * place, whichever reader meets it; {@code \\U80000000} and above overflowed an {@code int} and
   * crashed both readers with an internal error.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\\U80000000", "\\UFFFFFFFF", "\\U7FFFFFFF", "\\U00110000", "\\U0010fFfF"})
  void anEscapeBeyondUnicodeIsAPositionedYamlError(String escape) {
    String block = "a: 1\nnote: \"x" + escape + "\"\n";
    String flow = "a: 1\nb: {note: \"x" + escape + "\"}\n";
    if (escape.equalsIgnoreCase("\\U0010FFFF")) {
      assertThat(read(block)).isEqualTo(MapNode.of("a", Node.integer(1)).with("note", Node.text("x\uDBFF\uDFFF")));
      assertThat(read(flow)).isEqualTo(MapNode.of("a", Node.integer(1))
          .with("b", MapNode.of("note", Node.text("x\uDBFF\uDFFF"))));
      return;
    }
    assertThat(BlockYaml.read(block, YamlLimits.DEFAULT)).as("left to SnakeYAML").isNull();
    for (String yaml : new String[] {block, flow}) {
      RequestProblem problem = reader.read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8)).getLeft();
      assertThat(problem).as(yaml).isInstanceOf(RequestProblem.Syntax.class);
      RequestProblem.Syntax syntax = (RequestProblem.Syntax) problem;
      assertThat(syntax.line()).as(yaml).isEqualTo(2);
      assertThat(syntax.column()).as("%s: %s", yaml, Problems.render(problem)).isEqualTo(yaml.indexOf(escape) - yaml.indexOf('\n') + 2);
      assertThat(Problems.render(problem)).as(yaml)
          .endsWith(": not valid YAML: while scanning a double-quoted scalar: found unknown escape character " + escape.substring(2));
    }
  }

  @Test
  void writesDeterministicallyWithLiteralBlocksAndQuotesAmbiguousStrings() {
    MapNode doc = MapNode.of("corefile", Node.text("a {\n  b\n}\n"))
        .with("wave", "-1").with("flag", "true").with("yes", "yes").with("on", "on").with("octal", "0755")
        .with("date", "2026-02-08").with("empty", "").with("plain", "v1.34.3").with("version", "0.30.4")
        .with("n", Node.integer(443)).with("b", Node.bool(false));
    String yaml = writer.write(doc);
    assertThat(yaml).isEqualTo("---\ncorefile: |\n  a {\n    b\n  }\nwave: \"-1\"\nflag: \"true\"\n\"yes\": \"yes\"\n"
        + "\"on\": \"on\"\noctal: \"0755\"\ndate: \"2026-02-08\"\nempty: \"\"\nplain: v1.34.3\nversion: 0.30.4\n\"n\": 443\nb: false\n");
    assertThat(read(yaml)).isEqualTo(doc);
    assertThat(writer.write(doc)).isEqualTo(yaml);
  }

  @Test
  void severalDocumentsAreSeparated() {
    assertThat(writer.write(java.util.List.of(MapNode.of("a", Node.integer(1)), MapNode.of("b", Node.integer(2)))))
        .isEqualTo("---\na: 1\n---\nb: 2\n");
  }

  @Test
  void syntaxErrorsNameLineAndColumn() {
    assertThat(problem("a: 1\nb:\n\t- c\n")).startsWith("t.yaml:3:1: not valid YAML: ");
    assertThat(problem("a: [1, 2\n")).startsWith("t.yaml:2:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a: &x 1\nb: *x\n", "a: 1\na: 2\n", "---\na: 1\n---\nb: 2\n"})
  void aliasesDuplicateKeysAndSeveralDocumentsAreRefused(String yaml) {
    assertThat(reader.read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8)).getLeft())
        .isInstanceOf(RequestProblem.Syntax.class);
  }

  @Test
  void limitsAreEnforcedWithAClearMessage() {
    YamlTreeReader small = new YamlTreeReader(new YamlLimits(100, 3, 50));
    assertThat(Problems.render(small.read("t.yaml", "a: '".concat("x".repeat(200)).concat("'").getBytes(StandardCharsets.UTF_8)).getLeft()))
        .isEqualTo("t.yaml: file is 205 bytes; the limit is 100 bytes");
    assertThat(Problems.render(small.read("t.yaml", "a: {b: {c: {d: {e: 1}}}}".getBytes(StandardCharsets.UTF_8)).getLeft()))
        .contains("nested deeper than 3 levels");
    assertThat(Problems.render(reader.read("t.yaml", new byte[0]).getLeft())).isEqualTo("t.yaml: the document is empty");
  }

  /**
   * The widest block map the size limit admits: entries {@code k<i>: 1} up to {@code maxBytes}. Its
   * width is what bounds the reader's per-map work (the duplicate-key check among it) for any
   * request, so the test asserts the bound, not a time: the widest map is read whole, a duplicate
   * at its very end is found, and one entry more is refused by the size limit before any parsing.
   */
  @Test
  void theWidestMapTheSizeLimitAdmitsIsReadAndOneEntryMoreIsRefused() {
    int limit = YamlLimits.DEFAULT.maxBytes();
    StringBuilder yaml = new StringBuilder();
    int entries = 0;
    while (yaml.length() + ("k" + entries + ": 1\n").length() <= limit) {
      yaml.append('k').append(entries).append(": 1\n");
      entries++;
    }
    assertThat(entries).as("entries within %s bytes", limit).isGreaterThan(90_000);
    Node doc = read(yaml.toString());
    assertThat(((MapNode) doc).size()).isEqualTo(entries);
    assertThat(((MapNode) doc).entries().last()._1).isEqualTo("k" + (entries - 1));

    String lastEntry = "k" + (entries - 1) + ": 1\n";
    String duplicateAtTheEnd = yaml.substring(0, yaml.length() - lastEntry.length()) + "k0: 2\n";
    assertThat(problem(duplicateAtTheEnd)).containsIgnoringCase("duplicate").contains("'k0'");

    String oneMore = yaml + "k" + entries + ": 1\n";
    assertThat(Problems.render(reader.read("t.yaml", oneMore.getBytes(StandardCharsets.UTF_8)).getLeft()))
        .isEqualTo("t.yaml: file is " + oneMore.length() + " bytes; the limit is " + limit + " bytes");
    assertThat(problem("a: 1\nb: 2\na: 3\n")).containsIgnoringCase("duplicate").contains("'a'");
  }
}
