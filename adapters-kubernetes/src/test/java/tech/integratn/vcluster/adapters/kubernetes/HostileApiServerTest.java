package tech.integratn.vcluster.adapters.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.adapters.kubernetes.HostileApiServer.json;
import static tech.integratn.vcluster.adapters.kubernetes.HostileApiServer.list;
import static tech.integratn.vcluster.adapters.kubernetes.HostileApiServer.pv;

import com.sun.net.httpserver.HttpExchange;
import io.vavr.control.Either;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.integratn.vcluster.application.fakes.FixedPipelineContext;
import tech.integratn.vcluster.application.fakes.InMemoryRequestSource;
import tech.integratn.vcluster.application.fakes.InMemoryStatusSink;
import tech.integratn.vcluster.application.fakes.RecordingEventLog;
import tech.integratn.vcluster.application.fakes.InMemoryChartSchemas;
import tech.integratn.vcluster.application.fakes.InMemoryManifestSink;
import tech.integratn.vcluster.application.fakes.InMemoryWorkflowControl;
import tech.integratn.vcluster.application.service.HostCleanupService;
import tech.integratn.vcluster.application.service.WorkflowService;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;

/**
 * The delete's clean-up against an API server that does not play by the rules (spec 10.3): for
 * each attack, which requests reached which server (the token never reaches a second one), what
 * was deleted, the log lines, and a delete that still succeeds.
 */
class HostileApiServerTest {

  static final String TOKEN = "Hostile-Token-42";
  static final String LABEL = "vcluster.loft.sh/managed-by";
  static final String MARKER = "vc-media-x-media";
  static final String LIST = "GET /api/v1/persistentvolumes?labelSelector=vcluster.loft.sh%2Fmanaged-by%3D" + MARKER
      + "&limit=500";

  @TempDir static Path shared;
  static HostileApiServer.Tls tls;

  @TempDir Path temp;
  final RecordingEventLog log = new RecordingEventLog();
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

  HostileApiServer https(HostileApiServer.Handler handler) throws Exception {
    HostileApiServer s = HostileApiServer.https(tls, handler);
    servers.add(s);
    return s;
  }

  HostileApiServer http(HostileApiServer.Handler handler) throws Exception {
    HostileApiServer s = HostileApiServer.http(handler);
    servers.add(s);
    return s;
  }

  /** A server that would answer everything: any request reaching it is a failure of the client. */
  HostileApiServer bystander(boolean https) throws Exception {
    HostileApiServer.Handler all = (ex, s) -> {
      if (ex.getRequestMethod().equals("GET")) {
        json(ex, 200, list(List.of(pv("pvc-b", Map.of(LABEL, MARKER), null)), null));
      } else {
        json(ex, 200, pv("pvc-b", Map.of(LABEL, MARKER), null));
      }
    };
    return https ? https(all) : http(all);
  }

  KubernetesLeftoverVolumes volumes(HostileApiServer api, Duration call, Budget budget) throws Exception {
    return new KubernetesLeftoverVolumes(ClusterAccess.kubeconfig(api.kubeconfig(temp, tls, TOKEN)), call, budget,
        BodyLimit.MAX_BYTES);
  }

  void delete(KubernetesLeftoverVolumes volumes) {
    Either<?, ?> result = new WorkflowService(InMemoryRequestSource.of(HostCleanupOnApiServerTest.request("media",
        "vc-media")), new InMemoryManifestSink(), new InMemoryStatusSink(), new InMemoryWorkflowControl(),
        InMemoryChartSchemas.none(), FixedPipelineContext.delete(), log,
        new HostCleanupService(() -> Either.right(volumes), FixedPipelineContext.delete(), log))
        .run(IntegratnProfile.PROFILE);
    assertThat(result.isRight()).as("the delete succeeds (exit 0)").isTrue();
  }

  void delete(HostileApiServer api) throws Exception {
    delete(volumes(api, Duration.ofSeconds(30), Budget.of(Duration.ofMinutes(2))));
  }

  void noSecretLogged() {
    for (String line : log.lines()) {
      assertThat(line.toLowerCase()).doesNotContain(TOKEN.toLowerCase());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {307, 308})
  void aListRedirectedToAnotherPortIsNotFollowed(int status) throws Exception {
    HostileApiServer other = bystander(true);
    HostileApiServer api = https((ex, s) -> HostileApiServer.redirect(ex, status, other.url() + ex.getRequestURI()));
    delete(api);
    assertThat(api.requests()).containsExactly(LIST);
    assertThat(api.seen().get(0).authorization()).isEqualTo("Bearer " + TOKEN);
    assertThat(other.seen()).isEmpty();
    assertThat(log.lines()).contains("warning: host clean-up failed: list PersistentVolumes with " + LABEL + "=" + MARKER
        + ": the API server answered with a redirect (HTTP " + status + "), which is never followed");
    assertThat(log.lines()).noneMatch(l -> l.contains("deleted"));
  }

  @Test
  void aRedirectToPlainHttpIsNotFollowed() throws Exception {
    HostileApiServer plain = bystander(false);
    HostileApiServer api = https((ex, s) -> HostileApiServer.redirect(ex, 302, plain.url() + ex.getRequestURI()));
    delete(api);
    assertThat(api.requests()).containsExactly(LIST);
    assertThat(plain.seen()).isEmpty();
    assertThat(log.lines()).anyMatch(l -> l.startsWith("warning: host clean-up failed: list PersistentVolumes")
        && l.endsWith("redirect (HTTP 302), which is never followed"));
  }

  @Test
  void aDeleteAnsweredWithARedirectIsNotSentAgainElsewhere() throws Exception {
    HostileApiServer other = bystander(true);
    HostileApiServer api = https((ex, s) -> {
      if (ex.getRequestMethod().equals("GET")) {
        json(ex, 200, list(List.of(pv("pvc-1", Map.of(LABEL, MARKER), "vc-media")), null));
      } else {
        HostileApiServer.redirect(ex, 307, other.url() + ex.getRequestURI());
      }
    });
    delete(api);
    assertThat(api.requests()).containsExactly(LIST, "DELETE /api/v1/persistentvolumes/pvc-1");
    assertThat(other.seen()).isEmpty();
    assertThat(log.lines()).contains("warning: host clean-up failed: delete PersistentVolume pvc-1: the API server "
        + "answered with a redirect (HTTP 307), which is never followed");
  }

  @Test
  void aServerThatIgnoresTheSelectorAndAnswersPathsAsNamesGetsOnlyCheckedDeletes() throws Exception {
    HostileApiServer api = https((ex, s) -> {
      if (ex.getRequestMethod().equals("GET")) {
        json(ex, 200, list(List.of(
            pv("pvc-mine", Map.of(LABEL, MARKER), "vc-media"),
            pv("pvc-free", Map.of(LABEL, MARKER), null),
            pv("pvc-other", Map.of(LABEL, "vc-media-x-media2"), "vc-media"),
            pv("pvc-nolabel", Map.of(), null),
            pv("pvc-theirs", Map.of(LABEL, MARKER), "team-x"),
            pv("../namespaces/vc-media", Map.of(LABEL, MARKER), null),
            pv("pv?x=y", Map.of(LABEL, MARKER), null),
            pv("pv#frag", Map.of(LABEL, MARKER), null),
            pv("pv%2F..", Map.of(LABEL, MARKER), null)), null));
      } else {
        json(ex, 200, pv("deleted", Map.of(), null));
      }
    });
    delete(api);
    assertThat(api.requests()).containsExactly(LIST, "DELETE /api/v1/persistentvolumes/pvc-mine",
        "DELETE /api/v1/persistentvolumes/pvc-free");
    assertThat(log.lines()).contains(
        "info: deleted PersistentVolume pvc-mine",
        "info: deleted PersistentVolume pvc-free",
        "warning: kept PersistentVolume pvc-other: label does not match",
        "warning: kept PersistentVolume pvc-nolabel: label does not match",
        "info: kept PersistentVolume pvc-theirs: claimed from namespace team-x",
        "warning: kept PersistentVolume \"../namespaces/vc-media\": name is not a valid DNS-1123 subdomain",
        "warning: kept PersistentVolume \"pv?x=y\": name is not a valid DNS-1123 subdomain",
        "warning: kept PersistentVolume \"pv#frag\": name is not a valid DNS-1123 subdomain",
        "warning: kept PersistentVolume \"pv%2F..\": name is not a valid DNS-1123 subdomain");
  }

  @Test
  void aListThatContinuesForeverIsFollowedFiftyPagesThenTheCleanUpStops() throws Exception {
    HostileApiServer api = https((ex, s) -> json(ex, 200,
        list(List.of(pv("pvc-" + s.seen().size(), Map.of(LABEL, MARKER), null)), "page-" + s.seen().size())));
    delete(api);
    assertThat(api.seen()).hasSize(50).allMatch(r -> r.method().equals("GET"));
    assertThat(api.requests().get(1)).isEqualTo(LIST.replace("?", "?continue=page-1&"));
    assertThat(log.lines()).contains("warning: host clean-up failed: list PersistentVolumes with " + LABEL + "=" + MARKER
        + ": the list still continued after 50 pages; stopped, nothing was deleted");
  }

  /**
   * A {@code continue} token is the server's text: one that changes on every page and carries query
   * syntax ({@code &}, {@code =}, {@code #}, {@code %}) goes back as one encoded parameter, so it can
   * neither replace the label selector nor add a parameter; and the items of every page are checked.
   */
  @Test
  void aContinueTokenWithQuerySyntaxCannotChangeTheSelector() throws Exception {
    List<String> tokens = List.of("a&labelSelector=&limit=1", "b#frag?labelSelector=x", "c%26labelSelector%3D");
    HostileApiServer api = https((ex, s) -> {
      int page = s.seen().size();
      json(ex, 200, list(List.of(pv("pvc-" + page, Map.of(LABEL, page == 2 ? "other" : MARKER), "vc-media")),
          page <= tokens.size() ? tokens.get(page - 1) : null));
    });
    delete(api);
    List<HostileApiServer.Seen> lists = api.seen().subList(0, 4);
    for (int i = 0; i < lists.size(); i++) {
      Map<String, List<String>> query = query(lists.get(i).target());
      assertThat(query.get("labelSelector")).as("page %d", i + 1).containsExactly(LABEL + "=" + MARKER);
      assertThat(query.get("limit")).containsExactly("500");
      if (i == 0) {
        assertThat(query).doesNotContainKey("continue");
      } else {
        assertThat(query.get("continue")).containsExactly(tokens.get(i - 1));
      }
      assertThat(query).hasSize(i == 0 ? 2 : 3);
    }
    assertThat(api.requests().subList(4, api.requests().size())).containsExactly(
        "DELETE /api/v1/persistentvolumes/pvc-1", "DELETE /api/v1/persistentvolumes/pvc-3",
        "DELETE /api/v1/persistentvolumes/pvc-4");
    assertThat(log.lines()).contains("warning: kept PersistentVolume pvc-2: label does not match");
  }

  /** The query parameters of a request target, decoded, in order. */
  static Map<String, List<String>> query(String target) {
    Map<String, List<String>> params = new java.util.LinkedHashMap<>();
    int q = target.indexOf('?');
    if (q < 0) {
      return params;
    }
    for (String pair : target.substring(q + 1).split("&")) {
      int eq = pair.indexOf('=');
      String key = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(value);
    }
    return params;
  }

  /**
   * Near misses a lying server may answer with: the marker label with white space or another letter
   * case in its key or value, names in upper case or with a look-alike letter, a claim namespace in
   * upper case or of white space only. Each is kept; only the exact ones are deleted.
   */
  @Test
  void nearMissesOfTheMarkerTheNameAndTheClaimAreKept() throws Exception {
    HostileApiServer api = https((ex, s) -> {
      if (ex.getRequestMethod().equals("GET")) {
        json(ex, 200, list(List.of(
            pv("pvc-exact", Map.of(LABEL, MARKER), null),
            pv("pvc-space-value", Map.of(LABEL, " " + MARKER), null),
            pv("pvc-space-value2", Map.of(LABEL, MARKER + " "), null),
            pv("pvc-space-key", Map.of(LABEL + " ", MARKER), null),
            pv("pvc-upper-value", Map.of(LABEL, MARKER.toUpperCase()), null),
            pv("pvc-upper-key", Map.of("Vcluster.loft.sh/managed-by", MARKER), null),
            pv("PVC-UPPER", Map.of(LABEL, MARKER), null),
            pv("pvc-m\u0456ne", Map.of(LABEL, MARKER), null),
            pv("pvc-claim-upper", Map.of(LABEL, MARKER), "VC-MEDIA"),
            pv("pvc-claim-blank", Map.of(LABEL, MARKER), "   ")), null));
      } else {
        json(ex, 200, pv("deleted", Map.of(), null));
      }
    });
    delete(api);
    assertThat(api.requests()).containsExactly(LIST, "DELETE /api/v1/persistentvolumes/pvc-exact");
    assertThat(log.lines()).contains(
        "info: deleted PersistentVolume pvc-exact",
        "warning: kept PersistentVolume pvc-space-value: label does not match",
        "warning: kept PersistentVolume pvc-space-value2: label does not match",
        "warning: kept PersistentVolume pvc-space-key: label does not match",
        "warning: kept PersistentVolume pvc-upper-value: label does not match",
        "warning: kept PersistentVolume pvc-upper-key: label does not match",
        "info: kept PersistentVolume pvc-claim-upper: claimed from namespace \"VC-MEDIA\"");
    assertThat(log.lines()).anyMatch(l -> l.startsWith("warning: kept PersistentVolume ") && l.contains("PVC-UPPER")
        && l.endsWith(": name is not a valid DNS-1123 subdomain"));
    assertThat(log.lines()).anyMatch(l -> l.startsWith("warning: kept PersistentVolume ") && l.contains("pvc-m")
        && l.endsWith(": name is not a valid DNS-1123 subdomain"));
    assertThat(log.lines()).anyMatch(l -> l.equals("info: kept PersistentVolume pvc-claim-blank: claimed from namespace \"   \""));
  }

  @Test
  void aTokenEchoedInAnErrorBodyIsNeverPrinted() throws Exception {
    HostileApiServer api = https((ex, s) -> json(ex, 500, HostileApiServer.status(500,
        "you sent " + ex.getRequestHeaders().getFirst("Authorization") + ", that is " + TOKEN.toUpperCase()
            + " and " + TOKEN.toLowerCase() + "; authorization=" + TOKEN)));
    delete(api);
    assertThat(api.seen()).hasSize(1);
    noSecretLogged();
    assertThat(log.lines()).anyMatch(l -> l.startsWith("warning: host clean-up failed: list PersistentVolumes")
        && l.endsWith("HTTP 500: you sent Bearer [redacted], that is [redacted] and [redacted]; authorization=[redacted]"));
  }

  /**
   * The server's message is cut to one short line; a token placed across the cut must not leave its
   * first characters behind (the cut comes after the redaction), whatever its letter case.
   */
  @ParameterizedTest
  @ValueSource(ints = {280, 285, 290, 294})
  void aTokenAcrossTheCutOfALongMessageLeavesNoPrefix(int padding) throws Exception {
    HostileApiServer api = https((ex, s) -> json(ex, 500, HostileApiServer.status(500,
        "x".repeat(padding) + TOKEN.toLowerCase() + " and more")));
    delete(api);
    assertThat(api.seen()).hasSize(1);
    assertThat(log.lines()).anyMatch(l -> l.startsWith("warning: host clean-up failed: list PersistentVolumes"));
    for (String line : log.lines()) {
      assertThat(line.toLowerCase()).doesNotContain(TOKEN.substring(0, 6).toLowerCase());
    }
  }

  /**
   * A message with terminal escapes, carriage returns and Unicode line separators cannot forge or
   * hide log lines: it stays one line without control characters.
   */
  @Test
  void controlCharactersInAServerMessageCannotForgeLogLines() throws Exception {
    HostileApiServer api = https((ex, s) -> json(ex, 500, HostileApiServer.status(500,
        "boom\u001b[2K\rinfo: deleted PersistentVolume pvc-x\u2028info: deleted PersistentVolume pvc-y\u0085z\u0007")));
    delete(api);
    String failed = log.lines().filter(l -> l.startsWith("warning: host clean-up failed: list PersistentVolumes")).head();
    assertThat(failed).endsWith("HTTP 500: boom [2K info: deleted PersistentVolume pvc-x info: deleted PersistentVolume"
        + " pvc-y z");
    for (String line : log.lines()) {
      for (char c : line.toCharArray()) {
        assertThat(c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029')
            .as("control character %04x in %s", (int) c, line).isFalse();
      }
    }
  }

  @Test
  void anUnauthorizedAnswerIsNotRetriedWithOtherCredentials() throws Exception {
    HostileApiServer api = https((ex, s) -> json(ex, 401, HostileApiServer.status(401, "Unauthorized")));
    delete(api);
    assertThat(api.seen()).hasSize(1);
    assertThat(api.seen().get(0).authorization()).isEqualTo("Bearer " + TOKEN);
    assertThat(log.lines()).anyMatch(l -> l.startsWith("warning: host clean-up failed: list PersistentVolumes")
        && l.contains("refused by the API server (HTTP 401)"));
  }

  @Test
  void aSlowListIsCutByTheCallTimeout() throws Exception {
    HostileApiServer api = https((ex, s) -> s.hold());
    delete(volumes(api, Duration.ofMillis(300), Budget.of(Duration.ofMinutes(2))));
    assertThat(api.requests()).containsExactly(LIST);
    assertThat(log.lines()).contains("warning: host clean-up failed: list PersistentVolumes with " + LABEL + "="
        + MARKER + ": no answer within 300 ms");
  }

  @Test
  void aDeleteCutByTheBudgetIsSentWithoutAnswerAndTheRestNotAttempted() throws Exception {
    Budget budget = Budget.manual(Duration.ofMinutes(2));
    HostileApiServer api = https((ex, s) -> {
      if (ex.getRequestMethod().equals("GET")) {
        json(ex, 200, list(List.of(pv("pvc-a", Map.of(LABEL, MARKER), "vc-media"),
            pv("pvc-b", Map.of(LABEL, MARKER), "vc-media")), null));
      } else {
        budget.end();
        s.hold();
      }
    });
    delete(volumes(api, Duration.ofSeconds(30), budget));
    assertThat(api.requests()).containsExactly(LIST, "DELETE /api/v1/persistentvolumes/pvc-a");
    assertThat(log.lines()).contains(
        "warning: host clean-up: sent, no answer: PersistentVolume pvc-a (the clean-up's 120 s ran out)",
        "warning: host clean-up: not attempted: PersistentVolume pvc-b");
  }

  @Test
  void aBodyOver16MibIsAFailure() throws Exception {
    HostileApiServer api = https((ex, s) -> {
      ex.getResponseHeaders().set("Content-Type", "application/json");
      ex.sendResponseHeaders(200, 0);
      byte[] filler = ("{\"metadata\":{\"name\":\"pvc-x\",\"labels\":{\"" + LABEL + "\":\"" + MARKER + "\"}}},")
          .getBytes(StandardCharsets.UTF_8);
      try (OutputStream out = ex.getResponseBody()) {
        out.write("{\"kind\":\"PersistentVolumeList\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":[".getBytes(StandardCharsets.UTF_8));
        for (long written = 0; written <= BodyLimit.MAX_BYTES; written += filler.length) {
          out.write(filler);
        }
        out.write("{}]}".getBytes(StandardCharsets.UTF_8));
      }
    });
    delete(api);
    assertThat(api.requests()).containsExactly(LIST);
    assertThat(log.lines()).contains("warning: host clean-up failed: list PersistentVolumes with " + LABEL + "="
        + MARKER + ": the answer is larger than 16 MiB; not read");
  }

  static void unused(HttpExchange exchange) {
    // keeps the import of HttpExchange for handlers written as lambdas
  }
}
