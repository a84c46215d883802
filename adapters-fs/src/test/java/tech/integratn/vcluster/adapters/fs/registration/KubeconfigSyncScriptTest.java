package tech.integratn.vcluster.adapters.fs.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.integratn.vcluster.adapters.fs.registration.FakeConnect.Request;
import tech.integratn.vcluster.domain.clusterregistration.KubeconfigSyncScript;

/**
 * The kubeconfig sync script (spec 9.9) run exactly as the Job runs it ({@code sh -c <text>}, here
 * with {@code dash}) against {@link FakeConnect} on 127.0.0.1, TLS verified through
 * {@code CURL_CA_BUNDLE}. Every run puts wrappers for the external tools first on {@code PATH}
 * (they record their arguments, then exec the real tool) and checks that neither the output nor
 * any recorded argument holds the token or the key, and that no secret file is left behind.
 *
 * <p>Without {@code dash}, {@code curl} or {@code jq} the class is skipped with one line naming the
 * missing tool (spec 11.4, as 11.3 skips the data-driven sets); {@code .ci/run} installs them, so CI
 * runs every test.
 */
class KubeconfigSyncScriptTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final char[] STORE_PASSWORD = "fake-connect".toCharArray();
  /** The external tools the script may call (rm only to delete its emptied files). */
  private static final List<String> TOOLS = List.of("sed", "tr", "head", "tail", "curl", "jq", "rm");

  private static final String TOKEN = "ops-token-" + UUID.randomUUID();
  private static final String CA = b64("fake CA certificate " + UUID.randomUUID());
  private static final String CERT = b64("fake client certificate " + UUID.randomUUID());
  private static final String KEY = b64("fake client key " + UUID.randomUUID());
  private static final String VAULT = "vault0000000000000000000001";
  private static final String ITEM_TITLE = "vcluster-demo-kubeconfig";

  @TempDir static Path shared;
  private static final Map<String, Path> TOOL_PATHS = new LinkedHashMap<>();
  private static Path dash;
  private static Path caBundle;
  private static FakeConnect connect;

  @TempDir Path temp;
  private Path kubeconfigDir;
  private Path tmpDir;
  private Path argv;

  @BeforeAll
  static void startFakeConnect() throws Exception {
    for (String needed : List.of("dash", "curl", "jq")) {
      if (find(needed).isEmpty()) {
        System.out.println("KubeconfigSyncScriptTest skipped: " + needed + " is not installed "
            + "(apt-get install dash curl jq; .ci/run installs them)");
      }
      Assumptions.assumeTrue(find(needed).isPresent(), needed + " is not installed");
    }
    dash = tool("dash");
    for (String name : TOOLS) {
      TOOL_PATHS.put(name, tool(name));
    }
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Path store = shared.resolve("connect.p12");
    caBundle = shared.resolve("ca.pem");
    exec(List.of(keytool.toString(), "-genkeypair", "-alias", "connect", "-keyalg", "EC", "-groupname", "secp256r1",
        "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
        "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", new String(STORE_PASSWORD)));
    exec(List.of(keytool.toString(), "-exportcert", "-rfc", "-alias", "connect", "-keystore", store.toString(),
        "-storepass", new String(STORE_PASSWORD), "-file", caBundle.toString()));
    connect = new FakeConnect(store, STORE_PASSWORD);
  }

  @AfterAll
  static void stopFakeConnect() {
    if (connect != null) {
      connect.close();
    }
  }

  @BeforeEach
  void prepare() throws IOException {
    connect.reset(TOKEN);
    connect.vault(VAULT, "homelab");
    connect.vault("vault0000000000000000000002", "Homelab-archive");
    kubeconfigDir = Files.createDirectory(temp.resolve("kubeconfig"));
    tmpDir = Files.createDirectory(temp.resolve("tmp"));
    argv = temp.resolve("argv.log");
    Files.writeString(kubeconfigDir.resolve("config"), kubeconfig(true));
  }

  // ------------------------------------------------------------------ success

  @Test
  void createsTheItemThenReplacesIt() throws IOException {
    Run created = run(Map.of());
    assertThat(created.exit()).as(created.describe()).isZero();
    assertThat(created.stdout()).isEqualTo("kubeconfig-sync: created item '" + ITEM_TITLE + "' in vault " + VAULT + " (HTTP 200)\n");
    List<Request> first = connect.requests();
    assertThat(first).extracting(Request::method, Request::path, Request::filter).containsExactly(
        org.assertj.core.groups.Tuple.tuple("GET", "/v1/vaults", "name eq \"homelab\""),
        org.assertj.core.groups.Tuple.tuple("GET", "/v1/vaults/" + VAULT + "/items", "title eq \"" + ITEM_TITLE + "\""),
        org.assertj.core.groups.Tuple.tuple("POST", "/v1/vaults/" + VAULT + "/items", null));
    assertThat(first).allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer " + TOKEN));
    JsonNode posted = JSON.readTree(first.get(2).body());
    assertThat(posted.has("id")).isFalse();
    assertItem(posted);
    assertThat(connect.items(VAULT)).hasSize(1);
    String id = connect.items(VAULT).get(0).get("id").asText();

    assertThat(created.argv().lines()).as("recorded arguments, one a line")
        .contains("== curl", "== jq", "--max-time", "30", "--proto", "=https")
        .doesNotContain("-k", "--insecure", "--proxy-insecure");

    Run replaced = run(Map.of());
    assertThat(replaced.exit()).as(replaced.describe()).isZero();
    assertThat(replaced.stdout()).isEqualTo(
        "kubeconfig-sync: replaced item '" + ITEM_TITLE + "' (" + id + ") in vault " + VAULT + " (HTTP 200)\n");
    List<Request> second = connect.requests().subList(3, connect.requests().size());
    assertThat(second).extracting(Request::method, Request::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple("GET", "/v1/vaults"),
        org.assertj.core.groups.Tuple.tuple("GET", "/v1/vaults/" + VAULT + "/items"),
        org.assertj.core.groups.Tuple.tuple("PUT", "/v1/vaults/" + VAULT + "/items/" + id));
    JsonNode put = JSON.readTree(second.get(2).body());
    assertThat(put.get("id").asText()).isEqualTo(id);
    assertItem(put);
    assertThat(connect.items(VAULT)).hasSize(1);
  }

  @Test
  void aVaultIdInOpVaultIsUsedWithoutListingVaults() throws IOException {
    String id = connect.item(VAULT, ITEM_TITLE);
    connect.item(VAULT, ITEM_TITLE + "-other");
    Run run = run(Map.of("OP_VAULT", VAULT, "OP_VAULT_NAME", "not-used"));
    assertThat(run.exit()).as(run.describe()).isZero();
    assertThat(connect.requests()).extracting(Request::method, Request::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple("GET", "/v1/vaults/" + VAULT + "/items"),
        org.assertj.core.groups.Tuple.tuple("PUT", "/v1/vaults/" + VAULT + "/items/" + id));
    assertItem(JSON.readTree(connect.requests().get(1).body()));
  }

  @Test
  void withoutRmTheSecretFilesAreLeftEmpty() throws IOException {
    Run run = run(Map.of(), "rm");
    assertThat(run.exit()).as(run.describe()).isZero();
    try (Stream<Path> left = Files.list(tmpDir)) {
      List<Path> files = left.toList();
      assertThat(files).isNotEmpty().allSatisfy(f -> assertThat(Files.size(f)).as(f.toString()).isZero());
    }
  }

  // ------------------------------------------------------------------ failures

  @Test
  void aBadTokenIs401AndTheTokenIsNeverShown() {
    connect.reset("another-token");
    connect.vault(VAULT, "homelab");
    Run run = run(Map.of());
    assertThat(run.exit()).as(run.describe()).isEqualTo(1);
    assertThat(run.stderr()).startsWith("kubeconfig-sync: GET " + connect.url()
            + "/v1/vaults?filter=name%20eq%20%22homelab%22: HTTP 401: ")
        .contains("Invalid token signature (got Bearer [redacted])");
    assertThat(connect.requests()).hasSize(1);
  }

  @Test
  void theTokenEchoedInAnotherLetterCaseIsRedactedToo() {
    connect.reset("another-token");
    connect.vault(VAULT, "homelab");
    connect.echoInUpperCase();
    Run run = run(Map.of());
    assertThat(run.exit()).as(run.describe()).isEqualTo(1);
    assertThat(TOKEN.toUpperCase(java.util.Locale.ROOT)).isNotEqualTo(TOKEN);
    assertThat(run.stderr()).startsWith("kubeconfig-sync: GET " + connect.url()
            + "/v1/vaults?filter=name%20eq%20%22homelab%22: HTTP 401: ")
        .contains("Invalid token signature (got BEARER [redacted])")
        .doesNotContainIgnoringCase(TOKEN);
    assertThat(connect.requests()).hasSize(1);
  }

  @Test
  void aMissingToolStopsTheScriptBeforeAnyCall() {
    for (String tool : List.of("jq", "curl", "sed", "tr", "head")) {
      Run run = run(Map.of(), tool);
      assertThat(run.exit()).as(run.describe()).isEqualTo(1);
      assertThat(run.stderr()).isEqualTo("kubeconfig-sync: " + tool
          + " is not installed (needs sed, tr, head, curl >= 7.55, jq >= 1.6)\n");
      assertThat(run.argv()).as("no tool ran without " + tool).isEmpty();
      assertThat(connect.requests()).as("no call without " + tool).isEmpty();
    }
  }

  @Test
  void anUnknownVaultNameFails() {
    Run run = run(Map.of("OP_VAULT_NAME", "nope"));
    assertThat(run.exit()).as(run.describe()).isEqualTo(1);
    assertThat(run.stderr()).isEqualTo("kubeconfig-sync: GET " + connect.url()
        + "/v1/vaults?filter=name%20eq%20%22nope%22: HTTP 200: no vault is named 'nope'\n");
    assertThat(connect.requests()).hasSize(1);
  }

  @Test
  void anUnknownVaultIdFails() {
    Run run = run(Map.of("OP_VAULT", "vault0000000000000000000009"));
    assertThat(run.exit()).as(run.describe()).isEqualTo(1);
    assertThat(run.stderr()).isEqualTo("kubeconfig-sync: GET " + connect.url()
        + "/v1/vaults/vault0000000000000000000009/items?filter=title%20eq%20%22" + ITEM_TITLE
        + "%22: HTTP 404: {\"status\":404,\"message\":\"Invalid Vault UUID\"}\n");
  }

  @Test
  void twoVaultsWithTheNameFail() {
    connect.vault("vault0000000000000000000003", "homelab");
    Run run = run(Map.of());
    assertThat(run.exit()).as(run.describe()).isEqualTo(1);
    assertThat(run.stderr()).endsWith(": HTTP 200: 2 vaults are named 'homelab'; set the vault's id instead\n");
    assertThat(connect.requests()).hasSize(1);
  }

  @Test
  void twoItemsWithTheTitleFail() {
    connect.item(VAULT, ITEM_TITLE);
    connect.item(VAULT, ITEM_TITLE);
    Run run = run(Map.of());
    assertThat(run.exit()).as(run.describe()).isEqualTo(1);
    assertThat(run.stderr()).startsWith("kubeconfig-sync: GET " + connect.url() + "/v1/vaults/" + VAULT + "/items?filter=")
        .endsWith(": HTTP 200: 2 items are titled '" + ITEM_TITLE + "' in vault " + VAULT + "; delete all but one\n");
    assertThat(connect.requests()).extracting(Request::method).containsExactly("GET", "GET");
  }

  @Test
  void anAnswerThatIsNotAJsonListFails() {
    connect.answerVaultListWith(200, "<html>proxy login</html>");
    Run run = run(Map.of());
    assertThat(run.exit()).as(run.describe()).isEqualTo(1);
    assertThat(run.stderr()).isEqualTo("kubeconfig-sync: GET " + connect.url()
        + "/v1/vaults?filter=name%20eq%20%22homelab%22: HTTP 200: the response is not a JSON list\n");
  }

  @Test
  void aRedirectIsNotFollowedAndFails() {
    connect.answerVaultListWith(302, "moved");
    Run run = run(Map.of());
    assertThat(run.exit()).as(run.describe()).isEqualTo(1);
    assertThat(run.stderr()).isEqualTo("kubeconfig-sync: GET " + connect.url()
        + "/v1/vaults?filter=name%20eq%20%22homelab%22: HTTP 302: moved\n");
    assertThat(connect.requests()).hasSize(1);
  }

  @Test
  void aListedItemWithoutIdFails() {
    connect.itemWithoutId(VAULT, ITEM_TITLE);
    Run run = run(Map.of());
    assertThat(run.exit()).as(run.describe()).isEqualTo(1);
    assertThat(run.stderr()).startsWith("kubeconfig-sync: GET " + connect.url() + "/v1/vaults/" + VAULT + "/items?filter=")
        .endsWith(": item id: not a 1Password id (got '-')\n");
    assertThat(connect.requests()).extracting(Request::method).containsExactly("GET", "GET");
  }

  @Test
  void anUnreachableHostFails() throws IOException {
    // a port the test owns for the whole run, bound but not listening (and not reusable by another
    // socket): every connection to it is refused, and no other process can start listening there
    try (java.net.Socket owned = new java.net.Socket()) {
      owned.setReuseAddress(false);
      owned.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      int refusing = owned.getLocalPort();
      Run run = run(Map.of("OP_CONNECT_HOST", "https://127.0.0.1:" + refusing));
      assertThat(run.exit()).as(run.describe()).isEqualTo(1);
      assertThat(run.stderr()).startsWith("kubeconfig-sync: GET https://127.0.0.1:" + refusing
              + "/v1/vaults?filter=name%20eq%20%22homelab%22: status 000, no complete response: curl: (7) ")
          .endsWith("\n").hasLineCount(1);
    }
  }

  @Test
  void anUntrustedCertificateFails() {
    Run run = run(Map.of("CURL_CA_BUNDLE", ""));
    assertThat(run.exit()).as(run.describe()).isEqualTo(1);
    assertThat(run.stderr()).startsWith("kubeconfig-sync: GET " + connect.url() + "/v1/vaults?filter=")
        .contains(": status 000, no complete response: curl: (60) ");
    assertThat(connect.requests()).isEmpty();
  }

  @Test
  void plainHttpIsRefused() {
    Run run = run(Map.of("OP_CONNECT_HOST", connect.url().replace("https:", "http:")));
    assertThat(run.exit()).as(run.describe()).isEqualTo(1);
    assertThat(run.stderr()).isEqualTo("kubeconfig-sync: OP_CONNECT_HOST must be an https:// URL (got '"
        + connect.url().replace("https:", "http:") + "')\n");
    assertThat(connect.requests()).isEmpty();
  }

  @Test
  void aKubeconfigWithoutClientKeyFails() throws IOException {
    Files.writeString(kubeconfigDir.resolve("config"), kubeconfig(false));
    Run run = run(Map.of());
    assertThat(run.exit()).as(run.describe()).isEqualTo(1);
    assertThat(run.stderr()).isEqualTo("kubeconfig-sync: " + kubeconfigDir.resolve("config")
        + ": no client-key-data; refusing to register the cluster without verified TLS and a client certificate\n");
    assertThat(connect.requests()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"certificate-authority-data", "client-certificate-data"})
  void aKubeconfigWithoutCaOrCertificateFails(String key) throws IOException {
    String text = kubeconfig(true).lines().filter(l -> !l.contains(key)).reduce("", (a, b) -> a + b + "\n");
    Files.writeString(kubeconfigDir.resolve("config"), text);
    Run run = run(Map.of());
    assertThat(run.exit()).as(run.describe()).isEqualTo(1);
    assertThat(run.stderr()).contains(": no " + key + ";");
    assertThat(connect.requests()).isEmpty();
  }

  @Test
  void aMissingKubeconfigOrVariableFails() {
    Run noFile = run(Map.of("KUBECONFIG_KEY", "absent"));
    assertThat(noFile.exit()).isEqualTo(1);
    assertThat(noFile.stderr()).isEqualTo("kubeconfig-sync: " + kubeconfigDir.resolve("absent") + ": no such readable file\n");
    Run noName = run(Map.of("CLUSTER_NAME", ""));
    assertThat(noName.exit()).isEqualTo(1);
    assertThat(noName.stderr()).isEqualTo("kubeconfig-sync: CLUSTER_NAME is not set\n");
    Run escape = run(Map.of("KUBECONFIG_KEY", "../tmp"));
    assertThat(escape.exit()).isEqualTo(1);
    assertThat(escape.stderr()).contains("KUBECONFIG_KEY must name a file in the kubeconfig directory");
    assertThat(connect.requests()).isEmpty();
  }

  // ------------------------------------------------------------------ the text

  @Test
  void theTextIsPlainAndConstant() {
    String text = KubeconfigSyncScript.TEXT;
    assertThat(text).as("no backslash: the text block is the script byte for byte").doesNotContain("\\");
    assertThat(text).endsWith("\n").doesNotContain("\t", "\r", " -k ", "--insecure", "set -x");
    assertThat(text.lines()).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
  }

  // ------------------------------------------------------------------ helpers

  private static void assertItem(JsonNode item) {
    assertThat(item.get("vault").get("id").asText()).isEqualTo(VAULT);
    assertThat(item.get("title").asText()).isEqualTo(ITEM_TITLE);
    assertThat(item.get("category").asText()).isEqualTo("SERVER");
    assertThat(item.get("tags")).extracting(JsonNode::asText).containsExactly("cluster", "kubeconfig", "development");
    JsonNode fields = item.get("fields");
    assertThat(fields).hasSize(4);
    assertThat(fields).extracting(f -> f.get("label").asText())
        .containsExactly("kubeconfig", "argocd-name", "argocd-server", "argocd-config");
    assertThat(fields).extracting(f -> f.get("type").asText()).containsExactly("CONCEALED", "STRING", "STRING", "CONCEALED");
    assertThat(fields).allSatisfy(f -> assertThat(f.size()).isEqualTo(3));
    assertThat(fields.get(0).get("value").asText()).isEqualTo(kubeconfig(true).stripTrailing());
    assertThat(fields.get(1).get("value").asText()).isEqualTo("demo.integratn-tech");
    assertThat(fields.get(2).get("value").asText()).isEqualTo("https://demo.integratn.tech:443");
    assertThat(fields.get(3).get("value").asText()).isEqualTo(
        "{\"tlsClientConfig\":{\"insecure\":false,\"caData\":\"" + CA + "\",\"certData\":\"" + CERT
            + "\",\"keyData\":\"" + KEY + "\"}}");
  }

  /** A kubeconfig as vcluster writes it, a second user after the first, blank lines at the end. */
  private static String kubeconfig(boolean withClientKey) {
    return "apiVersion: v1\n"
        + "kind: Config\n"
        + "clusters:\n"
        + "- cluster:\n"
        + "    certificate-authority-data: " + CA + "\n"
        + "    server: https://demo.integratn.tech:443\n"
        + "  name: my-vcluster\n"
        + "contexts:\n"
        + "- context: {cluster: my-vcluster, user: my-vcluster}\n"
        + "  name: my-vcluster\n"
        + "current-context: my-vcluster\n"
        + "users:\n"
        + "- name: my-vcluster\n"
        + "  user:\n"
        + "    client-certificate-data: \"" + CERT + "\"\n"
        + (withClientKey ? "    client-key-data: " + KEY + "\r\n" : "")
        + "- name: second\n"
        + "  user:\n"
        + "    client-certificate-data: " + b64("another certificate") + "\n"
        + "\n\n";
  }

  record Run(int exit, String stdout, String stderr, String argv) {
    String describe() {
      return "exit " + exit + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
    }
  }

  /**
   * Runs the script as {@code dash -c <text>} with a controlled environment; {@code withoutTools}
   * are left off {@code PATH}. Checks what holds for every run: no token or key in the output or in
   * any recorded argument, no token in a child's environment, no secret file left behind.
   */
  private Run run(Map<String, String> overrides, String... withoutTools) {
    try {
      Path bin = Files.createDirectories(temp.resolve("bin-" + UUID.randomUUID()));
      List<String> left = List.of(withoutTools);
      for (Map.Entry<String, Path> tool : TOOL_PATHS.entrySet()) {
        if (!left.contains(tool.getKey())) {
          wrapper(bin, tool.getKey(), tool.getValue());
        }
      }
      Path home = Files.createDirectories(temp.resolve("home"));
      Map<String, String> env = new LinkedHashMap<>();
      env.put("PATH", bin.toString());
      env.put("HOME", home.toString());
      env.put("TMPDIR", tmpDir.toString());
      env.put("KUBECONFIG_DIR", kubeconfigDir.toString());
      env.put("CURL_CA_BUNDLE", caBundle.toString());
      env.put("OP_CONNECT_HOST", connect.url() + "/");
      env.put("OP_CONNECT_TOKEN", TOKEN);
      env.put("OP_VAULT_NAME", "homelab");
      env.put("CLUSTER_NAME", "demo");
      env.put("KUBECONFIG_KEY", "config");
      env.put("OP_ITEM_NAME", ITEM_TITLE);
      env.put("BASE_DOMAIN", "integratn.tech");
      env.put("BASE_DOMAIN_SANITIZED", "integratn-tech");
      env.put("EXTERNAL_SERVER_URL", "https://demo.integratn.tech:443");
      env.put("ARGOCD_ENVIRONMENT", "development");
      env.putAll(overrides);
      Path out = temp.resolve("stdout-" + UUID.randomUUID());
      Path err = temp.resolve("stderr-" + UUID.randomUUID());
      Files.deleteIfExists(argv);
      ProcessBuilder builder = new ProcessBuilder(dash.toString(), "-c", KubeconfigSyncScript.TEXT)
          .directory(temp.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      builder.environment().clear();
      builder.environment().putAll(env);
      Process process = builder.start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("the sync script did not finish within 120 s");
      }
      Run run = new Run(process.exitValue(), Files.readString(out), Files.readString(err),
          Files.exists(argv) ? Files.readString(argv) : "");
      String token = env.get("OP_CONNECT_TOKEN");
      assertThat(run.stdout() + run.stderr()).as("output").doesNotContainIgnoringCase(token)
          .doesNotContainIgnoringCase(KEY);
      assertThat(run.argv()).as("recorded arguments").doesNotContain(token, KEY)
          .doesNotContain("OP_CONNECT_TOKEN is in the environment");
      if (!left.contains("rm")) {
        try (Stream<Path> files = Files.list(tmpDir)) {
          assertThat(files.toList()).as("files left in TMPDIR").isEmpty();
        }
      }
      return run;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A tool that records its name and arguments, and whether the token is in its environment. */
  private void wrapper(Path bin, String name, Path real) throws IOException {
    String log = "'" + argv + "'";
    String text = "#!" + dash + "\n"
        + "printf '== %s\\n' '" + name + "' >> " + log + "\n"
        + "for a in \"$@\"; do printf '%s\\n' \"$a\" >> " + log + "; done\n"
        + "if [ -n \"${OP_CONNECT_TOKEN:-}\" ]; then printf '%s\\n' 'OP_CONNECT_TOKEN is in the environment' >> " + log + "; fi\n"
        + "exec '" + real + "' \"$@\"\n";
    Path file = bin.resolve(name);
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
  }

  /** The tool's path on this machine's PATH, or a failure that says how to get it: never a skip. */
  private static Optional<Path> find(String name) {
    return Stream.of(Optional.ofNullable(System.getenv("PATH")).orElse("").split(File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static Path tool(String name) {
    Optional<Path> found = find(name);
    if (found.isEmpty()) {
      fail("the kubeconfig sync script tests need '" + name + "' on PATH (dash, curl >= 7.55 and jq >= 1.6;"
          + " .ci/run installs them with apt-get install -y dash curl jq)");
    }
    return found.get();
  }

  private static void exec(List<String> command) throws IOException, InterruptedException {
    Path log = Files.createTempFile(shared, "keytool", ".log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      fail(String.join(" ", command.subList(0, 2)) + " failed:\n" + Files.readString(log));
    }
  }

  private static String b64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
