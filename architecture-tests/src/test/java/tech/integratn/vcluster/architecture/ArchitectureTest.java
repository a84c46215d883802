package tech.integratn.vcluster.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.architecture.ArchitectureRules.PRODUCT_ROOT;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks every rule against the production classes of all product modules, and that what the
 * rules name really exists, so a renamed package cannot make a rule pass without checking anything.
 */
class ArchitectureTest {

  private static final JavaClasses PRODUCT = Imports.product();

  static Stream<ArchRule> rules() {
    return ArchitectureRules.all(PRODUCT_ROOT).stream();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("rules")
  void productFollowsRule(ArchRule rule) {
    rule.check(PRODUCT);
  }

  // ------------------------------------------------------------ nothing passes vacuously

  @ParameterizedTest(name = "{0} contains classes")
  @ValueSource(strings = {
      "tech.integratn.vcluster.domain..", "tech.integratn.vcluster.domain.tree..",
      "tech.integratn.vcluster.domain.orchestrator..", "tech.integratn.vcluster.domain.orchestrator..",
      "tech.integratn.vcluster.domain.orchestrator..", "tech.integratn.vcluster.domain.orchestrator..",
      "tech.integratn.vcluster.domain.argocdproject..", "tech.integratn.vcluster.domain.argocdapplication..",
      "tech.integratn.vcluster.domain.clusterregistration..", "tech.integratn.vcluster.domain.contract..",
      "tech.integratn.vcluster.application..", "tech.integratn.vcluster.application.port.in..",
      "tech.integratn.vcluster.application.port.out..", "tech.integratn.vcluster.application.service..",
      "tech.integratn.vcluster.adapters..", "tech.integratn.vcluster.adapters.fs..",
      "tech.integratn.vcluster.adapters.kratix..", "tech.integratn.vcluster.adapters.kubernetes..",
      "tech.integratn.vcluster.bootstrap.."})
  void everyPackageARuleNamesHasClasses(String pattern) {
    assertThat(classesIn(pattern)).as("production classes in %s", pattern).isNotEmpty();
  }

  @ParameterizedTest(name = "{0} exists")
  @ValueSource(strings = {"Main", "Cli", "KratixMode", "Wiring", "Outcomes"})
  void theBootstrapClassesThePicocliRulesNameExist(String simpleName) {
    assertThat(PRODUCT.contain(PRODUCT_ROOT + ".bootstrap." + simpleName)).isTrue();
  }

  @Test
  void theKratixStartUpPathNamesRealClasses() {
    assertThat(ArchitectureRules.kratixStartUpClasses(PRODUCT_ROOT)).allSatisfy(name -> assertThat(PRODUCT.contain(name)).as(name).isTrue());
  }

  @Test
  void useCasesServicesAndCommandsExist() {
    List<String> useCases = names(ArchitectureRules.implementedByAClassIn(ArchitectureRules.service(PRODUCT_ROOT))
        .and(JavaClass.Predicates.resideInAPackage(ArchitectureRules.portIn(PRODUCT_ROOT))));
    assertThat(useCases).as("in-port interfaces implemented by services").hasSizeGreaterThanOrEqualTo(3)
        .allSatisfy(n -> assertThat(n).endsWith("UseCase"));
    assertThat(names(ArchitectureRules.implementAnInterfaceIn(ArchitectureRules.portIn(PRODUCT_ROOT))
        .and(JavaClass.Predicates.resideInAPackage(ArchitectureRules.service(PRODUCT_ROOT)))))
        .as("services").hasSizeGreaterThanOrEqualTo(2).allSatisfy(n -> assertThat(n).endsWith("Service"));
    assertThat(names(JavaClass.Predicates.simpleNameEndingWith("Command"))).as("commands").isNotEmpty();
  }

  @Test
  void theFourPromisesImplementTheAbstractionInTheirOwnPackages() {
    assertThat(names(ArchitectureRules.areConcretePromises(PRODUCT_ROOT))).containsExactly(
        PRODUCT_ROOT + ".domain.argocdapplication.ArgoCDApplicationPromise",
        PRODUCT_ROOT + ".domain.argocdproject.ArgoCDProjectPromise",
        PRODUCT_ROOT + ".domain.clusterregistration.ArgoCDClusterRegistrationPromise",
        PRODUCT_ROOT + ".domain.orchestrator.OrchestratorPromise");
  }

  @Test
  void adaptersImplementOutPorts() {
    // application interfaces only, as rule 6h selects them: an adapter's own sealed error type is no port
    List<String> outPorts = names(JavaClass.Predicates.resideInAPackage(ArchitectureRules.application(PRODUCT_ROOT))
        .and(ArchitectureRules.implementedByAClassIn(ArchitectureRules.adapters(PRODUCT_ROOT))));
    assertThat(outPorts).as("application interfaces implemented by adapters").isNotEmpty()
        .allSatisfy(n -> assertThat(n).startsWith(PRODUCT_ROOT + ".application.port.out."));
  }

  @Test
  void immutablesGeneratedClassesAreCheckedWithTheDomain() {
    assertThat(classesIn("tech.integratn.vcluster.domain..").stream()
        .filter(c -> c.getSimpleName().startsWith("Immutable")).collect(Collectors.toList()))
        .as("Immutables-generated domain classes").isNotEmpty();
  }

  @Test
  void productImportHoldsNoTestClasses() {
    assertThat(PRODUCT.containPackage(Imports.FIXTURE_ROOT)).isFalse();
    assertThat(classesIn("tech.integratn.vcluster..")).noneSatisfy(c -> assertThat(c.getSimpleName()).endsWith("Test"));
  }

  private static List<JavaClass> classesIn(String pattern) {
    PackageMatcher matcher = PackageMatcher.of(pattern);
    return PRODUCT.stream()
        .filter(c -> matcher.matches(c.getPackageName()) && !c.getSimpleName().equals("package-info"))
        .collect(Collectors.toList());
  }

  private static List<String> names(com.tngtech.archunit.base.DescribedPredicate<? super JavaClass> predicate) {
    return PRODUCT.stream().filter(predicate).map(JavaClass::getName).sorted().collect(Collectors.toList());
  }
}
