package tech.integratn.vcluster.domain.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written name checks against the Kubernetes API's own regular expressions (written out
 * here, the independent oracle) and against literal boundary cases.
 */
class KubernetesNamesTest {

  /** A fixed seed, so that CI is deterministic; a random one locally: {@code -Dfuzz.seed=$RANDOM$RANDOM}. */
  private static final long SEED = Long.getLong("fuzz.seed", 0x4A_3E5L);

  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern LABEL_VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");
  private static final Pattern SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  private static boolean label(String s) {
    return s.length() <= 63 && DNS_LABEL.matcher(s).matches();
  }

  private static boolean value(String s) {
    return s.length() <= 63 && LABEL_VALUE.matcher(s).matches();
  }

  private static boolean subdomain(String s) {
    if (s.length() > 253 || !SUBDOMAIN.matcher(s).matches()) {
      return false;
    }
    for (String part : s.split("\\.")) {
      if (part.length() > 63) {
        return false;
      }
    }
    return true;
  }

  private static boolean key(String s) {
    int slash = s.indexOf('/');
    String name = slash < 0 ? s : s.substring(slash + 1);
    return !name.isEmpty() && value(name) && (slash < 0 || subdomain(s.substring(0, slash)));
  }

  @Test
  void agreeWithTheKubernetesExpressionsOnGeneratedNames() {
    qt().withFixedSeed(SEED).withExamples(20_000)
        .forAll(strings().betweenCodePoints('-', 'z').ofLengthBetween(0, 12))
        .checkAssert(s -> {
          assertThat(KubernetesNames.isDnsLabel(s)).as("label %s", s).isEqualTo(label(s));
          assertThat(KubernetesNames.isLabelValue(s)).as("value %s", s).isEqualTo(value(s));
          assertThat(KubernetesNames.isDnsSubdomain(s)).as("subdomain %s", s).isEqualTo(subdomain(s));
          assertThat(KubernetesNames.isLabelKey(s)).as("key %s", s).isEqualTo(key(s));
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "0", "a-b", "a--0", "abc123"})
  void dnsLabels(String s) {
    assertThat(KubernetesNames.isDnsLabel(s)).isTrue();
    assertThat(KubernetesNames.isDnsSubdomain(s)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "-a", "a-", "A", "a_b", "a.b", "a b", "`", "{", "/", ":"})
  void notDnsLabels(String s) {
    assertThat(KubernetesNames.isDnsLabel(s)).isFalse();
  }

  @Test
  void lengthLimitsAreInclusive() {
    assertThat(KubernetesNames.isDnsLabel("a".repeat(63))).isTrue();
    assertThat(KubernetesNames.isDnsLabel("a".repeat(64))).isFalse();
    assertThat(KubernetesNames.isDnsLabel("a".repeat(64), 0, 64)).as("the range form has no length limit").isTrue();
    assertThat(KubernetesNames.isDnsLabel("x-ab-y", 2, 4)).isTrue();
    assertThat(KubernetesNames.isDnsLabel("x-ab-y", 1, 4)).isFalse();
    assertThat(KubernetesNames.isDnsLabel("x-ab-y", 2, 5)).isFalse();
    assertThat(KubernetesNames.isDnsLabel("x-ab-y", 3, 3)).isFalse();
    String label63 = "a".repeat(63);
    String sub253 = label63 + "." + label63 + "." + label63 + "." + "a".repeat(61);
    assertThat(sub253).hasSize(253);
    assertThat(KubernetesNames.isDnsSubdomain(sub253)).isTrue();
    assertThat(KubernetesNames.isDnsSubdomain(sub253 + "a")).isFalse();
    assertThat(KubernetesNames.isDnsSubdomain("a." + "b".repeat(64))).isFalse();
    assertThat(KubernetesNames.isDnsSubdomain("")).isFalse();
    assertThat(KubernetesNames.isDnsSubdomain("a..b")).isFalse();
    assertThat(KubernetesNames.isDnsSubdomain("a.b.")).isFalse();
    assertThat(KubernetesNames.isDnsSubdomain("example.com")).isTrue();
    assertThat(KubernetesNames.isLabelValue("A".repeat(63))).isTrue();
    assertThat(KubernetesNames.isLabelValue("A".repeat(64))).isFalse();
    assertThat(KubernetesNames.isLabelValue("")).isTrue();
    assertThat(KubernetesNames.isLabelValue("a_B.c-9")).isTrue();
    assertThat(KubernetesNames.isLabelValue("_a")).isFalse();
    assertThat(KubernetesNames.isLabelValue("a.")).isFalse();
    assertThat(KubernetesNames.isLabelValue("a/b")).isFalse();
    assertThat(KubernetesNames.isLabelValue("Zz")).isTrue();
    assertThat(KubernetesNames.isLabelValue("a@b")).isFalse();
    assertThat(KubernetesNames.isLabelValue("a[b")).isFalse();
  }

  @Test
  void labelKeysHaveAnOptionalSubdomainPrefix() {
    assertThat(KubernetesNames.isLabelKey("app.kubernetes.io/name")).isTrue();
    assertThat(KubernetesNames.isLabelKey("name")).isTrue();
    assertThat(KubernetesNames.isLabelKey("Name_1")).isTrue();
    assertThat(KubernetesNames.isLabelKey("")).isFalse();
    assertThat(KubernetesNames.isLabelKey("example.com/")).isFalse();
    assertThat(KubernetesNames.isLabelKey("/name")).isFalse();
    assertThat(KubernetesNames.isLabelKey("Example.com/name")).isFalse();
    assertThat(KubernetesNames.isLabelKey("a/b/c")).isFalse();
    assertThat(KubernetesNames.isLabelKey("a/-b")).isFalse();
  }
}
