package tech.integratn.vcluster.domain.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** Every clean-up line as spec 10.3 words it, by literal; and the selector and redaction rules term by term. */
class CleanupTextsTest {

  static final LeftoverVolume PV = LeftoverVolume.unclaimed("pvc-1", "Released");
  static final LeftoverVolume ODD = LeftoverVolume.unclaimed("PV 1", "Released");

  @Test
  void volumeLinesNameTheVolumeAndQuoteAnOddName() {
    assertThat(CleanupTexts.deleted(PV)).isEqualTo("deleted PersistentVolume pvc-1");
    assertThat(CleanupTexts.deleted(ODD)).isEqualTo("deleted PersistentVolume \"PV 1\"");
    assertThat(CleanupTexts.wouldDelete(PV)).isEqualTo("dry run: would delete PersistentVolume pvc-1");
    assertThat(CleanupTexts.alreadyGone(PV)).isEqualTo("PersistentVolume pvc-1 was already gone");
    assertThat(CleanupTexts.notAttempted(PV)).isEqualTo("not attempted: PersistentVolume pvc-1");
    assertThat(CleanupTexts.notAttempted(PV, new CleanupFailure.OutOfTime("x", 120_000)))
        .isEqualTo("not attempted: PersistentVolume pvc-1 (the clean-up's 120 s are used up)");
    assertThat(CleanupTexts.sentNoAnswer(PV, new CleanupFailure.TimedOut("x", 400)))
        .isEqualTo("sent, no answer: PersistentVolume pvc-1 (no answer within 400 ms)");
    assertThat(CleanupTexts.sentNoAnswer(PV, new CleanupFailure.TimedOut("x", 30_000)))
        .isEqualTo("sent, no answer: PersistentVolume pvc-1 (no answer within 30 s)");
    assertThat(CleanupTexts.sentNoAnswer(PV, new CleanupFailure.NoAnswer("x", 1_500)))
        .isEqualTo("sent, no answer: PersistentVolume pvc-1 (the clean-up's 1500 ms ran out)");
    assertThat(CleanupTexts.sentNoAnswer(PV, new CleanupFailure.Unreachable("x", "")))
        .isEqualTo("sent, no answer: PersistentVolume pvc-1 (no answer)");
  }

  @Test
  void everyKeptVerdictSaysWhy() {
    assertThat(CleanupTexts.kept(new VolumeVerdict.KeepClaimedElsewhere(PV, "team-a")))
        .isEqualTo("kept PersistentVolume pvc-1: claimed from namespace team-a");
    assertThat(CleanupTexts.kept((VolumeVerdict) new VolumeVerdict.KeepClaimedElsewhere(PV, "Team A")))
        .isEqualTo("kept PersistentVolume pvc-1: claimed from namespace \"Team A\"");
    assertThat(CleanupTexts.kept(new VolumeVerdict.KeepLabelMismatch(PV)))
        .isEqualTo("kept PersistentVolume pvc-1: label does not match");
    assertThat(CleanupTexts.kept(new VolumeVerdict.KeepInvalidName(ODD)))
        .isEqualTo("kept PersistentVolume \"PV 1\": name is not a valid DNS-1123 subdomain");
    assertThat(CleanupTexts.kept(new VolumeVerdict.KeepAmbiguous(PV, "vc-a-x-b")))
        .isEqualTo("kept PersistentVolume pvc-1: unclaimed, and the marker vc-a-x-b is ambiguous");
    assertThat(CleanupTexts.kept(new VolumeVerdict.Delete(PV))).isEqualTo("kept PersistentVolume pvc-1: not kept");
  }

  @Test
  void everyFailureIsOneLineNamingTheCall() {
    assertThat(CleanupTexts.render(new CleanupFailure.BadConfiguration("kubeconfig k is not readable")))
        .isEqualTo("no usable cluster access: kubeconfig k is not readable");
    assertThat(CleanupTexts.render(new CleanupFailure.Refused("list", 403, "forbidden")))
        .isEqualTo("list: refused by the API server (HTTP 403): forbidden; the pipeline's service account needs get, "
            + "list and delete on persistentvolumes");
    assertThat(CleanupTexts.render(new CleanupFailure.Refused("list", 401, " ")))
        .isEqualTo("list: refused by the API server (HTTP 401); the pipeline's service account needs get, "
            + "list and delete on persistentvolumes");
    assertThat(CleanupTexts.render(new CleanupFailure.ServerError("delete", 500, "etcd is down")))
        .isEqualTo("delete: the API server answered HTTP 500: etcd is down");
    assertThat(CleanupTexts.render(new CleanupFailure.ServerError("delete", 503, "")))
        .isEqualTo("delete: the API server answered HTTP 503");
    assertThat(CleanupTexts.render(new CleanupFailure.TimedOut("list", 2_000))).isEqualTo("list: no answer within 2 s");
    assertThat(CleanupTexts.render(new CleanupFailure.TimedOut("list", 2_001))).isEqualTo("list: no answer within 2001 ms");
    assertThat(CleanupTexts.render(new CleanupFailure.OutOfTime("list", 60_000)))
        .isEqualTo("list: not attempted, the clean-up's 60 s are used up");
    assertThat(CleanupTexts.render(new CleanupFailure.NoAnswer("delete", 60_000)))
        .isEqualTo("delete: sent, no answer before the clean-up's 60 s ran out");
    assertThat(CleanupTexts.render(new CleanupFailure.Redirected("list", 302)))
        .isEqualTo("list: the API server answered with a redirect (HTTP 302), which is never followed");
    assertThat(CleanupTexts.render(new CleanupFailure.TooLarge("list", 16L * 1024 * 1024)))
        .isEqualTo("list: the answer is larger than 16 MiB; not read");
    assertThat(CleanupTexts.render(new CleanupFailure.Incomplete("list", 50)))
        .isEqualTo("list: the list still continued after 50 pages; stopped, nothing was deleted");
    assertThat(CleanupTexts.render(new CleanupFailure.InvalidName("delete x")))
        .isEqualTo("delete x: not a valid DNS-1123 subdomain, not sent");
    assertThat(CleanupTexts.render(new CleanupFailure.Unreachable("list", "connection refused")))
        .isEqualTo("list: the API server is unreachable: connection refused");
    assertThat(CleanupTexts.render(new CleanupFailure.Unreachable("list", "")))
        .isEqualTo("list: the API server is unreachable");
  }

  @Test
  void quotingCutsAtOneHundredAndTwentyCharacters() {
    assertThat(CleanupTexts.quote("p".repeat(120))).isEqualTo("\"" + "p".repeat(120) + "\"");
    assertThat(CleanupTexts.quote("p".repeat(121))).isEqualTo("\"" + "p".repeat(120) + "…\"");
    assertThat(CleanupTexts.quote("a\tb")).isEqualTo("\"a\\tb\"");
  }

  @Test
  void theAmbiguityWarningCountsTheSeparators() {
    HostCleanupPlan plan = new HostCleanupPlan("x-b", "vc-a", "sel", Option.some("vc-a-x-x-b"));
    assertThat(CleanupTexts.ambiguous(plan)).isEqualTo("host clean-up: the marker vc-a-x-x-b is ambiguous (\"-x-\" occurs "
        + "2 times in vc-a-x-x-b, so another vcluster can carry the same marker); unclaimed PersistentVolumes are kept");
    HostCleanupPlan none = new HostCleanupPlan("x-b", "vc-a", "sel", Option.none());
    assertThat(CleanupTexts.ambiguous(none)).startsWith("host clean-up: the marker vc-a-x-x-b is ambiguous");
  }

  private static Map<String, String> labels(String... kv) {
    Map<String, String> m = LinkedHashMap.empty();
    for (int i = 0; i < kv.length; i += 2) {
      m = m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void selectorTermsAreCheckedOneByOne() {
    assertThat(LabelSelectors.checkable("a=b")).isTrue();
    assertThat(LabelSelectors.checkable(" ")).isFalse();
    assertThat(LabelSelectors.checkable("a in (b)")).isFalse();
    assertThat(LabelSelectors.checkable("a)")).isFalse();
    assertThat(LabelSelectors.checkable("a(")).isFalse();
    assertThat(LabelSelectors.matches("a=b", labels("a", "b"))).isTrue();
    assertThat(LabelSelectors.matches(" a = b ", labels("a", "b"))).isTrue();
    assertThat(LabelSelectors.matches("a==b", labels("a", "b"))).isTrue();
    assertThat(LabelSelectors.matches("a==b", labels("a", "=b"))).isFalse();
    assertThat(LabelSelectors.matches("a=b", labels("a", "c"))).isFalse();
    assertThat(LabelSelectors.matches("a=b", labels("c", "b"))).isFalse();
    assertThat(LabelSelectors.matches("a!=b", labels("a", "c"))).isTrue();
    assertThat(LabelSelectors.matches("a!=b", labels())).isTrue();
    assertThat(LabelSelectors.matches("a != b", labels("a", "b"))).isFalse();
    assertThat(LabelSelectors.matches("a", labels("a", ""))).isTrue();
    assertThat(LabelSelectors.matches("a", labels("b", ""))).isFalse();
    assertThat(LabelSelectors.matches("!a", labels("b", ""))).isTrue();
    assertThat(LabelSelectors.matches("! a", labels("a", ""))).isFalse();
    assertThat(LabelSelectors.matches("a notin b", labels("a", "c"))).isFalse();
    assertThat(LabelSelectors.matches("a=b,,c", labels("a", "b", "c", ""))).isFalse();
    assertThat(LabelSelectors.matches("a=b, c", labels("a", "b", "c", ""))).isTrue();
    assertThat(LabelSelectors.matches("a=b,c", labels("a", "b"))).isFalse();
    assertThat(LabelSelectors.matches("", labels())).isFalse();
    assertThat(LabelSelectors.matches("a in (b)", labels("a", "b"))).isFalse();
  }

  @Test
  void theRedactionKeepsWhatIsNotACredential() {
    Redaction redaction = new Redaction(List.of("  secret-1  ", "12345", "123456"));
    assertThat(redaction.secrets()).hasSize(3);
    assertThat(redaction.apply("x SECRET-1 y")).isEqualTo("x [redacted] y");
    assertThat(redaction.apply("pin 12345, code 123456")).isEqualTo("pin 12345, code [redacted]");
    assertThat(redaction.apply("ends with secret-")).isEqualTo("ends with secret-");
    assertThat(redaction.apply("authorization")).isEqualTo("authorization");
    assertThat(redaction.apply("authorization:")).isEqualTo("authorization:");
    assertThat(redaction.apply("Authorization: x\r\nnext")).isEqualTo("Authorization: [redacted]\r\nnext");
    assertThat(redaction.apply("'authorization'='x y',z")).isEqualTo("'authorization'='[redacted]',z");
    assertThat(redaction.apply("{authorization=x y}")).isEqualTo("{authorization=[redacted]}");
    assertThat(redaction.apply("[authorization:\tx]")).isEqualTo("[authorization:\t[redacted]]");
    assertThat(redaction.apply("Bearer secret-1 more")).isEqualTo("Bearer [redacted] more");
    assertThat(redaction.apply("bearer\tabc\tdef")).isEqualTo("bearer\t[redacted]\tdef");
    assertThat(redaction.apply("bearer abc}x")).isEqualTo("bearer [redacted]}x");
    assertThat(redaction.apply("bearer abc]x")).isEqualTo("bearer [redacted]]x");
    assertThat(redaction.apply("bearer 'abc'")).isEqualTo("bearer 'abc'");
    assertThat(redaction.apply("bearer \"abc\"")).isEqualTo("bearer \"abc\"");
    assertThat(redaction.apply("bearer abc\ndef")).isEqualTo("bearer [redacted]\ndef");
    assertThat(redaction.apply("forbearer:x")).isEqualTo("forbearer:x");
    assertThat(redaction.apply("bearer")).isEqualTo("bearer");
    assertThat(redaction.apply("bearer ")).isEqualTo("bearer ");
  }
}
