package tech.integratn.vcluster.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.ConstructorCallTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;

/**
 * Every architecture rule of the project, as a function of the root package. The product is
 * checked with {@link #PRODUCT_ROOT}; the deliberately-broken fixtures under
 * {@code tech.integratn.vcluster.architecture.fixtures.bad} are checked with their own root, so
 * the very same rule objects are shown to fail.
 */
final class ArchitectureRules {

  static final String PRODUCT_ROOT = "tech.integratn.vcluster";

  /** The packages the domain may depend on besides itself. */
  static final List<String> DOMAIN_ALLOWED_PACKAGES =
      List.of("java.lang..", "java.util..", "java.math..", "io.vavr..", "org.immutables..", "org.jspecify..");

  /**
   * The only classes of other JDK packages the domain may use: SHA-256 for vcluster's marker
   * ({@code cleanup.Sha256}), which the JDK computes for a cold run at no measurable cost
   * (bench/README.md, "Idioms under the AOT cache").
   */
  static final List<String> DOMAIN_ALLOWED_CLASSES =
      List.of("java.security.MessageDigest", "java.security.NoSuchAlgorithmException");

  /** Packages inside the allowed ones that still give the domain I/O, a clock, reflection or logging. */
  static final List<String> DOMAIN_FORBIDDEN_PACKAGES = List.of(
      "java.io..", "java.nio..", "java.net..", "java.time..", "java.lang.reflect..",
      "java.util.logging..", "java.util.prefs..", "java.util.zip..", "java.util.jar..");

  /** Classes inside the allowed packages that read the clock, the process or class loaders. */
  static final List<String> DOMAIN_FORBIDDEN_CLASSES = List.of(
      "java.util.Date", "java.util.Calendar", "java.util.GregorianCalendar", "java.util.TimeZone",
      "java.util.ServiceLoader", "java.lang.Runtime", "java.lang.Thread", "java.lang.ProcessBuilder",
      "java.lang.Process", "java.lang.ClassLoader");

  /** Technology the application layer must not know about. */
  static final List<String> APPLICATION_FORBIDDEN_PACKAGES =
      List.of("com.fasterxml..", "io.fabric8..", "org.yaml..", "picocli..", "java.nio.file..");

  /** Libraries that are test-only: no production class may use them. */
  static final List<String> TEST_ONLY_PACKAGES = List.of("com.fasterxml.jackson.databind..");

  private ArchitectureRules() {}

  static String domain(String root) {
    return root + ".domain..";
  }

  static String application(String root) {
    return root + ".application..";
  }

  static String portIn(String root) {
    return root + ".application.port.in..";
  }

  static String portOut(String root) {
    return root + ".application.port.out..";
  }

  static String service(String root) {
    return root + ".application.service..";
  }

  static String adapters(String root) {
    return root + ".adapters..";
  }

  static String fsAdapter(String root) {
    return root + ".adapters.fs..";
  }

  static String kratixAdapter(String root) {
    return root + ".adapters.kratix..";
  }

  static String kubernetesAdapter(String root) {
    return root + ".adapters.kubernetes..";
  }

  static String bootstrap(String root) {
    return root + ".bootstrap..";
  }

  static String cli(String root) {
    return root + ".bootstrap.Cli";
  }

  static String main(String root) {
    return root + ".bootstrap.Main";
  }

  /** The bootstrap classes that run when the jar is started without arguments (besides Main). */
  static List<String> kratixStartUpClasses(String root) {
    return List.of(root + ".bootstrap.KratixMode", root + ".bootstrap.Wiring", root + ".bootstrap.Outcomes");
  }

  // ---------------------------------------------------------------- 1. the hexagon

  /** Rule 1: domain ← application ← adapters ← bootstrap; bootstrap only wires. */
  static ArchRule hexagon(String root) {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Domain").definedBy(domain(root))
        .layer("Application").definedBy(application(root))
        .layer("Adapters").definedBy(adapters(root))
        .layer("Bootstrap").definedBy(bootstrap(root))
        .whereLayer("Domain").mayNotAccessAnyLayer()
        .whereLayer("Application").mayOnlyAccessLayers("Domain")
        .whereLayer("Adapters").mayOnlyAccessLayers("Application", "Domain")
        .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
        .because("the hexagon points inwards: domain <- application <- adapters <- bootstrap");
  }

  /** Rule 1 (completeness): no class escapes the layers by living in a package of its own. */
  static ArchRule everyClassBelongsToALayer(String root) {
    return classes()
        .that().resideInAPackage(root + "..")
        .and().doNotHaveSimpleName("package-info")
        .should().resideInAnyPackage(domain(root), application(root), adapters(root), bootstrap(root))
        .because("a package outside the four layers would not be checked by the hexagon rule");
  }

  // ---------------------------------------------------------------- 2. domain purity

  /** Rule 2a: the domain depends only on the JDK basics, Vavr, Immutables, JSpecify and itself. */
  static ArchRule domainOnlyUsesAllowedPackages(String root) {
    String[] allowed = concat(DOMAIN_ALLOWED_PACKAGES, domain(root));
    return classes()
        .that().resideInAPackage(domain(root))
        .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(allowed)
            .or(fullyQualifiedNameIn(DOMAIN_ALLOWED_CLASSES)))
        .because("the domain is pure: java.lang/util/math, Vavr, Immutables and JSpecify only, and"
            + " java.security's MessageDigest"
            + " (Immutables-generated classes carry org.immutables.value.Generated, which is allowed)");
  }

  /** Rule 2b: no I/O, clock, reflection or logging even where the allowed packages would let it in. */
  static ArchRule domainHasNoSideEffectPackages(String root) {
    return noClasses()
        .that().resideInAPackage(domain(root))
        .should().dependOnClassesThat().resideInAnyPackage(DOMAIN_FORBIDDEN_PACKAGES.toArray(String[]::new))
        .orShould().dependOnClassesThat(fullyQualifiedNameIn(DOMAIN_FORBIDDEN_CLASSES))
        .because("the domain neither reads files, the network, the clock or the environment nor reflects");
  }

  /** Rule 2c: no calls (or method references) that read the clock, the process environment or load classes. */
  static ArchRule domainReadsNoClockEnvironmentOrClasses(String root) {
    return noClasses()
        .that().resideInAPackage(domain(root))
        .should(accessAnyOf(
            target("java.lang.System", "currentTimeMillis", "nanoTime", "getenv", "getProperty",
                "getProperties", "setProperty", "exit", "load", "loadLibrary", "lineSeparator"),
            target("java.lang.Class", "forName", "newInstance", "getMethod", "getMethods", "getDeclaredMethod",
                "getDeclaredMethods", "getField", "getFields", "getDeclaredField", "getDeclaredFields",
                "getConstructor", "getConstructors", "getDeclaredConstructor", "getDeclaredConstructors",
                "getClassLoader", "getResource", "getResourceAsStream"),
            target("java.lang.Integer", "getInteger"),
            target("java.lang.Long", "getLong"),
            target("java.lang.Boolean", "getBoolean")))
        .because("Clock, Instant.now, System.currentTimeMillis/nanoTime, System.getenv/getProperty and"
            + " Class.forName make the domain depend on the machine it runs on");
  }

  // ---------------------------------------------------------------- 3. application

  /** Rule 3: the application layer is technology-free. */
  static ArchRule applicationIsTechnologyFree(String root) {
    return noClasses()
        .that().resideInAPackage(application(root))
        .should().dependOnClassesThat().resideInAnyPackage(APPLICATION_FORBIDDEN_PACKAGES.toArray(String[]::new))
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
        .because("use cases speak ports, not YAML, Kubernetes models, CLI parsing or files");
  }

  // ---------------------------------------------------------------- 4. adapters

  /** Rule 4a: the file-system adapter does not know the Kratix adapter. */
  static ArchRule fsAdapterIgnoresKratixAdapter(String root) {
    return noClasses()
        .that().resideInAPackage(fsAdapter(root))
        .should().dependOnClassesThat().resideInAPackage(kratixAdapter(root))
        .because("adapters are independent of each other; bootstrap combines them");
  }

  /** Rule 4b: the Kratix adapter does not know the file-system adapter. */
  static ArchRule kratixAdapterIgnoresFsAdapter(String root) {
    return noClasses()
        .that().resideInAPackage(kratixAdapter(root))
        .should().dependOnClassesThat().resideInAPackage(fsAdapter(root))
        .because("adapters are independent of each other; bootstrap combines them");
  }

  /** Rule 4c: the same for any adapter added later. */
  static ArchRule adaptersAreIndependent(String root) {
    return slices()
        .matching(root + ".adapters.(*)..")
        .namingSlices("adapter $1")
        .should().notDependOnEachOther()
        .because("adapters are independent of each other; bootstrap combines them");
  }

  // ---------------------------------------------------------------- 4d. four promises

  /** The packages of the three sub-promises (spec 9), each one promise in one place. */
  static List<String> subPromises(String root) {
    return List.of(root + ".domain.argocdproject..", root + ".domain.argocdapplication..",
        root + ".domain.clusterregistration..");
  }

  /** The orchestrator's request model and what is built from it (sections 1–8). */
  static List<String> orchestratorModel(String root) {
    return List.of(root + ".domain.orchestrator..");
  }

  /** Rule 4d: no sub-promise depends on another; what they share lives in the shared packages. */
  static ArchRule subPromisesAreIndependent(String root) {
    List<String> packages = subPromises(root);
    ArchRule rule = null;
    for (String own : packages) {
      List<String> others = new java.util.ArrayList<>(packages);
      others.remove(own);
      ArchRule one = noClasses().that().resideInAPackage(own)
          .should().dependOnClassesThat().resideInAnyPackage(others.toArray(new String[0]))
          .because("each sub-promise is generic and stands alone; shared machinery lives in domain.contract");
      rule = rule == null ? one : CompositeArchRule.of(rule).and(one);
    }
    return rule;
  }

  /** Rule 4e: no sub-promise depends on the orchestrator's request model (it serves any requester). */
  static ArchRule subPromisesIgnoreTheOrchestrator(String root) {
    return noClasses().that().resideInAnyPackage(subPromises(root).toArray(new String[0]))
        .should().dependOnClassesThat().resideInAnyPackage(orchestratorModel(root).toArray(new String[0]))
        .because("a sub-promise fulfils requests from anyone, not only the orchestrator's");
  }

  /** The promise abstraction all four promises implement. */
  static String promiseAbstraction(String root) {
    return root + ".domain.contract.Promise";
  }

  /** The four promise packages: the orchestrator's and the three sub-promises'. */
  static List<String> promisePackages(String root) {
    List<String> all = new java.util.ArrayList<>(orchestratorModel(root));
    all.addAll(subPromises(root));
    return List.copyOf(all);
  }

  /** Rule 4f: every implementation of the promise abstraction lives in one of the four promise packages. */
  static ArchRule promisesLiveInTheirPackages(String root) {
    return classes()
        .that(areConcretePromises(root))
        .should().resideInAnyPackage(promisePackages(root).toArray(new String[0]))
        .because("each promise lives in its own package, beside its field table, decoder, renderer and status");
  }

  /** Rule 4g: the application reaches the promises only through the abstraction, never a concrete one. */
  static ArchRule applicationKnowsOnlyThePromiseAbstraction(String root) {
    return noClasses()
        .that().resideInAPackage(application(root))
        .should().dependOnClassesThat(areConcretePromises(root))
        .because("one workflow runs every promise through domain.contract.Promise; the kind chooses the promise"
            + " (domain.promise.PromiseKind)");
  }

  /** Classes that extend the promise abstraction (the abstraction itself excluded). */
  static DescribedPredicate<JavaClass> areConcretePromises(String root) {
    String abstraction = promiseAbstraction(root);
    return DescribedPredicate.describe("are implementations of " + abstraction,
        c -> !c.getName().equals(abstraction) && c.isAssignableTo(abstraction));
  }

  // ---------------------------------------------------------------- 5. cycles

  /** Rule 5: no cycles between packages (every package is a slice). */
  static ArchRule noPackageCycles(String root) {
    return slices()
        .matching(root + ".(**)")
        .namingSlices("package $1")
        .should().beFreeOfCycles();
  }

  // ---------------------------------------------------------------- 6. port naming

  /** Rule 6a: an in-port interface that a service implements is a use case and is named so. */
  static ArchRule useCasesAreNamedUseCase(String root) {
    return classes()
        .that().resideInAPackage(portIn(root))
        .and().areInterfaces()
        .and(implementedByAClassIn(service(root)))
        .should().haveSimpleNameEndingWith("UseCase")
        .because("in-ports implemented by services are use cases");
  }

  /** Rule 6b: use cases are in-port interfaces. */
  static ArchRule useCasesAreInPortInterfaces(String root) {
    return classes()
        .that().haveSimpleNameEndingWith("UseCase")
        .should().resideInAPackage(portIn(root))
        .andShould().beInterfaces()
        .because("a use case is an in-port");
  }

  /** Rule 6c: a service implementing an in-port (a use case) is named {@code *Service}. */
  static ArchRule servicesAreNamedService(String root) {
    return classes()
        .that().resideInAPackage(service(root))
        .and(implementAnInterfaceIn(portIn(root)))
        .should().haveSimpleNameEndingWith("Service")
        .because("the implementation of FooUseCase is FooService");
  }

  /**
   * Rule 6d: every use-case method takes exactly one parameter: an in-port {@code *Command}, or the
   * platform profile itself where a command would carry nothing else.
   */
  static ArchRule useCasesTakeCommands(String root) {
    return methods()
        .that().areDeclaredInClassesThat().haveSimpleNameEndingWith("UseCase")
        .and().areDeclaredInClassesThat().resideInAPackage(portIn(root))
        .and().areNotStatic()
        .should(takeOneCommandFrom(portIn(root), profile(root)))
        .because("the input of a use case is its command (a command of the profile alone is the profile)");
  }

  /** Rule 6e: commands live in the in-port package. */
  static ArchRule commandsLiveInPortIn(String root) {
    return classes()
        .that().haveSimpleNameEndingWith("Command")
        .and().resideInAPackage(root + "..")
        .should().resideInAPackage(portIn(root))
        .because("commands are the in-port's vocabulary");
  }

  /** Rule 6f: out-ports are interfaces. */
  static ArchRule outPortsAreInterfaces(String root) {
    return classes()
        .that().resideInAPackage(portOut(root))
        .and().areTopLevelClasses()
        .and().doNotHaveSimpleName("package-info")
        .should().beInterfaces()
        .because("out-ports are interfaces that adapters implement");
  }

  /** Rule 6g: the only types nested in out-ports are enums, records (data they carry) or interfaces. */
  static ArchRule outPortsNestOnlyEnums(String root) {
    return classes()
        .that().resideInAPackage(portOut(root))
        .and().areMemberClasses()
        .should().beEnums()
        .orShould().beInterfaces()
        .orShould().beAssignableTo(Record.class)
        .because("out-ports carry no implementation; enums naming choices and records of the data they carry are fine");
  }

  /** Rule 6h: an application interface that an adapter implements is an out-port and lives there. */
  static ArchRule outPortsLiveInPortOut(String root) {
    return classes()
        .that().resideInAPackage(application(root))
        .and().areInterfaces()
        .and(implementedByAClassIn(adapters(root)))
        .should().resideInAPackage(portOut(root))
        .because("everything an adapter implements for the application is an out-port");
  }

  // ---------------------------------------------------------------- 7. libraries

  /** Rule 7a: picocli is used by the CLI only. */
  static ArchRule picocliOnlyInCli(String root) {
    return noClasses()
        .that(not(belongTo(cli(root))))
        .should().dependOnClassesThat().resideInAPackage("picocli..")
        .because("the Kratix start-up path must not load picocli; only " + cli(root) + " uses it");
  }

  /** Rule 7b: only Main refers to the CLI. */
  static ArchRule onlyMainRefersToCli(String root) {
    return noClasses()
        .that(not(belongTo(cli(root))))
        .and().doNotHaveFullyQualifiedName(main(root))
        .should().dependOnClassesThat(belongTo(cli(root)))
        .because("Main chooses between the Kratix mode and the CLI; nothing else reaches picocli through Cli");
  }

  /** Rule 7c: nothing on the Kratix start-up path (other than Main) reaches picocli, however indirectly. */
  static ArchRule kratixPathNeverReachesPicocli(String root) {
    DescribedPredicate<JavaClass> startUp = belongToAnyOf(kratixStartUpClasses(root))
        .or(resideInAnyPackage(domain(root), application(root), adapters(root)))
        .as("are on the Kratix start-up path (KratixMode, Wiring, Outcomes, adapters, application, domain)");
    return noClasses()
        .that(startUp)
        .should().transitivelyDependOnClassesThat().resideInAPackage("picocli..")
        .because("a Kratix pipeline run is a cold JVM; picocli is for the CLI only");
  }

  /** Rule 7d: Jackson databind is a test-only library. */
  static ArchRule noTestOnlyLibraries(String root) {
    return noClasses()
        .that().resideInAPackage(root + "..")
        .should().dependOnClassesThat().resideInAnyPackage(TEST_ONLY_PACKAGES.toArray(String[]::new))
        .because("jackson-databind is a test dependency (YAML is read with the streaming parser)");
  }

  /** Rule 7e: fabric8 (the Kubernetes client and models) is used by the Kubernetes adapter only. */
  static ArchRule onlyTheKubernetesAdapterUsesFabric8(String root) {
    return noClasses()
        .that().resideInAPackage(root + "..")
        .and().resideOutsideOfPackage(kubernetesAdapter(root))
        .should().dependOnClassesThat().resideInAPackage("io.fabric8..")
        .because("the host clean-up is the only use of the Kubernetes API; everything else renders files");
  }

  /** Rule 7f: the Kratix start-up classes reach the Kubernetes adapter only through bootstrap's HostAccess. */
  static ArchRule kratixStartUpLeavesTheKubernetesAdapterToHostAccess(String root) {
    return noClasses()
        .that(belongToAnyOf(kratixStartUpClasses(root)).or(belongTo(main(root))))
        .should().dependOnClassesThat().resideInAPackage(kubernetesAdapter(root))
        .because("a configure run must not load the Kubernetes client: only HostAccess.open(), called on the"
            + " delete branch, refers to the adapter");
  }

  // ---------------------------------------------------------------- 8. package-info

  /** Rule 8 (bytecode half): every class lives in a package whose package-info is {@code @NullMarked}. */
  static ArchRule everyPackageIsNullMarked(String root) {
    return classes()
        .that().resideInAPackage(root + "..")
        .should(resideInANullMarkedPackage())
        .because("every package has a package-info.java with @NullMarked");
  }

  // ---------------------------------------------------------------- 9. tests: no clocks, fixed seeds

  /** JUnit's per-test clocks: the one hang guard is the fork timeout of surefire/failsafe. */
  static final String TIMEOUT_ANNOTATION = "org.junit.jupiter.api.Timeout";

  /** Rule 9a (over test classes): no per-test hang guard by a clock and no sleeping for a race. */
  static ArchRule testsReadNoClockGuards(String root) {
    return noClasses()
        .that().resideInAPackage(root + "..")
        .should(accessAnyOf(
            target("org.junit.jupiter.api.Assertions", "assertTimeout", "assertTimeoutPreemptively"),
            target("java.lang.Thread", "sleep"),
            target("java.util.concurrent.TimeUnit", "sleep")))
        .because("a test asserts what a hang guard protects against (a named limit, a refusal), not a time;"
            + " hangs are caught by the one forkedProcessTimeoutInSeconds of the root pom (issue 17)");
  }

  /** Rule 9b (over test classes): no {@code @Timeout} on a class, method, field or constructor. */
  static ArchRule testsCarryNoTimeoutAnnotation(String root) {
    return classes()
        .that().resideInAPackage(root + "..")
        .should(carryNoAnnotation(TIMEOUT_ANNOTATION))
        .because("a wall-clock limit fails on a loaded machine; the fork timeout is the one hang guard");
  }

  /** Rule 9c (over test classes): a class that starts a QuickTheories run fixes its seed. */
  static ArchRule propertyTestsFixTheirSeed(String root) {
    return classes()
        .that().resideInAPackage(root + "..")
        .should(callWithFixedSeedWhereverTheyCallQt())
        .because("property tests are reproducible in CI: qt().withFixedSeed(...) (a system property may"
            + " override the seed for exploration, the default is fixed)");
  }

  /** Rule 9d (over test classes): random data in a test comes from a seeded generator. */
  static ArchRule testsSeedTheirRandomness(String root) {
    return noClasses()
        .that().resideInAPackage(root + "..")
        .should(accessAnyOf(
            target("java.lang.Math", "random"), target("java.lang.StrictMath", "random"),
            target("java.util.concurrent.ThreadLocalRandom", "current")))
        .orShould(callAnUnseededConstructorOf("java.util.Random", "java.util.SplittableRandom"))
        .because("a failing example must come back on the next run: new Random(seed), new SplittableRandom(seed)");
  }

  /** The rules over the test classes of every module (and over the test fixture, to show they fail). */
  static List<ArchRule> tests(String root) {
    return List.of(testsReadNoClockGuards(root), testsCarryNoTimeoutAnnotation(root), propertyTestsFixTheirSeed(root),
        testsSeedTheirRandomness(root));
  }

  /** All rules, in the order of the README, for the product or a fixture root. */
  static List<ArchRule> all(String root) {
    return List.of(
        hexagon(root), everyClassBelongsToALayer(root),
        domainOnlyUsesAllowedPackages(root), domainHasNoSideEffectPackages(root),
        domainReadsNoClockEnvironmentOrClasses(root),
        applicationIsTechnologyFree(root),
        fsAdapterIgnoresKratixAdapter(root), kratixAdapterIgnoresFsAdapter(root), adaptersAreIndependent(root),
        subPromisesAreIndependent(root), subPromisesIgnoreTheOrchestrator(root),
        promisesLiveInTheirPackages(root), applicationKnowsOnlyThePromiseAbstraction(root),
        noPackageCycles(root),
        useCasesAreNamedUseCase(root), useCasesAreInPortInterfaces(root), servicesAreNamedService(root),
        useCasesTakeCommands(root), commandsLiveInPortIn(root), outPortsAreInterfaces(root),
        outPortsNestOnlyEnums(root), outPortsLiveInPortOut(root),
        picocliOnlyInCli(root), onlyMainRefersToCli(root), kratixPathNeverReachesPicocli(root),
        noTestOnlyLibraries(root), onlyTheKubernetesAdapterUsesFabric8(root),
        kratixStartUpLeavesTheKubernetesAdapterToHostAccess(root),
        everyPackageIsNullMarked(root));
  }

  // ---------------------------------------------------------------- predicates and conditions

  private static String[] concat(List<String> packages, String more) {
    String[] all = packages.toArray(new String[packages.size() + 1]);
    all[packages.size()] = more;
    return all;
  }

  /** The class itself or any class nested in it. */
  static DescribedPredicate<JavaClass> belongTo(String className) {
    return DescribedPredicate.describe("belong to " + className,
        c -> c.getName().equals(className) || c.getName().startsWith(className + "$"));
  }

  static DescribedPredicate<JavaClass> belongToAnyOf(List<String> classNames) {
    return DescribedPredicate.describe("belong to any of " + classNames,
        c -> classNames.stream().anyMatch(n -> belongTo(n).test(c)));
  }

  static DescribedPredicate<JavaClass> resideInAnyPackage(String... packages) {
    List<PackageMatcher> matchers = Arrays.stream(packages).map(PackageMatcher::of).collect(Collectors.toList());
    return DescribedPredicate.describe("reside in any package " + Arrays.toString(packages),
        c -> matchers.stream().anyMatch(m -> m.matches(c.getPackageName())));
  }

  static DescribedPredicate<JavaClass> fullyQualifiedNameIn(List<String> names) {
    Set<String> set = Set.copyOf(names);
    return DescribedPredicate.describe("are any of " + names, c -> set.contains(c.getName()));
  }

  static DescribedPredicate<JavaClass> implementedByAClassIn(String packagePattern) {
    PackageMatcher matcher = PackageMatcher.of(packagePattern);
    return DescribedPredicate.describe("are implemented by a class in '" + packagePattern + "'",
        c -> c.getAllSubclasses().stream().anyMatch(s -> matcher.matches(s.getPackageName())));
  }

  static DescribedPredicate<JavaClass> implementAnInterfaceIn(String packagePattern) {
    PackageMatcher matcher = PackageMatcher.of(packagePattern);
    return DescribedPredicate.describe("implement an interface in '" + packagePattern + "'",
        c -> !c.isInterface() && c.getAllRawInterfaces().stream().anyMatch(i -> matcher.matches(i.getPackageName())));
  }

  /** A forbidden member: owner class name and member names. */
  record Target(String owner, Set<String> names) {
    boolean matches(JavaAccess<?> access) {
      return access.getTargetOwner().getName().equals(owner) && names.contains(access.getName());
    }

    @Override
    public String toString() {
      return owner + "." + names.stream().sorted().collect(Collectors.joining("/"));
    }
  }

  static Target target(String owner, String... names) {
    return new Target(owner, Set.of(names));
  }

  static ArchCondition<JavaClass> carryNoAnnotation(String annotation) {
    return new ArchCondition<>("carry no @" + annotation) {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        if (item.isAnnotatedWith(annotation)) {
          events.add(SimpleConditionEvent.violated(item, item.getName() + " is annotated with @" + annotation));
        }
        for (JavaMember member : item.getMembers()) {
          if (member.isAnnotatedWith(annotation)) {
            events.add(SimpleConditionEvent.violated(member, member.getFullName() + " is annotated with @" + annotation));
          }
        }
      }
    };
  }

  /** Calls (or references) of a no-argument constructor of one of {@code owners}. */
  static ArchCondition<JavaClass> callAnUnseededConstructorOf(String... owners) {
    List<String> list = List.of(owners);
    return new ArchCondition<>("call the constructor without a seed of " + list) {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (JavaAccess<?> access : item.getAccessesFromSelf()) {
          if (access.getTarget() instanceof ConstructorCallTarget constructor
              && list.contains(access.getTargetOwner().getName()) && constructor.getRawParameterTypes().isEmpty()) {
            events.add(SimpleConditionEvent.satisfied(access, access.getDescription()));
          }
        }
      }
    };
  }

  static final String QUICK_THEORY = "org.quicktheories.QuickTheory";
  static final String WITH_QUICK_THEORIES = "org.quicktheories.WithQuickTheories";

  /** {@code QuickTheory.qt(...)}, or {@code qt()} inherited from {@code WithQuickTheories}. */
  static boolean startsAQuickTheory(JavaAccess<?> access) {
    return access.getName().equals("qt")
        && (access.getTargetOwner().getName().equals(QUICK_THEORY)
            || access.getTargetOwner().isAssignableTo(WITH_QUICK_THEORIES));
  }

  static ArchCondition<JavaClass> callWithFixedSeedWhereverTheyCallQt() {
    return new ArchCondition<>("call " + QUICK_THEORY + ".withFixedSeed if they call qt()") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        List<JavaAccess<?>> starts = new java.util.ArrayList<>();
        boolean seeded = false;
        for (JavaAccess<?> access : item.getAccessesFromSelf()) {
          if (startsAQuickTheory(access)) {
            starts.add(access);
          } else if (access.getName().equals("withFixedSeed") && access.getTargetOwner().getName().equals(QUICK_THEORY)) {
            seeded = true;
          }
        }
        if (!seeded) {
          for (JavaAccess<?> start : starts) {
            events.add(SimpleConditionEvent.violated(start, start.getDescription() + " but "
                + item.getName() + " never calls withFixedSeed"));
          }
        }
      }
    };
  }

  /** Calls, field accesses and method references ({@code System::nanoTime}) alike. */
  static ArchCondition<JavaClass> accessAnyOf(Target... targets) {
    List<Target> list = List.of(targets);
    return new ArchCondition<>("access any of " + list) {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (JavaAccess<?> access : item.getAccessesFromSelf()) {
          if (list.stream().anyMatch(t -> t.matches(access))) {
            events.add(SimpleConditionEvent.satisfied(access, access.getDescription()));
          }
        }
      }
    };
  }

  /** The platform profile, the one domain value a use case may take instead of a command. */
  static String profile(String root) {
    return root + ".domain.profile.PlatformProfile";
  }

  static ArchCondition<JavaMethod> takeOneCommandFrom(String packagePattern, String profile) {
    PackageMatcher matcher = PackageMatcher.of(packagePattern);
    return new ArchCondition<>("take exactly one parameter, a *Command from '" + packagePattern + "' or " + profile) {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        List<JavaClass> parameters = method.getRawParameterTypes();
        boolean ok = parameters.size() == 1
            && (parameters.get(0).getName().equals(profile)
                || parameters.get(0).getSimpleName().endsWith("Command")
                && matcher.matches(parameters.get(0).getPackageName()));
        String message = method.getFullName() + (ok ? " takes " : " does not take exactly one *Command (or the profile) but ")
            + parameters.stream().map(JavaClass::getName).collect(Collectors.toList());
        events.add(new SimpleConditionEvent(method, ok, message));
      }
    };
  }

  static ArchCondition<JavaClass> resideInANullMarkedPackage() {
    return new ArchCondition<>("reside in a package annotated with @NullMarked") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        boolean ok = item.getPackage().isAnnotatedWith(NullMarked.class);
        events.add(new SimpleConditionEvent(item, ok, item.getName() + " resides in package "
            + item.getPackageName() + (ok ? " which is" : " which has no package-info annotated") + " @NullMarked"));
      }
    };
  }
}
