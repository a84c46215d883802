package tech.integratn.vcluster.adapters.fs.typed;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import tech.integratn.vcluster.adapters.fs.FileRequestSource;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.render.Rendering;
import tech.integratn.vcluster.domain.render.VClusterRenderer;

/** The bundled examples and the valid corpus requests, for tests that check every rendering. */
public final class RenderedRequests {

  private RenderedRequests() {}

  public static Path sharedDir() {
    return Path.of(System.getProperty("shared.dir", "../../shared"));
  }

  public static Path repositoryRoot() {
    return Path.of("..").toAbsolutePath().normalize();
  }

  /**
   * The two corpus requests whose {@code syncOptions[0]} is a YAML map (spec 9.3): valid YAML that
   * Argo CD would refuse, so the orchestrator refuses them ({@code CorpusInvariantsTest}).
   */
  public static final java.util.Set<String> REFUSED = java.util.Set.of("test-dc48156c.yaml", "test-f5c7c5c7.yaml");

  /** Every example request of the orchestrator and every valid corpus request. */
  public static Seq<Path> requests() {
    return list(repositoryRoot().resolve("examples"), true).filter(RenderedRequests::isOrchestratorRequest)
        .appendAll(list(sharedDir().resolve("corpus/requests"), false).filter(p -> !p.getFileName().toString().startsWith("invalid-") && !REFUSED.contains(p.getFileName().toString())));
  }

  /** Whether an example is the orchestrator's (the sub-promises' examples of spec 9 have their own tests). */
  public static boolean isOrchestratorRequest(Path request) {
    try {
      return !Files.readString(request).contains("\nkind: ArgoCD");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Rendering render(Path request) {
    return new FileRequestSource(request).load()
        .mapLeft(Problems::render)
        .flatMap(doc -> VClusterRenderer.render(doc, IntegratnProfile.PROFILE, "vcluster-orchestrator-v2")
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
