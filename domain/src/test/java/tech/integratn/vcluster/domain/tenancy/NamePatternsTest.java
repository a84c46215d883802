package tech.integratn.vcluster.domain.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;

/** The profile's name patterns and the chart's ClusterRole name, by literal (spec 10.2 B). */
class NamePatternsTest {

  @ParameterizedTest(name = "{0} / {1} / {2} -> {3}")
  @CsvSource({
      "vc-{name}, media, vc-media, true",
      "vc-{name}, media, vc-medias, false",
      "vc-{name}, media, vc-medi, false",
      "vc-{name}, media, xc-media, false",
      "*.example.com, x, a.example.com, true",
      "*.example.com, x, .example.com, false",
      "*.example.com, x, a.b.example.com, false",
      "*.example.com, x, abc.example.com, true",
      "*.example.com, x, abc.example.co, false",
      "team-*, x, team-a, true",
      "team-*, x, team-, false",
      "team-*, x, team-a.b, false",
      "team-*, x, team-abc, true",
      "*-*, x, a-b, true",
      "*-*, x, ab, false",
      "*, x, a, true",
      "*, x, '', false",
      "'', x, '', true",
      "'', x, a, false",
      "{name}.*, web, web.prod, true",
      "{name}.*, web, web., false",
  })
  void patternsMatchWholeTexts(String pattern, String name, String text, boolean expected) {
    assertThat(NamePatterns.matches(pattern, name, text)).isEqualTo(expected);
  }

  @Test
  void theClusterRoleNameIsCutToSixtyThreeWithoutATrailingDash() {
    assertThat(NamePatterns.CLUSTER_ROLE_NAME_MAX).isEqualTo(63);
    assertThat(NamePatterns.fullClusterRoleName("media", "vc-media")).isEqualTo("vc-media-v-vc-media");
    assertThat(NamePatterns.clusterRoleName("media", "vc-media")).isEqualTo("vc-media-v-vc-media");
    // vc- (3) + 50 + -v- (3) + 7 = 63: kept whole
    String name50 = "n".repeat(50);
    assertThat(NamePatterns.clusterRoleName(name50, "abcdefg")).isEqualTo("vc-" + name50 + "-v-abcdefg").hasSize(63);
    // 64 characters: the last one is cut
    assertThat(NamePatterns.clusterRoleName(name50, "abcdefgh")).isEqualTo("vc-" + name50 + "-v-abcdefg");
    // a cut that ends in a dash loses that dash
    assertThat(NamePatterns.clusterRoleName(name50, "abcdef-hij")).isEqualTo("vc-" + name50 + "-v-abcdef");
    assertThat(NamePatterns.clusterRoleName("a", "b-")).isEqualTo("vc-a-v-b");
  }

  @Test
  void aReservedNamespaceIsNamedWithItsPath() {
    assertThat(ReservedNamespaces.check("spec.targetNamespace", "vc-media", IntegratnProfile.PROFILE)).isNull();
    assertThat(Problems.render(ReservedNamespaces.check("spec.targetNamespace", "kube-system", IntegratnProfile.PROFILE)))
        .isEqualTo("spec.targetNamespace: kube-system is reserved by the platform (tenancy.reservedNamespaces)");
  }
}
