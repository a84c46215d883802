package tech.integratn.vcluster.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.promise.PromiseKind;

/**
 * Every expression of the four field tables is one of the named expressions of {@link Patterns}
 * (the ones the CRD schemas publish and the rule texts describe) and compiles: a new row with an
 * expression of its own fails here until it is named there.
 */
class FieldTableExpressionsTest {

  @ParameterizedTest
  @EnumSource(PromiseKind.class)
  void everyExpressionOfTheTableIsANamedOne(PromiseKind kind) {
    var fields = kind.promise().fields(IntegratnProfile.PROFILE);
    int expressions = 0;
    for (RequestField f : fields) {
      for (Constraint c : f.constraints()) {
        String regex = c instanceof Constraint.Matches m ? m.regex()
            : c instanceof Constraint.KeysMatch k ? k.regex()
            : c instanceof Constraint.ValuesMatch v ? v.regex() : null;
        if (regex != null) {
          assertThat(Patterns.NAMED).as("%s: %s", f.path(), regex).contains(regex);
          assertThat(Patterns.compiled(regex).pattern()).isEqualTo(regex);
          expressions++;
        }
      }
    }
    assertThat(expressions).isPositive();
  }
}
