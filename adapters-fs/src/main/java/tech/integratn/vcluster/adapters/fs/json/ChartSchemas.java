package tech.integratn.vcluster.adapters.fs.json;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tech.integratn.vcluster.adapters.fs.IoErrors;
import tech.integratn.vcluster.domain.schema.JsonSchema;

/**
 * Finds and loads the values schema of a chart version in a directory. Lookup, first hit wins:
 *
 * <ol>
 *   <li>{@code <dir>/<version>/values.schema.json} — one sub-directory per chart version;
 *   <li>{@code <dir>/v<version>/values.schema.json} — the same, named like a git tag;
 *   <li>{@code <dir>/values.schema.json} with a {@code <dir>/VERSION} file (one line, {@code v}
 *       prefix optional) naming that version — a single-version directory; if VERSION names
 *       another version the lookup fails rather than check values against the wrong schema;
 *   <li>{@code <dir>/values.schema.json} without a VERSION file — accepted as an
 *       <em>unconfirmed</em> match ({@link ChartSchema#versionConfirmed()} is false) so the
 *       caller can warn; this is how the upstream chart ships it ({@code chart/values.schema.json}).
 * </ol>
 */
public final class ChartSchemas {

  public static final String FILE = "values.schema.json";
  public static final String VERSION_FILE = "VERSION";

  private final Path dir;
  private final JsonTreeReader reader;

  public ChartSchemas(Path dir) {
    this(dir, new JsonTreeReader());
  }

  public ChartSchemas(Path dir, JsonTreeReader reader) {
    this.dir = dir;
    this.reader = reader;
  }

  /** A located and compiled schema. */
  public record ChartSchema(Path file, String chartVersion, boolean versionConfirmed, JsonSchema schema) {}

  /** Where the schema of {@code chartVersion} is, or why there is none. */
  public Either<String, Located> locate(String chartVersion) {
    String bare = chartVersion.startsWith("v") ? chartVersion.substring(1) : chartVersion;
    if (!Files.isDirectory(dir)) {
      return Either.left("chart schema directory " + dir + " does not exist");
    }
    for (String name : List.of(bare, "v" + bare)) {
      Path candidate = dir.resolve(name).resolve(FILE);
      if (isSafeChild(name) && Files.isRegularFile(candidate)) {
        return Either.right(new Located(candidate, true));
      }
    }
    Path flat = dir.resolve(FILE);
    if (!Files.isRegularFile(flat)) {
      return Either.left("no values schema for chart version " + chartVersion + " in " + dir
          + " (looked for " + bare + "/" + FILE + ", v" + bare + "/" + FILE + " and " + FILE + ")");
    }
    Path versionFile = dir.resolve(VERSION_FILE);
    if (!Files.isRegularFile(versionFile)) {
      return Either.right(new Located(flat, false));
    }
    try {
      String declared = Files.readString(versionFile, StandardCharsets.UTF_8).strip();
      String declaredBare = declared.startsWith("v") ? declared.substring(1) : declared;
      if (!declaredBare.equals(bare)) {
        return Either.left(flat + " is the values schema of chart version " + declared + " (" + versionFile
            + "), not of " + chartVersion);
      }
      return Either.right(new Located(flat, true));
    } catch (IOException e) {
      return Either.left("cannot read " + versionFile + ": " + IoErrors.reason(e));
    }
  }

  /** The schema of {@code chartVersion}: located, read with {@link JsonTreeReader} and compiled. */
  public Either<String, ChartSchema> load(String chartVersion) {
    return locate(chartVersion).flatMap(located -> {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(located.file());
      } catch (IOException e) {
        return Either.left("cannot read " + located.file() + ": " + IoErrors.reason(e));
      }
      return reader.read(located.file().toString(), bytes)
          .flatMap(node -> JsonSchema.compile(node).mapLeft(m -> located.file() + ": " + m))
          .map(schema -> new ChartSchema(located.file(), chartVersion, located.versionConfirmed(), schema));
    });
  }

  /** A schema file and whether its version was confirmed by its directory name or a VERSION file. */
  public record Located(Path file, boolean versionConfirmed) {}

  private static boolean isSafeChild(String name) {
    return !name.isEmpty() && !name.contains("/") && !name.contains("\\") && !name.equals(".") && !name.equals("..")
        && !name.equals("v..") && !name.equals("v.");
  }
}
