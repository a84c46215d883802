package tech.integratn.vcluster.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The two imports the tests check: the product (from the module jars) and the broken fixture. */
final class Imports {

  static final String FIXTURE_ROOT = "tech.integratn.vcluster.architecture.fixtures.bad";

  private static final JavaClasses PRODUCT = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(ArchitectureRules.PRODUCT_ROOT);

  private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages(FIXTURE_ROOT);

  private Imports() {}

  /** The production classes of every product module, without test classes. */
  static JavaClasses product() {
    return PRODUCT;
  }

  /** The deliberately-violating miniature product under {@link #FIXTURE_ROOT}. */
  static JavaClasses fixture() {
    return FIXTURE;
  }
}
