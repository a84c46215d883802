package tech.integratn.vcluster.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule 8 on the source tree of the reactor, and proof on a throw-away tree that it can fail. */
class PackageInfoSourcesTest {

  /** Surefire runs in the module directory; the reactor root is its parent. */
  private static final Path REACTOR_ROOT = Path.of("").toAbsolutePath().getParent();

  private static final String GOOD_INFO =
      "/** The role of the package. */\n@NullMarked\npackage p;\n\nimport org.jspecify.annotations.NullMarked;\n";

  @Test
  void everyProductionPackageHasADocumentedNullMarkedPackageInfo() {
    assertThat(PackageInfoSources.problems(REACTOR_ROOT)).isEmpty();
  }

  @Test
  void theWalkSeesEveryProductModule() {
    assertThat(PackageInfoSources.sourceRoots(REACTOR_ROOT).stream().map(r -> reactor(r)))
        .contains("domain", "application", "adapters-fs", "adapters-kratix", "bootstrap");
    assertThat(PackageInfoSources.packageDirectories(REACTOR_ROOT))
        .anySatisfy(d -> assertThat(d.toString().replace('\\', '/')).endsWith("tech/integratn/vcluster/domain/tree"))
        .anySatisfy(d -> assertThat(d.toString().replace('\\', '/')).endsWith("tech/integratn/vcluster/bootstrap"));
  }

  @Test
  void missingUnmarkedAndUndocumentedPackageInfosAreReported(@TempDir Path reactor) throws IOException {
    Path java = reactor.resolve("mod/src/main/java");
    write(java.resolve("good/A.java"), "package good; class A {}");
    write(java.resolve("good/package-info.java"), GOOD_INFO);
    write(java.resolve("missing/B.java"), "package missing; class B {}");
    write(java.resolve("unmarked/C.java"), "package unmarked; class C {}");
    write(java.resolve("unmarked/package-info.java"), "/** The role of the package. */\npackage unmarked;\n");
    write(java.resolve("undocumented/D.java"), "package undocumented; class D {}");
    write(java.resolve("undocumented/package-info.java"),
        "// not Javadoc\n/* nor this */\n@NullMarked\npackage undocumented;\n\nimport org.jspecify.annotations.NullMarked;\n");
    write(java.resolve("emptydoc/E.java"), "package emptydoc; class E {}");
    write(java.resolve("emptydoc/package-info.java"), "/** */\n@NullMarked\npackage emptydoc;\n");
    write(java.resolve("onlyinfo/package-info.java"), GOOD_INFO);
    write(reactor.resolve("mod/src/test/java/t/T.java"), "package t; class T {}");

    assertThat(PackageInfoSources.problems(reactor)).containsExactly(
        "mod/src/main/java/emptydoc: package-info.java has no Javadoc line",
        "mod/src/main/java/missing: no package-info.java",
        "mod/src/main/java/undocumented: package-info.java has no Javadoc line",
        "mod/src/main/java/unmarked: package-info.java is not @NullMarked");
  }

  /** The module directory of a {@code <module>/src/main/java} root. */
  private static String reactor(Path sourceRoot) {
    return sourceRoot.getParent().getParent().getParent().getFileName().toString();
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
