package tech.integratn.vcluster.adapters.fs.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import tech.integratn.vcluster.adapters.fs.testdata.SharedData;
import tech.integratn.vcluster.adapters.fs.DirectoryManifestSink;
import tech.integratn.vcluster.adapters.fs.yaml.YamlLimits;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeReader;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeWriter;
import tech.integratn.vcluster.application.contract.ManifestSinkContract;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.RequestProblem;
import tech.integratn.vcluster.domain.resource.ConfigMap;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.resource.ObjectMeta;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Mutates valid corpus requests at random, on the tree and on the YAML text, and checks that the
 * engine always answers with a rendering or a list of clear problems, never an exception; that a
 * rendering never holds a Secret nor a file outside the output directory; and, for a share of the
 * runs, that publishing writes only inside the output directory and that a refused publish leaves
 * it untouched.
 *
 * <p>Every property uses {@link EngineRun#SEED} (override with {@code -Dfuzz.seed=...}); a failure
 * names the seed, the corpus file, the per-case mutation seed and the mutations applied, and saves
 * the mutated YAML under {@code target/fuzz-failures/}.
 */
class RequestMutationPropertiesTest {

  static final int TREE_EXAMPLES = 5_000;
  static final int TEXT_EXAMPLES = 5_000;
  static final int PUBLISH_EXAMPLES = 500;

  private static final YamlTreeWriter WRITER = new YamlTreeWriter();
  private static final YamlTreeReader READER = new YamlTreeReader(YamlLimits.DEFAULT);
  private static final String SOURCE = "request.yaml";

  private static List<Corpus.Request> corpus;
  private static List<Node> documents;

  @TempDir
  Path temp;

  /** One generated case: a corpus request and the seed of the mutations applied to it. */
  record Case(String corpusFile, int index, long mutationSeed) {
    @Override
    public String toString() {
      return corpusFile + " with mutation seed " + mutationSeed + "L";
    }
  }

  @BeforeAll
  static void loadCorpus() {
    if (!SharedData.hasCorpus()) {
      return; // every test is skipped, see needsTheCorpus
    }
    corpus = Corpus.valid();
    assertThat(corpus).as("corpus at %s", Corpus.directory().toAbsolutePath()).hasSizeGreaterThanOrEqualTo(80);
    documents = corpus.stream().map(r -> {
      Either<RequestProblem, Node> read = READER.read(r.name(), r.bytes());
      assertThat(read.isRight()).as("corpus request %s reads: %s", r.name(), read).isTrue();
      return read.get();
    }).toList();
  }
  /** Every test here mutates corpus requests: skipped, each naming the set, without the corpus. */
  @BeforeEach
  void needsTheCorpus() {
    SharedData.corpus();
  }


  /**
   * A fixed-seed theory. Cases are seeds of mutations, so shrinking one would only pick an
   * unrelated case: the first failing case is reported as found, with its mutation log.
   */
  private static QuickTheory theory(long seed) {
    return qt().withFixedSeed(seed).withShrinkCycles(0);
  }

  /**
   * Runs {@code property} in two halves on two threads (CI has two cores), the first half with
   * {@link EngineRun#SEED}, the second with {@code SEED + 1}; both are fixed, so runs repeat.
   */
  private static void inTwoHalves(int examples, java.util.function.BiConsumer<Long, Integer> property) {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<?>> halves = List.of(
          pool.submit(() -> property.accept(EngineRun.SEED, examples / 2)),
          pool.submit(() -> property.accept(EngineRun.SEED + 1, examples - examples / 2)));
      for (java.util.concurrent.Future<?> half : halves) {
        try {
          half.get();
        } catch (java.util.concurrent.ExecutionException e) {
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          throw new AssertionError(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError(e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Gen<Case> cases() {
    return integers().between(0, corpus.size() - 1)
        .zip(longs().all(), (i, seed) -> new Case(corpus.get(i).name(), i, seed));
  }

  @Test
  void treeMutationsEndInARenderingOrProblemsNeverAnException() {
    AtomicInteger rendered = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    inTwoHalves(TREE_EXAMPLES, (seed, n) -> theory(seed).withExamples(n).forAll(cases()).checkAssert(c -> {
      Mutations m = new Mutations(c.mutationSeed());
      Node doc = documents.get(c.index());
      int count = 1 + m.nextInt(3);
      for (int i = 0; i < count; i++) {
        doc = m.mutateTree(doc);
      }
      String context = context(seed, c, m);
      Node mutated = doc;
      // every case renders the mutated tree; one in three also goes through YAML text and the reader
      boolean viaYaml = m.nextInt(3) == 0;
      guarded(c, () -> write(mutated, context).getBytes(StandardCharsets.UTF_8), () -> {
        EngineRun.Outcome direct = EngineRun.render(SOURCE, mutated, context);
        EngineRun.check(direct, temp.resolve("out"), context);
        if (direct.rendered()) {
          rendered.incrementAndGet();
        }
      });
      if (!viaYaml) {
        return;
      }
      byte[] bytes = write(mutated, context).getBytes(StandardCharsets.UTF_8);
      int depth = depth(mutated);
      guarded(c, () -> bytes, () -> {
        EngineRun.Outcome outcome = EngineRun.run(SOURCE, bytes, context);
        EngineRun.check(outcome, temp.resolve("out"), context);
        if (depth <= YamlLimits.DEFAULT.maxDepth()) {
          // what the writer wrote, the reader reads back unchanged: the mutation reached the reader as made
          assertThat(outcome.refused()).as("a tree %d deep reads; %s", depth, context).isNull();
          // (an integer beyond 64 bits reads back as a decimal of the same value, as Go reads it)
          assertThat(ReaderAgreementTest.goResolved(outcome.document(), mutated))
              .as("YAML round trip; %s\nread %s\nmade %s", context, outcome.document(), mutated).isTrue();
        } else if (depth > YamlLimits.DEFAULT.maxDepth() + 1) {
          assertThat(outcome.refused()).as("a tree %d deep is refused; %s", depth, context).isNotNull();
          assertThat(Problems.render(outcome.refused())).as(context)
              .contains("nested deeper than " + YamlLimits.DEFAULT.maxDepth() + " levels");
        }
        if (outcome.refused() != null) {
          refused.incrementAndGet();
        }
      });
    }));
    // the mutations must reach every outcome, else the property proves little
    assertThat(rendered.get()).as("rendered cases").isGreaterThan(TREE_EXAMPLES / 20);
    assertThat(refused.get()).as("refused cases").isPositive();
  }

  @Test
  void textMutationsEndInARenderingOrProblemsNeverAnException() {
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger rendered = new AtomicInteger();
    inTwoHalves(TEXT_EXAMPLES, (seed, n) -> theory(seed).withExamples(n).forAll(cases()).checkAssert(c -> {
      Mutations m = new Mutations(c.mutationSeed());
      String text = corpus.get(c.index()).text();
      int count = 1 + m.nextInt(4);
      for (int i = 0; i < count; i++) {
        text = m.mutateText(text);
      }
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      String context = context(seed, c, m);
      guarded(c, () -> bytes, () -> {
        EngineRun.Outcome outcome = EngineRun.run(SOURCE, bytes, context);
        EngineRun.check(outcome, temp.resolve("out"), context);
        if (outcome.refused() != null) {
          refused.incrementAndGet();
        }
        if (outcome.rendered()) {
          rendered.incrementAndGet();
        }
      });
    }));
    assertThat(refused.get()).as("cases refused as YAML").isGreaterThan(TEXT_EXAMPLES / 10);
    assertThat(rendered.get()).as("cases still rendered").isPositive();
  }

  @Test
  void publishedOutputStaysInsideTheDirectoryAndARefusedPublishChangesNothing() {
    AtomicInteger published = new AtomicInteger();
    AtomicInteger run = new AtomicInteger();
    inTwoHalves(PUBLISH_EXAMPLES, (seed, n) -> theory(seed).withExamples(n).forAll(cases()).checkAssert(c -> {
      Mutations m = new Mutations(c.mutationSeed());
      Node doc = documents.get(c.index());
      int count = m.nextInt(3);
      for (int i = 0; i < count; i++) {
        doc = m.mutateMildly(doc);
      }
      String context = context(seed, c, m);
      byte[] bytes = write(doc, context).getBytes(StandardCharsets.UTF_8);
      Path root = temp.resolve("publish-" + run.incrementAndGet());
      Path out = root.resolve("out");
      guarded(c, () -> bytes, () -> {
        EngineRun.Outcome outcome = EngineRun.run(SOURCE, bytes, context);
        EngineRun.check(outcome, out, context);
        if (!outcome.rendered()) {
          return;
        }
        Seq<OutputFile> files = outcome.rendering().files();
        writeSentinel(out);
        // a publish the sink must refuse leaves the previous content exactly as it was
        OutputFile hostile = hostileFile(m, c);
        Either<String, Seq<String>> refusedPublish =
            new DirectoryManifestSink(out, DirectoryManifestSink.Mode.REPLACE).publish(files.append(hostile));
        assertThat(refusedPublish.isLeft()).as("publishing %s is refused; %s", hostile.path(), context).isTrue();
        EngineRun.assertClear(refusedPublish.getLeft(), context);
        assertThat(tree(root)).as("a refused publish leaves the directory untouched; %s", context)
            .containsExactly("out/", "out/previous.yaml");
        assertThat(Files.readString(out.resolve("previous.yaml"))).isEqualTo("previous: run\n");

        Either<String, Seq<String>> result =
            new DirectoryManifestSink(out, DirectoryManifestSink.Mode.REPLACE).publish(files);
        assertThat(result.isRight()).as("publish: %s; %s", result, context).isTrue();
        Set<String> expected = new TreeSet<>();
        expected.add("out/");
        for (OutputFile f : files) {
          Path p = Path.of("out").resolve(f.path()).normalize();
          for (Path parent = p.getParent(); parent != null; parent = parent.getParent()) {
            expected.add(parent.toString().replace('\\', '/') + "/");
          }
          expected.add(p.toString().replace('\\', '/'));
        }
        assertThat(tree(root)).as("exactly the rendered files, inside the output directory; %s", context)
            .containsExactlyElementsOf(expected);
        try (Stream<Path> written = Files.walk(root)) {
          assertThat(written.map(p -> p.toAbsolutePath().normalize()))
              .allMatch(p -> p.equals(root.toAbsolutePath().normalize()) || p.startsWith(out.toAbsolutePath().normalize()));
        }
        published.incrementAndGet();
        deleteTree(root);
      });
    }));
    assertThat(published.get()).as("published cases").isGreaterThan(PUBLISH_EXAMPLES / 2);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /** A file the sink must refuse: outside the directory, absolute, the directory itself, or a Secret. */
  private static OutputFile hostileFile(Mutations m, Case c) {
    KubernetesObject config = new ConfigMap(ObjectMeta.of("x", "default", tech.integratn.vcluster.domain.tree.StringMap.empty()),
        tech.integratn.vcluster.domain.tree.StringMap.empty());
    switch (m.nextInt(5)) {
      case 0:
        return new OutputFile("../escape-" + c.index() + ".yaml", io.vavr.collection.List.of(config));
      case 1:
        return new OutputFile("resources/../../escape.yaml", io.vavr.collection.List.of(config));
      case 2:
        return new OutputFile(".", io.vavr.collection.List.of(config));
      case 3:
        return new OutputFile(Path.of("/tmp", "fuzz-escape-" + c.index() + ".yaml").toAbsolutePath().toString(),
            io.vavr.collection.List.of(config));
      default:
        return new OutputFile("resources/secret.yaml", io.vavr.collection.List.of(ManifestSinkContract.Secret.named("leak", "default")));
    }
  }

  private static void writeSentinel(Path out) throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve("previous.yaml"), "previous: run\n");
  }

  /** Every entry below {@code root}, relative, directories with a trailing slash, sorted. */
  private static List<String> tree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(p -> !p.equals(root))
          .map(p -> root.relativize(p).toString().replace('\\', '/') + (Files.isDirectory(p) ? "/" : ""))
          .sorted().collect(Collectors.toList());
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static String write(Node doc, String context) {
    try {
      return WRITER.write(doc);
    } catch (Throwable t) {
      throw EngineRun.failure("YamlTreeWriter.write threw on a mutated request", t, context);
    }
  }

  /** The number of nested maps and lists on the deepest path. */
  static int depth(Node node) {
    if (node instanceof MapNode map) {
      return 1 + map.entries().map(e -> depth(e._2)).max().getOrElse(0);
    }
    if (node instanceof ListNode list) {
      return 1 + list.items().map(RequestMutationPropertiesTest::depth).max().getOrElse(0);
    }
    return 0;
  }

  private static String context(long seed, Case c, Mutations m) {
    return "fuzz seed " + EngineRun.SEED + " (-Dfuzz.seed=" + EngineRun.SEED + "; this half ran with QuickTheories seed "
        + seed + "), case " + c + ", mutations: " + m.log();
  }

  /** A check that can fail with I/O; on failure the mutated YAML is saved for the report. */
  private interface Check {
    void run() throws IOException;
  }

  private static void guarded(Case c, java.util.function.Supplier<byte[]> bytes, Check check) {
    try {
      check.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (AssertionError | RuntimeException e) {
      save(c, bytes);
      throw e;
    }
  }

  private static void save(Case c, java.util.function.Supplier<byte[]> yaml) {
    try {
      byte[] bytes = yaml.get();
      Path dir = Path.of("target", "fuzz-failures");
      Files.createDirectories(dir);
      Files.write(dir.resolve(c.corpusFile().replace(".yaml", "") + "-" + Long.toUnsignedString(c.mutationSeed(), 16) + ".yaml"), bytes);
    } catch (IOException | RuntimeException | AssertionError ignored) {
      // saving the input is a convenience; the assertion message already names the case
    }
  }
}
