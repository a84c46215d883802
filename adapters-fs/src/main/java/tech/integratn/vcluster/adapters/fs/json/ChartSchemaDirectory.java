package tech.integratn.vcluster.adapters.fs.json;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.Files;
import java.nio.file.Path;
import tech.integratn.vcluster.application.port.out.ChartSchemaSource;

/**
 * Chart values schemas from a directory (see {@link ChartSchemas} for the layout), or no
 * directory at all. A directory without a schema for the requested version means "none
 * available"; a schema that cannot be read or compiled is an error.
 */
public final class ChartSchemaDirectory implements ChartSchemaSource {

  private final Option<Path> dir;
  private Map<String, Either<String, Option<ChartValuesSchema>>> loaded = HashMap.empty();

  private ChartSchemaDirectory(Option<Path> dir) {
    this.dir = dir;
  }

  public static ChartSchemaDirectory at(Path dir) {
    return new ChartSchemaDirectory(Option.some(dir));
  }

  public static ChartSchemaDirectory none() {
    return new ChartSchemaDirectory(Option.none());
  }

  @Override
  public Either<String, Option<ChartValuesSchema>> valuesSchema(String chartVersion) {
    if (dir.isEmpty()) {
      return Either.right(Option.none());
    }
    Option<Either<String, Option<ChartValuesSchema>>> cached = loaded.get(chartVersion);
    if (cached.isDefined()) {
      return cached.get();
    }
    Either<String, Option<ChartValuesSchema>> result = load(dir.get(), chartVersion);
    loaded = loaded.put(chartVersion, result);
    return result;
  }

  private static Either<String, Option<ChartValuesSchema>> load(Path dir, String chartVersion) {
    if (!Files.isDirectory(dir)) {
      return Either.left("chart schema directory " + dir + " does not exist");
    }
    ChartSchemas schemas = new ChartSchemas(dir);
    Either<String, ChartSchemas.Located> located = schemas.locate(chartVersion);
    if (located.isLeft()) {
      return located.getLeft().startsWith("no values schema") ? Either.right(Option.none()) : Either.left(located.getLeft());
    }
    return schemas.load(chartVersion).map(s -> Option.some(
        new ChartValuesSchema(s.file().toString(), s.versionConfirmed(), s.schema())));
  }

  @Override
  public boolean configured() {
    return dir.isDefined();
  }

  @Override
  public String describe() {
    return dir.isDefined() ? dir.get().toString() : "(no chart schema directory configured)";
  }
}
