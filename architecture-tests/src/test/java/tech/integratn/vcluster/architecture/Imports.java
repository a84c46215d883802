package tech.integratn.vcluster.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The imports the tests check: the product (from the module jars) and the broken fixture; the test
 * classes of every module (from their {@code target/test-classes}) and the broken test fixture.
 */
final class Imports {

  static final String FIXTURE_ROOT = "tech.integratn.vcluster.architecture.fixtures.bad";

  /** Test classes that break the test rules of {@link ArchitectureRules#tests}. */
  static final String TEST_FIXTURE_ROOT = "tech.integratn.vcluster.architecture.fixtures.badtests";

  /**
   * The modules whose compiled tests are always present when this module's tests run: every module
   * this one depends on (built first by {@code -am}) and this one.
   */
  static final List<String> TEST_MODULES = List.of("domain", "application", "adapters-fs", "adapters-kratix",
      "adapters-kubernetes", "bootstrap", "architecture-tests");

  /** Compiled before this module in a whole-reactor build only (no dependency of this module). */
  static final List<String> OPTIONAL_TEST_MODULES = List.of("schema-tests", "benchmarks");

  /** This module's deliberately-broken fixtures are not the project's tests. */
  private static final ImportOption NOT_THE_FIXTURES =
      location -> !location.contains("/tech/integratn/vcluster/architecture/fixtures/");

  private static final JavaClasses PRODUCT = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(ArchitectureRules.PRODUCT_ROOT);

  private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages(FIXTURE_ROOT);

  private static final JavaClasses TEST_FIXTURE = new ClassFileImporter().importPackages(TEST_FIXTURE_ROOT);

  private Imports() {}

  /** The reactor's {@code <module>/target/test-classes} directories that exist, mandatory ones first. */
  static List<Path> testClassDirectories() {
    Path reactor = Path.of("").toAbsolutePath().getParent();
    List<Path> dirs = new ArrayList<>();
    for (String module : TEST_MODULES) {
      dirs.add(reactor.resolve(module).resolve("target/test-classes"));
    }
    for (String module : OPTIONAL_TEST_MODULES) {
      Path dir = reactor.resolve(module).resolve("target/test-classes");
      if (Files.isDirectory(dir)) {
        dirs.add(dir);
      }
    }
    return dirs;
  }

  /** The test classes of every module (see {@link #testClassDirectories}), without this module's fixtures. */
  static JavaClasses tests() {
    return new ClassFileImporter().withImportOption(NOT_THE_FIXTURES).importPaths(testClassDirectories());
  }

  /** The deliberately-violating test classes under {@link #TEST_FIXTURE_ROOT}. */
  static JavaClasses testFixture() {
    return TEST_FIXTURE;
  }

  /** The production classes of every product module, without test classes. */
  static JavaClasses product() {
    return PRODUCT;
  }

  /** The deliberately-violating miniature product under {@link #FIXTURE_ROOT}. */
  static JavaClasses fixture() {
    return FIXTURE;
  }
}
