package tech.integratn.vcluster.benchmarks;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeReader;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeWriter;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.orchestrator.ClusterPlan;
import tech.integratn.vcluster.domain.orchestrator.OrchestratorPromise;
import tech.integratn.vcluster.domain.resource.KubernetesObject;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Warm configure renders per second, and serialisation alone as their floor. Every operation is one
 * request: the corpus benchmarks take the next request of the corpus (skipping {@code invalid-*}) on
 * each call, so their score is renders per second averaged over the corpus. "Serialise" is what the
 * pipeline writes for a rendering: each output file's objects and the status through
 * {@link YamlTreeWriter}; the serialise-only benchmarks get the trees already built.
 *
 * <p>Inputs: the corpus directory from {@code -Dcorpus.dir}, else {@code ../shared/corpus/requests}
 * relative to the working directory (the repository root); the prod request from
 * {@code -Dexamples.dir} (default {@code examples}) + {@code prod-external-etcd/request.yaml}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class RenderBenchmark {

  private static final String PROMISE = "vcluster-orchestrator-v2";

  private final YamlTreeWriter writer = new YamlTreeWriter();
  private Node prod = Node.Null.NULL;
  private Vector<Node> corpus = Vector.empty();
  private Vector<Seq<Node>> prodTrees = Vector.empty();
  private Vector<Vector<Seq<Node>>> corpusTrees = Vector.empty();
  private int next;
  private int nextTrees;

  @Setup
  public void setUp() {
    Path examples = Path.of(System.getProperty("examples.dir", "examples"));
    prod = read(examples.resolve("prod-external-etcd/request.yaml"));
    corpus = corpusFiles().map(RenderBenchmark::read);
    prodTrees = trees(render(prod).getOrElseThrow(r -> new IllegalStateException("prod request rejected: " + r)));
    corpusTrees = corpus.map(RenderBenchmark::render).filter(Either::isRight).map(r -> trees(r.get()));
    System.out.printf("%n[setup] corpus: %d requests, %d render, %d are rejected; prod: %d files%n",
        corpus.size(), corpusTrees.size(), corpus.size() - corpusTrees.size(), prodTrees.size() - 1);
  }

  /** The engine alone on the prod request: decode, plan, values, typed resources. */
  @Benchmark
  public Either<Rejection, Rendering<ClusterPlan>> renderProd() {
    return render(prod);
  }

  /** What the pipeline does between parsing and writing files, for the prod request. */
  @Benchmark
  public int renderAndSerialiseProd() {
    return serialise(render(prod));
  }

  /** The floor: YAML text of the prod request's already rendered trees. */
  @Benchmark
  public int serialiseProd() {
    return write(prodTrees);
  }

  /** Render and serialise the next corpus request (rejected requests write nothing, as in the pipeline). */
  @Benchmark
  public int renderAndSerialiseCorpus() {
    Node document = corpus.get(next);
    next = (next + 1) % corpus.size();
    return serialise(render(document));
  }

  /** The floor for the corpus: YAML text of the next request's already rendered trees. */
  @Benchmark
  public int serialiseCorpus() {
    Vector<Seq<Node>> trees = corpusTrees.get(nextTrees);
    nextTrees = (nextTrees + 1) % corpusTrees.size();
    return write(trees);
  }

  private static Either<Rejection, Rendering<ClusterPlan>> render(Node document) {
    return OrchestratorPromise.INSTANCE.configure(document, IntegratnProfile.PROFILE, PROMISE);
  }

  private int serialise(Either<Rejection, Rendering<ClusterPlan>> rendering) {
    return rendering.isRight() ? write(trees(rendering.get())) : rendering.getLeft().problems().size();
  }

  /** One sequence of documents per output file, then the status document. */
  private static Vector<Seq<Node>> trees(Rendering<ClusterPlan> rendering) {
    return rendering.files().toVector()
        .map(OutputFile::objects)
        .map(objects -> objects.<Node>map(KubernetesObject::toNode))
        .append(Vector.of(rendering.status().toNode()));
  }

  private int write(Vector<Seq<Node>> trees) {
    int length = 0;
    for (Seq<Node> documents : trees) {
      length += writer.write(documents).length();
    }
    return length;
  }

  private static Vector<Path> corpusFiles() {
    Path dir = Path.of(System.getProperty("corpus.dir", "../shared/corpus/requests"));
    try (Stream<Path> files = Files.list(dir)) {
      Vector<Path> requests = Vector.ofAll(files)
          .filter(p -> p.getFileName().toString().endsWith(".yaml"))
          .filter(p -> !p.getFileName().toString().startsWith("invalid-"))
          // syncOptions[0] is a YAML map in these two (spec 9.3): the orchestrator refuses them
          .filter(p -> !java.util.Set.of("test-dc48156c.yaml", "test-f5c7c5c7.yaml").contains(p.getFileName().toString()))
          .sorted();
      if (requests.isEmpty()) {
        throw new IllegalStateException("no requests in " + dir.toAbsolutePath());
      }
      return requests;
    } catch (IOException e) {
      throw new UncheckedIOException("corpus directory " + dir.toAbsolutePath() + " (set -Dcorpus.dir)", e);
    }
  }

  private static Node read(Path file) {
    try {
      return new YamlTreeReader().read(file.toString(), Files.readAllBytes(file))
          .getOrElseThrow(problem -> new IllegalStateException(file + ": " + problem));
    } catch (IOException e) {
      throw new UncheckedIOException(file.toAbsolutePath().toString(), e);
    }
  }
}
