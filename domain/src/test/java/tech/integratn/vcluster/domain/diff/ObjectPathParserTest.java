package tech.integratn.vcluster.domain.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.control.Either;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** {@code --path} of spec 12.3: the syntax {@link ObjectPath#text()} writes, read back. */
class ObjectPathParserTest {

  @Test
  void dottedKeysBracketedKeysAndIndexes() {
    assertThat(ObjectPathParser.parse("controlPlane.statefulSet.highAvailability.replicas"))
        .isEqualTo(Either.right(ObjectPath.of("controlPlane", "statefulSet", "highAvailability", "replicas")));
    assertThat(ObjectPathParser.parse("controlPlane.service.annotations[\"external-dns.alpha.kubernetes.io/hostname\"]"))
        .isEqualTo(Either.right(ObjectPath.of("controlPlane", "service", "annotations", "external-dns.alpha.kubernetes.io/hostname")));
    assertThat(ObjectPathParser.parse("controlPlane.service.spec.ports[1].port"))
        .isEqualTo(Either.right(ObjectPath.of("controlPlane", "service", "spec", "ports").index(1).key("port")));
    assertThat(ObjectPathParser.parse("[\"a.b\"].c")).isEqualTo(Either.right(ObjectPath.of("a.b", "c")));
    assertThat(ObjectPathParser.parse("[\"say \\\"hi\\\"\\n\"]")).isEqualTo(Either.right(ObjectPath.of("say \"hi\"\n")));
    assertThat(ObjectPathParser.parse(".")).isEqualTo(Either.right(ObjectPath.root()));
  }

  @Test
  void aBrokenPathIsRefusedWithItsPosition() {
    assertThat(ObjectPathParser.parse("a..b")).isEqualTo(Either.left("has an empty key at position 2"));
    assertThat(ObjectPathParser.parse("a.")).isEqualTo(Either.left("has an empty key at position 2"));
    assertThat(ObjectPathParser.parse("a[\"b")).isEqualTo(Either.left("has an unclosed [\" at position 2"));
    assertThat(ObjectPathParser.parse("a[x]")).isEqualTo(Either.left("has [x] at position 2: write a list index as [0] and a key as [\"key\"]"));
    assertThat(ObjectPathParser.parse("a[0]b")).isEqualTo(Either.left("needs a . before the key at position 5"));
    assertThat(ObjectPathParser.parse("")).isEqualTo(Either.left("is empty (write . for the whole tree)"));
  }

  @Test
  void everyEscapeOfAQuotedKey() {
    assertThat(ObjectPathParser.parse("[\"a\\rb\\tc\\\\d\"]")).isEqualTo(Either.right(ObjectPath.of("a\rb\tc\\d")));
    assertThat(ObjectPathParser.parse("[\"\\u00e9\\u00C9x\"]")).isEqualTo(Either.right(ObjectPath.of("\u00e9\u00c9x")));
    assertThat(ObjectPathParser.parse("[\"\\u0041\"].b")).isEqualTo(Either.right(ObjectPath.of("A", "b")));
    assertThat(ObjectPathParser.parse("[\"a\\x\"]")).isEqualTo(Either.left("has an unknown escape \\x at position 4"));
    // \\u needs four hex digits: fewer, or one that is not hex, is an unknown escape
    assertThat(ObjectPathParser.parse("[\"\\u00g9\"]")).isEqualTo(Either.left("has an unknown escape \\u at position 3"));
    assertThat(ObjectPathParser.parse("[\"\\u00e\"]")).isEqualTo(Either.left("has an unknown escape \\u at position 3"));
    assertThat(ObjectPathParser.parse("[\"\\u00e")).isEqualTo(Either.left("has an unknown escape \\u at position 3"));
    assertThat(ObjectPathParser.parse("[\"\\u00e9")).isEqualTo(Either.left("has an unclosed [\" at position 1"));
    // the hex digits' edges: 0-9, a-f and A-F, and the characters just outside them
    assertThat(ObjectPathParser.parse("[\"\\u09aF\"]")).isEqualTo(Either.right(ObjectPath.of("\u09af")));
    for (String outside : new String[] {"/", ":", "`", "g", "@", "G"}) {
      assertThat(ObjectPathParser.parse("[\"\\u0" + outside + "00\"]")).as(outside)
          .isEqualTo(Either.left("has an unknown escape \\u at position 3"));
    }
  }

  @Test
  void aPathCutShortInsideABracketIsRefusedNotThrown() {
    assertThat(ObjectPathParser.parse("a[")).isEqualTo(Either.left("has an unclosed [ at position 2"));
    assertThat(ObjectPathParser.parse("a[\"")).isEqualTo(Either.left("has an unclosed [\" at position 2"));
    assertThat(ObjectPathParser.parse("[\"a\\")).isEqualTo(Either.left("has an unclosed [\" at position 1"));
    assertThat(ObjectPathParser.parse("[\"a\"")).isEqualTo(Either.left("has an unclosed [\" at position 1"));
    assertThat(ObjectPathParser.parse("[\"a\"x")).isEqualTo(Either.left("has an unclosed [\" at position 1"));
    assertThat(ObjectPathParser.parse("a.[0]")).isEqualTo(Either.left("has an empty key at position 2"));
    assertThat(ObjectPathParser.parse(".a")).isEqualTo(Either.left("has an empty key at position 1"));
  }

  @Test
  void anIndexHasOneToNineDigits() {
    assertThat(ObjectPathParser.parse("a[123456789]")).isEqualTo(Either.right(ObjectPath.of("a").index(123456789)));
    assertThat(ObjectPathParser.parse("[0][1]")).isEqualTo(Either.right(ObjectPath.root().index(0).index(1)));
    assertThat(ObjectPathParser.parse("a[1234567890]"))
        .isEqualTo(Either.left("has [1234567890] at position 2: write a list index as [0] and a key as [\"key\"]"));
    assertThat(ObjectPathParser.parse("a[]")).isEqualTo(Either.left("has [] at position 2: write a list index as [0] and a key as [\"key\"]"));
    assertThat(ObjectPathParser.parse("a[1/]")).isEqualTo(Either.left("has [1/] at position 2: write a list index as [0] and a key as [\"key\"]"));
    assertThat(ObjectPathParser.parse("a[:]")).isEqualTo(Either.left("has [:] at position 2: write a list index as [0] and a key as [\"key\"]"));
  }

  @Test
  void whatTextWritesParsesBack() {
    String[] keys = {"a", "b-c", "x_y", "a.b", "", "say \"hi\"", "tab\there", "q[0]", "k:v", "\u0001", "é"};
    qt().withExamples(2000).withFixedSeed(0x12_3L).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      ObjectPath path = ObjectPath.root();
      int size = 1 + r.nextInt(5);
      for (int i = 0; i < size; i++) {
        path = r.nextInt(4) == 0 ? path.index(r.nextInt(12)) : path.key(keys[r.nextInt(keys.length)]);
      }
      assertThat(ObjectPathParser.parse(path.text())).as(path.text()).isEqualTo(Either.right(path));
    });
  }
}
