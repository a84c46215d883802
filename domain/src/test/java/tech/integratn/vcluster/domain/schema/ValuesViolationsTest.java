package tech.integratn.vcluster.domain.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.tree.DeepMerge;
import tech.integratn.vcluster.domain.tree.MapNode;

class ValuesViolationsTest {

  /** A slice of the chart's shape: closed objects, typed leaves. */
  private static final JsonSchema CHART = JsonSchema.compile(Json.parse("{'type':'object','additionalProperties':false,"
      + "'properties':{'controlPlane':{'type':'object','additionalProperties':false,'properties':{"
      + "  'statefulSet':{'type':'object','additionalProperties':false,'properties':{"
      + "    'highAvailability':{'type':'object','additionalProperties':false,'properties':{'replicas':{'type':'integer'}}},"
      + "    'persistence':{'type':'object'}}},"
      + "  'proxy':{'type':'object','additionalProperties':false,'properties':{"
      + "    'extraSANs':{'type':'array','items':{'type':'string'}}}}}},"
      + " 'exportKubeConfig':{'type':'object','additionalProperties':false,'properties':{'server':{'type':'string'},"
      + "   'context':{'type':'string'}}}}}")).get();

  private static final MapNode DERIVED = (MapNode) Json.parse(
      "{'controlPlane':{'statefulSet':{'highAvailability':{'replicas':3}},'proxy':{'extraSANs':['a.example']}},"
      + "'exportKubeConfig':{'server':'https://a.example:443'}}");

  private static java.util.List<String> messages(String overrides) {
    Option<MapNode> o = overrides.isEmpty() ? Option.none() : Option.some((MapNode) Json.parse(overrides));
    MapNode values = DeepMerge.mergeMaps(DERIVED, o.getOrElse(MapNode.empty()));
    return ValuesViolations.locateAll(CHART.validate(values), o).map(ChartValueViolation::render).toJavaList();
  }

  @Test
  void anUnknownKeyInAnOverrideNamesTheOverrideField() {
    assertThat(messages("{'controlPlane':{'statefulSet':{'highAvailabilty':{'replicas':2}}}}")).containsExactly(
        "spec.vcluster.helmOverrides.controlPlane.statefulSet.highAvailabilty: "
            + "not a key the chart's schema allows here (did you mean \"highAvailability\"?)");
  }

  @Test
  void aWrongTypeInsideAnOverrideNamesTheOverrideField() {
    assertThat(messages("{'controlPlane':{'statefulSet':{'highAvailability':{'replicas':'three'}}}}")).containsExactly(
        "spec.vcluster.helmOverrides.controlPlane.statefulSet.highAvailability.replicas: expected integer, got \"three\"");
    assertThat(messages("{'controlPlane':{'proxy':{'extraSANs':['ok',7]}}}")).containsExactly(
        "spec.vcluster.helmOverrides.controlPlane.proxy.extraSANs[1]: expected string, got 7");
  }

  @Test
  void aDerivedValueViolationNamesTheRequestFieldsItComesFrom() {
    MapNode broken = DeepMerge.mergeMaps(DERIVED, (MapNode) Json.parse(
        "{'controlPlane':{'statefulSet':{'highAvailability':{'replicas':'3'}}},'exportKubeConfig':{'contxt':'x'}}"));
    // The same paths as above, but no overrides: the engine derived them.
    assertThat(ValuesViolations.locateAll(CHART.validate(broken), Option.none()).map(ChartValueViolation::render)).containsExactly(
        "valuesObject.controlPlane.statefulSet.highAvailability.replicas (derived from spec.vcluster.replicas / preset): "
            + "expected integer, got \"3\"",
        "valuesObject.exportKubeConfig.contxt (derived from spec.vcluster.exportKubeConfig): "
            + "not a key the chart's schema allows here (did you mean \"context\"?)");
  }

  @Test
  void overridesThatDoNotReachTheViolationLeaveItDerived() {
    SchemaViolation v = new SchemaViolation(io.vavr.collection.Vector.of("controlPlane", "statefulSet", "highAvailability",
        "replicas"), "expected integer, got \"3\"");
    MapNode unrelated = (MapNode) Json.parse("{'controlPlane':{'statefulSet':{'persistence':{}}}}");
    assertThat(ValuesViolations.describe(v, Option.some(unrelated)))
        .startsWith("valuesObject.controlPlane.statefulSet.highAvailability.replicas (derived from spec.vcluster.replicas");
    MapNode shortList = (MapNode) Json.parse("{'controlPlane':{'proxy':{'extraSANs':['a']}}}");
    SchemaViolation second = new SchemaViolation(io.vavr.collection.Vector.of("controlPlane", "proxy", "extraSANs", "[1]"), "m");
    assertThat(ValuesViolations.describe(second, Option.some(shortList)))
        .isEqualTo("valuesObject.controlPlane.proxy.extraSANs[1] (derived from spec.exposure.hostname / "
            + "spec.exposure.vip / spec.exposure.subnet): m");
  }

  @Test
  void aViolationCarriesItsFieldAsStepsNotAsTextToParseBack() {
    // a key with ": " and " (" in it: a field parsed back out of the message would stop inside it
    MapNode overrides = (MapNode) Json.parse("{'controlPlane':{'proxy':{'a: b (c)':1}}}");
    SchemaViolation odd = new SchemaViolation(io.vavr.collection.Vector.of("controlPlane", "proxy", "a: b (c)"), "m");
    ChartValueViolation located = ValuesViolations.locate(odd, Option.some(overrides));
    assertThat(located.field()).containsExactly("spec", "vcluster", "helmOverrides", "controlPlane", "proxy", "a: b (c)");
    assertThat(located.fieldPath()).isEqualTo("spec.vcluster.helmOverrides.controlPlane.proxy.a: b (c)");
    assertThat(located.derivedFrom()).isEmpty();
    ChartValueViolation derived = ValuesViolations.locate(
        new SchemaViolation(io.vavr.collection.Vector.of("controlPlane", "proxy", "extraSANs", "[1]"), "m"), Option.none());
    assertThat(derived.field()).containsExactly("valuesObject", "controlPlane", "proxy", "extraSANs", "[1]");
    assertThat(derived.fieldPath()).isEqualTo("valuesObject.controlPlane.proxy.extraSANs[1]");
    assertThat(derived.derivedFrom()).contains("spec.exposure.hostname / spec.exposure.vip / spec.exposure.subnet");
  }

  @Test
  void aRootViolationIsDerived() {
    SchemaViolation root = new SchemaViolation(io.vavr.collection.Vector.empty(), "expected object, got a list");
    assertThat(ValuesViolations.describe(root, Option.some(MapNode.empty())))
        .isEqualTo("valuesObject (derived from the engine's defaults): expected object, got a list");
  }

  @Test
  void theMostSpecificSourceRowWins() {
    assertThat(ChartValueSources.sourceOf("controlPlane.statefulSet.highAvailability.replicas"))
        .isEqualTo("spec.vcluster.replicas / preset");
    assertThat(ChartValueSources.sourceOf("controlPlane.statefulSet.imagePullPolicy")).isEqualTo("the platform profile");
    assertThat(ChartValueSources.sourceOf("controlPlane.backingStore.etcd.deploy.enabled"))
        .isEqualTo("spec.vcluster.backingStore");
    assertThat(ChartValueSources.sourceOf("controlPlane.backingStoreX")).isEqualTo("the engine's defaults");
    assertThat(ChartValueSources.sourceOf("exportKubeConfig.server")).isEqualTo("spec.exposure.hostname / spec.exposure.apiPort");
    assertThat(ChartValueSources.sourceOf("policies.resourceQuota.enabled")).isEqualTo("spec.vcluster.isolationMode");
    assertThat(ChartValueSources.row("exportKubeConfig")).contains("spec.vcluster.exportKubeConfig");
  }

  @Test
  void pathsRenderKeysWithDotsAndIndicesWithBrackets() {
    SchemaViolation v = new SchemaViolation(io.vavr.collection.Vector.of("a", "[0]", "b", "[12]", "[x]"), "m");
    assertThat(v.path()).isEqualTo("a[0].b[12].[x]");
    assertThat(v.render()).isEqualTo("a[0].b[12].[x]: m");
  }
}
