package tech.integratn.vcluster.adapters.fs.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * A 1Password Connect server as far as the sync script uses it: list vaults filtered by name, list
 * a vault's items filtered by title, add an item, replace an item. HTTPS on 127.0.0.1 with the
 * test's self-signed certificate; every request is recorded. A request without the expected
 * bearer token gets 401 with a body that echoes the header it got (a careless server), so the
 * tests see that the script never prints the token even then.
 */
final class FakeConnect implements AutoCloseable {

  /** One request as the server saw it; {@code filter} is the decoded {@code filter} parameter. */
  record Request(String method, String path, @Nullable String filter, String authorization, String body) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ITEMS = Pattern.compile("/v1/vaults/([^/]+)/items");
  private static final Pattern ITEM = Pattern.compile("/v1/vaults/([^/]+)/items/([^/]+)");
  private static final Pattern FILTER = Pattern.compile("(name|title) eq (\".*\")");

  private final HttpsServer server;
  private final List<Request> requests = new ArrayList<>();
  private final Map<String, String> vaults = new LinkedHashMap<>();
  private final Map<String, List<ObjectNode>> items = new LinkedHashMap<>();
  private final AtomicInteger nextId = new AtomicInteger();
  private String token = "";
  private int vaultListStatus;
  private String vaultListBody = "";
  private boolean echoUpperCase;

  FakeConnect(Path pkcs12, char[] password) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(pkcs12)) {
      store.load(in, password);
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, password);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(keys.getKeyManagers(), null, null);
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "https://127.0.0.1:" + server.getAddress().getPort();
  }

  synchronized void reset(String expectedToken) {
    token = expectedToken;
    requests.clear();
    vaultListStatus = 0;
    echoUpperCase = false;
    vaults.clear();
    items.clear();
  }

  /** Makes the vault listing answer with this status and raw body instead (a proxy's page, a redirect). */
  synchronized void answerVaultListWith(int status, String body) {
    vaultListStatus = status;
    vaultListBody = body;
  }

  /** Makes a 401 echo the header it got in upper case (a server that normalises what it shows). */
  synchronized void echoInUpperCase() {
    echoUpperCase = true;
  }

  synchronized void vault(String id, String name) {
    vaults.put(id, name);
    items.putIfAbsent(id, new ArrayList<>());
  }

  /** Adds an item with only a title (what a listing shows) and returns its id. */
  synchronized String item(String vaultId, String title) {
    ObjectNode item = JSON.createObjectNode();
    item.put("id", newId());
    item.putObject("vault").put("id", vaultId);
    item.put("title", title);
    item.put("category", "SERVER");
    items.get(vaultId).add(item);
    return item.get("id").asText();
  }

  /** Adds a listed item without an id, as a broken server might answer. */
  synchronized void itemWithoutId(String vaultId, String title) {
    ObjectNode item = JSON.createObjectNode();
    item.putNull("id");
    item.put("title", title);
    items.get(vaultId).add(item);
  }

  synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  synchronized List<ObjectNode> items(String vaultId) {
    return List.copyOf(items.get(vaultId));
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private String newId() {
    String n = Integer.toString(nextId.incrementAndGet(), 36);
    return "item" + "0".repeat(22 - n.length()) + n;
  }

  private synchronized void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getRawPath();
    String query = exchange.getRequestURI().getRawQuery();
    String filter = query != null && query.startsWith("filter=")
        ? URLDecoder.decode(query.substring("filter=".length()), StandardCharsets.UTF_8)
        : null;
    String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(new Request(method, path, filter, authorization, body));
    if (!authorization.equals("Bearer " + token)) {
      String shown = echoUpperCase ? authorization.toUpperCase(java.util.Locale.ROOT) : authorization;
      reply(exchange, 401, error(401, "Invalid token signature (got " + shown + ")"));
      return;
    }
    Matcher item = ITEM.matcher(path);
    Matcher list = ITEMS.matcher(path);
    if (method.equals("GET") && path.equals("/v1/vaults") && vaultListStatus != 0) {
      byte[] bytes = vaultListBody.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(vaultListStatus, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    } else if (method.equals("GET") && path.equals("/v1/vaults")) {
      ArrayNode answer = JSON.createArrayNode();
      vaults.forEach((id, name) -> {
        if (matches(filter, "name", name)) {
          answer.addObject().put("id", id).put("name", name);
        }
      });
      reply(exchange, 200, answer);
    } else if (list.matches() && !items.containsKey(list.group(1))) {
      reply(exchange, 404, error(404, "Invalid Vault UUID"));
    } else if (item.matches() && !items.containsKey(item.group(1))) {
      reply(exchange, 404, error(404, "Invalid Vault UUID"));
    } else if (method.equals("GET") && list.matches()) {
      ArrayNode answer = JSON.createArrayNode();
      for (ObjectNode stored : items.get(list.group(1))) {
        if (matches(filter, "title", stored.get("title").asText())) {
          ObjectNode summary = answer.addObject();
          summary.set("id", stored.get("id"));
          summary.put("title", stored.get("title").asText());
          summary.put("category", stored.path("category").asText());
          summary.putObject("vault").put("id", list.group(1));
        }
      }
      reply(exchange, 200, answer);
    } else if (method.equals("POST") && list.matches()) {
      ObjectNode created = (ObjectNode) JSON.readTree(body);
      created.put("id", newId());
      items.get(list.group(1)).add(created);
      reply(exchange, 200, created);
    } else if (method.equals("PUT") && item.matches()) {
      List<ObjectNode> stored = items.get(item.group(1));
      for (int i = 0; i < stored.size(); i++) {
        if (stored.get(i).get("id").asText().equals(item.group(2))) {
          ObjectNode replaced = (ObjectNode) JSON.readTree(body);
          stored.set(i, replaced);
          reply(exchange, 200, replaced);
          return;
        }
      }
      reply(exchange, 404, error(404, "Item not found"));
    } else {
      reply(exchange, 404, error(404, "no such endpoint"));
    }
  }

  /** Connect's SCIM filter {@code <field> eq "<value>"}; no filter matches everything. */
  private static boolean matches(@Nullable String filter, String field, String value) {
    if (filter == null) {
      return true;
    }
    Matcher m = FILTER.matcher(filter);
    if (!m.matches() || !m.group(1).equals(field)) {
      return false;
    }
    try {
      return JSON.readValue(m.group(2), String.class).equals(value);
    } catch (IOException e) {
      return false;
    }
  }

  private static JsonNode error(int status, String message) {
    return JSON.createObjectNode().put("status", status).put("message", message);
  }

  private static void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
