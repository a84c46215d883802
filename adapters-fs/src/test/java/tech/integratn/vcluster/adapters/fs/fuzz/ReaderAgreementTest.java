package tech.integratn.vcluster.adapters.fs.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import tech.integratn.vcluster.adapters.fs.yaml.JacksonYamlReader;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeReader;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The reader resolves every request, and every generated scalar, as Jackson's YAML parser did
 * (the reader before it): same trees, and problems for the same inputs, but for plain scalars that
 * Go resolves otherwise than YAML 1.1 (see {@link #goResolved}). The known differences are
 * deliberate: aliases are refused (Jackson read an alias as its name), {@code !!binary} is refused
 * with its own message, an {@code !!int} that is not an integer is text (Jackson failed or
 * guessed), an escape spelling half a surrogate pair is refused, and a decimal whose exponent is
 * beyond a thousand ({@code 1e999999999}) stays text (Jackson read a number no message could show).
 */
class ReaderAgreementTest {

  static final YamlTreeReader READER = new YamlTreeReader();
  static final JacksonYamlReader ORACLE = new JacksonYamlReader();
  static final java.util.regex.Pattern OWN_PLACEMENT =
      java.util.regex.Pattern.compile("a number longer than|special characters|more than one YAML document");

  static void agree(String yaml, String context) {
    byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
    Either<RequestProblem, Node> ours = READER.read("t.yaml", bytes);
    Either<RequestProblem, Node> theirs = ORACLE.read("t.yaml", bytes);
    String why = context + "\n--- ours: " + show(ours) + "\n--- Jackson: " + show(theirs) + "\n--- input:\n" + Mutations.escape(yaml);
    if (theirs.isRight()) {
      assertThat(ours.isRight()).as(why).isTrue();
      assertThat(goResolved(ours.get(), theirs.get())).as(why).isTrue();
    } else if (Problems.render(theirs.getLeft()).endsWith("a number longer than 100 digits")) {
      return; // Jackson's limit; Go, and the reader, read a float, or text when too large for one
    } else {
      assertThat(ours.isLeft()).as(why).isTrue();
      // SnakeYAML's own syntax errors carry the same marks; the reader places its own refusals at
      // the offending character or marker, where Jackson placed them at the parser's position
      if (theirs.getLeft() instanceof RequestProblem.Syntax t && ours.getLeft() instanceof RequestProblem.Syntax o
          && !OWN_PLACEMENT.matcher(Problems.render(t)).find()) {
        assertThat(o.line()).as("the same line; %s", why).isEqualTo(t.line());
      }
    }
  }

  /**
   * Equal trees, but for scalars that Go (which the reader follows, checked by
   * {@code GoYamlOracleTest}) resolves otherwise than YAML 1.1: where Jackson read a text, the
   * reader holds what go-yaml v2 makes of that text; where Jackson read a number, the reader holds
   * text (a number too large for Go) or a decimal of the same value (an integer beyond 64 bits).
   */
  static boolean goResolved(Node ours, Node theirs) {
    if (ours.equals(theirs)) {
      return true;
    }
    if (ours instanceof tech.integratn.vcluster.domain.tree.MapNode o && theirs instanceof tech.integratn.vcluster.domain.tree.MapNode t) {
      if (o.entries().size() != t.entries().size()) {
        return false;
      }
      for (int i = 0; i < o.entries().size(); i++) {
        if (!o.entries().get(i)._1.equals(t.entries().get(i)._1) || !goResolved(o.entries().get(i)._2, t.entries().get(i)._2)) {
          return false;
        }
      }
      return true;
    }
    if (ours instanceof tech.integratn.vcluster.domain.tree.ListNode o && theirs instanceof tech.integratn.vcluster.domain.tree.ListNode t) {
      if (o.items().size() != t.items().size()) {
        return false;
      }
      for (int i = 0; i < o.items().size(); i++) {
        if (!goResolved(o.items().get(i), t.items().get(i))) {
          return false;
        }
      }
      return true;
    }
    if (theirs instanceof Node.Text t) {
      return ours.equals(tech.integratn.vcluster.adapters.fs.yaml.GoScalars.plain(t.value()));
    }
    if (theirs instanceof Node.Int t) {
      return ours instanceof Node.Text || ours instanceof Node.Decimal d && d.value().compareTo(new java.math.BigDecimal(t.value())) == 0;
    }
    return theirs instanceof Node.Decimal && ours instanceof Node.Text;
  }

  /** Jackson placed it where the parser was; the reader names the character itself. */
  @Test
  void aCharacterYamlDoesNotAllowIsReportedWhereItIs() {
    String yaml = "a: 1\nb:\n  c: x\u0001y\n";
    assertThat(Problems.render(READER.read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8)).getLeft()))
        .isEqualTo("t.yaml:3:7: not valid YAML: special characters are not allowed");
  }

  static String show(Either<RequestProblem, Node> read) {
    return read.isLeft() ? Problems.render(read.getLeft()) : Node.describe(read.get());
  }

  @Test
  void everyCorpusRequestReadsAlike() {
    for (Corpus.Request request : Corpus.all()) {
      agree(request.text(), request.name());
    }
  }

  @Test
  void mutatedRequestsReadAlike() {
    AtomicInteger refused = new AtomicInteger();
    List<Corpus.Request> corpus = Corpus.valid();
    qt().withFixedSeed(EngineRun.SEED).withExamples(3_000)
        .forAll(SourceDSL.integers().between(0, corpus.size() - 1), SourceDSL.longs().all())
        .checkAssert((index, seed) -> {
          Mutations m = new Mutations(seed);
          String text = corpus.get(index).text();
          int count = 1 + m.nextInt(4);
          for (int i = 0; i < count; i++) {
            text = m.mutateText(text);
          }
          if (text.contains("*") || text.contains("!!binary") || text.contains("!!int")) {
            return; // the documented differences
          }
          agree(text, corpus.get(index).name() + " mutated by " + m.log());
          if (READER.read("t.yaml", text.getBytes(StandardCharsets.UTF_8)).isLeft()) {
            refused.incrementAndGet();
          }
        });
    assertThat(refused.get()).as("mutations that break the YAML").isGreaterThan(100);
  }

  /** Pieces of plain scalars: digits, signs, separators, number and keyword letters. */
  static final List<String> PIECES = List.of("0", "1", "7", "8", "9", "12", "_", "-", "+", ".", ":", "e", "E", "x", "X",
      "b", "B", "o", "a", "F", "f", "inf", "Inf", "nan", "NaN", "y", "Y", "es", "no", "No", "NO", "n", "true", "True",
      "fAlse", "on", "ON", "Off", "null", "Null", "~", "<<", "=", "!", "&", "T", "t", "2026-11-26", " ", "٣", "ſ", "Z");

  static String scalar(SplittableRandom random) {
    StringBuilder s = new StringBuilder();
    int n = 1 + random.nextInt(5);
    for (int i = 0; i < n; i++) {
      s.append(PIECES.get(random.nextInt(PIECES.size())));
    }
    return s.toString().strip();
  }

  @Test
  void generatedScalarsResolveAlike() {
    AtomicInteger typed = new AtomicInteger();
    qt().withFixedSeed(EngineRun.SEED).withExamples(30_000).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      String s = scalar(random);
      String[] forms = {"", "!!str ", "!!float ", "!!bool ", "!!null ", "! "};
      String form = random.nextInt(3) == 0 ? forms[random.nextInt(forms.length)] : "";
      String quoted = random.nextInt(4) == 0 ? "'" + s.replace("'", "''") + "'" : s;
      String yaml = "k: " + form + quoted + "\n";
      agree(yaml, "scalar " + Node.quote(form + quoted));
      Either<RequestProblem, Node> read = READER.read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
      if (read.isRight() && !(((tech.integratn.vcluster.domain.tree.MapNode) read.get()).get("k").get() instanceof Node.Text)) {
        typed.incrementAndGet();
      }
    });
    assertThat(typed.get()).as("scalars resolved to a number, boolean or null").isGreaterThan(2_000);
  }
}
