package tech.integratn.vcluster.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Rule 8, source half: every directory of production sources that holds Java files has a
 * {@code package-info.java} with a Javadoc line and {@code @NullMarked}. Bytecode shows the
 * annotation (see {@link ArchitectureRules#everyPackageIsNullMarked}) but not the Javadoc.
 */
final class PackageInfoSources {

  /** A Javadoc comment with at least one word in it, before the package declaration. */
  private static final Pattern JAVADOC_BEFORE_PACKAGE =
      Pattern.compile("/\\*\\*(?:(?!\\*/).)*\\w(?:(?!\\*/).)*\\*/.*?\\bpackage\\s", Pattern.DOTALL);

  private static final Pattern NULL_MARKED = Pattern.compile("@(org\\.jspecify\\.annotations\\.)?NullMarked\\b");

  private PackageInfoSources() {}

  /** The {@code src/main/java} roots of the modules directly under {@code reactorRoot}. */
  static List<Path> sourceRoots(Path reactorRoot) {
    try (Stream<Path> modules = Files.list(reactorRoot)) {
      return modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every directory holding Java sources under the source roots of {@code reactorRoot}. */
  static List<Path> packageDirectories(Path reactorRoot) {
    List<Path> result = new ArrayList<>();
    for (Path root : sourceRoots(reactorRoot)) {
      try (Stream<Path> dirs = Files.walk(root)) {
        dirs.filter(Files::isDirectory).filter(PackageInfoSources::holdsJavaTypes).sorted().forEach(result::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return result;
  }

  /** One line per package directory whose package-info is missing or incomplete. */
  static List<String> problems(Path reactorRoot) {
    List<String> problems = new ArrayList<>();
    for (Path dir : packageDirectories(reactorRoot)) {
      String where = reactorRoot.relativize(dir).toString().replace('\\', '/');
      Path info = dir.resolve("package-info.java");
      if (!Files.isRegularFile(info)) {
        problems.add(where + ": no package-info.java");
        continue;
      }
      String text = read(info);
      if (!NULL_MARKED.matcher(text).find()) {
        problems.add(where + ": package-info.java is not @NullMarked");
      }
      Matcher javadoc = JAVADOC_BEFORE_PACKAGE.matcher(text);
      if (!javadoc.find()) {
        problems.add(where + ": package-info.java has no Javadoc line");
      }
    }
    return problems;
  }

  private static boolean holdsJavaTypes(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".java")
          && !f.getFileName().toString().equals("package-info.java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
