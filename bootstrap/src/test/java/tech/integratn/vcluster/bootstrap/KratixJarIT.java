package tech.integratn.vcluster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the built jar as a separate process in Kratix mode (no arguments), with the Kratix
 * environment variables, against a temporary {@code /kratix}-shaped tree whose input is read-only.
 */
class KratixJarIT {

  @TempDir Path temp;

  static Path jar() {
    return Path.of(System.getProperty("orchestrator.jar", "target/vcluster-orchestrator.jar"));
  }

  static Path example(String name) {
    return Path.of(System.getProperty("examples.dir", "../examples")).resolve(name);
  }

  /** The outcome of one process run. */
  record Result(int code, String stderr, Map<String, String> output, Map<String, String> metadata) {}

  Result runKratix(Path base, Path request, String action) throws IOException, InterruptedException {
    return runKratix(base, request, action, List.of("-jar", jar().toAbsolutePath().toString()));
  }

  Result runKratix(Path base, Path request, String action, List<String> launch) throws IOException, InterruptedException {
    return runKratix(base, request, action, launch, Map.of());
  }

  Result runKratix(Path base, Path request, String action, List<String> launch, Map<String, String> extraEnv)
      throws IOException, InterruptedException {
    Path input = Files.createDirectories(base.resolve("input"));
    Files.copy(request, input.resolve("object.yaml"));
    input.resolve("object.yaml").toFile().setReadOnly();
    input.toFile().setReadOnly();
    Files.createDirectories(base.resolve("output"));
    Files.createDirectories(base.resolve("metadata"));
    List<String> command = new ArrayList<>(List.of(javaBinary()));
    command.addAll(launch);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
    builder.environment().clear();
    builder.environment().putAll(Map.of(
        "KRATIX_WORKFLOW_ACTION", action,
        "KRATIX_WORKFLOW_TYPE", "resource",
        "KRATIX_PROMISE_NAME", "vcluster-orchestrator-v2",
        "KRATIX_PIPELINE_NAME", "vco-v2-" + action,
        "KRATIX_OBJECT_NAME", "media",
        "KRATIX_OBJECT_NAMESPACE", "platform-requests",
        "KRATIX_CRD_PLURAL", "vclusterorchestratorv2s",
        "VCLUSTER_KRATIX_DIR", base.toString()));
    builder.environment().putAll(extraEnv);
    Process process = builder.start();
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("process ended").isTrue();
    return new Result(process.exitValue(), stderr, Trees.read(base.resolve("output")), Trees.read(base.resolve("metadata")));
  }

  static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Test
  void configureWritesTheSameTreeAsTheGoldenExample() throws Exception {
    Result r = runKratix(temp.resolve("kratix"), example("prod-external-etcd").resolve("request.yaml"), "configure");
    assertThat(r.code()).as(r.stderr()).isZero();
    assertThat(r.output()).isEqualTo(Trees.read(example("prod-external-etcd").resolve("expected/output")));
    assertThat(r.metadata()).isEqualTo(Trees.read(example("prod-external-etcd").resolve("expected/metadata")));
  }

  /** Each sub-promise from the same jar, as its own Kratix pipeline (spec 9.1): its golden tree and status. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource({
      "argocd-project-from-dev-minimal, argocd-project, argocd-project-configure",
      "argocd-application-from-dev-minimal, argocd-application, argocd-app-configure",
      "argocd-cluster-registration-from-dev-minimal, argocd-cluster-registration, acr-configure"})
  void everySubPromiseConfiguresItsGoldenTree(String example, String promise, String pipeline) throws Exception {
    Result r = runKratix(temp.resolve("kratix"), example(example).resolve("request.yaml"), "configure",
        List.of("-jar", jar().toAbsolutePath().toString()),
        Map.of("KRATIX_PROMISE_NAME", promise, "KRATIX_PIPELINE_NAME", pipeline));
    assertThat(r.code()).as(r.stderr()).isZero();
    assertThat(r.output()).isEqualTo(Trees.read(example(example).resolve("expected/output")));
    assertThat(r.metadata()).isEqualTo(Trees.read(example(example).resolve("expected/metadata")));
  }

  @Test
  void aSubPromiseDeleteReportsDeletingAndLogsItsObjects() throws Exception {
    Result r = runKratix(temp.resolve("kratix"),
        example("argocd-cluster-registration-from-dev-minimal").resolve("request.yaml"), "delete",
        List.of("-jar", jar().toAbsolutePath().toString()),
        Map.of("KRATIX_PROMISE_NAME", "argocd-cluster-registration", "KRATIX_PIPELINE_NAME", "acr-delete"));
    assertThat(r.code()).as(r.stderr()).isZero();
    assertThat(r.output()).isEmpty();
    assertThat(r.metadata().get("status.yaml")).startsWith("---\nphase: Deleting\nmessage: Cluster ");
    // the token ExternalSecret and the ServiceAccount, the Job, the two other ExternalSecrets
    assertThat(r.stderr().lines().filter(l -> l.startsWith("info: deleting "))).hasSize(5);
    assertThat(r.stderr()).doesNotContain("host clean-up");
  }

  @Test
  void deleteReportsDeletingAndLogsEveryObject() throws Exception {
    Result r = runKratix(temp.resolve("kratix"), example("prod-external-etcd").resolve("request.yaml"), "delete");
    assertThat(r.code()).as(r.stderr()).isZero();
    assertThat(r.output()).isEmpty();
    assertThat(r.metadata().get("status.yaml"))
        .isEqualTo("---\nphase: Deleting\nmessage: VCluster resources scheduled for deletion\nvclusterName: media\n");
    // 5 files of section 4, 9 etcd objects and the 7 network policies of the integratn baseline
    assertThat(r.stderr().lines().filter(l -> l.startsWith("info: deleting "))).hasSize(21);
    assertThat(r.stderr().lines()).contains(
        "info: deleting resources/network-policies.yaml: networking.k8s.io/v1 NetworkPolicy vcluster-media/default-deny-all",
        "info: deleting resources/network-policies.yaml: cilium.io/v2 CiliumNetworkPolicy vcluster-media/allow-vcluster-lb-snat");
  }

  /**
   * The cold path stays free of what a cold JVM still pays for under the image's AOT cache
   * (bench/README.md, "Idioms under the AOT cache"): no lambda of Vavr's own function types (they are
   * serializable, so the cache cannot hold them: {@code Validation.combine(…).ap} cost ~35 ms), and
   * the examples are read without SnakeYAML's scanner (round 3). Lambdas of {@code java.util.function}
   * types, Vavr's collection operations and the field tables' regular expressions are measured free
   * there and allowed. Checked from the JVM's class-load log, launched as the image launches it.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1}")
  @org.junit.jupiter.params.provider.CsvSource({
      "prod-external-etcd, configure, vcluster-orchestrator-v2", "prod-subnet, configure, vcluster-orchestrator-v2",
      "dev-minimal, configure, vcluster-orchestrator-v2",
      "dev-egress, configure, vcluster-orchestrator-v2", // two warnings
      "prod-external-etcd, delete, vcluster-orchestrator-v2",
      "argocd-project-from-dev-minimal, configure, argocd-project",
      "argocd-application-from-dev-minimal, configure, argocd-application",
      "argocd-cluster-registration-from-dev-minimal, configure, argocd-cluster-registration",
      "argocd-cluster-registration-full, delete, argocd-cluster-registration"})
  void aPipelineRunLinksNoVavrFunctionLambdaAndNoYamlScanner(String example, String action, String promise) throws Exception {
    Path log = temp.resolve("classes.log");
    Result r = runKratix(temp.resolve("kratix"), example(example).resolve("request.yaml"), action, List.of(
        "-Xlog:class+load=info:file=" + log, "-cp", jar().toAbsolutePath().toString(), Main.class.getName()),
        Map.of("KRATIX_PROMISE_NAME", promise));
    assertThat(r.code()).as(r.stderr()).isZero();
    List<String> loaded = Files.readAllLines(log);
    assertThat(loaded).as("classes loaded").hasSizeGreaterThan(300);
    assertThat(loaded).filteredOn(l -> l.contains(" io.vavr.Function") && l.contains("$$Lambda")
            || l.contains(" io.vavr.CheckedFunction") && l.contains("$$Lambda")
            || l.contains(" org.yaml.snakeyaml.scanner."))
        .as("lambdas of Vavr's function types, SnakeYAML's scanner").isEmpty();
    if (action.equals("configure")) {
      assertThat(loaded).filteredOn(l -> l.contains(" io.fabric8.") || l.contains(" tech.integratn.vcluster.adapters.kubernetes."))
          .as("fabric8 or the Kubernetes adapter on the configure path").isEmpty();
    }
  }

  /**
   * A delete in Kratix mode inside a (mock) cluster: the service account's token and CA, TLS verified,
   * PersistentVolumes of the vcluster deleted and every other one kept; a dry run deletes nothing.
   */
  @Test
  void deleteInAPodCleansUpTheHostThroughTheServiceAccount() throws Exception {
    try (MockApiServer api = new MockApiServer(true)) {
      api.volume("pvc-1234", "vcluster-media-x-media", "vcluster-media")
          .volume("pvc-9", "vcluster-media-x-media", "team-x")
          .volume("pvc-other", "vcluster-other-x-other", "vcluster-other");
      Map<String, String> pod = Map.of("KUBERNETES_SERVICE_HOST", "localhost",
          "KUBERNETES_SERVICE_PORT", String.valueOf(api.server.getPort()),
          "VCLUSTER_SERVICE_ACCOUNT_DIR", api.serviceAccount(temp).toString());
      List<String> launch = List.of("-jar", jar().toAbsolutePath().toString());
      Path request = example("prod-external-etcd").resolve("request.yaml");

      Map<String, String> dryRun = new java.util.HashMap<>(pod);
      dryRun.put("KRATIX_DRY_RUN", "true");
      Result dry = runKratix(temp.resolve("dry"), request, "delete", launch, dryRun);
      assertThat(dry.code()).as(dry.stderr()).isZero();
      assertThat(dry.stderr()).contains("info: dry run: would delete PersistentVolume pvc-1234");
      assertThat(api.names()).containsExactly("pvc-1234", "pvc-9", "pvc-other");

      Result r = runKratix(temp.resolve("kratix"), request, "delete", launch, pod);
      assertThat(r.code()).as(r.stderr()).isZero();
      assertThat(api.server.getLastRequest().getHeader("Authorization")).isEqualTo("Bearer sa-token");
      assertThat(r.stderr()).contains("info: deleted PersistentVolume pvc-1234",
          "info: kept PersistentVolume pvc-9: claimed from namespace team-x").doesNotContain("warning");
      assertThat(api.names()).containsExactly("pvc-9", "pvc-other");
      assertThat(r.metadata().get("status.yaml")).contains("phase: Deleting");
    }
  }

  /**
   * Spec 10.3: in Kratix mode only the pod's service account counts. Every environment variable and
   * file fabric8 would otherwise read ({@code KUBECONFIG}, {@code ~/.kube/config} in a temporary
   * home, {@code KUBERNETES_MASTER}, token, impersonation, CA and trust variables, proxies in both
   * letter cases) points at a second server or a recording proxy: neither receives anything, and the
   * service account's server gets the calls with the service account's token and nothing added.
   */
  @Test
  void aDeleteInAPodIgnoresEveryKubernetesAndProxyVariableOfTheEnvironment() throws Exception {
    try (MockApiServer api = new MockApiServer(true); MockApiServer other = new MockApiServer(true);
        java.net.ServerSocket proxy = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      api.volume("pvc-1234", "vcluster-media-x-media", "vcluster-media");
      other.volume("pvc-1234", "vcluster-media-x-media", "vcluster-media")
          .volume("pvc-5678", "vcluster-media-x-media", null);
      java.util.concurrent.atomic.AtomicInteger proxied = new java.util.concurrent.atomic.AtomicInteger();
      Thread recorder = new Thread(() -> {
        while (!proxy.isClosed()) {
          try (java.net.Socket s = proxy.accept()) {
            proxied.incrementAndGet();
          } catch (IOException e) {
            return;
          }
        }
      });
      recorder.setDaemon(true);
      recorder.start();
      String otherUrl = "https://127.0.0.1:" + other.server.getPort();
      String proxyUrl = "http://127.0.0.1:" + proxy.getLocalPort();
      String otherKubeconfig = "apiVersion: v1\nkind: Config\n"
          + "clusters: [{name: o, cluster: {server: '" + otherUrl + "', insecure-skip-tls-verify: true}}]\n"
          + "users: [{name: o, user: {token: ambient-token-from-kubeconfig}}]\n"
          + "contexts: [{name: o, context: {cluster: o, user: o}}]\ncurrent-context: o\n";
      Path home = Files.createDirectories(temp.resolve("home/.kube")).getParent();
      Files.writeString(home.resolve(".kube/config"), otherKubeconfig);
      Path kubeconfig = Files.writeString(temp.resolve("ambient-kubeconfig"), otherKubeconfig);
      Path tokenFile = Files.writeString(temp.resolve("ambient-token"), "ambient-token-from-file\n");
      Path bogusCa = Files.writeString(temp.resolve("bogus-ca.crt"), "not a certificate\n");

      Map<String, String> env = new java.util.HashMap<>();
      env.put("KUBERNETES_SERVICE_HOST", "localhost");
      env.put("KUBERNETES_SERVICE_PORT", String.valueOf(api.server.getPort()));
      env.put("VCLUSTER_SERVICE_ACCOUNT_DIR", api.serviceAccount(temp).toString());
      env.put("HOME", home.toString());
      env.put("KUBECONFIG", kubeconfig.toString());
      env.put("KUBERNETES_MASTER", otherUrl);
      env.put("KUBERNETES_AUTH_TOKEN", "ambient-token-from-env");
      env.put("KUBERNETES_AUTH_TRYKUBECONFIG", "true");
      env.put("KUBERNETES_AUTH_TRYSERVICEACCOUNT", "true");
      env.put("KUBERNETES_AUTH_SERVICEACCOUNT_TOKEN", tokenFile.toString());
      env.put("KUBERNETES_AUTH_BASIC_USERNAME", "ambient-user");
      env.put("KUBERNETES_AUTH_BASIC_PASSWORD", "ambient-password");
      env.put("KUBERNETES_IMPERSONATE_USERNAME", "system:admin");
      env.put("KUBERNETES_IMPERSONATE_GROUP", "system:masters");
      env.put("KUBERNETES_CERTS_CA_FILE", bogusCa.toString());
      env.put("KUBERNETES_TRUST_CERTIFICATES", "true");
      env.put("KUBERNETES_DISABLE_HOSTNAME_VERIFICATION", "true");
      env.put("HTTPS_PROXY", proxyUrl);
      env.put("https_proxy", proxyUrl);
      env.put("HTTP_PROXY", proxyUrl);
      env.put("http_proxy", proxyUrl);
      env.put("ALL_PROXY", proxyUrl);
      env.put("all_proxy", proxyUrl);
      env.put("NO_PROXY", "example.invalid");
      env.put("no_proxy", "example.invalid");
      int otherBefore = other.server.getRequestCount();
      int apiBefore = api.server.getRequestCount();

      Result r = runKratix(temp.resolve("kratix"), example("prod-external-etcd").resolve("request.yaml"), "delete",
          List.of("-Duser.home=" + home, "-jar", jar().toAbsolutePath().toString()), env);

      assertThat(r.code()).as(r.stderr()).isZero();
      assertThat(r.stderr()).contains("info: deleted PersistentVolume pvc-1234").doesNotContain("warning")
          .doesNotContain("pvc-5678").doesNotContain("ambient");
      assertThat(proxied.get()).as("connections to the proxy of the environment").isZero();
      assertThat(other.server.getRequestCount() - otherBefore).as("requests to the server of the environment").isZero();
      assertThat(other.names()).containsExactly("pvc-1234", "pvc-5678");
      // one list and one delete, both with the service account's token and no impersonation
      assertThat(api.server.getRequestCount() - apiBefore).isEqualTo(2);
      var last = api.server.getLastRequest();
      assertThat(last.getMethod()).isEqualTo("DELETE");
      assertThat(last.getHeader("Authorization")).isEqualTo("Bearer sa-token");
      assertThat(last.getHeader("Impersonate-User")).isNull();
      assertThat(last.getHeader("Impersonate-Group")).isNull();
      assertThat(api.names()).isEmpty();
    }
  }

  @Test
  void aDeleteThatCannotReachTheApiServerStillSucceeds() throws Exception {
    Path account = java.nio.file.Files.createDirectories(temp.resolve("sa"));
    java.nio.file.Files.writeString(account.resolve("token"), "t");
    java.nio.file.Files.writeString(account.resolve("ca.crt"), "not a certificate");
    Result r;
    // a port the test owns for the whole run, bound but not listening (and not reusable by another
    // socket): every connection to it is refused, and no other process can start listening there
    try (java.net.Socket owned = new java.net.Socket()) {
      owned.setReuseAddress(false);
      owned.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0));
      r = runKratix(temp.resolve("kratix"), example("prod-external-etcd").resolve("request.yaml"), "delete",
          List.of("-jar", jar().toAbsolutePath().toString()), Map.of("KUBERNETES_SERVICE_HOST", "127.0.0.1",
              "KUBERNETES_SERVICE_PORT", String.valueOf(owned.getLocalPort()),
              "VCLUSTER_SERVICE_ACCOUNT_DIR", account.toString()));
    }
    assertThat(r.code()).as(r.stderr()).isZero();
    assertThat(r.stderr().lines().filter(l -> l.startsWith("warning: host clean-up failed: "))).hasSize(1);
    assertThat(r.stderr()).doesNotContain("Exception");
    assertThat(r.metadata().get("status.yaml")).contains("phase: Deleting");
  }

  @Test
  void twoJvmRunsGiveByteIdenticalFiles() throws Exception {
    Path request = example("prod-subnet").resolve("request.yaml");
    Result first = runKratix(temp.resolve("a"), request, "configure");
    Result second = runKratix(temp.resolve("b"), request, "configure");
    assertThat(first.code()).isZero();
    assertThat(first.output()).isNotEmpty().isEqualTo(second.output());
    assertThat(first.metadata()).isEqualTo(second.metadata());
  }

  @Test
  void anInvalidRequestFailsTheContainerWithTheProblemsOnStandardError() throws Exception {
    Path bad = Files.writeString(temp.resolve("bad.yaml"),
        "kind: VClusterOrchestratorV2\nmetadata: {name: x, namespace: p}\nspec: {name: x, exposure: {apiPort: 70000}}\n");
    Result r = runKratix(temp.resolve("kratix"), bad, "configure");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.stderr()).contains("spec.exposure.apiPort: must be between 1 and 65535 (got 70000)")
        .doesNotContain("Exception");
    assertThat(r.output()).isEmpty();
    assertThat(r.metadata()).isEmpty();
  }
}
