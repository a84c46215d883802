package tech.integratn.vcluster.adapters.fs.typed;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.integratn.vcluster.adapters.fs.FileRequestSource;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.orchestrator.ClusterPlan;
import tech.integratn.vcluster.domain.orchestrator.DecodedRequest;
import tech.integratn.vcluster.domain.orchestrator.OrchestratorPromise;
import tech.integratn.vcluster.domain.orchestrator.RequestDecoder;
import tech.integratn.vcluster.domain.orchestrator.VClusterOrchestratorV2;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The library's typed entry renders exactly like the document it was read from: every bundled
 * example and every valid corpus request is decoded into a {@link VClusterOrchestratorV2}, and the
 * typed request's files and status are the document's, byte for byte as trees (annotations, label
 * maps and free-form maps included).
 */
class TypedRequestEquivalenceTest {

  static final String PROMISE = OrchestratorPromise.PROMISE_NAME;

  static Stream<Path> requests() {
    return RenderedRequests.requests().toJavaStream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void theTypedRequestRendersExactlyLikeItsDocument(Path request) {
    Node document = new FileRequestSource(request).load().getOrElseThrow(p -> new AssertionError(Problems.render(p)));
    DecodedRequest decoded = RequestDecoder.decode(document, IntegratnProfile.PROFILE);
    assertThat(decoded.request().isRight()).as("%s decodes", request).isTrue();
    VClusterOrchestratorV2 typed = decoded.request().get().request();

    Rendering<ClusterPlan> fromDocument = RenderedRequests.render(request);
    Rendering<ClusterPlan> fromTyped = OrchestratorPromise.INSTANCE.configure(typed, IntegratnProfile.PROFILE, PROMISE)
        .getOrElseThrow(r -> new AssertionError("the typed request was refused:\n" + Problems.renderAll(r.problems())));

    assertThat(trees(fromTyped)).isEqualTo(trees(fromDocument));
    assertThat(fromTyped.status().toNode()).isEqualTo(fromDocument.status().toNode());
    assertThat(fromTyped.request()).isEqualTo(fromDocument.request());
  }

  private static Seq<Tuple2<String, Seq<Node>>> trees(Rendering<ClusterPlan> rendering) {
    return rendering.files().map(f -> Tuple.of(f.path(), f.objects().map(o -> o.toNode())));
  }
}
