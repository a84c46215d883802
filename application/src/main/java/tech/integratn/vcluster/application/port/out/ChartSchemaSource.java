package tech.integratn.vcluster.application.port.out;

import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.schema.JsonSchema;

/** Where the values schema of a chart version comes from, when the platform provides one. */
public interface ChartSchemaSource {

  /**
   * A values schema of a chart version.
   *
   * @param origin where it was found, for messages
   * @param versionConfirmed whether the schema is known to belong to the requested version
   * @param schema the compiled schema
   */
  record ChartValuesSchema(String origin, boolean versionConfirmed, JsonSchema schema) {}

  /** The schema for {@code chartVersion}, none when none is available, or why the one found is unusable. */
  Either<String, Option<ChartValuesSchema>> valuesSchema(String chartVersion);

  /** Where this source looks, for the "no schema" message. */
  String describe();

  /**
   * Whether a place to look was configured at all: without one, "no schema" is the platform's
   * choice and not worth a note on every run (spec 11.4).
   */
  default boolean configured() {
    return true;
  }
}
