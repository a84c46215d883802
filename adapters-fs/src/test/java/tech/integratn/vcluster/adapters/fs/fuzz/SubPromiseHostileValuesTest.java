package tech.integratn.vcluster.adapters.fs.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple2;
import io.vavr.control.Either;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeReader;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.contract.Promise;
import tech.integratn.vcluster.domain.contract.Deletion;
import tech.integratn.vcluster.domain.profile.ImmutablePlatformProfile;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.profile.UnknownFieldPolicy;
import tech.integratn.vcluster.domain.promise.PromiseKind;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Every value of the three sub-promises' full examples, replaced in turn by each of a set of
 * hostile values (and every key removed): configure answers with a rendering or with problems that
 * each name a field, never with an exception; a delete never refuses (spec 7, 9.3).
 */
class SubPromiseHostileValuesTest {

  static final List<Node> HOSTILE = List.of(
      Node.Null.NULL, Node.text(""), Node.text(" "), Node.integer(0), Node.integer(-1),
      new Node.Int(BigInteger.TEN.pow(40)), Node.bool(true), new Node.Decimal(new java.math.BigDecimal("1.5")),
      ListNode.of(), ListNode.of(Node.Null.NULL), MapNode.empty(), MapNode.of("a", Node.Null.NULL),
      Node.text("a".repeat(300)), Node.text("\uD83D\uDE00".repeat(70)), Node.text(".."), Node.text("."),
      Node.text("http://x"), Node.text("https://"), Node.text("kind: Secret"), Node.text("a\u0000b"), Node.text("line\nbreak"));

  static final PlatformProfile STRICT = ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE)
      .withUnknownFields(UnknownFieldPolicy.REJECT);

  @TestFactory
  Stream<DynamicTest> everyHostileValueEverywhereIsAnsweredWithProblemsNeverAnException() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    Path examples = Path.of("..").toAbsolutePath().normalize().resolve("examples");
    for (String example : List.of("argocd-project-full", "argocd-application-full", "argocd-cluster-registration-full")) {
      Node request = new YamlTreeReader().read(example, Files.readAllBytes(examples.resolve(example).resolve("request.yaml")))
          .getOrElseThrow(p -> new AssertionError(Problems.render(p)));
      Promise<?> sub = PromiseKind.of(request).get().get().promise();
      tests.add(DynamicTest.dynamicTest(example, () -> {
        List<Node> variants = new ArrayList<>();
        variants(request, variants, n -> n);
        assertThat(variants).as("variants of " + example).hasSizeGreaterThan(200);
        int refused = 0;
        for (Node variant : variants) {
          refused += answers(sub, variant, IntegratnProfile.PROFILE) + answers(sub, variant, STRICT);
        }
        assertThat(refused).as("refused variants of " + example).isPositive();
      }));
    }
    return tests.stream();
  }

  /** 1 when configure refused {@code request}; fails on an exception or a problem without a field. */
  private static int answers(Promise<?> sub, Node request, PlatformProfile profile) {
    var configured = sub.configure(request, profile, sub.promiseName());
    Deletion deleted = sub.delete(request, profile, sub.promiseName());
    assertThat(deleted.status().phase()).isEqualTo("Deleting");
    if (configured.isRight()) {
      assertThat(deleted.notListed()).isEmpty();
      return 0;
    }
    assertThat(configured.getLeft().problems()).isNotEmpty();
    for (RequestProblem p : configured.getLeft().problems()) {
      assertThat(Problems.render(p)).as("a problem names its field").matches("(?s)^(spec|kind|metadata|\\(document\\)).*: .+");
    }
    return 1;
  }

  /** Every variant of {@code node} with one value replaced by a hostile one or one key removed, rebuilt by {@code up}. */
  private static void variants(Node node, List<Node> out, UnaryOperator<Node> up) {
    if (node instanceof MapNode map) {
      for (Tuple2<String, Node> e : map.entries()) {
        String key = e._1;
        out.add(up.apply(map.without(key)));
        for (Node hostile : HOSTILE) {
          out.add(up.apply(map.with(key, hostile)));
        }
        variants(e._2, out, child -> up.apply(map.with(key, child)));
      }
    } else if (node instanceof ListNode list) {
      for (int i = 0; i < list.items().size(); i++) {
        int index = i;
        for (Node hostile : HOSTILE) {
          out.add(up.apply(new ListNode(list.items().update(index, hostile))));
        }
        variants(list.items().get(i), out, child -> up.apply(new ListNode(list.items().update(index, child))));
      }
    }
  }
}
