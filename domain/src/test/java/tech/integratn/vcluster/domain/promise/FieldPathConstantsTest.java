package tech.integratn.vcluster.domain.promise;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tech.integratn.vcluster.domain.argocdapplication.ArgoCDApplicationFields;
import tech.integratn.vcluster.domain.argocdproject.ArgoCDProjectFields;
import tech.integratn.vcluster.domain.clusterregistration.ArgoCDClusterRegistrationFields;
import tech.integratn.vcluster.domain.contract.RequestField;
import tech.integratn.vcluster.domain.orchestrator.RequestFields;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;

/**
 * The decoders name fields through the field-path constants of their table: each constant that
 * is a {@code spec.} path must be a row of that table, so a misspelt constant fails here rather
 * than as a run-time lookup failure.
 */
class FieldPathConstantsTest {

  static Stream<Arguments> tables() {
    return Stream.of(
        Arguments.of(RequestFields.class, RequestFields.all(IntegratnProfile.PROFILE)),
        Arguments.of(ArgoCDProjectFields.class, ArgoCDProjectFields.all(IntegratnProfile.PROFILE)),
        Arguments.of(ArgoCDApplicationFields.class, ArgoCDApplicationFields.all(IntegratnProfile.PROFILE)),
        Arguments.of(ArgoCDClusterRegistrationFields.class,
            ArgoCDClusterRegistrationFields.all(IntegratnProfile.PROFILE)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tables")
  void everySpecPathConstantIsARowOfItsTable(Class<?> table, Seq<RequestField> rows) throws IllegalAccessException {
    Seq<String> paths = rows.map(RequestField::path);
    List<String> constants = new ArrayList<>();
    for (Field f : table.getDeclaredFields()) {
      int m = f.getModifiers();
      if (Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == String.class && Modifier.isPublic(m)
          && ((String) f.get(null)).startsWith("spec.")) {
        constants.add((String) f.get(null));
      }
    }
    assertThat(constants).as("spec. path constants of %s", table.getSimpleName()).isNotEmpty();
    assertThat(constants).allSatisfy(c -> assertThat(paths).as("rows of %s", table.getSimpleName()).contains(c));
  }
}
