package tech.integratn.vcluster.domain.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * {@link JsonSchema} at its limits: the recursion cut (512 schema steps) reached through each keyword
 * that descends, references into lists, unknown type names refused, near-miss key suggestions by length,
 * and JSON equality of maps, lists and numbers.
 */
class JsonSchemaLimitsTest {

  static final String TOO_DEEP = "the schema refers to itself too deeply to check this value";

  static JsonSchema schema(String json) {
    return JsonSchema.compile(Json.parse(json)).getOrElseThrow(m -> new AssertionError(m));
  }

  static Seq<String> messages(String schema, Node value) {
    return schema(schema).validate(value).map(SchemaViolation::message);
  }

  /** {@code levels} lists, each the only item of the one around it. */
  static Node nestedLists(int levels) {
    Node node = ListNode.of();
    for (int i = 0; i < levels; i++) {
      node = ListNode.of(node);
    }
    return node;
  }

  /** {@code levels} maps, each under the key {@code key} of the one around it. */
  static Node nestedMaps(String key, int levels) {
    Node node = MapNode.empty();
    for (int i = 0; i < levels; i++) {
      node = MapNode.of(key, node);
    }
    return node;
  }

  @Test
  void eachItemLevelCostsTwoStepsThroughItemsAndTheReference() {
    String lists = "{'type':'array','items':{'$ref':'#'}}";
    assertThat(messages(lists, nestedLists(256))).isEmpty();
    assertThat(messages(lists, nestedLists(257))).containsExactly(TOO_DEEP);
  }

  @Test
  void theCutIsReachedThroughPropertiesPatternsAndAdditionalProperties() {
    assertThat(messages("{'properties':{'a':{'$ref':'#'}}}", nestedMaps("a", 256))).isEmpty();
    assertThat(messages("{'properties':{'a':{'$ref':'#'}}}", nestedMaps("a", 300))).containsExactly(TOO_DEEP);
    assertThat(messages("{'patternProperties':{'^a$':{'$ref':'#'}}}", nestedMaps("a", 300))).containsExactly(TOO_DEEP);
    assertThat(messages("{'additionalProperties':{'$ref':'#'}}", nestedMaps("a", 300))).containsExactly(TOO_DEEP);
  }

  @Test
  void theCutIsReachedThroughAllOfAndTheAlternatives() {
    assertThat(messages("{'type':'array','items':{'allOf':[{'$ref':'#'}]}}", nestedLists(200)))
        .containsExactly(TOO_DEEP);
    assertThat(messages("{'type':'array','items':{'allOf':[{'$ref':'#'}]}}", nestedLists(150))).isEmpty();
    assertThat(messages("{'type':'array','items':{'anyOf':[{'$ref':'#'}]}}", nestedLists(150))).isEmpty();
    assertThat(messages("{'type':'array','items':{'anyOf':[{'$ref':'#'}]}}", nestedLists(200))).hasSize(1);
  }

  @Test
  void aSchemaThatExcludesItselfEndsAtTheCut() {
    assertThatCode(() -> schema("{'not':{'$ref':'#'}}").validate(Node.integer(1))).doesNotThrowAnyException();
  }

  @Test
  void aReferenceMayPointIntoAListByIndex() {
    String schema = "{'allOf':[{'type':'string'}],'properties':{'a':{'$ref':'#/allOf/0'}}}";
    assertThat(messages(schema, Json.parse("{'a':3}"))).containsExactly("expected string, got 3", "expected string, got a map");
  }

  @Test
  void aReferencePastTheEndOfAListIsRefusedWhenCompiling() {
    assertThat(JsonSchema.compile(Json.parse("{'allOf':[{}],'properties':{'a':{'$ref':'#/allOf/1'}}}")).isLeft())
        .isTrue();
    assertThat(JsonSchema.compile(Json.parse("{'allOf':[{}],'properties':{'a':{'$ref':'#/allOf/0'}}}")).isRight())
        .isTrue();
  }

  @Test
  void anUnknownTypeNameIsRefusedWhenCompilingAndAcceptsTellsValidFromInvalid() {
    assertThat(JsonSchema.compile(Json.parse("{'type':'strange'}")).getLeft())
        .isEqualTo("#/type: unknown type name \"strange\"");
    assertThat(schema("{'type':'string'}").accepts(Node.text("x"))).isTrue();
    assertThat(schema("{'type':'string'}").accepts(Node.integer(1))).isFalse();
  }

  @Test
  void aNearKeyIsSuggestedWithinAThirdOfTheKeysLength() {
    String closed = "{'properties':{'abcdef':{}},'additionalProperties':false}";
    assertThat(messages(closed, Json.parse("{'abcdxy':1}")))
        .containsExactly("not a key the chart's schema allows here (did you mean \"abcdef\"?)");
    assertThat(messages(closed, Json.parse("{'abcxyz':1}"))).containsExactly("not a key the chart's schema allows here");
    assertThat(messages(closed, Json.parse("{'abcdeg':1}")))
        .containsExactly("not a key the chart's schema allows here (did you mean \"abcdef\"?)");
  }

  @Test
  void jsonEqualityComparesNumbersByValueMapsByKeyAndListsInOrder() {
    assertThat(JsonSchema.jsonEquals(Json.parse("1"), Json.parse("1.0"))).isTrue();
    assertThat(JsonSchema.jsonEquals(Json.parse("1"), Json.parse("2"))).isFalse();
    assertThat(JsonSchema.jsonEquals(Json.parse("{'a':1,'b':2}"), Json.parse("{'b':2.0,'a':1}"))).isTrue();
    assertThat(JsonSchema.jsonEquals(Json.parse("{'a':1}"), Json.parse("{'a':1,'b':2}"))).isFalse();
    assertThat(JsonSchema.jsonEquals(Json.parse("{'a':1}"), Json.parse("{'b':1}"))).isFalse();
    assertThat(JsonSchema.jsonEquals(Json.parse("{'a':1}"), Json.parse("{'a':2}"))).isFalse();
    assertThat(JsonSchema.jsonEquals(Json.parse("[1,2]"), Json.parse("[1.0,2]"))).isTrue();
    assertThat(JsonSchema.jsonEquals(Json.parse("[1,2]"), Json.parse("[2,1]"))).isFalse();
    assertThat(JsonSchema.jsonEquals(Json.parse("[1]"), Json.parse("[1,1]"))).isFalse();
    assertThat(JsonSchema.jsonEquals(Json.parse("[1]"), Json.parse("{'a':1}"))).isFalse();
    assertThat(JsonSchema.jsonEquals(Json.parse("'a'"), Json.parse("'a'"))).isTrue();
    assertThat(JsonSchema.jsonEquals(Json.parse("'a'"), Json.parse("'b'"))).isFalse();
  }

  @Test
  void enumAndConstUseJsonEquality() {
    assertThat(messages("{'enum':[{'a':[1]}]}", Json.parse("{'a':[1.0]}"))).isEmpty();
    assertThat(messages("{'const':[1,2]}", Json.parse("[1,3]"))).containsExactly("must be a list; got a list");
  }
}
