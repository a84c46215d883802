package tech.integratn.vcluster.adapters.fs.typed;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import tech.integratn.vcluster.adapters.fs.FileRequestSource;
import tech.integratn.vcluster.adapters.fs.testdata.SharedData;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.promise.PromiseKind;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.orchestrator.ClusterPlan;
import tech.integratn.vcluster.domain.orchestrator.OrchestratorPromise;
import tech.integratn.vcluster.domain.tree.Node;

/** The bundled examples and the valid corpus requests, for tests that check every rendering. */
public final class RenderedRequests {

  private RenderedRequests() {}

  public static Path sharedDir() {
    return SharedData.dir();
  }

  public static Path repositoryRoot() {
    return Path.of("..").toAbsolutePath().normalize();
  }

  /**
   * The two corpus requests whose {@code syncOptions[0]} is a YAML map (spec 9.3): valid YAML that
   * Argo CD would refuse, so the orchestrator refuses them ({@code CorpusInvariantsTest}).
   */
  public static final java.util.Set<String> REFUSED = java.util.Set.of("test-dc48156c.yaml", "test-f5c7c5c7.yaml");

  /**
   * Every example request of the orchestrator and every valid corpus request; only the examples
   * when the corpus is absent (a plain clone, spec 11.3: {@link SharedData#hasCorpus()}).
   */
  public static Seq<Path> requests() {
    Seq<Path> examples = list(repositoryRoot().resolve("examples"), true).filter(RenderedRequests::isOrchestratorRequest);
    if (!SharedData.hasCorpus()) {
      return examples;
    }
    return examples.appendAll(list(SharedData.corpusDirectory(), false).filter(p -> !p.getFileName().toString().startsWith("invalid-") && !REFUSED.contains(p.getFileName().toString())));
  }

  /**
   * Whether {@code request} is the orchestrator's (kind {@code VClusterOrchestratorV2}, or none):
   * the sub-promises' examples are checked by their own tests.
   */
  public static boolean isOrchestratorRequest(Path request) {
    Node document = new FileRequestSource(request).load().getOrElseThrow(p -> new AssertionError(Problems.render(p)));
    Option<PromiseKind> kind = PromiseKind.of(document).getOrElseThrow(p -> new AssertionError(Problems.render(p)));
    return kind.isEmpty() || kind.get() == PromiseKind.VCLUSTER_ORCHESTRATOR;
  }

  public static Rendering<ClusterPlan> render(Path request) {
    return new FileRequestSource(request).load()
        .mapLeft(Problems::render)
        .flatMap(doc -> OrchestratorPromise.INSTANCE.configure(doc, IntegratnProfile.PROFILE, "vcluster-orchestrator-v2")
            .mapLeft(r -> Problems.renderAll(r.problems())))
        .getOrElseThrow(problems -> new AssertionError(request + " did not render:\n" + problems));
  }

  private static Seq<Path> list(Path dir, boolean nested) {
    try (Stream<Path> walk = Files.walk(dir, nested ? 2 : 1)) {
      return List.ofAll(walk.filter(p -> p.getFileName().toString().equals(nested ? "request.yaml" : p.getFileName().toString()))
          .filter(p -> p.toString().endsWith(".yaml")).sorted().collect(java.util.stream.Collectors.toList()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
