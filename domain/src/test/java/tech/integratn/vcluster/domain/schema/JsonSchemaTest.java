package tech.integratn.vcluster.domain.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JsonSchemaTest {

  private static JsonSchema schema(String json) {
    return JsonSchema.compile(Json.parse(json)).getOrElseThrow(m -> new AssertionError(m));
  }

  private static Seq<String> violations(String schema, String value) {
    return schema(schema).validate(Json.parse(value)).map(SchemaViolation::render);
  }

  @Nested
  class Type {
    @Test
    void aSingleTypeNamePassesAndFails() {
      assertThat(violations("{'type':'boolean'}", "true")).isEmpty();
      assertThat(violations("{'type':'boolean'}", "'yes'")).containsExactly("(root): expected boolean, got \"yes\"");
    }

    @Test
    void aListOfTypeNamesAcceptsAnyOfThem() {
      assertThat(violations("{'type':['string','null']}", "null")).isEmpty();
      assertThat(violations("{'type':['string','null']}", "'x'")).isEmpty();
      assertThat(violations("{'type':['string','null']}", "3")).containsExactly("(root): expected string or null, got 3");
    }

    @Test
    void integersIncludeIntegralDecimalsAndNumbersIncludeIntegers() {
      assertThat(violations("{'type':'integer'}", "3")).isEmpty();
      assertThat(violations("{'type':'integer'}", "3.0")).isEmpty();
      assertThat(violations("{'type':'integer'}", "3.5")).containsExactly("(root): expected integer, got 3.5");
      assertThat(violations("{'type':'number'}", "3")).isEmpty();
      assertThat(violations("{'type':'number'}", "3.5")).isEmpty();
      assertThat(violations("{'type':'number'}", "'3'")).hasSize(1);
    }

    @Test
    void objectsAndArraysAreMapsAndLists() {
      assertThat(violations("{'type':'object'}", "{}")).isEmpty();
      assertThat(violations("{'type':'object'}", "[]")).containsExactly("(root): expected object, got a list");
      assertThat(violations("{'type':'array'}", "[]")).isEmpty();
      assertThat(violations("{'type':'array'}", "{}")).containsExactly("(root): expected array, got a map");
    }
  }

  @Nested
  class Objects {
    private final String closed = "{'type':'object','additionalProperties':false,"
        + "'properties':{'replicas':{'type':'integer'},'image':{'type':'object','properties':{'tag':{'type':'string'}}}}}";

    @Test
    void propertiesAreCheckedWithTheirPathAndAnUnknownKeyIsNamed() {
      assertThat(violations(closed, "{'replicas':3,'image':{'tag':'v1'}}")).isEmpty();
      assertThat(violations(closed, "{'replicas':'3','image':{'tag':1}}"))
          .containsExactly("replicas: expected integer, got \"3\"", "image.tag: expected string, got 1");
      assertThat(violations(closed, "{'replica':3}"))
          .containsExactly("replica: not a key the chart's schema allows here (did you mean \"replicas\"?)");
      assertThat(violations(closed, "{'zzzzzz':3}")).containsExactly("zzzzzz: not a key the chart's schema allows here");
    }

    @Test
    void additionalPropertiesAsASchemaChecksTheExtraValues() {
      String labels = "{'type':'object','additionalProperties':{'type':'string'}}";
      assertThat(violations(labels, "{'a':'x','b':'y'}")).isEmpty();
      assertThat(violations(labels, "{'a':'x','b':2}")).containsExactly("b: expected string, got 2");
    }

    @Test
    void withoutAdditionalPropertiesUnknownKeysPass() {
      assertThat(violations("{'type':'object','properties':{'a':{'type':'string'}}}", "{'b':1}")).isEmpty();
    }

    @Test
    void patternPropertiesApplyToMatchingKeysAndCountAsDeclared() {
      String s = "{'type':'object','patternProperties':{'^x-':{'type':'integer'}},'additionalProperties':false}";
      assertThat(violations(s, "{'x-a':1}")).isEmpty();
      assertThat(violations(s, "{'x-a':'1'}")).containsExactly("x-a: expected integer, got \"1\"");
      assertThat(violations(s, "{'y':1}")).containsExactly("y: not a key the chart's schema allows here");
    }

    @Test
    void requiredKeysMustBePresent() {
      String s = "{'type':'object','required':['name','quantity']}";
      assertThat(violations(s, "{'name':'a','quantity':1}")).isEmpty();
      assertThat(violations(s, "{'name':'a'}")).containsExactly("(root): missing the required key \"quantity\"");
    }
  }

  @Nested
  class Arrays {
    @Test
    void itemsSchemaChecksEveryItemWithItsIndex() {
      String s = "{'type':'array','items':{'type':'string'}}";
      assertThat(violations(s, "['a','b']")).isEmpty();
      assertThat(violations(s, "['a',2,'c',true]"))
          .containsExactly("[1]: expected string, got 2", "[3]: expected string, got true");
      assertThat(violations("{'properties':{'sans':" + s + "}}", "{'sans':['a',2]}"))
          .containsExactly("sans[1]: expected string, got 2");
    }

    @Test
    void itemsTrueAcceptsAnythingAndItemsFalseNothing() {
      assertThat(violations("{'type':'array','items':true}", "[1,'a',{}]")).isEmpty();
      assertThat(violations("{'type':'array','items':false}", "[]")).isEmpty();
      assertThat(violations("{'type':'array','items':false}", "[1]")).containsExactly("[0]: not allowed here");
    }
  }

  @Nested
  class Values {
    @Test
    void enumComparesAsJson() {
      String s = "{'enum':['a',1,{'k':[true]}]}";
      assertThat(violations(s, "'a'")).isEmpty();
      assertThat(violations(s, "1.0")).isEmpty();
      assertThat(violations(s, "{'k':[true]}")).isEmpty();
      assertThat(violations(s, "'b'")).containsExactly("(root): must be one of \"a\", 1, a map; got \"b\"");
    }

    @Test
    void constRequiresExactlyThatValue() {
      assertThat(violations("{'const':'on'}", "'on'")).isEmpty();
      assertThat(violations("{'const':'on'}", "'off'")).containsExactly("(root): must be \"on\"; got \"off\"");
    }
  }

  @Nested
  class Composition {
    @Test
    void refFollowsLocalPointersIncludingRecursion() {
      String s = "{'$defs':{'Tree':{'type':'object','additionalProperties':false,"
          + "'properties':{'name':{'type':'string'},'children':{'type':'array','items':{'$ref':'#/$defs/Tree'}}}}},"
          + "'$ref':'#/$defs/Tree'}";
      assertThat(violations(s, "{'name':'a','children':[{'name':'b','children':[]}]}")).isEmpty();
      assertThat(violations(s, "{'name':'a','children':[{'name':2,'kids':[]}]}"))
          .containsExactly("children[0].name: expected string, got 2",
              "children[0].kids: not a key the chart's schema allows here");
    }

    @Test
    void refSiblingsAreEvaluatedToo() {
      String s = "{'$defs':{'S':{'type':'string'}},'properties':{'a':{'$ref':'#/$defs/S','enum':['x']}}}";
      assertThat(violations(s, "{'a':'x'}")).isEmpty();
      assertThat(violations(s, "{'a':'y'}")).containsExactly("a: must be one of \"x\"; got \"y\"");
    }

    @Test
    void oneOfNeedsExactlyOneBranchAndSummarisesTypeMismatches() {
      String s = "{'oneOf':[{'type':'string'},{'type':'boolean'}]}";
      assertThat(violations(s, "'true'")).isEmpty();
      assertThat(violations(s, "false")).isEmpty();
      assertThat(violations(s, "3")).containsExactly("(root): expected string or boolean, got 3");
      assertThat(violations("{'oneOf':[{'type':'integer'},{'type':'number'}]}", "3"))
          .containsExactly("(root): matches 2 of the 2 alternatives; exactly one is allowed");
    }

    @Test
    void anyOfNeedsOneBranchAndNamesEachBranchsProblemOtherwise() {
      String s = "{'anyOf':[{'type':'object','patternProperties':{'.*':{'type':'string'}}},"
          + "{'type':'object','required':['x']}]}";
      assertThat(violations(s, "{'a':'b'}")).isEmpty();
      assertThat(violations(s, "{'x':1}")).isEmpty();
      assertThat(violations(s, "{'a':1}")).containsExactly("(root): matches none of the 2 alternatives: "
          + "(1) a: expected string, got 1; (2) (root): missing the required key \"x\"");
    }

    @Test
    void allOfNeedsEveryBranch() {
      String s = "{'allOf':[{'type':'object','required':['a']},{'type':'object','required':['b']}]}";
      assertThat(violations(s, "{'a':1,'b':2}")).isEmpty();
      assertThat(violations(s, "{'a':1}")).containsExactly("(root): missing the required key \"b\"");
    }

    @Test
    void notRejectsWhatItsSchemaAccepts() {
      assertThat(violations("{'not':{'type':'string'}}", "1")).isEmpty();
      assertThat(violations("{'not':{'type':'string'}}", "'a'")).containsExactly("(root): must not match the schema excluded here");
    }

    @Test
    void booleanSchemas() {
      assertThat(violations("true", "{'anything':[1]}")).isEmpty();
      assertThat(violations("false", "1")).containsExactly("(root): not allowed here");
      assertThat(violations("{'properties':{'gone':false}}", "{'gone':1}")).containsExactly("gone: not allowed here");
    }
  }

  @Nested
  class Compilation {
    @Test
    void annotationsAreIgnoredAndUnknownAssertionKeywordsAreListed() {
      JsonSchema s = schema("{'$schema':'x','$id':'y','description':'d','pro':true,'x-k':1,'format':'uri',"
          + "'properties':{'n':{'type':'integer','minimum':3}}}");
      assertThat(s.accepts(Json.parse("{'n':1}"))).isTrue();
      assertThat(s.unsupportedKeywords()).containsExactly("#/properties/n: minimum");
    }

    @Test
    void malformedSchemasAreRefusedWithTheirPointer() {
      assertThat(JsonSchema.compile(Json.parse("{'$ref':'#/$defs/Missing'}")).getLeft())
          .isEqualTo("#/$ref: reference #/$defs/Missing does not resolve");
      assertThat(JsonSchema.compile(Json.parse("{'$ref':'https://example.com/s.json'}")).getLeft())
          .startsWith("#/$ref: only local references");
      assertThat(JsonSchema.compile(Json.parse("{'properties':{'a':{'type':'text'}}}")).getLeft())
          .isEqualTo("#/properties/a/type: unknown type name \"text\"");
      assertThat(JsonSchema.compile(Json.parse("{'patternProperties':{'(':{}}}")).getLeft())
          .startsWith("#/patternProperties: bad regular expression");
      assertThat(JsonSchema.compile(Json.parse("3")).getLeft()).startsWith("#: a schema must be an object or a boolean");
      assertThat(JsonSchema.compile(Json.parse("{'required':'a'}")).isLeft()).isTrue();
      assertThat(JsonSchema.compile(Json.parse("{'enum':'a'}")).isLeft()).isTrue();
      assertThat(JsonSchema.compile(Json.parse("{'anyOf':[]}")).isLeft()).isTrue();
    }

    @Test
    void aSelfReferenceThatConsumesNothingEndsWithAViolationNotAStackOverflow() {
      JsonSchema s = schema("{'$defs':{'A':{'$ref':'#/$defs/A'}},'$ref':'#/$defs/A'}");
      assertThat(s.validate(Json.parse("1")).map(SchemaViolation::message))
          .containsExactly("the schema refers to itself too deeply to check this value");
    }

    @Test
    void pointersWithEscapesResolve() {
      assertThat(violations("{'$defs':{'a/b':{'type':'string'}},'$ref':'#/$defs/a~1b'}", "1"))
          .containsExactly("(root): expected string, got 1");
    }
  }
}
