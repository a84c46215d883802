package tech.integratn.vcluster.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.promise.PromiseKind;

/**
 * Every expression of the four field tables is matched by a hand-written loop: a pipeline run
 * compiles no regular expression (bench/README.md, round 3), and a new row with a new expression
 * fails here until it gets its matcher.
 */
class HandMatchedTablesTest {

  @ParameterizedTest
  @EnumSource(PromiseKind.class)
  void everyExpressionOfTheTableHasAHandMatcher(PromiseKind kind) {
    var fields = kind.promise().fields(IntegratnProfile.PROFILE);
    int expressions = 0;
    for (RequestField f : fields) {
      for (Constraint c : f.constraints()) {
        String regex = c instanceof Constraint.Matches m ? m.regex()
            : c instanceof Constraint.KeysMatch k ? k.regex()
            : c instanceof Constraint.ValuesMatch v ? v.regex() : null;
        if (regex != null) {
          assertThat(Patterns.HAND_MATCHED).as("%s: %s", f.path(), regex).contains(regex);
          expressions++;
        }
      }
    }
    assertThat(expressions).isPositive();
  }
}
