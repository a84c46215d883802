package tech.integratn.vcluster.adapters.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tech.integratn.vcluster.application.fakes.FixedPipelineContext;
import tech.integratn.vcluster.application.fakes.InMemoryRequestSource;
import tech.integratn.vcluster.application.fakes.InMemoryStatusSink;
import tech.integratn.vcluster.application.fakes.RecordingEventLog;
import tech.integratn.vcluster.application.port.out.LeftoverVolumes;
import tech.integratn.vcluster.application.port.out.PipelineContext;
import tech.integratn.vcluster.application.fakes.InMemoryChartSchemas;
import tech.integratn.vcluster.application.fakes.InMemoryManifestSink;
import tech.integratn.vcluster.application.fakes.InMemoryWorkflowControl;
import tech.integratn.vcluster.application.service.HostCleanupService;
import tech.integratn.vcluster.application.service.WorkflowService;
import tech.integratn.vcluster.domain.cleanup.VClusterMarker;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * The delete service with this adapter against an API server holding volumes that must go and
 * volumes that must stay (spec 7.1).
 */
class HostCleanupOnApiServerTest {

  static final String LABEL = VClusterMarker.LABEL;

  @TempDir Path temp;
  @RegisterExtension final CrudApiServer api = new CrudApiServer();
  final RecordingEventLog log = new RecordingEventLog();
  final InMemoryStatusSink status = new InMemoryStatusSink();

  static MapNode request(String name, String targetNamespace) {
    return MapNode.of("apiVersion", Node.text("platform.integratn.tech/v1alpha1"))
        .with("kind", "VClusterOrchestratorV2")
        .with("metadata", MapNode.of("name", Node.text(name)).with("namespace", "platform-requests"))
        .with("spec", MapNode.of("name", Node.text(name)).with("targetNamespace", targetNamespace));
  }

  void plant(PersistentVolume pv) {
    api.admin().persistentVolumes().resource(pv).create();
  }

  TreeSet<String> remaining() {
    TreeSet<String> names = new TreeSet<>();
    for (PersistentVolume pv : api.admin().persistentVolumes().list().getItems()) {
      names.add(pv.getMetadata().getName());
    }
    return names;
  }

  void delete(MapNode request, PipelineContext context) throws Exception {
    LeftoverVolumes volumes = KubernetesLeftoverVolumes.kubeconfig(ApiServers.kubeconfig(temp, ApiServers.url(api.server())),
        KubernetesLeftoverVolumes.CALL_TIMEOUT, KubernetesLeftoverVolumes.BUDGET);
    assertThat(new WorkflowService(InMemoryRequestSource.of(request), new InMemoryManifestSink(), status,
        new InMemoryWorkflowControl(), InMemoryChartSchemas.none(), context, log,
        new HostCleanupService(() -> Either.right(volumes), context, log)).run(IntegratnProfile.PROFILE).isRight()).isTrue();
  }

  @Test
  void deletesExactlyTheMarkedVolumesOfTheTargetNamespaceWhateverTheirPhaseAndNamesTheOthers() throws Exception {
    String marker = "vc-media-x-media";
    plant(ApiServers.pv("pvc-bound", "vc-media", "Bound", LABEL, marker));
    plant(ApiServers.pv("pvc-released", "vc-media", "Released", LABEL, marker, "extra", "label"));
    plant(ApiServers.pv("pvc-noclaim", null, "Available", LABEL, marker));
    plant(ApiServers.pv("pvc-9", "team-x", "Bound", LABEL, marker));
    plant(ApiServers.pv("pvc-nolabel", "vc-media", "Released"));
    plant(ApiServers.pv("pvc-reversed", "vc-media", "Released", LABEL, "media-x-vc-media"));
    plant(ApiServers.pv("pvc-other-vcluster", "vc-media", "Released", LABEL, "vc-media-x-media2"));
    delete(request("media", "vc-media"), FixedPipelineContext.delete());
    assertThat(remaining()).containsExactly("pvc-9", "pvc-nolabel", "pvc-other-vcluster",
        "pvc-reversed");
    assertThat(log.lines()).contains(
        "info: deleted PersistentVolume pvc-bound",
        "info: deleted PersistentVolume pvc-released",
        "info: deleted PersistentVolume pvc-noclaim",
        "info: kept PersistentVolume pvc-9: claimed from namespace team-x");
    assertThat(log.lines()).noneMatch(l -> l.contains("pvc-nolabel") || l.contains("pvc-reversed")
        || l.contains("pvc-other-vcluster") || l.startsWith("warning:"));
    assertThat(status.last().get().phase()).isEqualTo("Deleting");
  }

  @Test
  void aMarkerHashedPast63CharactersIsFound() throws Exception {
    String ns = "tenant-" + "n".repeat(45);
    String name = "media-archive";
    String marker = VClusterMarker.of(ns, name);
    assertThat(marker).hasSize(63).isNotEqualTo(ns + "-x-" + name);
    plant(ApiServers.pv("pvc-long", ns, "Bound", LABEL, marker));
    plant(ApiServers.pv("pvc-long-unhashed", ns, "Bound", LABEL, (ns + "-x-" + name).substring(0, 63)));
    delete(request(name, ns), FixedPipelineContext.delete());
    assertThat(remaining()).containsExactly("pvc-long-unhashed");
    assertThat(log.lines()).contains("info: deleted PersistentVolume pvc-long");
  }

  @Test
  void aDryRunListsWhatWouldGoAndDeletesNothing() throws Exception {
    plant(ApiServers.pv("pvc-1", "vc-media", "Bound", LABEL, "vc-media-x-media"));
    plant(ApiServers.pv("pvc-9", "team-x", "Bound", LABEL, "vc-media-x-media"));
    PipelineContext dryRun = new PipelineContext() {
      @Override public Action action() { return Action.DELETE; }
      @Override public io.vavr.control.Option<String> promiseName() { return io.vavr.control.Option.some("vcluster-orchestrator-v2"); }
      @Override public Option<String> workflowType() { return Option.some("resource"); }
      @Override public Option<String> objectName() { return Option.some("media"); }
      @Override public boolean dryRun() { return true; }
    };
    delete(request("media", "vc-media"), dryRun);
    assertThat(remaining()).containsExactly("pvc-1", "pvc-9");
    assertThat(log.lines()).contains("info: dry run: would delete PersistentVolume pvc-1",
        "info: kept PersistentVolume pvc-9: claimed from namespace team-x");
    assertThat(List.copyOf(log.lines().asJava())).noneMatch(l -> l.contains("deleted"));
  }

  @Test
  void theClientOnlyListsPersistentVolumesAndDeletesSingleOnesByName() throws Exception {
    plant(ApiServers.pv("pvc-1", "vc-media", "Bound", LABEL, "vc-media-x-media"));
    delete(request("media", "vc-media"), FixedPipelineContext.delete());
    List<String> requests = new java.util.ArrayList<>();
    int count = api.server().getRequestCount();
    for (int i = 0; i < count; i++) {
      String line = api.server().takeRequest().getRequestLine();
      requests.add(line.substring(0, line.lastIndexOf(' ')));
    }
    assertThat(requests).containsExactly("POST /api/v1/persistentvolumes",
        "GET /api/v1/persistentvolumes?labelSelector=vcluster.loft.sh%2Fmanaged-by%3Dvc-media-x-media&limit=500",
        "DELETE /api/v1/persistentvolumes/pvc-1");
  }
}
