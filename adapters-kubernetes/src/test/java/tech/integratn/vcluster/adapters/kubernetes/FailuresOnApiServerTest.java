package tech.integratn.vcluster.adapters.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PersistentVolumeListBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.integratn.vcluster.application.port.out.LeftoverVolumes;
import tech.integratn.vcluster.domain.cleanup.CleanupFailure;
import tech.integratn.vcluster.domain.cleanup.CleanupTexts;

/**
 * Every way the API can fail ends as a {@link CleanupFailure} within the bounds (expectations mode
 * for refusals, errors and slow answers), and the service-account access verifies TLS.
 */
class FailuresOnApiServerTest {

  static final String SELECTOR = "vcluster.loft.sh/managed-by=vc-media-x-media";
  static final String LIST_PATH = "/api/v1/persistentvolumes?labelSelector="
      + URLEncoder.encode(SELECTOR, StandardCharsets.UTF_8) + "&limit=500";

  @TempDir Path temp;
  KubernetesMockServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.destroy();
    }
  }

  LeftoverVolumes volumes(Duration call, Duration budget) throws Exception {
    return KubernetesLeftoverVolumes.kubeconfig(ApiServers.kubeconfig(temp, ApiServers.url(server)), call, budget);
  }

  static io.fabric8.kubernetes.api.model.Status status(int code, String message) {
    return new StatusBuilder().withStatus("Failure").withCode(code).withMessage(message).build();
  }

  @Test
  void aRefusalNamesTheMissingPermission() throws Exception {
    server = ApiServers.expectations();
    server.expect().get().withPath(LIST_PATH).andReturn(403, status(403,
        "persistentvolumes is forbidden: User \"system:serviceaccount:p:sa\" cannot list resource")).always();
    CleanupFailure failure = volumes(Duration.ofSeconds(5), Duration.ofSeconds(20)).find(SELECTOR).getLeft();
    assertThat(failure).isInstanceOf(CleanupFailure.Refused.class);
    assertThat(CleanupTexts.render(failure)).startsWith("list PersistentVolumes with " + SELECTOR
        + ": refused by the API server (HTTP 403): persistentvolumes is forbidden")
        .endsWith("needs get, list and delete on persistentvolumes");
  }

  @Test
  void aServerErrorIsReportedOnceWithoutRetries() throws Exception {
    server = ApiServers.expectations();
    server.expect().delete().withPath("/api/v1/persistentvolumes/pvc-1").andReturn(500, status(500, "etcd is down")).always();
    CleanupFailure failure = volumes(Duration.ofSeconds(5), Duration.ofSeconds(20)).remove("pvc-1").getLeft();
    assertThat(failure).isEqualTo(new CleanupFailure.ServerError("delete PersistentVolume pvc-1", 500, "etcd is down"));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aSlowAnswerTimesOutAfterTheCallTimeout() throws Exception {
    server = ApiServers.expectations();
    server.expect().get().delay(5, TimeUnit.SECONDS).withPath(LIST_PATH)
        .andReturn(200, new PersistentVolumeListBuilder().build()).always();
    // the answer comes after 5 s: only the call timeout can end the call with TimedOut (no clock read here)
    CleanupFailure failure = volumes(Duration.ofMillis(400), Duration.ofMinutes(2)).find(SELECTOR).getLeft();
    assertThat(failure).isEqualTo(new CleanupFailure.TimedOut("list PersistentVolumes with " + SELECTOR, 400));
  }

  @Test
  void noCallStartsAfterTheBudget() throws Exception {
    server = ApiServers.expectations();
    Budget budget = Budget.manual(Duration.ofMinutes(2));
    LeftoverVolumes volumes = new KubernetesLeftoverVolumes(ClusterAccess.kubeconfig(ApiServers.kubeconfig(temp,
        ApiServers.url(server))), Duration.ofSeconds(30), budget, BodyLimit.MAX_BYTES);
    budget.end();
    assertThat(volumes.find(SELECTOR).getLeft())
        .isEqualTo(new CleanupFailure.OutOfTime("list PersistentVolumes with " + SELECTOR, 120_000));
    assertThat(volumes.remove("pvc-1").getLeft())
        .isEqualTo(new CleanupFailure.OutOfTime("delete PersistentVolume pvc-1", 120_000));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aServerThatHangsUpIsAFailureNotAnError() throws Exception {
    // a port that stays ours: it accepts every connection and closes it at once
    try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread closer = new Thread(() -> {
        while (!s.isClosed()) {
          try {
            s.accept().close();
          } catch (java.io.IOException e) {
            return;
          }
        }
      });
      closer.setDaemon(true);
      closer.start();
      Path kubeconfig = ApiServers.kubeconfig(temp, "http://127.0.0.1:" + s.getLocalPort());
      CleanupFailure failure = KubernetesLeftoverVolumes.kubeconfig(kubeconfig, Duration.ofSeconds(30), Duration.ofMinutes(2))
          .find(SELECTOR).getLeft();
      assertThat(failure).isInstanceOf(CleanupFailure.Unreachable.class);
      assertThat(CleanupTexts.render(failure)).doesNotContain("Exception").doesNotContain("\n");
    }
  }

  @Test
  void aMissingOrBrokenKubeconfigIsABadConfiguration() throws Exception {
    Path missing = temp.resolve("nope");
    assertThat(KubernetesLeftoverVolumes.kubeconfig(missing, Duration.ofSeconds(1), Duration.ofSeconds(5)).find(SELECTOR)
        .getLeft()).isEqualTo(new CleanupFailure.BadConfiguration("kubeconfig " + missing + " is not readable"));
    Path broken = Files.writeString(temp.resolve("broken"), "clusters: [unclosed\n");
    CleanupFailure failure = KubernetesLeftoverVolumes.kubeconfig(broken, Duration.ofSeconds(1), Duration.ofSeconds(5))
        .find(SELECTOR).getLeft();
    assertThat(failure).isInstanceOf(CleanupFailure.BadConfiguration.class);
    assertThat(CleanupTexts.render(failure)).doesNotContain("Exception").doesNotContain("\n");
    Path mistyped = Files.writeString(temp.resolve("mistyped"), "clusters: 5\n");
    assertThat(CleanupTexts.render(KubernetesLeftoverVolumes.kubeconfig(mistyped, Duration.ofSeconds(1),
        Duration.ofSeconds(5)).find(SELECTOR).getLeft())).doesNotContain("java.", "fabric8", "Exception");
  }

  @Test
  void aKubeconfigWhoseCurrentContextNamesNoServerIsRefusedRatherThanSentToTheDefaultService() throws Exception {
    for (String text : new String[] {
        "current-context: nope\n",
        "apiVersion: v1\nkind: Config\ncurrent-context: ctx\ncontexts:\n- name: ctx\n  context: {cluster: gone, user: u}\n"
            + "users:\n- name: u\n  user: {token: secret-token}\n"}) {
      Path file = Files.writeString(temp.resolve("ctx-" + text.length()), text);
      CleanupFailure failure = KubernetesLeftoverVolumes.kubeconfig(file, Duration.ofSeconds(1), Duration.ofSeconds(5))
          .find(SELECTOR).getLeft();
      assertThat(failure).isEqualTo(new CleanupFailure.BadConfiguration(
          "kubeconfig " + file + " names no server for its current context"));
    }
  }

  @Test
  void anEmptySelectorIsNeverSent() throws Exception {
    server = ApiServers.expectations();
    assertThat(volumes(Duration.ofSeconds(5), Duration.ofSeconds(20)).find(" ").getLeft())
        .isInstanceOf(CleanupFailure.BadConfiguration.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void outsideAPodThereIsNoAccess() {
    assertThat(KubernetesLeftoverVolumes.inCluster(Map.of(), temp, Duration.ofSeconds(1), Duration.ofSeconds(5))
        .getLeft()).isEqualTo("not running in a Kubernetes pod (KUBERNETES_SERVICE_HOST is not set)");
  }

  @Test
  void theServiceAccountAccessVerifiesTheServerAgainstItsCa() throws Exception {
    server = ApiServers.crud(true);
    try (KubernetesClient admin = server.createClient()) {
      admin.persistentVolumes().resource(ApiServers.pv("pvc-1", "vc-media", "Bound",
          "vcluster.loft.sh/managed-by", "vc-media-x-media")).create();
    }
    Path account = Files.createDirectories(temp.resolve("serviceaccount"));
    Files.writeString(account.resolve("token"), "sa-token\n");
    Files.copy(Path.of(server.getSelfSignedCertificate().certificatePath()), account.resolve("ca.crt"));
    Map<String, String> env = Map.of("KUBERNETES_SERVICE_HOST", "localhost",
        "KUBERNETES_SERVICE_PORT", String.valueOf(server.getPort()));
    LeftoverVolumes trusted = KubernetesLeftoverVolumes.inCluster(env, account, Duration.ofSeconds(10),
        Duration.ofSeconds(30)).get();
    assertThat(trusted.find(SELECTOR).get()).hasSize(1);
    assertThat(server.getLastRequest().getHeader("Authorization")).isEqualTo("Bearer sa-token");

    Path stranger = Files.createDirectories(temp.resolve("other"));
    Files.writeString(stranger.resolve("token"), "sa-token\n");
    Files.copy(Path.of(ApiServers.crud(true).getSelfSignedCertificate().certificatePath()), stranger.resolve("ca.crt"));
    CleanupFailure refused = KubernetesLeftoverVolumes.inCluster(env, stranger, Duration.ofSeconds(10),
        Duration.ofSeconds(30)).get().find(SELECTOR).getLeft();
    assertThat(refused).isEqualTo(new CleanupFailure.Unreachable("list PersistentVolumes with " + SELECTOR,
        "TLS handshake failed (is the server's certificate signed by the CA given?)"));
  }

  @Test
  void aMissingServiceAccountTokenIsABadConfiguration() {
    Map<String, String> env = Map.of("KUBERNETES_SERVICE_HOST", "127.0.0.1");
    assertThat(KubernetesLeftoverVolumes.inCluster(env, temp.resolve("none"), Duration.ofSeconds(1),
        Duration.ofSeconds(5)).get().find(SELECTOR).getLeft()).isInstanceOf(CleanupFailure.BadConfiguration.class);
  }
}
