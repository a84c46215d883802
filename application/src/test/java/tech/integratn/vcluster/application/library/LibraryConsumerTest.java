package tech.integratn.vcluster.application.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.profile.PresetName;
import tech.integratn.vcluster.domain.contract.Rendering;
import tech.integratn.vcluster.domain.orchestrator.ClusterPlan;
import tech.integratn.vcluster.domain.orchestrator.OrchestratorPromise;
import tech.integratn.vcluster.domain.orchestrator.ResourceRenderer;
import tech.integratn.vcluster.domain.orchestrator.VClusterResources;
import tech.integratn.vcluster.domain.orchestrator.ExposureSettings;
import tech.integratn.vcluster.domain.orchestrator.RequestMetadata;
import tech.integratn.vcluster.domain.orchestrator.VClusterOrchestratorV2;
import tech.integratn.vcluster.domain.orchestrator.VClusterOrchestratorV2Spec;
import tech.integratn.vcluster.domain.orchestrator.VClusterSettings;

/**
 * Written as a library consumer would: only the domain's orchestrator promise, no files, no
 * Kratix, no YAML. The root README shows the same code.
 */
class LibraryConsumerTest {

  @Test
  void buildARequestRenderItInProcessAndReadTheModels() {
    VClusterOrchestratorV2 request = new VClusterOrchestratorV2(
        RequestMetadata.of("media", "platform-requests"),
        VClusterOrchestratorV2Spec.builder()
            .name("media")
            .vcluster(VClusterSettings.builder().preset(Option.some(PresetName.PROD)).build())
            .exposure(ExposureSettings.builder().subnet(Option.some("10.0.4.0/24")).build())
            .build());
    Rendering<ClusterPlan> rendering = OrchestratorPromise.INSTANCE.configure(request)
        .getOrElseThrow(rejection -> new IllegalArgumentException(Problems.renderAll(rejection.problems())));

    assertThat(rendering.request().vip().get().toString()).isEqualTo("10.0.4.200");
    VClusterResources objects = ResourceRenderer.render(rendering.request());
    assertThat(objects.application().spec().project()).isEqualTo("vcluster-media");
    assertThat(objects.namespace().metadata().name()).isEqualTo("platform-requests");
    assertThat(rendering.status().phase()).isEqualTo("Scheduled");
    assertThat(rendering.files()).hasSize(5);
  }

  @Test
  void anInvalidRequestComesBackAsProblemsNotAnException() {
    VClusterOrchestratorV2 request = new VClusterOrchestratorV2(RequestMetadata.of("x", "platform-requests"),
        VClusterOrchestratorV2Spec.builder().name("media")
            .exposure(ExposureSettings.builder().subnet(Option.some("10.0.4.0/24")).vip(Option.some("10.0.9.9")).build()).build());
    var outcome = OrchestratorPromise.INSTANCE.configure(request);
    assertThat(outcome.getLeft().problems().map(Problems::render)).containsExactly(
        "spec.exposure.vip: VIP 10.0.9.9 is not a usable host address of subnet 10.0.4.0/24 (usable range 10.0.4.1-10.0.4.254)");
  }
}
