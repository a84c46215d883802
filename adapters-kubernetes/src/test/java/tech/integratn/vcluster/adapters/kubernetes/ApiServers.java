package tech.integratn.vcluster.adapters.kubernetes;

import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** fabric8's mock API server on the loopback address, and what the tests put on it. */
final class ApiServers {

  private ApiServers() {}

  /** The mock server logs every request at INFO; the tests read the requests themselves. */
  private static final java.util.logging.Logger QUIET = quiet();

  private static java.util.logging.Logger quiet() {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");
    logger.setLevel(java.util.logging.Level.WARNING);
    return logger;
  }

  /** A server that stores what it is sent (CRUD mode), over plain HTTP or HTTPS. */
  static KubernetesMockServer crud(boolean https) {
    QUIET.fine("crud server");
    KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
        new KubernetesCrudDispatcher(), https);
    server.init(InetAddress.getLoopbackAddress(), 0);
    return server;
  }

  /** A server that answers only what a test expects (expectations mode). */
  static KubernetesMockServer expectations() {
    QUIET.fine("expectations server");
    KubernetesMockServer server = new KubernetesMockServer(false);
    server.init(InetAddress.getLoopbackAddress(), 0);
    return server;
  }

  /** A kubeconfig file whose current context is {@code server} with a bearer token. */
  static Path kubeconfig(Path dir, String serverUrl) throws IOException {
    return Files.writeString(dir.resolve("kubeconfig"), String.join("\n",
        "apiVersion: v1",
        "kind: Config",
        "clusters:",
        "- name: test",
        "  cluster:",
        "    server: " + serverUrl,
        "users:",
        "- name: test",
        "  user:",
        "    token: test-token",
        "contexts:",
        "- name: test",
        "  context: {cluster: test, user: test}",
        "current-context: test",
        ""));
  }

  static String url(KubernetesMockServer server) {
    return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getPort();
  }

  /** A PersistentVolume with the given labels (key, value, ...), claim namespace (or none) and phase. */
  static PersistentVolume pv(String name, String claimNamespace, String phase, String... labels) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i + 1 < labels.length; i += 2) {
      map.put(labels[i], labels[i + 1]);
    }
    PersistentVolumeBuilder b = new PersistentVolumeBuilder()
        .withNewMetadata().withName(name).withLabels(map).endMetadata()
        .withNewSpec().addToCapacity("storage", new io.fabric8.kubernetes.api.model.Quantity("1Gi"))
        .withAccessModes("ReadWriteOnce").withNewHostPath().withPath("/data/" + name).endHostPath().endSpec();
    if (claimNamespace != null) {
      b.editSpec().withClaimRef(new ObjectReferenceBuilder().withKind("PersistentVolumeClaim")
          .withNamespace(claimNamespace).withName("data-" + name).build()).endSpec();
    }
    if (phase != null) {
      b.withNewStatus().withPhase(phase).endStatus();
    }
    return b.build();
  }
}
