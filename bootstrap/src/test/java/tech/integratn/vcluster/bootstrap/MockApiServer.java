package tech.integratn.vcluster.bootstrap;

import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/** fabric8's mock API server in CRUD mode on loopback, holding PersistentVolumes, for the end-to-end delete tests. */
final class MockApiServer implements AutoCloseable {

  private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

  final KubernetesMockServer server;
  final KubernetesClient admin;

  MockApiServer(boolean https) {
    QUIET.setLevel(java.util.logging.Level.WARNING);
    server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), new KubernetesCrudDispatcher(),
        https);
    server.init(InetAddress.getLoopbackAddress(), 0);
    admin = server.createClient();
  }

  /** A PersistentVolume labelled {@code vcluster.loft.sh/managed-by=<marker>}, claimed from {@code claimNamespace} (or not). */
  MockApiServer volume(String name, String marker, String claimNamespace) {
    PersistentVolumeBuilder b = new PersistentVolumeBuilder()
        .withNewMetadata().withName(name).withLabels(Map.of("vcluster.loft.sh/managed-by", marker)).endMetadata()
        .withNewSpec().withAccessModes("ReadWriteOnce").withNewHostPath().withPath("/data/" + name).endHostPath()
        .endSpec();
    if (claimNamespace != null) {
      b.editSpec().withClaimRef(new ObjectReferenceBuilder().withKind("PersistentVolumeClaim")
          .withNamespace(claimNamespace).withName("data").build()).endSpec();
    }
    PersistentVolume pv = b.withNewStatus().withPhase(claimNamespace == null ? "Available" : "Bound").endStatus().build();
    admin.persistentVolumes().resource(pv).create();
    return this;
  }

  TreeSet<String> names() {
    TreeSet<String> names = new TreeSet<>();
    for (PersistentVolume pv : admin.persistentVolumes().list().getItems()) {
      names.add(pv.getMetadata().getName());
    }
    return names;
  }

  /** A kubeconfig for this server over plain HTTP. */
  Path kubeconfig(Path dir) throws IOException {
    return Files.writeString(dir.resolve("kubeconfig"), "apiVersion: v1\nkind: Config\n"
        + "clusters: [{name: t, cluster: {server: 'http://127.0.0.1:" + server.getPort() + "'}}]\n"
        + "users: [{name: t, user: {token: t}}]\n"
        + "contexts: [{name: t, context: {cluster: t, user: t}}]\ncurrent-context: t\n");
  }

  /** A service account directory (token and this server's CA) for an HTTPS server. */
  Path serviceAccount(Path dir) throws IOException {
    Path account = Files.createDirectories(dir.resolve("serviceaccount"));
    Files.writeString(account.resolve("token"), "sa-token\n");
    Files.copy(Path.of(server.getSelfSignedCertificate().certificatePath()), account.resolve("ca.crt"));
    return account;
  }

  @Override
  public void close() {
    admin.close();
    server.destroy();
  }
}
