package tech.integratn.vcluster.application.fakes;

import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.application.port.out.ChartSchemaSource;

/** A chart schema source with no schema, a fixed schema, or a broken one. */
public final class InMemoryChartSchemas implements ChartSchemaSource {

  private final Either<String, Option<ChartValuesSchema>> answer;

  private InMemoryChartSchemas(Either<String, Option<ChartValuesSchema>> answer) {
    this.answer = answer;
  }

  public static InMemoryChartSchemas none() {
    return new InMemoryChartSchemas(Either.right(Option.none()));
  }

  public static InMemoryChartSchemas of(ChartValuesSchema schema) {
    return new InMemoryChartSchemas(Either.right(Option.some(schema)));
  }

  public static InMemoryChartSchemas broken(String reason) {
    return new InMemoryChartSchemas(Either.left(reason));
  }

  @Override
  public Either<String, Option<ChartValuesSchema>> valuesSchema(String chartVersion) {
    return answer;
  }

  @Override
  public String describe() {
    return "memory";
  }
}
