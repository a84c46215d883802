package tech.integratn.vcluster.domain.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.contract.Constraint;
import tech.integratn.vcluster.domain.contract.FieldType;
import tech.integratn.vcluster.domain.contract.RequestField;
import tech.integratn.vcluster.domain.names.KubernetesNames;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.orchestrator.RequestFields;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

class CrdSchemaTest {

  // The rules' regular expressions as the Kubernetes API documents them, written out here (not read
  // from the code under test), so that a changed pattern in the field table fails these tests.
  private static final String DNS_LABEL = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";
  private static final String QUANTITY =
      "^[+]?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE][+-]?[0-9]+))?$";
  private static final String LABEL_KEY =
      "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$";
  private static final String LABEL_VALUE = "^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$";

  private static final Seq<RequestField> TABLE = RequestFields.all(IntegratnProfile.PROFILE);
  private static final MapNode SCHEMA = CrdSchema.of(TABLE);

  private static RequestField field(String path, FieldType type, boolean required, Option<Node> dflt, Constraint... cs) {
    return new RequestField(path, type, List.of(cs), required, dflt, "About " + path + ".");
  }

  private static MapNode one(RequestField f) {
    return CrdSchema.field(f, List.empty());
  }

  private static Node at(Node root, String... keys) {
    return Paths.at(root, keys).getOrElseThrow(() -> new AssertionError("no " + String.join(".", keys)));
  }

  /** The schema of the field at a dotted path below the root, following properties and items. */
  private static MapNode schemaOf(String path) {
    Node current = SCHEMA;
    for (String key : path.split("\\.")) {
      Node here = current;
      Node props = ((MapNode) here).get("properties")
          .orElse(() -> Paths.at(here, "items", "properties"))
          .getOrElseThrow(() -> new AssertionError("no properties above " + key + " in " + path));
      current = ((MapNode) props).get(key).getOrElseThrow(() -> new AssertionError("no " + key + " in " + path));
    }
    return (MapNode) current;
  }

  // ---- one FieldType at a time -------------------------------------------------------------------

  @Test
  void aRequiredStringPublishesItsPatternMaxLengthAndDescriptionUnchanged() {
    MapNode s = one(field("spec.name", FieldType.STRING, true, Option.none(),
        new Constraint.MaxLength(63), new Constraint.Matches(DNS_LABEL, KubernetesNames.DNS_LABEL_RULE)));
    assertThat(s).isEqualTo(MapNode.of("type", Node.text("string"))
        .with("description", "About spec.name.")
        .with("pattern", DNS_LABEL)
        .with("maxLength", Node.integer(63)));
  }

  @Test
  void anOptionalStringAlsoAcceptsTheEmptyStringWhichTheDecoderTreatsAsAbsent() {
    MapNode s = one(field("spec.x", FieldType.STRING, false, Option.none(),
        new Constraint.Matches(DNS_LABEL, KubernetesNames.DNS_LABEL_RULE)));
    assertThat(s.get("pattern")).contains(Node.text("^$|" + DNS_LABEL));
  }

  @Test
  void anEnumIsPublishedWithItsDefaultAndTheEmptyStringOnlyWhenOptional() {
    MapNode optional = one(field("spec.p", FieldType.STRING, false, Option.some(Node.text("dev")),
        new Constraint.OneOf(List.of("dev", "prod"))));
    assertThat(optional.get("enum")).contains(ListNode.ofTexts(List.of("dev", "prod", "")));
    assertThat(optional.get("default")).contains(Node.text("dev"));
    MapNode required = one(field("spec.p", FieldType.STRING, true, Option.none(), new Constraint.OneOf(List.of("a"))));
    assertThat(required.get("enum")).contains(ListNode.ofTexts(List.of("a")));
    assertThat(required.containsKey("default")).isFalse();
  }

  @Test
  void anIntegerPublishesItsRangeAndDefault() {
    MapNode s = one(field("spec.port", FieldType.INTEGER, false, Option.some(Node.integer(443)),
        new Constraint.Between(1, 65535)));
    assertThat(s).isEqualTo(MapNode.of("type", Node.text("integer"))
        .with("description", "About spec.port.")
        .with("minimum", Node.integer(1))
        .with("maximum", Node.integer(65535))
        .with("default", Node.integer(443)));
  }

  @Test
  void aBooleanPublishesItsDefault() {
    MapNode s = one(field("spec.on", FieldType.BOOLEAN, false, Option.some(Node.bool(false))));
    assertThat(s).isEqualTo(MapNode.of("type", Node.text("boolean"))
        .with("description", "About spec.on.")
        .with("default", Node.bool(false)));
  }

  @Test
  void aQuantityIsIntOrStringWithThePatternOutsideAnyOfAndNoType() {
    MapNode s = one(field("spec.cpu", FieldType.QUANTITY, false, Option.some(Node.text("1")),
        new Constraint.Matches(QUANTITY, RequestFields.QUANTITY_RULE)));
    assertThat(s.containsKey("type")).isFalse();
    assertThat(s.get("x-kubernetes-int-or-string")).contains(Node.bool(true));
    assertThat(s.get("anyOf")).contains(ListNode.of(
        MapNode.of("type", Node.text("integer")), MapNode.of("type", Node.text("string"))));
    assertThat(s.get("pattern")).contains(Node.text("^$|" + QUANTITY));
    assertThat(s.get("default")).contains(Node.text("1"));
    assertThat(s.get("minimum")).as("the pattern refuses -1, so integers must too").contains(Node.integer(0));
    for (Node branch : ((ListNode) s.get("anyOf").get()).items()) {
      assertThat(((MapNode) branch).keys()).containsExactly("type");
    }
  }

  @Test
  void aStringMapPublishesTheValueRuleAsAPatternAndTheKeyRuleInItsDescription() {
    MapNode s = one(field("spec.labels", FieldType.STRING_MAP, false, Option.none(),
        new Constraint.KeysMatch(LABEL_KEY, "keys must be Kubernetes label keys"),
        new Constraint.ValuesMatch(LABEL_VALUE, RequestFields.LABEL_VALUE_RULE)));
    assertThat(s.get("type")).contains(Node.text("object"));
    assertThat(s.get("description")).contains(Node.text("About spec.labels. Keys must be Kubernetes label keys."));
    assertThat(s.get("additionalProperties")).contains(
        MapNode.of("type", Node.text("string")).with("pattern", LABEL_VALUE));
  }

  @Test
  void aFreeFormObjectPreservesUnknownFields() {
    MapNode s = one(field("spec.helm", FieldType.OBJECT, false, Option.none()));
    assertThat(s).isEqualTo(MapNode.of("type", Node.text("object"))
        .with("description", "About spec.helm.")
        .with("x-kubernetes-preserve-unknown-fields", Node.bool(true)));
  }

  @Test
  void anObjectListDescribesItsItemsAndRequiresEveryItemFieldWithoutDefault() {
    RequestField list = field("spec.rules", FieldType.OBJECT_LIST, false, Option.none());
    Seq<RequestField> items = List.of(
        field("spec.rules.name", FieldType.STRING, false, Option.none(),
            new Constraint.Matches(DNS_LABEL, KubernetesNames.DNS_LABEL_RULE)),
        field("spec.rules.port", FieldType.INTEGER, false, Option.none(), new Constraint.Between(1, 65535)),
        field("spec.rules.protocol", FieldType.STRING, false, Option.some(Node.text("TCP")),
            new Constraint.OneOf(List.of("TCP", "UDP"))));
    MapNode s = CrdSchema.field(list, items);
    assertThat(s.get("type")).contains(Node.text("array"));
    MapNode item = (MapNode) s.get("items").get();
    assertThat(item.get("type")).contains(Node.text("object"));
    assertThat(item.get("required")).contains(ListNode.ofTexts(List.of("name", "port")));
    assertThat(at(item, "properties", "name", "pattern")).isEqualTo(Node.text(DNS_LABEL));
    assertThat(at(item, "properties", "port", "maximum")).isEqualTo(Node.integer(65535));
    assertThat(at(item, "properties", "protocol", "default")).isEqualTo(Node.text("TCP"));
    assertThat(at(item, "properties", "protocol", "enum")).isEqualTo(ListNode.ofTexts(List.of("TCP", "UDP", "")));
  }

  @Test
  void aRegexThatIsNotPortableIsLeftToThePipelineAndNamedInTheDescription() {
    MapNode s = one(field("spec.x", FieldType.STRING, false, Option.none(),
        new Constraint.Matches("(?i)^[a-z]+$", "must be letters")));
    assertThat(s.containsKey("pattern")).isFalse();
    assertThat(s.get("description")).contains(Node.text("About spec.x. The value must be letters (checked by the pipeline)."));
  }

  // ---- tree shape ------------------------------------------------------------------------------

  @Test
  void dottedPathsBecomeNestedObjectsInTableOrderWithRequiredKeysAndSectionDescriptions() {
    Seq<RequestField> fields = List.of(
        field("spec.a.b", FieldType.STRING, true, Option.none()),
        field("spec.c", FieldType.BOOLEAN, false, Option.none()),
        field("spec.a.d", FieldType.INTEGER, false, Option.none()));
    MapNode spec = (MapNode) at(CrdSchema.of(fields), "properties", "spec");
    // a section that holds a required field is required itself: absent, the field is missing too
    assertThat(spec.get("required")).contains(ListNode.ofTexts(List.of("a")));
    assertThat(((MapNode) at(spec, "properties")).keys()).containsExactly("a", "c");
    MapNode a = (MapNode) at(spec, "properties", "a");
    assertThat(a.get("type")).contains(Node.text("object"));
    assertThat(a.get("description")).contains(Node.text("Settings under spec.a."));
    assertThat(a.get("required")).contains(ListNode.ofTexts(List.of("b")));
    assertThat(((MapNode) at(a, "properties")).keys()).containsExactly("b", "d");
  }

  @Test
  void aSectionIsNotRequiredForARequiredFieldOfAListsItems() {
    Seq<RequestField> fields = List.of(
        field("spec.a.list", FieldType.OBJECT_LIST, false, Option.none()),
        field("spec.a.list.x", FieldType.STRING, true, Option.none()));
    MapNode spec = (MapNode) at(CrdSchema.of(fields), "properties", "spec");
    assertThat(spec.containsKey("required")).isFalse();
  }

  @Test
  void theRootHasSpecRequiredAndAStatusThatKeepsWhatThePipelineWrites() {
    assertThat(SCHEMA.get("type")).contains(Node.text("object"));
    assertThat(SCHEMA.get("required")).contains(ListNode.ofTexts(List.of("spec")));
    assertThat(((MapNode) at(SCHEMA, "properties")).keys()).containsExactly("apiVersion", "kind", "metadata", "spec", "status");
    assertThat(at(SCHEMA, "properties", "status", "x-kubernetes-preserve-unknown-fields")).isEqualTo(Node.bool(true));
    assertThat(at(SCHEMA, "properties", "metadata")).isEqualTo(MapNode.of("type", Node.text("object")));
  }

  @Test
  void aFieldOutsideSpecOrAnAmbiguousTableIsRefused() {
    assertThatThrownBy(() -> CrdSchema.of(List.of(field("metadata.x", FieldType.STRING, false, Option.none()))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metadata.x");
    assertThatThrownBy(() -> CrdSchema.of(List.of(
        field("spec.a", FieldType.STRING, false, Option.none()),
        field("spec.a.b", FieldType.STRING, false, Option.none()))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spec.a");
  }

  // ---- the real field table ------------------------------------------------------------------

  @Test
  void everyFieldOfTheTableIsPublishedWithItsDescriptionAndDefault() {
    for (RequestField f : TABLE) {
      MapNode s = schemaOf(f.path());
      assertThat(s.get("description").map(d -> ((Node.Text) d).value()).getOrElse(""))
          .as(f.path()).startsWith(f.description());
      assertThat(s.get("default")).as(f.path()).isEqualTo(Option.of(PUBLISHED_DEFAULTS.get(f.path())));
    }
    assertThat(TABLE.map(RequestField::path)).containsAll(PUBLISHED_DEFAULTS.keySet());
  }

  /** The defaults the CRD publishes (spec sections 1 and 5), written out; every other field has none. */
  private static final java.util.Map<String, Node> PUBLISHED_DEFAULTS = java.util.Map.of(
      "spec.vcluster.preset", Node.text("dev"),
      "spec.vcluster.isolationMode", Node.text("standard"),
      "spec.vcluster.networking.clusterDomain", Node.text("cluster.local"),
      "spec.exposure.apiPort", Node.integer(443),
      "spec.networkPolicies.enableNFS", Node.bool(false),
      "spec.networkPolicies.extraEgress.protocol", Node.text("TCP"));

  @Test
  void keyFieldsCarryTheRulesOfSection1() {
    MapNode name = schemaOf("spec.name");
    assertThat(name.get("pattern")).contains(Node.text(DNS_LABEL));
    assertThat(name.get("maxLength")).contains(Node.integer(63));
    assertThat(at(SCHEMA, "properties", "spec", "required")).isEqualTo(ListNode.ofTexts(List.of("name")));
    MapNode apiPort = schemaOf("spec.exposure.apiPort");
    assertThat(apiPort.get("minimum")).contains(Node.integer(1));
    assertThat(apiPort.get("maximum")).contains(Node.integer(65535));
    assertThat(apiPort.get("default")).contains(Node.integer(443));
    assertThat(schemaOf("spec.vcluster.preset").get("enum")).contains(ListNode.ofTexts(List.of("dev", "prod", "")));
    assertThat(schemaOf("spec.vcluster.k8sVersion").get("enum"))
        .contains(ListNode.ofTexts(List.of("v1.34.3", "1.34", "1.33", "1.32", "")));
    assertThat(schemaOf("spec.exposure.vipOffset").get("default")).isEmpty();
    assertThat(schemaOf("spec.exposure.vipOffset").get("description").get().toString()).contains("200 in the integratn profile");
    assertThat(schemaOf("spec.networkPolicies.extraEgress").get("items").map(i -> ((MapNode) i).get("required").get()))
        .contains(ListNode.ofTexts(List.of("name", "cidr", "port")));
  }

  /**
   * The API server refuses a CRD whose schema is not structural: every node needs a type (or
   * int-or-string), and {@code default} must not appear inside {@code anyOf} and must itself be
   * valid. Also every node that users see needs a description.
   */
  @Test
  void theGeneratedSchemaIsStructuralAndEveryDefaultIsValid() {
    java.util.List<String> problems = new ArrayList<>();
    checkStructural(SCHEMA, "", false, problems);
    assertThat(problems).isEmpty();
  }

  private static void checkStructural(MapNode s, String path, boolean insideAnyOf, java.util.List<String> problems) {
    boolean intOrString = s.get("x-kubernetes-int-or-string").contains(Node.bool(true));
    if (insideAnyOf) {
      if (s.containsKey("default") || s.containsKey("description") || s.containsKey("nullable")) {
        problems.add(path + ": default/description/nullable inside anyOf");
      }
      return;
    }
    if (!s.containsKey("type") && !intOrString) {
      problems.add(path + ": no type");
    }
    if (!path.equals(".metadata") && !s.containsKey("description")) {
      problems.add(path + ": no description");
    }
    if (path.equals(".metadata") && s.size() != 1) {
      problems.add(path + ": metadata may only be {type: object}");
    }
    s.get("default").forEach(d -> {
      String bad = invalidDefault(s, d);
      if (!bad.isEmpty()) {
        problems.add(path + ": default " + bad);
      }
    });
    s.get("properties").forEach(p -> {
      for (Tuple2<String, Node> e : ((MapNode) p).entries()) {
        checkStructural((MapNode) e._2, path + "." + e._1, false, problems);
      }
    });
    s.get("items").forEach(i -> checkStructural((MapNode) i, path + "[]", false, problems));
    s.get("additionalProperties").forEach(a -> {
      if (!((MapNode) a).containsKey("type")) {
        problems.add(path + "{}: no type");
      }
    });
    s.get("anyOf").forEach(list -> ((ListNode) list).items()
        .forEach(b -> checkStructural((MapNode) b, path + "|", true, problems)));
  }

  private static String invalidDefault(MapNode s, Node d) {
    if (s.get("enum").isDefined() && !((ListNode) s.get("enum").get()).items().contains(d)) {
      return d + " not in enum";
    }
    if (d instanceof Node.Text t && s.get("pattern").isDefined()
        && !Pattern.compile(((Node.Text) s.get("pattern").get()).value()).matcher(t.value()).find()) {
      return d + " does not match the pattern";
    }
    if (d instanceof Node.Int i) {
      BigInteger v = i.value();
      if (s.get("minimum").exists(m -> v.compareTo(((Node.Int) m).value()) < 0)
          || s.get("maximum").exists(m -> v.compareTo(((Node.Int) m).value()) > 0)) {
        return d + " out of range";
      }
    }
    String type = s.get("type").map(t -> ((Node.Text) t).value()).getOrElse("");
    boolean typeOk = switch (type) {
      case "string" -> d instanceof Node.Text;
      case "integer" -> d instanceof Node.Int;
      case "boolean" -> d instanceof Node.Bool;
      default -> true;
    };
    return typeOk ? "" : d + " is not a " + type;
  }

  @Test
  void theSchemaDependsOnTheFieldsAloneNotOnTheirOrderInTheTable() {
    // the table reversed and shuffled (fixed seeds): the same properties, rules and required
    // lists, only in another order; so no field's schema depends on its neighbours
    java.util.List<RequestField> shuffled = new ArrayList<>(TABLE.toJavaList());
    java.util.Collections.shuffle(shuffled, new java.util.Random(17));
    for (Seq<RequestField> other : List.of(TABLE.reverse(), List.ofAll(shuffled))) {
      MapNode schema = CrdSchema.of(other);
      assertThat(schema).isNotEqualTo(SCHEMA);
      assertThat(sortedKeys(schema)).isEqualTo(sortedKeys(SCHEMA));
    }
  }

  /** {@code node} with every map's keys and every {@code required} list sorted, recursively. */
  private static Node sortedKeys(Node node) {
    if (node instanceof ListNode l) {
      return new ListNode(l.items().map(CrdSchemaTest::sortedKeys));
    }
    if (!(node instanceof MapNode m)) {
      return node;
    }
    MapNode sorted = MapNode.empty();
    for (Tuple2<String, Node> e : m.entries().sortBy(Tuple2::_1)) {
      Node value = sortedKeys(e._2);
      if (e._1.equals("required") && value instanceof ListNode l) {
        value = new ListNode(l.items().sortBy(n -> ((Node.Text) n).value()));
      }
      sorted = sorted.with(e._1, value);
    }
    return sorted;
  }
}
