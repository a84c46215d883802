package tech.integratn.vcluster.domain.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.integratn.vcluster.domain.Docs.problems;
import static tech.integratn.vcluster.domain.Docs.with;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.contract.Deletion;
import tech.integratn.vcluster.domain.Docs;
import tech.integratn.vcluster.domain.contract.Problems;
import tech.integratn.vcluster.domain.contract.Rejection;
import tech.integratn.vcluster.domain.contract.Suggestions;
import tech.integratn.vcluster.domain.profile.ImmutablePlatformProfile;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.profile.UnknownFieldPolicy;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** Spec 7.4: unknown fields suggest their closest sibling, strictness, and problems of profile defaults. */
class ActionableMessagesTest {

  static final PlatformProfile STRICT =
      ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE).withUnknownFields(UnknownFieldPolicy.REJECT);

  /** A request with a namespace of its own, so that the only warnings are the ones under test. */
  static MapNode own() {
    return with(Docs.minimal(), "spec.targetNamespace", "vc-demo");
  }

  static List<String> warnings(MapNode document) {
    return Docs.render(document).warnings().map(Problems::render).toList();
  }

  @Test
  void anUnknownFieldSuggestsTheClosestSiblingWithinTwoEdits() {
    assertThat(warnings(with(own(), "spec.vcluster.presett", "prod"))).containsExactly(
        "spec.vcluster.presett: unknown field, ignored (did you mean spec.vcluster.preset?)");
    assertThat(warnings(with(own(), "spec.exposur.subnet", "10.0.4.0/24"))).containsExactly(
        "spec.exposur: unknown field, ignored (did you mean spec.exposure?)");
    assertThat(warnings(with(own(), "spec.vcluster.resources.limit.cpu", "1"))).containsExactly(
        "spec.vcluster.resources.limit: unknown field, ignored (did you mean spec.vcluster.resources.limits?)");
    assertThat(warnings(with(own(), "spec.exposure.VipOfset", 10))).containsExactly(
        "spec.exposure.VipOfset: unknown field, ignored (did you mean spec.exposure.vipOffset?)");
  }

  @Test
  void onlySiblingsAreSuggestedAndNothingBeyondTwoEdits() {
    // "replicas" exists under spec.vcluster, not under spec.exposure: no suggestion from another level
    assertThat(warnings(with(own(), "spec.exposure.replicas", 3))).containsExactly(
        "spec.exposure.replicas: unknown field, ignored");
    assertThat(warnings(with(own(), "spec.colour", "blue"))).containsExactly("spec.colour: unknown field, ignored");
    assertThat(warnings(with(own(), "spec.vcluster.prxt", "dev"))).containsExactly(
        "spec.vcluster.prxt: unknown field, ignored");
  }

  @Test
  void tiesGoToTheAlphabeticallyFirstSibling() {
    assertThat(Suggestions.closest("ab", List.of("xb", "ac", "ax"))).isEqualTo("ac");
    assertThat(Suggestions.closest("limit", List.of("limits", "limitz"))).isEqualTo("limits");
    assertThat(Suggestions.closest("abc", List.of("xyz"))).isNull();
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("", "ab")).isEqualTo(2);
    assertThat(Suggestions.distance("preset", "presett")).isEqualTo(1);
  }

  @Test
  void itemFieldsOfExtraEgressSuggestTheirSiblings() {
    MapNode item = MapNode.of("name", Node.text("nas")).with("cidr", "10.0.3.1/32").with("port", Node.integer(2049))
        .with("protcol", "TCP");
    assertThat(warnings(with(own(), "spec.networkPolicies.extraEgress", Docs.list(item)))).containsExactly(
        "spec.networkPolicies.extraEgress[0].protcol: unknown field, ignored "
            + "(did you mean spec.networkPolicies.extraEgress[0].protocol?)");
  }

  @Test
  void aStrictProfileRejectsUnknownFieldsWithTheOtherProblems() {
    MapNode document = with(with(own(), "spec.vcluster.presett", "prod"), "spec.exposure.apiPort", 0);
    Rejection rejection = Docs.configure(document, STRICT, Docs.PROMISE).getLeft();
    assertThat(rejection.problems().map(Problems::render)).containsExactlyInAnyOrder(
        "spec.vcluster.presett: unknown field (did you mean spec.vcluster.preset?)",
        "spec.exposure.apiPort: must be between 1 and 65535 (got 0)");
    assertThat(rejection.warnings()).isEmpty();
  }

  @Test
  void aDeleteIgnoresStrictness() {
    Deletion deletion = OrchestratorPromise.INSTANCE.delete(with(own(), "spec.colour", "blue"), STRICT, Docs.PROMISE);
    assertThat(deletion.fromName()).isFalse();
    assertThat(deletion.name()).isEqualTo("demo");
  }

  @Test
  void aProblemOfTheProfilesDefaultOffsetSaysSoAndNamesWhatToSet() {
    assertThat(problems(with(own(), "spec.exposure.subnet", "10.0.4.0/25"))).containsExactly(
        "spec.exposure.vipOffset: the profile's default offset 200 gives 10.0.4.200, not a usable host address of "
            + "subnet 10.0.4.0/25 (usable range 10.0.4.1-10.0.4.126); set spec.exposure.vip or spec.exposure.vipOffset");
    assertThat(problems(with(own(), "spec.exposure.subnet", "255.255.255.128/25"))).containsExactly(
        "spec.exposure.vipOffset: the profile's default offset 200 gives an address past the end of the address space, "
            + "not a usable host address of subnet 255.255.255.128/25 (usable range 255.255.255.129-255.255.255.254); "
            + "set spec.exposure.vip or spec.exposure.vipOffset");
  }

  @Test
  void anExplicitOffsetKeepsItsOwnMessage() {
    MapNode document = with(with(own(), "spec.exposure.subnet", "10.0.4.0/25"), "spec.exposure.vipOffset", 200);
    assertThat(problems(document)).containsExactly(
        "spec.exposure.vipOffset: VIP offset 200 does not give a usable host address of subnet 10.0.4.0/25 "
            + "(usable range 10.0.4.1-10.0.4.126)");
  }
}
