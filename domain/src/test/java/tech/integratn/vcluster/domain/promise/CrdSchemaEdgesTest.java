package tech.integratn.vcluster.domain.promise;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.contract.Constraint;
import tech.integratn.vcluster.domain.contract.FieldType;
import tech.integratn.vcluster.domain.contract.RequestField;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The CRD schema generator on small synthetic tables: an object takes only the fields below its
 * own path, a quantity gets {@code minimum: 0} only when its pattern refuses negatives, and a rule
 * sentence ending in a full stop gets no second one.
 */
class CrdSchemaEdgesTest {

  static RequestField field(String path, FieldType type, Constraint... constraints) {
    return new RequestField(path, type, List.of(constraints), false, Option.none(), "About " + path + ".");
  }

  @Test
  void anObjectTakesOnlyTheFieldsBelowItsPath() {
    MapNode schema = CrdSchema.object("spec.a", List.of(
        field("spec.a.x", FieldType.STRING), field("spec.b.y", FieldType.STRING), field("spec.ab", FieldType.STRING)));
    assertThat(((MapNode) schema.get("properties").get()).keys()).containsExactly("x");
  }

  @Test
  void aQuantityIsAtLeastZeroOnlyWhenItsPatternRefusesNegatives() {
    MapNode signed = CrdSchema.field(
        field("spec.q", FieldType.QUANTITY, new Constraint.Matches("^-?[0-9]+$", "must be an integer")), List.empty());
    assertThat(signed.get("minimum")).isEmpty();
    MapNode unsigned = CrdSchema.field(
        field("spec.q", FieldType.QUANTITY, new Constraint.Matches("^[0-9]+$", "must be a count")), List.empty());
    assertThat(unsigned.get("minimum")).contains(Node.integer(0));
  }

  @Test
  void aRuleEndingInAFullStopGetsNoSecondOne() {
    MapNode schema = CrdSchema.field(
        field("spec.m", FieldType.STRING_MAP, new Constraint.KeysMatch("^[a-z]+$", "keys must be lower-case words.")),
        List.empty());
    assertThat(schema.get("description")).contains(Node.text("About spec.m. Keys must be lower-case words."));
  }
}
