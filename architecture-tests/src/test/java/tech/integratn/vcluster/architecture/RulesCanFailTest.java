package tech.integratn.vcluster.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tech.integratn.vcluster.architecture.Imports.FIXTURE_ROOT;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves every rule can fail: the same rule functions, given the root of the deliberately-broken
 * fixture ({@code fixtures.bad}, laid out like the product), report exactly the planted violations
 * and leave the clean fixture classes alone.
 */
class RulesCanFailTest {

  private static final String B = FIXTURE_ROOT;
  private static final JavaClasses FIXTURE = Imports.fixture();

  static Stream<ArchRule> rules() {
    return ArchitectureRules.all(FIXTURE_ROOT).stream();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("rules")
  void everyRuleFailsOnTheFixture(ArchRule rule) {
    assertThatThrownBy(() -> rule.check(FIXTURE)).isInstanceOf(AssertionError.class);
  }

  @Test
  void hexagonReportsEveryInwardDependencyBroken() {
    assertThat(violations(ArchitectureRules.hexagon(B)))
        .contains("<" + B + ".domain.KnowsApplication.query()> calls constructor <" + B + ".application.port.in.ListThingsQuery")
        .contains("<" + B + ".application.service.KnowsAdapter.notifier()> calls constructor <" + B + ".adapters.fs.FsNotifier")
        .contains("<" + B + ".adapters.kratix.KnowsBootstrap.ok()> calls method <" + B + ".bootstrap.Outcomes.ok()>")
        .doesNotContain(B + ".bootstrap.Main")
        .doesNotContain(B + ".domain.Pure");
  }

  @Test
  void aSubPromiseThatKnowsAnotherIsReported() {
    assertThat(violations(ArchitectureRules.subPromisesAreIndependent(B)))
        .contains("<" + B + ".domain.argocdproject.KnowsApplicationPromise.promise()> calls method <"
            + B + ".domain.argocdapplication.ApplicationPromise.name()>")
        .doesNotContain(B + ".domain.clusterregistration.KnowsOrchestrator");
  }

  @Test
  void aSubPromiseThatKnowsTheOrchestratorsRequestIsReported() {
    assertThat(violations(ArchitectureRules.subPromisesIgnoreTheOrchestrator(B)))
        .contains("<" + B + ".domain.clusterregistration.KnowsOrchestrator.name()> calls method <"
            + B + ".domain.orchestrator.OrchestratorRequest.name()>")
        .doesNotContain(B + ".domain.argocdproject.KnowsApplicationPromise");
  }

  @Test
  void aPromiseOutsideThePromisePackagesIsReported() {
    assertThat(violations(ArchitectureRules.promisesLiveInTheirPackages(B)))
        .contains("Class <" + B + ".domain.alpha.StrayPromise> does not reside in any package")
        .doesNotContain(B + ".domain.argocdapplication.ApplicationPromise")
        .doesNotContain("Class <" + B + ".domain.contract.Promise>");
  }

  @Test
  void anApplicationClassThatNamesAConcretePromiseIsReported() {
    assertThat(violations(ArchitectureRules.applicationKnowsOnlyThePromiseAbstraction(B)))
        .contains("<" + B + ".application.service.KnowsConcretePromise.application()> gets field <"
            + B + ".domain.argocdapplication.ApplicationPromise.INSTANCE>")
        .doesNotContain("KnowsConcretePromise.named(");
  }

  @Test
  void classesOutsideTheLayersAreReported() {
    assertThat(violations(ArchitectureRules.everyClassBelongsToALayer(B)))
        .contains("Class <" + B + ".util.Stray> does not reside in any package")
        .doesNotContain("package-info");
  }

  @Test
  void domainAllowListRejectsIoNetworkClockAndOtherLayers() {
    assertThat(violations(ArchitectureRules.domainOnlyUsesAllowedPackages(B)))
        .contains(B + ".domain.ReadsFile.exists(java.lang.String)> calls constructor <java.io.File")
        .contains(B + ".domain.UsesNio.fileName(java.lang.String)> calls method <java.nio.file.Path")
        .contains(B + ".domain.UsesNet.host(java.lang.String)> calls method <java.net.URI")
        .contains(B + ".domain.ReadsClock.now()> calls method <java.time.Instant.now()>")
        .contains(B + ".domain.KnowsApplication")
        .contains(B + ".domain.UsesSecureRandom.roll()> calls constructor <java.security.SecureRandom")
        .doesNotContain(B + ".domain.Pure")
        .doesNotContain(B + ".domain.HashesWithMessageDigest");
  }

  @Test
  void domainDenyListCatchesReflectionThatTheAllowListLetsThrough() {
    assertThat(violations(ArchitectureRules.domainHasNoSideEffectPackages(B)))
        .contains(B + ".domain.Reflects.first()> has return type <java.lang.reflect.Method>")
        .contains("<java.io.File").contains("<java.nio.file.Path").contains("<java.net.URI").contains("<java.time.Instant")
        .doesNotContain(B + ".domain.Pure");
  }

  @Test
  void domainMayNotReadClockEnvironmentOrLoadClasses() {
    assertThat(violations(ArchitectureRules.domainReadsNoClockEnvironmentOrClasses(B)))
        .contains(B + ".domain.ReadsMillis.now()> calls method <java.lang.System.currentTimeMillis()>")
        .contains(B + ".domain.ReadsNanosByReference.ticker()> references method <java.lang.System.nanoTime()>")
        .contains(B + ".domain.ReadsEnv.home()> calls method <java.lang.System.getenv(java.lang.String)>")
        .contains(B + ".domain.ReadsProperty.directory()> calls method <java.lang.System.getProperty(java.lang.String)>")
        .contains(B + ".domain.LoadsClass.present(java.lang.String)> calls method <java.lang.Class.forName(java.lang.String)>")
        .contains(B + ".domain.Reflects.first()> calls method <java.lang.Class.getDeclaredMethods()>")
        .doesNotContain(B + ".domain.Pure");
  }

  @Test
  void applicationMayNotUseTechnology() {
    assertThat(violations(ArchitectureRules.applicationIsTechnologyFree(B)))
        .contains(B + ".application.service.UsesJackson.factory()> calls constructor <com.fasterxml.jackson.core.JsonFactory")
        .contains(B + ".application.service.UsesFabric8.configMap()> calls constructor <io.fabric8.kubernetes.api.model.ConfigMap")
        .contains(B + ".application.service.UsesSnakeYaml.yaml()> calls constructor <org.yaml.snakeyaml.Yaml")
        .contains(B + ".application.service.UsesPicocli.line(java.lang.Object)> calls constructor <picocli.CommandLine")
        .contains(B + ".application.service.UsesPath.path(java.lang.String)> calls method <java.nio.file.Path.of")
        .contains(B + ".application.service.UsesFile.file(java.lang.String)> calls constructor <java.io.File")
        .doesNotContain(B + ".application.service.ArchiverService");
  }

  @Test
  void adaptersMayNotKnowEachOther() {
    assertThat(violations(ArchitectureRules.fsAdapterIgnoresKratixAdapter(B)))
        .contains(B + ".adapters.fs.FsReadsKratix.base()> calls method <" + B + ".adapters.kratix.KratixLayout.base()>")
        .doesNotContain(B + ".adapters.kratix.KratixUsesFs");
    assertThat(violations(ArchitectureRules.kratixAdapterIgnoresFsAdapter(B)))
        .contains(B + ".adapters.kratix.KratixUsesFs.notifier()> calls constructor <" + B + ".adapters.fs.FsNotifier")
        .doesNotContain(B + ".adapters.fs.FsReadsKratix");
    assertThat(violations(ArchitectureRules.adaptersAreIndependent(B)))
        .contains("adapter fs depends on adapter kratix").contains("adapter kratix depends on adapter fs");
  }

  @Test
  void packageCyclesAreReported() {
    assertThat(violations(ArchitectureRules.noPackageCycles(B)))
        .contains("package domain.alpha -> ").contains("package domain.beta -> ")
        .contains(B + ".domain.beta.Beta.alphaSize()> calls method <" + B + ".domain.alpha.Alpha.size()>");
  }

  @Test
  void useCaseAndServiceNamesAreEnforced() {
    assertThat(violations(ArchitectureRules.useCasesAreNamedUseCase(B)))
        .contains("Class <" + B + ".application.port.in.Archiver> does not have simple name ending with 'UseCase'")
        .doesNotContain("ListThingsUseCase");
    assertThat(violations(ArchitectureRules.useCasesAreInPortInterfaces(B)))
        .contains("Class <" + B + ".application.service.PurgeUseCase> does not reside in a package")
        .doesNotContain("ListThingsUseCase");
    assertThat(violations(ArchitectureRules.servicesAreNamedService(B)))
        .contains("Class <" + B + ".application.service.ListThingsHandler> does not have simple name ending with 'Service'")
        .doesNotContain("ArchiverService");
  }

  @Test
  void useCasesTakeCommandsFromTheInPort() {
    assertThat(violations(ArchitectureRules.useCasesTakeCommands(B)))
        .contains(B + ".application.port.in.ListThingsUseCase.list(" + B + ".application.port.in.ListThingsQuery)"
            + " does not take exactly one *Command");
    assertThat(violations(ArchitectureRules.commandsLiveInPortIn(B)))
        .contains("Class <" + B + ".adapters.fs.CopyCommand> does not reside in a package")
        .doesNotContain("ArchiveThingsCommand");
  }

  @Test
  void outPortsAreInterfacesInPortOutWithOnlyEnumsNested() {
    assertThat(violations(ArchitectureRules.outPortsAreInterfaces(B)))
        .contains("Class <" + B + ".application.port.out.InMemoryStore> is no interface")
        .doesNotContain("ThingStore>").doesNotContain("package-info");
    assertThat(violations(ArchitectureRules.outPortsNestOnlyEnums(B)))
        .contains("Class <" + B + ".application.port.out.ThingStore$Cache> is no enum")
        .doesNotContain("ThingStore$Kind").doesNotContain("ThingStore$Entry");
    assertThat(violations(ArchitectureRules.outPortsLiveInPortOut(B)))
        .contains("Class <" + B + ".application.Notifier> does not reside in a package '" + B + ".application.port.out..'");
  }

  @Test
  void picocliStaysInTheCli() {
    assertThat(violations(ArchitectureRules.picocliOnlyInCli(B)))
        .contains(B + ".bootstrap.KratixMode.run()> calls constructor <picocli.CommandLine")
        .contains(B + ".application.service.UsesPicocli")
        .doesNotContain(B + ".bootstrap.Cli");
    assertThat(violations(ArchitectureRules.onlyMainRefersToCli(B)))
        .contains(B + ".bootstrap.Wiring.run()> calls method <" + B + ".bootstrap.Cli.run(")
        .doesNotContain(B + ".bootstrap.Main");
    assertThat(violations(ArchitectureRules.kratixPathNeverReachesPicocli(B)))
        .contains("Class <" + B + ".bootstrap.Wiring> transitively depends on <picocli.")
        .contains("by [" + B + ".bootstrap.Cli->")
        .contains("Class <" + B + ".bootstrap.KratixMode> depends on <picocli.CommandLine>")
        .doesNotContain("Class <" + B + ".bootstrap.Main>").doesNotContain("Class <" + B + ".bootstrap.Outcomes>");
  }

  @Test
  void databindIsTestOnly() {
    assertThat(violations(ArchitectureRules.noTestOnlyLibraries(B)))
        .contains(B + ".adapters.kratix.ParsesJson.mapper()> calls constructor <com.fasterxml.jackson.databind.ObjectMapper")
        .doesNotContain("UsesJackson").doesNotContain("UsesFabric8");
  }

  @Test
  void fabric8OutsideTheKubernetesAdapterIsReported() {
    assertThat(violations(ArchitectureRules.onlyTheKubernetesAdapterUsesFabric8(B)))
        .contains(B + ".application.service.UsesFabric8.configMap()> calls constructor <io.fabric8.kubernetes.api.model.ConfigMap")
        .doesNotContain("ListsVolumes");
  }

  @Test
  void theKratixStartUpPathReachingTheKubernetesAdapterDirectlyIsReported() {
    assertThat(violations(ArchitectureRules.kratixStartUpLeavesTheKubernetesAdapterToHostAccess(B)))
        .contains(B + ".bootstrap.Wiring.hostCleanup()> calls method <" + B + ".adapters.kubernetes.ListsVolumes.count()>")
        .doesNotContain(B + ".bootstrap.HostAccess");
  }

  @Test
  void packagesWithoutNullMarkedPackageInfoAreReported() {
    assertThat(violations(ArchitectureRules.everyPackageIsNullMarked(B)))
        .contains(B + ".domain.unmarked.NoPackageInfo resides in package " + B + ".domain.unmarked which has no package-info")
        .doesNotContain(B + ".domain.Pure");
  }

  // ---------------------------------------------------------------- 9. the rules over test classes

  private static final String T = Imports.TEST_FIXTURE_ROOT;

  static Stream<ArchRule> testRules() {
    return ArchitectureRules.tests(T).stream();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("testRules")
  void everyTestRuleFailsOnTheTestFixture(ArchRule rule) {
    assertThatThrownBy(() -> rule.check(Imports.testFixture())).isInstanceOf(AssertionError.class);
  }

  @Test
  void clockGuardsAndSleepsInATestAreReported() {
    assertThat(testViolations(ArchitectureRules.testsReadNoClockGuards(T)))
        .contains("<" + T + ".GuardsByPreemptiveTimeout.read()> calls method <org.junit.jupiter.api.Assertions"
            + ".assertTimeoutPreemptively(java.time.Duration, org.junit.jupiter.api.function.ThrowingSupplier)>")
        .contains("<" + T + ".GuardsByPreemptiveTimeout.render()> calls method <org.junit.jupiter.api.Assertions"
            + ".assertTimeout(java.time.Duration, org.junit.jupiter.api.function.Executable)>")
        .contains("<" + T + ".SleepsForARace.waitForTheServer()> calls method <java.lang.Thread.sleep(long)>")
        .contains("<" + T + ".SleepsForARace.waitALittleMore()> calls method <java.util.concurrent.TimeUnit.sleep(long)>")
        .doesNotContain(T + ".FixedSeedProperty");
  }

  @Test
  void aTimeoutAnnotationOnATestClassOrMethodIsReported() {
    assertThat(testViolations(ArchitectureRules.testsCarryNoTimeoutAnnotation(T)))
        .contains(T + ".TimedByAnnotation is annotated with @org.junit.jupiter.api.Timeout")
        .contains(T + ".TimedByAnnotation.readsWithinFiveSeconds() is annotated with @org.junit.jupiter.api.Timeout")
        .doesNotContain(T + ".GuardsByPreemptiveTimeout");
  }

  @Test
  void aPropertyTestWithoutAFixedSeedIsReported() {
    assertThat(testViolations(ArchitectureRules.propertyTestsFixTheirSeed(T)))
        .contains("<" + T + ".RandomSeedProperty.anyLongIsItself()> calls method <org.quicktheories.QuickTheory.qt()>"
            + " in (RandomSeedProperty.java:12) but " + T + ".RandomSeedProperty never calls withFixedSeed")
        .contains("<" + T + ".InheritedQtProperty.anyIntegerIsItself()> calls method <" + T + ".InheritedQtProperty.qt()>")
        .doesNotContain(T + ".FixedSeedProperty");
  }

  @Test
  void unseededRandomnessInATestIsReported() {
    assertThat(testViolations(ArchitectureRules.testsSeedTheirRandomness(T)))
        .contains("<" + T + ".UnseededRandomness.random()> calls constructor <java.util.Random.<init>()>")
        .contains("<" + T + ".UnseededRandomness.splittable()> calls constructor <java.util.SplittableRandom.<init>()>")
        .contains("<" + T + ".UnseededRandomness.math()> calls method <java.lang.Math.random()>")
        .contains("<" + T + ".UnseededRandomness.threadLocal()> calls method <java.util.concurrent.ThreadLocalRandom.current()>")
        .doesNotContain("UnseededRandomness.seeded()");
  }

  private static String testViolations(ArchRule rule) {
    EvaluationResult result = rule.evaluate(Imports.testFixture());
    assertThat(result.hasViolation()).as("violations of %s", rule.getDescription()).isTrue();
    return String.join("\n", result.getFailureReport().getDetails());
  }

  private static String violations(ArchRule rule) {
    EvaluationResult result = rule.evaluate(FIXTURE);
    assertThat(result.hasViolation()).as("violations of %s", rule.getDescription()).isTrue();
    return String.join("\n", result.getFailureReport().getDetails());
  }
}
