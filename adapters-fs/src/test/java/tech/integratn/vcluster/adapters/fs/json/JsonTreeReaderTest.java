package tech.integratn.vcluster.adapters.fs.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

class JsonTreeReaderTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsEveryJsonValueKindKeepingKeyOrder() {
    Node node = new JsonTreeReader().read("t.json",
        utf8("{\"z\":1,\"a\":[true,false,null,\"s\",2.50,12345678901234567890],\"m\":{}}")).get();
    assertThat(node).isEqualTo(MapNode.of("z", Node.integer(1))
        .with("a", ListNode.of(Node.bool(true), Node.bool(false), Node.Null.NULL, Node.text("s"),
            new Node.Decimal(new BigDecimal("2.50")), new Node.Int(new BigInteger("12345678901234567890"))))
        .with("m", MapNode.empty()));
    assertThat(((MapNode) node).keys()).containsExactly("z", "a", "m");
  }

  @Test
  void refusesMalformedJsonNamingLineAndColumn() {
    assertThat(new JsonTreeReader().read("t.json", utf8("{\n  \"a\": tru\n}")).getLeft()).startsWith("t.json:2:");
    assertThat(new JsonTreeReader().read("t.json", utf8("")).getLeft()).isEqualTo("t.json: the document is empty");
  }

  @Test
  void refusesDuplicateKeysAndTrailingContent() {
    assertThat(new JsonTreeReader().read("t.json", utf8("{\"a\":1,\"a\":2}")).getLeft()).contains("Duplicate field 'a'");
    assertThat(new JsonTreeReader().read("t.json", utf8("{} {}")).getLeft())
        .contains("unexpected content after the JSON document");
  }

  @Test
  void refusesInputBeyondItsBounds() {
    assertThat(new JsonTreeReader(10, 64, 100).read("t.json", utf8("[1,2,3,4,5,6]")).getLeft())
        .isEqualTo("t.json: file is 13 bytes; the limit is 10 bytes");
    assertThat(new JsonTreeReader(1000, 2, 100).read("t.json", utf8("[[[[1]]]]")).getLeft()).isEqualTo("t.json:1:5: nested deeper than 2 levels");
    assertThat(new JsonTreeReader(1000, 64, 3).read("t.json", utf8("[1,2,3,4]")).getLeft())
        .contains("more than 3 values");
  }
}
