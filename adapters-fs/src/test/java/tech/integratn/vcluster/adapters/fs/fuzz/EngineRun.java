package tech.integratn.vcluster.adapters.fs.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tech.integratn.vcluster.adapters.fs.yaml.YamlLimits;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeReader;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.contract.RequestWarning;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.orchestrator.ClusterPlan;
import tech.integratn.vcluster.domain.orchestrator.OrchestratorPromise;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Drives the engine the way the CLI does (bytes, YAML reader, renderer) and checks the outcome
 * contract: a rendering or a list of clear problems, never an exception.
 */
final class EngineRun {

  static final String PROMISE = "vcluster-orchestrator-v2";

  /** The seed of every property in this package; {@code -Dfuzz.seed=...} reproduces another run. */
  static final long SEED = Long.getLong("fuzz.seed", 0x5EED_F022L);

  /** Text that only a leaked exception or stack trace would put into a message. */
  private static final List<String> LEAKS = List.of(
      "Exception", "\tat ", "java.", "javax.", "com.fasterxml", "org.yaml", "org.snakeyaml", "io.vavr",
      "tech.integratn.", "StreamReadConstraints", "LoaderOptions", "snakeyaml", "NullPointer", "StackOverflow", "ClassCast", "IndexOutOfBounds");

  /** Where a problem about the document's content may start: a field path of the request. */
  private static final List<String> FIELD_PREFIXES =
      List.of("spec.", "spec:", "spec[", "metadata.", "metadata:", "kind:", "(document):");

  private static final YamlTreeReader READER = new YamlTreeReader(YamlLimits.DEFAULT);

  private EngineRun() {}

  /** What one request led to. Exactly one of the three is set. */
  record Outcome(
      String source, Node document, RequestProblem refused, Rejection rejection, Rendering<ClusterPlan> rendering) {

    boolean rendered() {
      return rendering != null;
    }

    String summary() {
      if (refused != null) {
        return "refused: " + Problems.render(refused);
      }
      if (rejection != null) {
        return "rejected: " + Problems.renderAll(rejection.problems());
      }
      return "rendered " + rendering.files().size() + " files";
    }
  }

  /** Reads and renders {@code bytes}; any throwable is turned into a failure naming {@code context}. */
  static Outcome run(String source, byte[] bytes, String context) {
    Either<RequestProblem, Node> read;
    try {
      read = READER.read(source, bytes);
    } catch (Throwable t) {
      throw failure("YamlTreeReader.read threw", t, context);
    }
    if (read.isLeft()) {
      return new Outcome(source, null, read.getLeft(), null, null);
    }
    return render(source, read.get(), context);
  }

  /** Renders a document tree; any throwable is turned into a failure naming {@code context}. */
  static Outcome render(String source, Node document, String context) {
    Either<Rejection, Rendering<ClusterPlan>> result;
    try {
      result = OrchestratorPromise.INSTANCE.configure(document, IntegratnProfile.PROFILE, PROMISE);
    } catch (Throwable t) {
      throw failure("OrchestratorPromise.configure threw", t, context);
    }
    return result.isLeft()
        ? new Outcome(source, document, null, result.getLeft(), null)
        : new Outcome(source, document, null, null, result.get());
  }

  /**
   * The outcome contract: problems are clear single-line texts that start with the source (for
   * unreadable input) or a field path (for content); renderings hold no Secret and no file outside
   * {@code outputDir}.
   */
  static void check(Outcome outcome, Path outputDir, String context) {
    try {
      checkUnguarded(outcome, outputDir, context);
    } catch (AssertionError e) {
      throw e;
    } catch (Throwable t) {
      throw failure("checking the outcome threw", t, context);
    }
  }

  private static void checkUnguarded(Outcome outcome, Path outputDir, String context) {
    if (outcome.refused() != null) {
      RequestProblem p = outcome.refused();
      assertThat(p).as(context).isInstanceOfAny(RequestProblem.Syntax.class, RequestProblem.Unreadable.class);
      String text = Problems.render(p);
      assertClear(text, context);
      assertThat(text).as("unreadable input names its source; %s", context).startsWith(outcome.source() + ":");
      if (p instanceof RequestProblem.Syntax s) {
        assertThat(s.line()).as("a syntax problem names a line (1-based): %s; %s", text, context).isPositive();
        assertThat(s.column()).as("a syntax problem names a column (1-based): %s; %s", text, context).isPositive();
        assertThat(s.message()).as("a syntax problem says what is wrong; %s", context).isNotBlank();
      }
      return;
    }
    if (outcome.rejection() != null) {
      Rejection r = outcome.rejection();
      assertThat(r.problems()).as("a rejection lists at least one problem; %s", context).isNotEmpty();
      for (RequestProblem p : r.problems()) {
        String text = Problems.render(p);
        assertClear(text, context);
        assertThat(FIELD_PREFIXES.stream().anyMatch(text::startsWith))
            .as("problem text starts with a field path: [%s]; %s", text, context).isTrue();
      }
      checkWarnings(r.warnings(), context);
      return;
    }
    Rendering<ClusterPlan> rendering = outcome.rendering();
    checkWarnings(rendering.warnings(), context);
    assertThat(rendering.status().toNode()).as(context).isNotNull();
    checkFiles(rendering.files(), outputDir, context);
  }

  static void checkFiles(Seq<OutputFile> files, Path outputDir, String context) {
    Path out = outputDir.toAbsolutePath().normalize();
    assertThat(files).as("a rendering has files; %s", context).isNotEmpty();
    Set<Path> seen = new HashSet<>();
    for (OutputFile file : files) {
      Path relative;
      try {
        relative = Path.of(file.path());
      } catch (InvalidPathException e) {
        throw new AssertionError("output path is not a valid path: [" + file.path() + "]; " + context, e);
      }
      assertThat(relative.isAbsolute()).as("output path %s is relative; %s", file.path(), context).isFalse();
      Path target = out.resolve(relative).normalize();
      assertThat(target.startsWith(out) && !target.equals(out))
          .as("output path %s stays inside the output directory; %s", file.path(), context).isTrue();
      assertThat(seen.add(target)).as("output path %s is written once; %s", file.path(), context).isTrue();
      assertThat(file.objects()).as("file %s holds objects; %s", file.path(), context).isNotEmpty();
      for (KubernetesObject o : file.objects()) {
        assertThat(o.kind()).as("no Secret is rendered (%s in %s); %s", o.metadata().name(), file.path(), context)
            .isNotEqualTo("Secret");
        assertThat(o.toNode().get("kind")).as(context).contains(Node.text(o.kind()));
      }
    }
  }

  private static void checkWarnings(Seq<RequestWarning> warnings, String context) {
    for (RequestWarning w : warnings) {
      String text = Problems.render(w);
      assertThat(text).as("warning text starts with a field path; %s", context).startsWith("spec");
      assertThat(LEAKS).as("warning [%s] leaks no Java internals; %s", text, context).noneMatch(text::contains);
    }
  }

  /** One non-blank line, no Java class names or stack-trace text. */
  static void assertClear(String text, String context) {
    assertThat(text).as("problem text; %s", context).isNotBlank();
    assertThat(text).as("problem text is one line: [%s]; %s", text, context).doesNotContain("\n", "\r");
    assertThat(LEAKS).as("problem [%s] leaks no Java internals; %s", text, context).noneMatch(text::contains);
  }

  static AssertionError failure(String what, Throwable t, String context) {
    return new AssertionError(what + " " + t.getClass().getName() + ": " + t.getMessage()
        + " (fuzz seed " + SEED + ", reproduce with -Dfuzz.seed=" + SEED + "); " + context, t);
  }
}
