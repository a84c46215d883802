package tech.integratn.vcluster.adapters.kubernetes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * An API server the client does not control (spec 10.3), on the loopback address with an ephemeral
 * port: HTTPS with a self-signed certificate made by {@code keytool} in the test's directory, or
 * plain HTTP. It answers with whatever its handler says, records every request it receives
 * (method, raw path and query, the Authorization header) and holds "slow" answers until it is
 * closed, so no test sleeps.
 */
final class HostileApiServer implements AutoCloseable {

  /** One request as it arrived. */
  record Seen(String method, String target, String authorization) {
    @Override
    public String toString() {
      return method + " " + target;
    }
  }

  /** What the server answers. */
  @FunctionalInterface
  interface Handler {
    void handle(HttpExchange exchange, HostileApiServer server) throws Exception;
  }

  /** The key pair and certificate of the HTTPS servers of one test. */
  record Tls(SSLContext context, Path caCertificate) {
    static Tls generate(Path dir) throws Exception {
      char[] password = "changeit".toCharArray();
      Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
      Path store = dir.resolve("hostile.p12");
      Path ca = dir.resolve("hostile-ca.pem");
      run(List.of(keytool.toString(), "-genkeypair", "-alias", "hostile", "-keyalg", "EC", "-groupname", "secp256r1",
          "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
          "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", new String(password)), dir);
      run(List.of(keytool.toString(), "-exportcert", "-rfc", "-alias", "hostile", "-keystore", store.toString(),
          "-storepass", new String(password), "-file", ca.toString()), dir);
      KeyStore keys = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(store)) {
        keys.load(in, password);
      }
      KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(keys, password);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(kmf.getKeyManagers(), null, null);
      return new Tls(context, ca);
    }

    private static void run(List<String> command, Path dir) throws Exception {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(dir.resolve("keytool.log").toFile()).start();
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("keytool failed: " + Files.readString(dir.resolve("keytool.log")));
      }
    }
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Seen> seen = new ArrayList<>();
  private final CountDownLatch closed = new CountDownLatch(1);
  private final boolean https;

  private HostileApiServer(HttpServer server, boolean https, Handler handler) {
    this.server = server;
    this.https = https;
    server.setExecutor(threads);
    server.createContext("/", exchange -> {
      synchronized (seen) {
        seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
            + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()),
            String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"))));
      }
      try (InputStream in = exchange.getRequestBody()) {
        in.readAllBytes();
        handler.handle(exchange, this);
      } catch (Exception e) {
        // the client went away (a cut call), or the test closed the server
      } finally {
        exchange.close();
      }
    });
    server.start();
  }

  static HostileApiServer https(Tls tls, Handler handler) throws IOException {
    HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(tls.context()));
    return new HostileApiServer(server, true, handler);
  }

  static HostileApiServer http(Handler handler) throws IOException {
    return new HostileApiServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0),
        false, handler);
  }

  String url() {
    return (https ? "https" : "http") + "://127.0.0.1:" + server.getAddress().getPort();
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** Every request received, in order. */
  List<Seen> seen() {
    synchronized (seen) {
      return List.copyOf(seen);
    }
  }

  /** The requests as {@code METHOD target}. */
  List<String> requests() {
    List<String> lines = new ArrayList<>();
    for (Seen s : seen()) {
      lines.add(s.toString());
    }
    return lines;
  }

  /** Holds the answer until the server is closed: an answer slower than any bound. */
  void hold() throws InterruptedException {
    closed.await();
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    threads.shutdownNow();
  }

  /** A kubeconfig whose current context is this server, trusting {@code tls}'s certificate, with a bearer token. */
  Path kubeconfig(Path dir, Tls tls, String token) throws IOException {
    return Files.writeString(dir.resolve("kubeconfig-" + port()), String.join("\n",
        "apiVersion: v1",
        "kind: Config",
        "clusters:",
        "- name: hostile",
        "  cluster:",
        "    server: " + url(),
        "    certificate-authority: " + tls.caCertificate(),
        "users:",
        "- name: hostile",
        "  user:",
        "    token: " + token,
        "contexts:",
        "- name: hostile",
        "  context: {cluster: hostile, user: hostile}",
        "current-context: hostile",
        ""));
  }

  static void json(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  static void redirect(HttpExchange exchange, int status, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(status, -1);
  }

  /** A PersistentVolume as JSON: name (escaped), labels, claim namespace or null. */
  static String pv(String name, Map<String, String> labels, String claimNamespace) {
    StringBuilder l = new StringBuilder();
    for (Map.Entry<String, String> e : labels.entrySet()) {
      l.append(l.length() == 0 ? "" : ",").append(quote(e.getKey())).append(':').append(quote(e.getValue()));
    }
    String claim = claimNamespace == null ? ""
        : ",\"claimRef\":{\"kind\":\"PersistentVolumeClaim\",\"namespace\":" + quote(claimNamespace) + ",\"name\":\"data\"}";
    return "{\"apiVersion\":\"v1\",\"kind\":\"PersistentVolume\",\"metadata\":{\"name\":" + quote(name)
        + ",\"labels\":{" + l + "}},\"spec\":{\"capacity\":{\"storage\":\"1Gi\"}" + claim + "},"
        + "\"status\":{\"phase\":\"" + (claimNamespace == null ? "Available" : "Bound") + "\"}}";
  }

  static String list(List<String> items, String continueToken) {
    return "{\"apiVersion\":\"v1\",\"kind\":\"PersistentVolumeList\",\"metadata\":{"
        + (continueToken == null ? "" : "\"continue\":" + quote(continueToken)) + "},\"items\":["
        + String.join(",", items) + "]}";
  }

  static String status(int code, String message) {
    return "{\"apiVersion\":\"v1\",\"kind\":\"Status\",\"status\":\"Failure\",\"code\":" + code
        + ",\"message\":" + quote(message) + "}";
  }

  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
