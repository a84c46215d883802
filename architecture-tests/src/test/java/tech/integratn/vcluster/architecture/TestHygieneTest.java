package tech.integratn.vcluster.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.architecture.ArchitectureRules.PRODUCT_ROOT;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule 9 over the test classes of every module (issue 17 item 5): no per-test clock or sleep, no
 * {@code @Timeout}, and every QuickTheories run on a fixed seed. The one hang guard is the fork
 * timeout in the root pom. {@link RulesCanFailTest} shows each rule failing on the test fixture.
 */
class TestHygieneTest {

  private static final JavaClasses TESTS = Imports.tests();

  static Stream<ArchRule> rules() {
    return ArchitectureRules.tests(PRODUCT_ROOT).stream();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("rules")
  void everyModulesTestsFollowRule(ArchRule rule) {
    rule.check(TESTS);
  }

  // ------------------------------------------------------------ nothing passes vacuously

  @Test
  void theTestClassesOfEveryModuleThisOneDependsOnAreImported() {
    for (Path dir : Imports.testClassDirectories().subList(0, Imports.TEST_MODULES.size())) {
      assertThat(dir).as("compiled tests (run the module's tests with -am)").isDirectory();
    }
    assertThat(TESTS.contain(PRODUCT_ROOT + ".domain.tree.TreeTest")).isTrue();
    assertThat(TESTS.contain(PRODUCT_ROOT + ".adapters.fs.fuzz.HostileInputTest")).isTrue();
    assertThat(TESTS.contain(PRODUCT_ROOT + ".adapters.kubernetes.FailuresOnApiServerTest")).isTrue();
    assertThat(TESTS.contain(PRODUCT_ROOT + ".bootstrap.KratixJarIT")).isTrue();
    assertThat(TESTS.contain(PRODUCT_ROOT + ".architecture.TestHygieneTest")).isTrue();
    assertThat(TESTS.contain(Imports.TEST_FIXTURE_ROOT + ".RandomSeedProperty")).as("fixtures left out").isFalse();
    assertThat(TESTS.contain(Imports.FIXTURE_ROOT + ".domain.Pure")).as("fixtures left out").isFalse();
  }

  @Test
  void theSchemaTestsAreImportedWhenCompiledInTheSameBuild() {
    Path schemaTests = Path.of("").toAbsolutePath().getParent().resolve("schema-tests/target/test-classes");
    assertThat(TESTS.contain(PRODUCT_ROOT + ".schematests.AppProjectSchemaTest"))
        .isEqualTo(Files.isDirectory(schemaTests.resolve("tech/integratn/vcluster/schematests")));
  }

  @Test
  void theSeedRuleSeesTheProjectsPropertyTests() {
    List<String> withQt = StreamSupport.stream(TESTS.spliterator(), false)
        .filter(c -> c.getAccessesFromSelf().stream().anyMatch(ArchitectureRules::startsAQuickTheory))
        .map(JavaClass::getName).toList();
    assertThat(withQt).as("classes calling qt()").hasSizeGreaterThanOrEqualTo(15)
        .contains(PRODUCT_ROOT + ".domain.diff.ManifestDiffPropertiesTest", PRODUCT_ROOT + ".adapters.fs.yaml.BlockYamlTest");
  }

  @Test
  void theAccessesTheClockRuleNamesExist() {
    // a renamed JUnit method would let rule 9a pass without checking anything: the fixture calls them
    List<String> names = StreamSupport.stream(Imports.testFixture().spliterator(), false)
        .flatMap(c -> c.getAccessesFromSelf().stream()).map(JavaAccess::getName).toList();
    assertThat(names).contains("assertTimeout", "assertTimeoutPreemptively", "sleep");
  }
}
