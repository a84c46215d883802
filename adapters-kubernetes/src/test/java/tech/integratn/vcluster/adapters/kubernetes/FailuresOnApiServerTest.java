package tech.integratn.vcluster.adapters.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

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

  /**
   * The bounds of the calls that are expected to get an answer: far above any answer's time however
   * loaded the machine, so that only the answer ends them (the tests of the timeouts themselves use a
   * server that never answers or a budget ended by hand).
   */
  static final Duration CALL = Duration.ofMinutes(2);
  static final Duration BUDGET = Duration.ofMinutes(5);

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
    CleanupFailure failure = volumes(CALL, BUDGET).find(SELECTOR).getLeft();
    assertThat(failure).isInstanceOf(CleanupFailure.Refused.class);
    assertThat(CleanupTexts.render(failure)).startsWith("list PersistentVolumes with " + SELECTOR
        + ": refused by the API server (HTTP 403): persistentvolumes is forbidden")
        .endsWith("needs get, list and delete on persistentvolumes");
  }

  @Test
  void aServerErrorIsReportedOnceWithoutRetries() throws Exception {
    server = ApiServers.expectations();
    server.expect().delete().withPath("/api/v1/persistentvolumes/pvc-1").andReturn(500, status(500, "etcd is down")).always();
    CleanupFailure failure = volumes(CALL, BUDGET).remove("pvc-1").getLeft();
    assertThat(failure).isEqualTo(new CleanupFailure.ServerError("delete PersistentVolume pvc-1", 500, "etcd is down"));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aSlowAnswerTimesOutAfterTheCallTimeout() throws Exception {
    // a server the test owns that accepts the call and never answers until the test ends it: only the
    // call timeout can end the call with TimedOut (no clock read, no delay to race against)
    java.util.List<java.net.Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread holder = new Thread(() -> {
        while (!s.isClosed()) {
          try {
            held.add(s.accept());
          } catch (java.io.IOException e) {
            return;
          }
        }
      });
      holder.setDaemon(true);
      holder.start();
      Path kubeconfig = ApiServers.kubeconfig(temp, "http://127.0.0.1:" + s.getLocalPort());
      CleanupFailure failure = KubernetesLeftoverVolumes.kubeconfig(kubeconfig, Duration.ofMillis(400),
          Duration.ofMinutes(2)).find(SELECTOR).getLeft();
      assertThat(failure).isEqualTo(new CleanupFailure.TimedOut("list PersistentVolumes with " + SELECTOR, 400));
    } finally {
      // ended by hand: the connections the silent server holds
      for (java.net.Socket socket : held) {
        socket.close();
      }
    }
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
      CleanupFailure failure = KubernetesLeftoverVolumes.kubeconfig(kubeconfig, CALL, BUDGET)
          .find(SELECTOR).getLeft();
      assertThat(failure).isInstanceOf(CleanupFailure.Unreachable.class);
      assertThat(CleanupTexts.render(failure)).doesNotContain("Exception").doesNotContain("\n");
    }
  }

  @Test
  void aMissingOrBrokenKubeconfigIsABadConfiguration() throws Exception {
    Path missing = temp.resolve("nope");
    assertThat(KubernetesLeftoverVolumes.kubeconfig(missing, CALL, BUDGET).find(SELECTOR)
        .getLeft()).isEqualTo(new CleanupFailure.BadConfiguration("kubeconfig " + missing + " is not readable"));
    Path broken = Files.writeString(temp.resolve("broken"), "clusters: [unclosed\n");
    CleanupFailure failure = KubernetesLeftoverVolumes.kubeconfig(broken, CALL, BUDGET)
        .find(SELECTOR).getLeft();
    assertThat(failure).isInstanceOf(CleanupFailure.BadConfiguration.class);
    assertThat(CleanupTexts.render(failure)).doesNotContain("Exception").doesNotContain("\n");
    Path mistyped = Files.writeString(temp.resolve("mistyped"), "clusters: 5\n");
    assertThat(CleanupTexts.render(KubernetesLeftoverVolumes.kubeconfig(mistyped, CALL,
        BUDGET).find(SELECTOR).getLeft())).doesNotContain("java.", "fabric8", "Exception");
  }

  @Test
  void aKubeconfigWhoseCurrentContextNamesNoServerIsRefusedRatherThanSentToTheDefaultService() throws Exception {
    for (String text : new String[] {
        "current-context: nope\n",
        "apiVersion: v1\nkind: Config\ncurrent-context: ctx\ncontexts:\n- name: ctx\n  context: {cluster: gone, user: u}\n"
            + "users:\n- name: u\n  user: {token: secret-token}\n"}) {
      Path file = Files.writeString(temp.resolve("ctx-" + text.length()), text);
      CleanupFailure failure = KubernetesLeftoverVolumes.kubeconfig(file, CALL, BUDGET)
          .find(SELECTOR).getLeft();
      assertThat(failure).isEqualTo(new CleanupFailure.BadConfiguration(
          "kubeconfig " + file + " names no server for its current context"));
    }
  }

  @Test
  void anEmptySelectorIsNeverSent() throws Exception {
    server = ApiServers.expectations();
    assertThat(volumes(CALL, BUDGET).find(" ").getLeft())
        .isInstanceOf(CleanupFailure.BadConfiguration.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void outsideAPodThereIsNoAccess() {
    assertThat(KubernetesLeftoverVolumes.inCluster(Map.of(), temp, CALL, BUDGET)
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
    LeftoverVolumes trusted = KubernetesLeftoverVolumes.inCluster(env, account, CALL,
        BUDGET).get();
    assertThat(trusted.find(SELECTOR).get()).hasSize(1);
    assertThat(server.getLastRequest().getHeader("Authorization")).isEqualTo("Bearer sa-token");

    Path stranger = Files.createDirectories(temp.resolve("other"));
    Files.writeString(stranger.resolve("token"), "sa-token\n");
    Files.copy(Path.of(ApiServers.crud(true).getSelfSignedCertificate().certificatePath()), stranger.resolve("ca.crt"));
    CleanupFailure refused = KubernetesLeftoverVolumes.inCluster(env, stranger, CALL,
        BUDGET).get().find(SELECTOR).getLeft();
    assertThat(refused).isEqualTo(new CleanupFailure.Unreachable("list PersistentVolumes with " + SELECTOR,
        "TLS handshake failed (is the server's certificate signed by the CA given?)"));
  }

  @Test
  void aMissingServiceAccountTokenIsABadConfiguration() {
    Map<String, String> env = Map.of("KUBERNETES_SERVICE_HOST", "127.0.0.1");
    assertThat(KubernetesLeftoverVolumes.inCluster(env, temp.resolve("none"), CALL,
        BUDGET).get().find(SELECTOR).getLeft()).isInstanceOf(CleanupFailure.BadConfiguration.class);
  }
}
