package tech.integratn.vcluster.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.integratn.vcluster.domain.tree.ListNode;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * Issue 18 item 5: an unknown key in any sub-object of a profile (the top level, every nested
 * section, the network-policy and tenancy objects and their list items) is a problem naming the
 * key's whole path, {@code profile: <path>.<key>: unknown key}; the CLI turns it into exit 2
 * (checked once in bootstrap's CliConventionsTest).
 */
class ProfileUnknownKeysTest {

  /** A key no decoder knows and no suggestion is close to. */
  private static final String KEY = "qqzzx";

  /** One row per sub-object: its path ({@code [0]} is the first item of a list). */
  static Stream<String> subObjects() {
    return Stream.of("", "presets", "presets.dev", "presets.prod", "chart", "workloadRepo", "argocd",
        "deleteCleanup", "registration", "registration.secretStore", "registration.tokenItem",
        "networkPolicies", "networkPolicies.dns", "networkPolicies.apiIngress", "networkPolicies.publicIngress",
        "networkPolicies.platformEgress[0]", "networkPolicies.podEgress[0]", "networkPolicies.publicEgress",
        "networkPolicies.publicEgress.blocks[0]", "networkPolicies.publicEgress.ports[0]", "networkPolicies.nfs",
        "networkPolicies.extraPolicies[0]", "tenancy", "tenancy.helmOverrides", "tenancy.podSecurity",
        "tenancy.charts[0]", "clusterRoleExtraRules[0]");
  }

  @ParameterizedTest(name = "[{0}]")
  @MethodSource("subObjects")
  void anUnknownKeyIsReportedWithItsWholePath(String path) {
    String full = path.isEmpty() ? KEY : path + "." + KEY;
    MapNode doc = (MapNode) document(List.of(path.isEmpty() ? new String[0] : path.split("\\.")),
        MapNode.of(KEY, Node.text("x")));
    Seq<String> problems = ProfileDecoder.decode(doc, IntegratnProfile.PROFILE).getLeft().map(ProfileProblems::render);
    assertThat(problems).as("problems of %s", doc).contains("profile: " + full + ": unknown key");
    assertThat(problems.filter(p -> p.contains(KEY))).as("reported once").hasSize(1);
  }

  /** A near miss names the whole path of the key it probably meant. */
  @ParameterizedTest(name = "[{0}]")
  @MethodSource("subObjects")
  void aMisspeltKeyOfANestedSectionSuggestsTheWholePath(String path) {
    if (!ProfileDecoder.SECTIONS.containsKey(path)) {
      return; // the network-policy and tenancy decoders' suggestions are tested with them
    }
    String known = ProfileDecoder.SECTIONS.get(path).head();
    String typo = known + "x";
    MapNode doc = (MapNode) document(List.of(path.split("\\.")), MapNode.of(typo, Node.text("x")));
    assertThat(ProfileDecoder.decode(doc, IntegratnProfile.PROFILE).getLeft().map(ProfileProblems::render))
        .contains("profile: " + path + "." + typo + ": unknown key (did you mean " + path + "." + known + "?)");
  }

  /** {@code leaf} nested at {@code path}; a segment {@code x[0]} is a list {@code x} holding it. */
  private static Node document(List<String> path, MapNode leaf) {
    if (path.isEmpty()) {
      return leaf;
    }
    String segment = path.head();
    Node inner = document(path.tail(), leaf);
    if (segment.endsWith("[0]")) {
      return MapNode.of(segment.substring(0, segment.length() - 3), ListNode.of(inner));
    }
    return MapNode.of(segment, inner);
  }
}
