package tech.integratn.vcluster.adapters.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.adapters.kubernetes.HostileApiServer.json;
import static tech.integratn.vcluster.adapters.kubernetes.HostileApiServer.list;
import static tech.integratn.vcluster.adapters.kubernetes.HostileApiServer.pv;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.integratn.vcluster.domain.cleanup.CleanupFailure;
import tech.integratn.vcluster.domain.cleanup.CleanupTexts;

/**
 * Hostile access material (spec 10.3): kubeconfigs that overflow the parser's stack, block the
 * reader or run a plugin that never ends are one-line warnings within the budget; the pod's
 * service account ignores every ambient setting fabric8 would otherwise read.
 */
class HostileAccessTest {

  static final String SELECTOR = "vcluster.loft.sh/managed-by=vc-media-x-media";

  @TempDir static Path shared;
  static HostileApiServer.Tls tls;

  @TempDir Path temp;
  final java.util.List<HostileApiServer> servers = new java.util.ArrayList<>();

  @BeforeAll
  static void certificate() throws Exception {
    tls = HostileApiServer.Tls.generate(shared);
  }

  @AfterEach
  void stop() {
    for (HostileApiServer s : servers) {
      s.close();
    }
  }

  HostileApiServer answering() throws Exception {
    HostileApiServer s = HostileApiServer.https(tls, (ex, server) ->
        json(ex, 200, list(List.of(pv("pvc-1", Map.of("vcluster.loft.sh/managed-by", "vc-media-x-media"), null)), null)));
    servers.add(s);
    return s;
  }

  static CleanupFailure failure(Path kubeconfig, Duration budget) {
    return KubernetesLeftoverVolumes.kubeconfig(kubeconfig, Duration.ofSeconds(30), budget).find(SELECTOR).getLeft();
  }

  @Test
  void aKubeconfigNestedDeeperThanTheStackIsAOneLineWarning() throws Exception {
    int depth = 100_000;
    StringBuilder text = new StringBuilder("apiVersion: v1\nkind: Config\ncurrent-context: x\nclusters: ");
    text.append("[".repeat(depth)).append("]".repeat(depth)).append('\n');
    Path file = Files.writeString(temp.resolve("deep"), text, StandardCharsets.UTF_8);
    CleanupFailure failure = failure(file, Duration.ofMinutes(2));
    assertThat(failure).isInstanceOf(CleanupFailure.BadConfiguration.class);
    assertThat(CleanupTexts.render(failure)).isEqualTo("no usable cluster access: kubeconfig " + file + " is not a usable "
        + "kubeconfig (nested too deeply)").doesNotContain("\n").doesNotContain("Error").doesNotContain("Exception");
  }

  @Test
  void aKubeconfigThatIsAFifoIsRefusedBeforeItIsRead() throws Exception {
    Path fifo = temp.resolve("fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("mkfifo").isTrue();
    // nobody ever writes to it: reading it would block forever
    assertThat(failure(fifo, Duration.ofMinutes(2)))
        .isEqualTo(new CleanupFailure.BadConfiguration("kubeconfig " + fifo + " is not a regular file"));
    assertThat(failure(temp, Duration.ofMinutes(2)))
        .isEqualTo(new CleanupFailure.BadConfiguration("kubeconfig " + temp + " is not a regular file"));
  }

  @Test
  void anExecPluginThatNeverEndsIsCutByTheBudget() throws Exception {
    HostileApiServer api = answering();
    Path pid = temp.resolve("plugin.pid");
    Path plugin = Files.writeString(temp.resolve("plugin.sh"),
        "#!/bin/sh\necho $$ > " + pid + "\nexec sleep 600\n");
    Files.setPosixFilePermissions(plugin, PosixFilePermissions.fromString("rwx------"));
    Path kubeconfig = Files.writeString(temp.resolve("kubeconfig"), String.join("\n",
        "apiVersion: v1",
        "kind: Config",
        "clusters:",
        "- name: c",
        "  cluster: {server: '" + api.url() + "', certificate-authority: '" + tls.caCertificate() + "'}",
        "users:",
        "- name: u",
        "  user:",
        "    exec:",
        "      apiVersion: client.authentication.k8s.io/v1",
        "      command: " + plugin,
        "      interactiveMode: Never",
        "contexts:",
        "- name: ctx",
        "  context: {cluster: c, user: u}",
        "current-context: ctx",
        ""));
    try {
      // the plugin never ends: only the budget can end this, however slow the machine
      CleanupFailure failure = failure(kubeconfig, Duration.ofSeconds(2));
      assertThat(failure).isInstanceOf(CleanupFailure.BadConfiguration.class);
      assertThat(CleanupTexts.render(failure)).isEqualTo("no usable cluster access: kubeconfig " + kubeconfig
          + " was not read and used within the clean-up's 2 s (a credential plugin that does not end?)");
      assertThat(api.seen()).isEmpty();
      assertThat(pid).as("the plugin ran").exists();
    } finally {
      if (Files.exists(pid)) {
        ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }

  /**
   * Kratix mode: every ambient setting fabric8 reads (system properties for the master, token,
   * kubeconfig, proxies) points at a bystander; only the service account's server sees a request,
   * with the service account's token. Environment variables cannot be set from a test; the same
   * code ignores them (the configuration is built from {@code Config.empty()} without auto-configuration).
   */
  @Test
  void theServiceAccountAccessIgnoresEveryAmbientSetting() throws Exception {
    HostileApiServer api = answering();
    HostileApiServer bystander = answering();
    HostileApiServer proxy = HostileApiServer.http((ex, s) -> json(ex, 502, "{}"));
    servers.add(proxy);
    Path account = Files.createDirectories(temp.resolve("sa"));
    Files.writeString(account.resolve("token"), "sa-token\n");
    Files.copy(tls.caCertificate(), account.resolve("ca.crt"));
    Path otherKubeconfig = bystander.kubeconfig(temp, tls, "ambient-token");
    Map<String, String> properties = new HashMap<>();
    properties.put("kubernetes.master", bystander.url());
    properties.put("kubernetes.auth.token", "ambient-token");
    properties.put("kubernetes.auth.tryKubeConfig", "true");
    properties.put("kubernetes.auth.tryServiceAccount", "true");
    properties.put("kubeconfig", otherKubeconfig.toString());
    properties.put("kubernetes.https.proxy", proxy.url());
    properties.put("kubernetes.http.proxy", proxy.url());
    properties.put("https.proxyHost", "127.0.0.1");
    properties.put("https.proxyPort", String.valueOf(proxy.port()));
    Map<String, String> saved = new HashMap<>();
    for (String key : properties.keySet()) {
      saved.put(key, System.getProperty(key));
      System.setProperty(key, properties.get(key));
    }
    try {
      Map<String, String> env = Map.of("KUBERNETES_SERVICE_HOST", "127.0.0.1",
          "KUBERNETES_SERVICE_PORT", String.valueOf(api.port()),
          "KUBECONFIG", otherKubeconfig.toString(), "HTTPS_PROXY", proxy.url(), "KUBERNETES_AUTH_TOKEN", "ambient-token");
      assertThat(KubernetesLeftoverVolumes.inCluster(env, account, Duration.ofSeconds(30), Duration.ofMinutes(2)).get()
          .find(SELECTOR).get()).hasSize(1);
    } finally {
      for (Map.Entry<String, String> e : saved.entrySet()) {
        if (e.getValue() == null) {
          System.clearProperty(e.getKey());
        } else {
          System.setProperty(e.getKey(), e.getValue());
        }
      }
    }
    assertThat(api.seen()).hasSize(1);
    assertThat(api.seen().get(0).authorization()).isEqualTo("Bearer sa-token");
    assertThat(bystander.seen()).isEmpty();
    assertThat(proxy.seen()).isEmpty();
  }
}
